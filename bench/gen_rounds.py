#!/usr/bin/env python3
"""Writes a synthetic Crunchbase funding-rounds export for the benchmark.

OUT_DIR/funding_rounds.csv  open-data-map layout (20 columns), one round a row
OUT_DIR/queries.csv         company_uuid,as_of look-ups for the as-of question

Companies climb a ladder of round types (angel or seed, then series A, B, ...)
with occasional side rounds (notes, debt, grants, ...), a few months to two
years apart, from 2010 to the last day of the ECB history. About 30% of them
raise in a currency other than the US dollar: their native amount is derived
from the USD figure at that day's ECB rates, so both columns agree. About 8%
of rounds (and every "undisclosed" round) carry no amount at all.

Python standard library only. The output is a pure function of the arguments:
the same --rows, --queries and --seed always write the same bytes.

usage: gen_rounds.py OUT_DIR [--rows N] [--queries Q] [--seed S] [--ecb FILE]
"""
import argparse, bisect, csv, datetime, os, random, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ECB = os.path.join(HERE, "..", "data", "eurofxref-hist.csv")

HEADER = ["company_name", "country_code", "state_code", "region", "city", "company_category_list",
          "funding_round_type", "funding_round_code", "announced_on", "raised_amount_usd", "raised_amount",
          "raised_amount_currency_code", "post_money_valuation_usd", "post_money_valuation",
          "pre_money_currency_code", "investor_count", "investor_names", "cb_url", "company_uuid",
          "funding_round_uuid"]
# home currency -> (weight, country)
HOMES = {"USD": (70, "USA"), "EUR": (10, "FRA"), "GBP": (5, "GBR"), "INR": (3, "IND"), "CNY": (3, "CHN"),
         "CAD": (2, "CAN"), "JPY": (2, "JPN"), "SGD": (1, "SGP"), "BRL": (1, "BRA"), "SEK": (1, "SWE"),
         "CHF": (1, "CHE"), "AUD": (1, "AUS")}
# (funding_round_type, funding_round_code, median USD)
LADDER = [("angel", "", 4e5), ("seed", "", 2e6), ("venture", "A", 1.2e7), ("venture", "B", 3e7),
          ("venture", "C", 6e7), ("venture", "D", 1e8), ("venture", "E", 1.5e8), ("venture", "F", 2.5e8),
          ("private_equity", "", 1e8), ("post_ipo_equity", "", 2e8)]
SIDE = [("convertible_note", 3e6), ("debt_financing", 1e7), ("grant", 5e5), ("undisclosed", 0),
        ("equity_crowdfunding", 1e6), ("secondary_market", 2e7)]
SYLLABLES = ["ka", "lo", "mi", "ra", "to", "ve", "zu", "an", "el", "or", "qu", "si", "ne", "ba", "do"]
SECTORS = ["Artificial Intelligence", "Biotechnology", "E-Commerce", "Energy", "FinTech", "Hardware",
           "Health Care", "Media", "Robotics", "SaaS", "Security", "Software"]
BACKERS = ["Accel", "Atomico", "Balderton Capital", "Bpifrance", "Creandum", "Eurazeo", "General Catalyst",
           "Index Ventures", "Insight Partners", "Kima Ventures", "Lightspeed Venture Partners", "Northzone",
           "Partech", "Sequoia Capital", "Y Combinator"]


