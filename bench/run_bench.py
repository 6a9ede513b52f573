#!/usr/bin/env python3
"""The benchmarks of bench/README.md: fundline vs DuckDB (and pandas), interleaved.

Two workloads: `rounds` (`fundline report` vs duckdb_anchor.mjs and
pandas_anchor.py) and `investors` (`fundline investors` vs
duckdb_investors.mjs). Generates the data with gen_rounds.py and
gen_investments.py at several sizes (into bench/work/ or --work, generated
once and reused), runs the contenders on the same files round-robin, checks
that every report is byte-for-byte identical, and prints the median wall time
and peak resident memory (GNU time -v) of each, with the ratios to fundline.
For the rounds workload, up to --commands-max-rows (1M), it also times
`fundline rank` and `fundline import -o out.csv|out.json` on the same rounds
file (rows rank, import-csv, import-json), each a ratio to `fundline report`
measured in the same run.

usage: bench/run_bench.py [--workload rounds|investors|both] [--sizes 250000,1000000,4000000]
                          [--runs 5] [--pandas-runs 3] [--fundline PATH] [--work DIR]

Installs what it needs when missing: @duckdb/node-api with npm into the work
folder, and Debian's python3-pandas and time with apt-get.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")
ECB = os.path.join(ROOT, "data", "eurofxref-hist.csv")
DUCKDB = "@duckdb/node-api@1.5.6-r.1"


def sh(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True, **kw)


def ensure_tools(work, pandas):
    if not os.path.exists("/usr/bin/time"):
        sh(["apt-get", "install", "-y", "--no-install-recommends", "time"])
    if pandas and subprocess.run(["/usr/bin/python3", "-c", "import pandas"], capture_output=True).returncode != 0:
        sh(["apt-get", "install", "-y", "--no-install-recommends", "python3-pandas"])
    os.makedirs(work, exist_ok=True)
    if not os.path.isdir(os.path.join(work, "node_modules", "@duckdb", "node-api")):
        sh(["npm", "install", "--no-audit", "--no-fund", "--no-save", "--no-package-lock", DUCKDB], cwd=work)
    # Node resolves @duckdb/node-api next to the script: run copies from the work folder.
    for script in ("duckdb_anchor.mjs", "duckdb_investors.mjs"):
        shutil.copy(os.path.join(HERE, script), os.path.join(work, script))


def ensure_fundline(path):
    if path:
        return path
    build = os.path.join(ROOT, "build-bench")
    sh(["cmake", "-S", ROOT, "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DFUNDLINE_BUILD_TESTS=OFF",
        "-DFUNDLINE_BUILD_EXAMPLES=OFF"], stdout=subprocess.DEVNULL)
    sh(["cmake", "--build", build, "-j2", "--target", "fundline_cli"], stdout=subprocess.DEVNULL)
    return os.path.join(build, "tools", "fundline", "fundline")


def ensure_data(work, rows, investments):
    out = os.path.join(work, f"data-{rows}")
    if not os.path.exists(os.path.join(out, "queries.csv")):
        sh([sys.executable, os.path.join(HERE, "gen_rounds.py"), out, "--rows", str(rows), "--queries", str(rows)])
    if investments and not os.path.exists(os.path.join(out, "investments.csv")):
        sh([sys.executable, os.path.join(HERE, "gen_investments.py"), out])
    return out


def measure(cmd, out_path):
    """Wall seconds and peak RSS (KiB) of one whole process; stdout to out_path."""
    with open(out_path, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=out, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
    err = p.stderr.decode(errors="replace")
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{err}")
    rss = next(int(l.split(":")[1]) for l in err.splitlines() if "Maximum resident set size" in l)
    return wall, rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workload", choices=["rounds", "investors", "both"], default="both")
    ap.add_argument("--sizes", default="250000,1000000,4000000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pandas-runs", type=int, default=3, help="pandas is slow: run it in the first N rounds only")
    ap.add_argument("--fundline", help="a built fundline binary (default: build one in build-bench/)")
    ap.add_argument("--work", default=WORK, help="folder for the data, npm packages and reports (large: "
                    "about 1.3 GB per million rounds)")
    ap.add_argument("--commands-max-rows", type=int, default=1000000,
                    help="rounds workload: also time `rank` and `import -o out.csv|json` up to this size")
    a = ap.parse_args()
    work = os.path.abspath(a.work)
    workloads = ["rounds", "investors"] if a.workload == "both" else [a.workload]
    ensure_tools(work, "rounds" in workloads and a.pandas_runs > 0)
    fundline = ensure_fundline(a.fundline)
    with open("/proc/loadavg") as f:
        print(f"load average before: {f.read().split()[:3]}, cores: {os.cpu_count()}", flush=True)

    rows_out = []
    for rows, workload in [(int(s), w) for s in a.sizes.split(",") for w in workloads]:
        data = ensure_data(work, rows, workload == "investors")
        rounds_csv = os.path.join(data, "funding_rounds.csv")
        if workload == "rounds":
            contenders = {
                "fundline": [fundline, "report", "--rounds", rounds_csv,
                             "--queries", os.path.join(data, "queries.csv"), "--fx", ECB],
                "duckdb": ["node", os.path.join(work, "duckdb_anchor.mjs"), data, ECB],
                "pandas": ["/usr/bin/python3", os.path.join(HERE, "pandas_anchor.py"), data, ECB],
            }
            if rows <= a.commands_max_rows:  # the other ecosystem commands, on the same rounds file
                contenders["rank"] = [fundline, "rank", rounds_csv, "--currency", "EUR", "--top", "5"]
                for ext in ("csv", "json"):
                    contenders[f"import-{ext}"] = [fundline, "import", rounds_csv, "-o",
                                                   os.path.join(work, f"import-{rows}.{ext}")]
        else:
            contenders = {
                "fundline": [fundline, "investors", "--rounds", rounds_csv,
                             "--investments", os.path.join(data, "investments.csv"), "--fx", ECB],
                "duckdb": ["node", os.path.join(work, "duckdb_investors.mjs"), data, ECB],
            }
        results = {name: [] for name in contenders}
        reports = {}
        for run in range(a.runs):
            order = list(contenders)
            order = order[run % len(order):] + order[:run % len(order)]  # rotate who goes first
            for name in order:
                if name == "pandas" and run >= a.pandas_runs:
                    continue
                out_path = os.path.join(work, f"{workload}-{rows}-{name}.txt")
                wall, rss = measure(contenders[name], out_path)
                results[name].append((wall, rss))
                with open(out_path, "rb") as f:
                    text = f.read()
                reports.setdefault(name, text)
                if text != reports[name]:
                    sys.exit(f"{name} printed a different {workload} report on run {run + 1} at {rows} rows")
                print(f"  {workload:<9} {rows:>8} rows  run {run + 1}  {name:<8} {wall:7.3f} s  {rss / 1024:8.1f} MiB",
                      flush=True)
        first = reports["fundline"]
        for name, text in reports.items():
            if name in ("duckdb", "pandas") and text != first:
                sys.exit(f"{workload} reports differ at {rows} rows: fundline vs {name} "
                         f"(see {work}/{workload}-{rows}-*.txt)")
        base_t = statistics.median(w for w, _ in results["fundline"])
        base_m = statistics.median(m for _, m in results["fundline"])
        for name, rs in results.items():
            if not rs:
                continue
            t = statistics.median(w for w, _ in rs)
            m = statistics.median(m for _, m in rs)
            rows_out.append((workload, rows, name, len(rs), t, m / 1024, t / base_t, m / base_m))

    with open("/proc/loadavg") as f:
        print(f"load average after: {f.read().split()[:3]}")
    print("\nreports identical: yes\n")
    print("| workload | rounds | contender | runs | median wall (s) | median peak RSS (MiB) | time / fundline "
          "| memory / fundline |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for workload, rows, name, n, t, m, rt, rm in rows_out:
        print(f"| {workload} | {rows:,} | {name} | {n} | {t:.3f} | {m:.0f} | {rt:.1f}x | {rm:.1f}x |")


if __name__ == "__main__":
    main()
