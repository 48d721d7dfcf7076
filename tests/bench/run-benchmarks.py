#!/usr/bin/env python3
"""Builds and runs every SocketLab benchmark and prints one table of their figures.

    python3 tests/bench/run-benchmarks.py [--build-dir DIR] [--only NAME ...] [--markdown]

Each benchmark (tests/bench/bench_*.cpp) measures SocketLab and a baseline in the same run and
prints "BENCH" lines (see bench_report.h); this script gathers them. Figures on shared machines
are noisy: run it on a quiet machine, and trust ratios rather than absolute numbers.
Exit status: 0 when every figure met its target, 1 otherwise, 2 when a benchmark could not run.
"""
import argparse
import os
import subprocess
import sys

# README's order; benchmarks found in the build but not listed here run after these.
ORDER = [
    "bench_tcp_bulk",
    "bench_cli_bulk",
    "bench_server_tab_flood",
    "bench_accept",
    "bench_idle_scale",
    "bench_udp",
    "bench_startup",
    "bench_lookup",
]
SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build(build_dir):
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        subprocess.run(["cmake", "--preset", "release"], cwd=SOURCE_DIR, check=True)
    subprocess.run(["cmake", "--build", build_dir, "--target", "benchmarks", "socketlab", "socketlab-cli"],
                   cwd=SOURCE_DIR, check=True)


def benchmarks(bin_dir, only):
    found = sorted(name for name in os.listdir(bin_dir)
                   if name.startswith("bench_") and os.access(os.path.join(bin_dir, name), os.X_OK))
    ordered = [name for name in ORDER if name in found] + [name for name in found if name not in ORDER]
    if only:
        ordered = [name for name in ordered if any(part in name for part in only)]
    return ordered


def run(path):
    """Runs one benchmark, echoing its output; returns (rows, exit status)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    process = subprocess.Popen([path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=env, cwd=os.path.dirname(path))
    rows = []
    for line in process.stdout:
        if line.startswith("BENCH\t"):
            rows.append(line.rstrip("\n").split("\t")[1:])
        else:
            sys.stdout.write("    " + line)
            sys.stdout.flush()
    return rows, process.wait()


def print_table(rows, markdown):
    header = ["Figure", "SocketLab", "Baseline", "Ratio", "Target", "Result"]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            print("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
        return
    widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]
    line = "  ".join("-" * width for width in widths)
    print(line)
    print("  ".join(header[i].ljust(widths[i]) for i in range(len(header))))
    print(line)
    for row in rows:
        print("  ".join(str(row[i]).ljust(widths[i]) for i in range(len(header))))
    print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", default=os.path.join(SOURCE_DIR, "build", "release"))
    parser.add_argument("--only", nargs="*", default=[], help="run only benchmarks whose name contains one of these")
    parser.add_argument("--no-build", action="store_true", help="use the binaries as they are")
    parser.add_argument("--markdown", action="store_true", help="print the table in Markdown (for README)")
    args = parser.parse_args()

    build_dir = os.path.abspath(args.build_dir)
    if not args.no_build:
        build(build_dir)
    bin_dir = os.path.join(build_dir, "bin")
    names = benchmarks(bin_dir, args.only)
    if not names:
        print(f"run-benchmarks: no bench_* programs in {bin_dir}", file=sys.stderr)
        return 2

    rows = []
    broken = []
    for name in names:
        print(f"== {name}", flush=True)
        found, status = run(os.path.join(bin_dir, name))
        rows.extend(found)
        if not found or status not in (0, 1):
            broken.append(f"{name} (exit {status}, {len(found)} figures)")

    print()
    if rows:
        print_table(rows, args.markdown)
    failed = [row for row in rows if row[-1] != "PASS"]
    print(f"{len(rows) - len(failed)} of {len(rows)} figures met their targets"
          + (f"; did not run properly: {', '.join(broken)}" if broken else ""))
    if broken:
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
