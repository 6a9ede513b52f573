#!/usr/bin/env python3
"""`fundline investors` against bench/reference_investors.py, byte for byte,
on generated data: 10,000 rounds with two different seeds.

usage: investors_reference_check.py FUNDLINE SOURCE_DIR WORK_DIR
"""
import os, subprocess, sys

fundline, source, work = sys.argv[1:4]
bench = os.path.join(source, "bench")
for seed in (7, 1234):
    data = os.path.join(work, f"investors-seed-{seed}")
    subprocess.run([sys.executable, os.path.join(bench, "gen_rounds.py"), data, "--rows", "10000", "--queries", "1",
                    "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(bench, "gen_investments.py"), data, "--seed", str(seed)], check=True,
                   stdout=subprocess.DEVNULL)
    ours = subprocess.run([fundline, "investors", "--rounds", os.path.join(data, "funding_rounds.csv"),
                           "--investments", os.path.join(data, "investments.csv")],
                          check=True, capture_output=True).stdout
    reference = subprocess.run([sys.executable, os.path.join(bench, "reference_investors.py"), data],
                               check=True, capture_output=True).stdout
    if ours != reference:
        sys.exit(f"seed {seed}: fundline investors differs from reference_investors.py:\n"
                 f"--- fundline\n{ours.decode()}--- reference\n{reference.decode()}")
    print(f"seed {seed}: identical ({len(ours.splitlines())} lines)")
