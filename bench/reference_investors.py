#!/usr/bin/env python3
"""The exact reference of the investor workload (bench/README.md): plain
Python integers and sets, slow; it judges the other contenders.

usage: reference_investors.py DATA_DIR [ECB_CSV]
"""
import collections, csv, itertools, os, sys

from reference import DEFAULT_ECB, ecb_series, euro_cents


def main():
    data = sys.argv[1]
    series = ecb_series(sys.argv[2] if len(sys.argv) > 2 else DEFAULT_ECB)
    cents = {}  # funding_round_uuid -> euro cents, 0 when undisclosed (a later row wins)
    with open(os.path.join(data, "funding_rounds.csv"), newline="") as f:
        for row in csv.DictReader(f):
            cents[row["funding_round_uuid"]] = euro_cents(row, series) or 0
    rows = orphans = 0
    joined = collections.defaultdict(set)  # round -> investors
    led = collections.defaultdict(set)     # investor -> rounds led
    with open(os.path.join(data, "investments.csv"), newline="") as f:
        for row in csv.DictReader(f):
            rows += 1
            round_uuid, investor = row["funding_round_uuid"], row["investor_uuid"]
            if round_uuid not in cents:
                orphans += 1
                continue
            joined[round_uuid].add(investor)
            if row["is_lead_investor"] == "True":
                led[investor].add(round_uuid)
    rounds_of, capital, pairs = collections.Counter(), collections.Counter(), collections.Counter()
    for round_uuid, investors in joined.items():
        for investor in investors:
            rounds_of[investor] += 1
            capital[investor] += cents[round_uuid]
        pairs.update(itertools.combinations(sorted(investors), 2))
    lines = [f"investments {rows}", f"orphans {orphans}", f"investors {len(rounds_of)}",
             f"participations {sum(rounds_of.values())}", f"rounds_with_investors {len(joined)}",
             f"rounds_led {len(set().union(*led.values()))}"]
    for k, i in enumerate(sorted(rounds_of, key=lambda i: (-capital[i], i))[:10], 1):
        lines.append(f"top_participated {k} {i} {rounds_of[i]} {capital[i]}")
    for k, i in enumerate(sorted(led, key=lambda i: (-len(led[i]), i))[:10], 1):
        lines.append(f"top_leads {k} {i} {len(led[i])}")
    for k, ((a, b), n) in enumerate(sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:10], 1):
        lines.append(f"top_pairs {k} {a} {b} {n}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
