"""A smoke run of the panel benchmark on a small generated panel: the program runs and
its counts add up. Not a timing: tests/bench/panel.sh measures.

usage: panel_smoke.py DAYE_BENCH_PANEL WORK_DIR
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS, YEARS, TARGETS = 40, 4, 30


def main():
    bench, work = sys.argv[1:3]
    csv = os.path.join(work, "panel-smoke.csv")
    subprocess.run([sys.executable, os.path.join(HERE, "panel_generate.py"), csv, "--regions", str(REGIONS),
                    "--years", str(YEARS)], check=True)
    done = subprocess.run([bench, csv], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"daye_bench_panel failed ({done.returncode}): {done.stderr}")
    r = json.loads(done.stdout)
    expect = {"figures": REGIONS * YEARS * TARGETS, "regions": REGIONS, "scorecards": REGIONS * YEARS}
    for key, value in expect.items():
        if r[key] != value:
            sys.exit(f"{key}: {r[key]}, expected {value}")
    if r["met"] + r["missed"] + r["unknown"] + r["not_applicable"] != REGIONS * YEARS * TARGETS:
        sys.exit(f"verdicts do not add up to one per target and scorecard: {r}")
    # The first year has no year before it: each region's rank_improves is unknown then. A
    # figure that is only a bound (突破) leaves its target unknown unless the bound decides it.
    if not REGIONS <= r["unknown"] <= REGIONS + r["bounds"] or r["met"] == 0 or r["missed"] == 0:
        sys.exit(f"unexpected verdicts: {r}")
    with open(csv, "a", encoding="utf-8") as f:  # a repeated row makes the file bad: exit 2
        f.write(open(csv, encoding="utf-8").read().splitlines()[1] + "\n")
    bad = subprocess.run([bench, csv], capture_output=True, text=True, check=False)
    if bad.returncode != 2 or "duplicate" not in bad.stderr or bad.stdout:
        sys.exit(f"a duplicate row: exit {bad.returncode}, stderr {bad.stderr!r}, stdout {bad.stdout!r}")
    print(f"panel smoke run: {r['figures']} figures, {r['scorecards']} scorecards, verdicts add up")


if __name__ == "__main__":
    main()
