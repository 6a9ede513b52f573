#!/usr/bin/env python3
"""The ecosystem benchmark: fundline vs DuckDB vs pandas, interleaved.

Generates data with ../shared/bench/gen_rounds.py at several sizes (into
bench/work/, git-ignored), runs `fundline report`, the DuckDB anchor and the
pandas anchor on the same files, round-robin, checks that every report is
byte-for-byte identical, and prints the median wall time and peak resident
memory (GNU time -v) of each, with the ratios to fundline. Up to
--commands-max-rows (1M) it also times `fundline rank` and `fundline import
-o out.csv|out.json` on the same rounds file (rows rank, import-csv,
import-json), each a ratio to `fundline report` measured in the same run.

usage: bench/run_bench.py [--sizes 250000,1000000,4000000] [--runs 5]
                          [--pandas-runs 3] [--fundline PATH] [--shared DIR]

Installs what it needs when missing: @duckdb/node-api with npm into
bench/work/, and Debian's python3-pandas and time with apt-get.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")


def sh(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True, **kw)


def ensure_tools(shared):
    if not os.path.exists("/usr/bin/time"):
        sh(["apt-get", "install", "-y", "time"])
    if subprocess.run(["/usr/bin/python3", "-c", "import pandas"], capture_output=True).returncode != 0:
        sh(["apt-get", "install", "-y", "python3-pandas"])
    os.makedirs(WORK, exist_ok=True)
    if not os.path.isdir(os.path.join(WORK, "node_modules", "@duckdb", "node-api")):
        shutil.copy(os.path.join(shared, "bench", "package.json"), os.path.join(WORK, "package.json"))
        sh(["npm", "install", "--no-audit", "--no-fund"], cwd=WORK)
    # Node resolves @duckdb/node-api next to the script: run a copy from WORK.
    shutil.copy(os.path.join(shared, "bench", "duckdb_anchor.mjs"), os.path.join(WORK, "duckdb_anchor.mjs"))


def ensure_fundline(path):
    if path:
        return path
    build = os.path.join(ROOT, "build-bench")
    sh(["cmake", "-S", ROOT, "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DFUNDLINE_BUILD_TESTS=OFF",
        "-DFUNDLINE_BUILD_EXAMPLES=OFF"], stdout=subprocess.DEVNULL)
    sh(["cmake", "--build", build, "-j2", "--target", "fundline_cli"], stdout=subprocess.DEVNULL)
    return os.path.join(build, "tools", "fundline", "fundline")


def ensure_data(shared, rows):
    out = os.path.join(WORK, f"data-{rows}")
    if not os.path.exists(os.path.join(out, "queries.csv")):
        sh([sys.executable, os.path.join(shared, "bench", "gen_rounds.py"), out, "--rows", str(rows),
            "--queries", str(rows)])
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
    ap.add_argument("--sizes", default="250000,1000000,4000000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pandas-runs", type=int, default=3, help="pandas is slow: run it in the first N rounds only")
    ap.add_argument("--fundline", help="a built fundline binary (default: build one in build-bench/)")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--commands-max-rows", type=int, default=1000000,
                    help="also time `rank` and `import -o out.csv|json` on the same rounds up to this size")
    a = ap.parse_args()
    shared = os.path.abspath(a.shared)
    ecb = os.path.join(shared, "data", "eurofxref-hist.csv")
    ensure_tools(shared)
    fundline = ensure_fundline(a.fundline)
    with open("/proc/loadavg") as f:
        print(f"load average before: {f.read().split()[:3]}, cores: {os.cpu_count()}", flush=True)

    rows_out = []
    for rows in [int(s) for s in a.sizes.split(",")]:
        data = ensure_data(shared, rows)
        contenders = {
            "fundline": [fundline, "report", "--rounds", os.path.join(data, "funding_rounds.csv"),
                         "--queries", os.path.join(data, "queries.csv"), "--fx", ecb],
            "duckdb": ["node", os.path.join(WORK, "duckdb_anchor.mjs"), data, ecb],
            "pandas": ["/usr/bin/python3", os.path.join(shared, "bench", "pandas_anchor.py"), data, ecb],
        }
        if rows <= a.commands_max_rows:  # the other ecosystem commands, on the same rounds file
            rounds = os.path.join(data, "funding_rounds.csv")
            contenders["rank"] = [fundline, "rank", rounds, "--currency", "EUR", "--top", "5"]
            for ext in ("csv", "json"):
                contenders[f"import-{ext}"] = [fundline, "import", rounds, "-o", os.path.join(WORK, f"import-{rows}.{ext}")]
        results = {name: [] for name in contenders}
        reports = {}
        for run in range(a.runs):
            order = list(contenders)
            order = order[run % len(order):] + order[:run % len(order)]  # rotate who goes first
            for name in order:
                if name == "pandas" and run >= a.pandas_runs:
                    continue
                out_path = os.path.join(WORK, f"report-{rows}-{name}.txt")
                wall, rss = measure(contenders[name], out_path)
                results[name].append((wall, rss))
                with open(out_path, "rb") as f:
                    text = f.read()
                reports.setdefault(name, text)
                if text != reports[name]:
                    sys.exit(f"{name} printed a different report on run {run + 1} at {rows} rows")
                print(f"  {rows:>8} rows  run {run + 1}  {name:<8} {wall:7.3f} s  {rss / 1024:8.1f} MiB", flush=True)
        first = reports["fundline"]
        for name, text in reports.items():
            if name in ("duckdb", "pandas") and text != first:
                sys.exit(f"reports differ at {rows} rows: fundline vs {name} (see {WORK}/report-{rows}-*.txt)")
        base_t = statistics.median(w for w, _ in results["fundline"])
        base_m = statistics.median(m for _, m in results["fundline"])
        for name, rs in results.items():
            if not rs:
                continue
            t = statistics.median(w for w, _ in rs)
            m = statistics.median(m for _, m in rs)
            rows_out.append((rows, name, len(rs), t, m / 1024, t / base_t, m / base_m))

    with open("/proc/loadavg") as f:
        print(f"load average after: {f.read().split()[:3]}")
    print("\nreports identical: yes\n")
    print("| rows | contender | runs | median wall (s) | median peak RSS (MiB) | time / fundline | memory / fundline |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for rows, name, n, t, m, rt, rm in rows_out:
        print(f"| {rows:,} | {name} | {n} | {t:.3f} | {m:.0f} | {rt:.1f}x | {rm:.1f}x |")


if __name__ == "__main__":
    main()
