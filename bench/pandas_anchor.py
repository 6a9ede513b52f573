#!/usr/bin/python3
"""The ecosystem workload (bench/README.md) in pandas, exact in int64.

usage: /usr/bin/python3 pandas_anchor.py DATA_DIR ECB_CSV   (Debian's python3-pandas)
"""
import os, sys

import numpy as np
import pandas as pd

data, ecb = sys.argv[1], sys.argv[2]

rounds = pd.read_csv(os.path.join(data, "funding_rounds.csv"),
                     usecols=["company_uuid", "announced_on", "raised_amount_usd", "raised_amount",
                              "raised_amount_currency_code"],
                     dtype={"company_uuid": object, "raised_amount_usd": "Int64", "raised_amount": "Int64",
                            "raised_amount_currency_code": object},
                     parse_dates=["announced_on"])
# ECB rates as integer millionths, one row per (day, currency) with a rate.
table = pd.read_csv(ecb, dtype=str)
table = table.loc[:, [c for c in table.columns if not c.startswith("Unnamed")]]
rates = table.melt(id_vars="Date", var_name="code", value_name="text").dropna()
rates = rates[rates.text != "N/A"]
parts = rates.text.str.split(".", n=1, expand=True)
micro = parts[0].astype("int64") * 1_000_000 + parts[1].fillna("").str.ljust(6, "0").str[:6].astype("int64")
rates = pd.DataFrame({"day": pd.to_datetime(rates.Date), "code": rates.code, "micro": micro}).sort_values("day")

native = rounds.raised_amount.notna() & rounds.raised_amount_currency_code.notna()
amount = rounds.raised_amount.where(native, rounds.raised_amount_usd)
code = rounds.raised_amount_currency_code.where(native, "USD")
known = amount.notna()
disclosed = pd.DataFrame({"company": rounds.company_uuid[known], "day": rounds.announced_on[known],
                          "amount": amount[known].astype("int64"), "code": code[known]})
disclosed = pd.merge_asof(disclosed.sort_values("day", kind="stable"), rates, on="day", by="code")
a = disclosed.amount.to_numpy(np.int64)
r = disclosed.micro.fillna(1).to_numpy(np.int64)
# a * 10^8 / r, half up, without overflowing int64: two long-division steps of 10^4.
q1, rem = np.divmod(a * 10_000, r)
q2, rem = np.divmod(rem * 10_000, r)
disclosed["cents"] = np.where(disclosed.code.to_numpy() == "EUR", a * 100, q1 * 10_000 + q2 + (2 * rem >= r))

lines = [f"rounds {len(rounds)}", f"companies {rounds.company_uuid.nunique()}",
         f"undisclosed {int((~known).sum())}", f"total_usd {int(rounds.raised_amount_usd.sum())}",
         f"total_eur_cents {int(disclosed.cents.sum())}"]
for year, cents in disclosed.groupby(disclosed.day.dt.year).cents.sum().items():
    lines.append(f"year {year} {cents}")
per = disclosed.groupby("company").cents.sum().reset_index()
per = per.sort_values(["cents", "company"], ascending=[False, True]).head(10)
for rank, (company, cents) in enumerate(per.itertuples(index=False), 1):
    lines.append(f"top {rank} {company} {cents}")
steps = disclosed.groupby(["company", "day"]).cents.sum().groupby(level=0).cumsum().reset_index()
queries = pd.read_csv(os.path.join(data, "queries.csv"), dtype={"company_uuid": object}, parse_dates=["as_of"])
queries = queries.rename(columns={"company_uuid": "company", "as_of": "day"}).sort_values("day", kind="stable")
answers = pd.merge_asof(queries, steps.sort_values("day"), on="day", by="company").cents.fillna(0).astype("int64")
lines += [f"asof_sum_eur_cents {int(answers.sum())}", f"asof_zero {int((answers == 0).sum())}"]
print("\n".join(lines))
