"""daye_sprint gives the known answers, in JSON, text and SVG.

usage: check_sprint.py DAYE_SPRINT WORK_DIR
"""
import json
import os
import subprocess
import sys


def run(*args):
    return subprocess.run([sys.argv[1], *args], check=True, capture_output=True).stdout.decode("utf-8")


def main():
    base = ["--base", "900", "--base-year", "2024", "--goal", "1000"]
    doc = json.loads(run(*base, "--rate", "7.5,5,0", "--nominal", "--format", "json"))
    assert doc["basis"] == "nominal" and doc["deflator"] is None, doc
    years = {s["rate"]: s["crossing_year"] for s in doc["scenarios"]}
    assert years == {7.5: 2026, 5: 2027, 0: None}, years
    assert [s["outcome"] for s in doc["scenarios"]] == ["reached", "reached", "never"], doc["scenarios"]
    at75 = doc["scenarios"][0]
    assert at75["path"][0] == {"year": 2024, "level": 900}, at75["path"][0]
    assert at75["path"][2] == {"year": 2026, "level": 1040.0625}, at75["path"][2]
    # An annual total reaches the goal in a year, not after a fraction of one.
    assert all("years" not in s for s in doc["scenarios"]), doc["scenarios"][0].keys()
    required = {r["years"]: r["rate"] for r in doc["required"]}
    assert round(required[1], 1) == 11.1 and abs(required[1] - 100 / 9) < 1e-12, required
    assert 5.40 < required[2] < 5.41 and 3.57 < required[3] < 3.58, required

    # The rates are real by default: 7.5 % real and 2 % prices make 9.65 % nominal; with
    # prices falling 3.5 % a year, as Daye's did, 3.7375 %.
    real = json.loads(run(*base, "--rate", "7.5", "--deflator", "2", "--format", "json"))
    assert real["basis"] == "real" and real["scenarios"][0]["nominal_rate"] == 9.65, real["scenarios"][0]
    assert "real_rate" in real["required"][0]
    falling = json.loads(run(*base, "--rate", "7.5", "--deflator", "-3.5", "--format", "json"))
    assert falling["scenarios"][0]["nominal_rate"] == 3.7375, falling["scenarios"][0]
    assert falling["scenarios"][0]["crossing_year"] == 2027, falling["scenarios"][0]  # 900 → 1001.97 in 2027

    # Without options, Daye's figures: 930.71 亿元 in 2024, 7.5 % real, prices falling 3.5 %.
    daye = json.loads(run("--format", "json"))
    assert (daye["base"], daye["base_year"], daye["goal"], daye["basis"], daye["deflator"]) == (
        930.71, 2024, 1000, "real", -3.5), daye
    assert daye["scenarios"][0]["path"][1] == {"year": 2025, "level": 965.49528625}, daye["scenarios"][0]["path"]
    assert daye["scenarios"][0]["crossing_year"] == 2026, daye["scenarios"][0]
    text = run()
    assert "rates: real growth (comparable prices), made nominal with a GDP deflator of -3.5 % a year" in text, text
    assert "at 7.5 % real (3.7375 % nominal): 2026 is the first year whose GDP is at least 1000 亿元" in text, text
    assert "Huangshi Daily" in text and "uncertain" in text, text

    text = run(*base, "--rate", "7.5,0", "--nominal")
    assert "at 7.5 % nominal: 2026 is the first year whose GDP is at least 1000 亿元" in text, text
    assert "GDP never reaches 1000 亿元" in text and "after" not in text, text
    text = run(*base, "--rate", "0.001", "--nominal")
    assert "does not reach 1000 亿元 within 100 years (by 2124)" in text, text
    text = run("--base", "1200", "--rate", "-5")
    assert "GDP of 2024 is already at least 1000 亿元" in text and "needed" not in text, text

    svg_path = os.path.join(sys.argv[2], "sprint.svg")
    run(*base, "--rate", "7.5,5", "--nominal", "--svg", svg_path)
    svg = open(svg_path, encoding="utf-8").read()
    # A point per year and scenario (2024-2027), one per legend entry, and no line through them.
    assert svg.count("<circle") == 2 * 4 + 2 and "<polyline" not in svg, svg[:300]
    assert "goal 1000 亿元" in svg and "2026" in svg and "7.5 % nominal" in svg, svg[:300]
    print("daye_sprint answers as expected")


if __name__ == "__main__":
    main()
