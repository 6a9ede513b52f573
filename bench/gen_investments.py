#!/usr/bin/env python3
"""Writes a synthetic Crunchbase bulk-export investments.csv for the investor benchmark.

Reads DATA_DIR/funding_rounds.csv (from gen_rounds.py) and writes
DATA_DIR/investments.csv, one row per investor (or per partner of an investor)
in a round, with the 16 columns of Crunchbase's bulk export:

  uuid,name,type,permalink,cb_url,rank,created_at,updated_at,funding_round_uuid,
  funding_round_name,investor_uuid,investor_name,investor_type,is_lead_investor,
  partner_uuid,partner_name

The quirks of real exports are planted on purpose:
- a pool of rounds/20 investors (at least 50), drawn with a strong skew, so a
  few investors join thousands of rounds;
- about 10% of rounds have no investor row; the others 1 to 8 investors;
- about 70% of rounds with investors have one lead; is_lead_investor is
  "True", "False" or, about 5% of the time, empty (unknown);
- about 2% of (round, investor) pairs appear twice, under two partners;
- about 0.1% of rounds are written under a uuid that funding_rounds.csv does
  not have (the row is an orphan);
- a few investor names hold a comma or double quotes.

Python standard library only; the same input and --seed give the same bytes.

usage: gen_investments.py DATA_DIR [--seed S]
"""
import argparse, csv, os, random

STEMS = ["Alder", "Basalt", "Cobalt", "Dune", "Ember", "Fjord", "Glacier", "Heron", "Iris", "Juniper",
         "Kestrel", "Lagoon", "Meridian", "Nimbus", "Onyx", "Pine", "Quarry", "Raven", "Sable", "Tundra"]
KINDS = ["Capital", "Ventures", "Partners", "Fund", "Growth", "Investments", "Holdings", "VC"]
TYPES = ["venture_capital", "angel", "corporate_venture_capital", "micro_vc", "private_equity_firm",
         "accelerator", "family_investment_office", "government_office"]
HEADER = ["uuid", "name", "type", "permalink", "cb_url", "rank", "created_at", "updated_at",
          "funding_round_uuid", "funding_round_name", "investor_uuid", "investor_name", "investor_type",
          "is_lead_investor", "partner_uuid", "partner_name"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("--seed", type=int, default=611)
    a = ap.parse_args()
    rnd = random.Random(a.seed)

    def new_uuid():
        h = f"{rnd.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    with open(os.path.join(a.data_dir, "funding_rounds.csv"), newline="") as f:
        rows = csv.reader(f)
        head = next(rows)
        cols = [head.index(c) for c in ("funding_round_uuid", "funding_round_type", "funding_round_code",
                                        "company_name")]
        rounds = [tuple(r[c] for c in cols) for r in rows]

    pool = max(50, len(rounds) // 20)
    investors = []
    for i in range(pool):
        name = f"{rnd.choice(STEMS)} {rnd.choice(KINDS)} {i}"
        roll = rnd.random()
        if roll < 0.02:
            name += ", L.P."
        elif roll < 0.025:
            name += ' "Opportunity"'
        investors.append((new_uuid(), name, rnd.choice(TYPES)))

    path = os.path.join(a.data_dir, "investments.csv")
    written = 0
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(HEADER)
        for round_uuid, kind, code, company in rounds:
            if rnd.random() < 0.10:
                continue
            if rnd.random() < 0.001:
                round_uuid = new_uuid()
            label = ("Series " + code if code else kind.replace("_", " ").title()) + " - " + company
            chosen = sorted({int(pool * rnd.random() ** 3) for _ in range(min(8, 1 + int(rnd.expovariate(0.5))))})
            lead = rnd.choice(chosen) if rnd.random() < 0.7 else -1
            for j in chosen:
                inv_uuid, inv_name, inv_type = investors[j]
                flag = "True" if j == lead else ("" if rnd.random() < 0.05 else "False")
                for _ in range(2 if rnd.random() < 0.02 else 1):
                    written += 1
                    partner = (new_uuid(), f"Partner {rnd.randrange(1_000_000)}") if rnd.random() < 0.3 else ("", "")
                    out.writerow([new_uuid(), f"{inv_name} investment in {label}", "investment", f"investment-{written}",
                                  f"https://www.crunchbase.com/funding_round/{round_uuid}", written,
                                  "2024-01-01 00:00:00", "2024-01-01 00:00:00", round_uuid, label, inv_uuid,
                                  inv_name, inv_type, flag, partner[0], partner[1]])
    print(f"{written} investments, {pool} investors -> {path}")


if __name__ == "__main__":
    main()
