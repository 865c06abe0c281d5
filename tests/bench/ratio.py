"""Prints the ratio of two benchmarks of a Google Benchmark JSON report, by median.

usage: ratio.py REPORT.json SUBJECT BASELINE LABEL
Throughput ratio: SUBJECT's items per second over BASELINE's (above 1: SUBJECT is faster).
"""
import json
import statistics
import sys


def median_rate(report, name):
    runs = [b for b in report["benchmarks"] if b.get("run_name") == name and b.get("run_type") == "iteration"]
    if not runs:
        sys.exit(f"no runs of {name}")
    return statistics.median(b["items_per_second"] for b in runs), len(runs)


def shown(rate):
    """Items per second, in millions, or thousands below a million."""
    return f"{rate / 1e6:.0f}M/s" if rate >= 1e6 else f"{rate / 1e3:.0f}k/s"


def main():
    report_path, subject, baseline, label = sys.argv[1:5]
    report = json.load(open(report_path))
    s, n = median_rate(report, subject)
    b, _ = median_rate(report, baseline)
    print(f"{label}: {s / b:.2f}x  ({subject} {shown(s)} vs {baseline} {shown(b)}, median of {n})")


if __name__ == "__main__":
    main()
