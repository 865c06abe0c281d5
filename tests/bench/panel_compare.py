"""Runs the panel benchmark beside pandas.read_csv of the same file, in one run.

usage: panel_compare.py DAYE_BENCH_PANEL FILE.csv [--repetitions N] [--python /usr/bin/python3]

Each repetition runs both programs, in alternating order so that both see the same
machine, each under /usr/bin/time for its peak resident memory. Prints the medians:
daye's end-to-end time (read, validate, index, score every region and year) against
pandas.read_csv alone, as a throughput ratio, and each one's peak memory against the
size of the file. Never part of pass or fail: the figures depend on the machine.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command):
    """The program's JSON line and its peak resident memory in bytes."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as peak:
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", peak.name] + command, capture_output=True,
                              text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
        kib = int(peak.read().split()[-1])
    return json.loads(done.stdout.strip().splitlines()[-1]), kib * 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench")
    parser.add_argument("csv")
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--python", default="/usr/bin/python3", help="a Python with pandas (Debian's)")
    args = parser.parse_args()
    size = os.path.getsize(args.csv)
    with open(args.csv, "rb") as f:  # the file in the page cache for both
        while f.read(1 << 24):
            pass
    daye_runs, pandas_runs = [], []
    for i in range(args.repetitions):
        order = [("daye", [args.bench, args.csv]), ("pandas", [args.python, os.path.join(HERE, "panel_pandas.py"),
                                                               args.csv])]
        for name, command in order if i % 2 == 0 else reversed(order):
            (daye_runs if name == "daye" else pandas_runs).append(timed(command))
    report = daye_runs[0][0]
    if pandas_runs[0][0]["rows"] != report["figures"]:
        sys.exit(f"pandas read {pandas_runs[0][0]['rows']} rows, daye {report['figures']} figures")

    def median(runs, key):
        return statistics.median(r[0][key] for r in runs)

    def peak(runs):
        return statistics.median(r[1] for r in runs)

    daye_s = median(daye_runs, "total_seconds")
    pandas_s = median(pandas_runs, "read_csv_seconds")
    mb = 1e6
    print(f"panel: {report['figures']} rows, {report['regions']} regions, {size / mb:.1f} MB; "
          f"median of {args.repetitions} runs each, alternating")
    print(f"daye: read + validate + index {median(daye_runs, 'read_seconds'):.3f} s, "
          f"score {report['scorecards']} scorecards {median(daye_runs, 'score_seconds'):.3f} s, "
          f"total {daye_s:.3f} s ({report['met']} met, {report['missed']} missed, {report['unknown']} unknown)")
    checked_s, validating_s = median(daye_runs, "score_seconds"), median(daye_runs, "score_validating_seconds")
    print(f"scoring a checked plan (validated once per year): {checked_s:.3f} s; score() validating the plan for "
          f"every scorecard: {validating_s:.3f} s, {validating_s / checked_s:.2f}x (not in daye's total)")
    print(f"pandas.read_csv alone: {pandas_s:.3f} s")
    print(f"(13) end-to-end throughput, daye over pandas.read_csv: {pandas_s / daye_s:.2f}x (goal >= 1)")
    print(f"(13) peak memory: daye {peak(daye_runs) / mb:.1f} MB = {peak(daye_runs) / size:.2f}x the file "
          f"(goal <= 2); pandas {peak(pandas_runs) / mb:.1f} MB = {peak(pandas_runs) / size:.2f}x")


if __name__ == "__main__":
    main()