def ecb_rates(path):
    """code -> (sorted days, units per EUR as floats); enough to make amounts consistent."""
    with open(path, newline="") as f:
        table = list(csv.reader(f))
    codes = table[0]
    out = {}
    for row in reversed(table[1:]):
        for i in range(1, min(len(codes), len(row))):
            if codes[i] and row[i] not in ("", "N/A"):
                days, values = out.setdefault(codes[i], ([], []))
                days.append(row[0])
                values.append(float(row[i]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=2023)
    ap.add_argument("--ecb", default=DEFAULT_ECB)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    rates = ecb_rates(a.ecb)
    start = datetime.date(2010, 1, 4)
    end = datetime.date.fromisoformat(rates["USD"][0][-1])
    homes = list(HOMES)
    weights = [HOMES[h][0] for h in homes]

    def per_eur(code, day):
        days, values = rates[code]
        return values[bisect.bisect_right(days, day) - 1]

    def new_uuid():
        return str(uuid.UUID(int=rnd.getrandbits(128), version=4))

    def company_name(n):
        stem = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))).capitalize()
        roll = rnd.random()
        if roll < 0.01:
            return f"{stem} {n}, Inc."          # a comma: the field is quoted
        if roll < 0.012:
            return f'{stem} "{n}" Labs'         # quotes: doubled inside a quoted field
        return f"{stem} {n}"

    os.makedirs(a.out_dir, exist_ok=True)
    spans = []  # per company: (uuid, first day, last day)
    rows = 0
    with open(os.path.join(a.out_dir, "funding_rounds.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(HEADER)
        while rows < a.rows:
            home = rnd.choices(homes, weights)[0]
            country = HOMES[home][1]
            name = company_name(len(spans))
            cuuid = new_uuid()
            sectors = "|".join(sorted(rnd.sample(SECTORS, rnd.randint(1, 3))))
            url = "https://www.crunchbase.com/organization/" + name.lower().replace(" ", "-").replace('"', "").replace(",", "")
            planned = max(1, int(rnd.expovariate(1 / 2.6)))
            rung = rnd.randint(0, 1)
            day = start + datetime.timedelta(days=rnd.randrange((end - start).days))
            first = day
            for k in range(min(planned, a.rows - rows)):
                if k > 0 and rnd.random() < 0.15:
                    kind, code = rnd.choice(SIDE)[0], ""
                    median = dict(SIDE)[kind] or 5e6
                else:
                    kind, code, median = LADDER[min(rung, len(LADDER) - 1)]
                    rung += 1
                usd = round(median * rnd.lognormvariate(0, 0.8), -3)
                iso = day.isoformat()
                usd_s = amount_s = ccy_s = post_usd_s = post_s = post_ccy_s = ""
                if kind != "undisclosed" and rnd.random() >= 0.08:
                    usd_s = str(int(usd))
                    if home != "USD":
                        eur = usd / per_eur("USD", iso)
                        native = eur if home == "EUR" else eur * per_eur(home, iso)
                        amount_s, ccy_s = str(int(round(native, -3))), home
                    elif rnd.random() < 0.3:
                        amount_s, ccy_s = usd_s, "USD"
                    if rnd.random() < 0.1:
                        multiple = rnd.uniform(3, 12)
                        post_usd_s = str(int(round(usd * multiple, -3)))
                        post_s = str(int(round(int(amount_s or usd_s) * multiple, -3)))
                        post_ccy_s = ccy_s or "USD"
                backers = sorted(rnd.sample(BACKERS, rnd.randint(0, 5)))
                out.writerow([name, country, "", "", "", sectors, kind, code, iso, usd_s, amount_s, ccy_s,
                              post_usd_s, post_s, post_ccy_s, len(backers) or "", ", ".join(backers), url,
                              cuuid, new_uuid()])
                rows += 1
                day += datetime.timedelta(days=rnd.randint(120, 720))
                if day > end:
                    break
            spans.append((cuuid, first, min(day, end)))
    with open(os.path.join(a.out_dir, "queries.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["company_uuid", "as_of"])
        for _ in range(a.queries):
            cuuid, first, last = rnd.choice(spans)
            lo = first - datetime.timedelta(days=365)
            days = (last - lo).days + 365
            out.writerow([cuuid, (lo + datetime.timedelta(days=rnd.randint(0, days))).isoformat()])
    print(f"{rows} rounds, {len(spans)} companies, {a.queries} queries -> {a.out_dir}")


if __name__ == "__main__":
    main()
