#!/usr/bin/env python3
"""The exact reference of the ecosystem workload (bench/README.md): plain
Python integers, no floating point, slow; it judges the other contenders.

usage: reference.py DATA_DIR [ECB_CSV]
"""
import bisect, collections, csv, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ECB = os.path.join(HERE, "..", "data", "eurofxref-hist.csv")


def to_micro(text):
    """'1.0793' -> 1079300: the ECB's decimal as integer millionths, exactly."""
    units, _, decimals = text.partition(".")
    return int(units) * 1_000_000 + int(decimals.ljust(6, "0")[:6])


def ecb_series(path):
    """code -> (ISO days ascending, rates in millionths) for the days the code has a rate."""
    with open(path, newline="") as f:
        table = list(csv.reader(f))
    codes = table[0]
    series = {}
    for row in reversed(table[1:]):  # the ECB writes the newest day first
        for i in range(1, min(len(codes), len(row))):
            if codes[i] and row[i] not in ("", "N/A"):
                days, rates = series.setdefault(codes[i], ([], []))
                days.append(row[0])
                rates.append(to_micro(row[i]))
    return series


def euro_cents(row, series):
    """A funding_rounds.csv row's amount in euro cents, or None when undisclosed."""
    if row["raised_amount"] and row["raised_amount_currency_code"]:
        amount, code = int(row["raised_amount"]), row["raised_amount_currency_code"]
    elif row["raised_amount_usd"]:
        amount, code = int(row["raised_amount_usd"]), "USD"
    else:
        return None
    if code == "EUR":
        return amount * 100
    days, rates = series[code]
    at = bisect.bisect_right(days, row["announced_on"]) - 1
    if at < 0:
        sys.exit(f"no {code} rate on or before {row['announced_on']}")
    rate = rates[at]
    return (2 * amount * 10**8 + rate) // (2 * rate)  # amount / (rate / 10^6) in cents, half up


def main():
    data = sys.argv[1]
    series = ecb_series(sys.argv[2] if len(sys.argv) > 2 else DEFAULT_ECB)
    rounds = undisclosed = usd = total = 0
    by_year, by_company = collections.Counter(), collections.Counter()
    history = collections.defaultdict(list)  # company -> [(day, cents)]
    companies = set()
    with open(os.path.join(data, "funding_rounds.csv"), newline="") as f:
        for row in csv.DictReader(f):
            rounds += 1
            company = row["company_uuid"]
            companies.add(company)
            usd += int(row["raised_amount_usd"] or 0)
            cents = euro_cents(row, series)
            if cents is None:
                undisclosed += 1
                continue
            total += cents
            by_year[row["announced_on"][:4]] += cents
            by_company[company] += cents
            history[company].append((row["announced_on"], cents))
    lines = [f"rounds {rounds}", f"companies {len(companies)}", f"undisclosed {undisclosed}",
             f"total_usd {usd}", f"total_eur_cents {total}"]
    lines += [f"year {y} {by_year[y]}" for y in sorted(by_year)]
    ranked = sorted(by_company.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    lines += [f"top {k} {company} {cents}" for k, (company, cents) in enumerate(ranked, 1)]
    steps = {}
    for company, events in history.items():
        events.sort()
        days, running, s = [], [], 0
        for day, cents in events:
            s += cents
            days.append(day)
            running.append(s)
        steps[company] = (days, running)
    asked = zeros = 0
    with open(os.path.join(data, "queries.csv"), newline="") as f:
        for row in csv.DictReader(f):
            days, running = steps.get(row["company_uuid"], ([], []))
            at = bisect.bisect_right(days, row["as_of"]) - 1
            value = running[at] if at >= 0 else 0
            asked += value
            zeros += value == 0
    lines += [f"asof_sum_eur_cents {asked}", f"asof_zero {zeros}"]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
