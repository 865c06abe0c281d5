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
    doc = json.loads(run(*base, "--rate", "7.5,5,0", "--format", "json"))
    years = {s["rate"]: s["crossing_year"] for s in doc["scenarios"]}
    assert years == {7.5: 2026, 5: 2027, 0: None}, years
    at75 = doc["scenarios"][0]
    assert at75["path"][0] == {"year": 2024, "level": 900}, at75["path"][0]
    assert at75["path"][2] == {"year": 2026, "level": 1040.0625}, at75["path"][2]
    assert doc["scenarios"][2]["years"] is None
    required = {r["years"]: r["rate"] for r in doc["required"]}
    assert round(required[1], 1) == 11.1 and abs(required[1] - 100 / 9) < 1e-12, required
    assert 5.40 < required[2] < 5.41 and 3.57 < required[3] < 3.58, required

    # With a deflator the rates are real: 7.5 % real and 2 % prices make 9.65 % nominal.
    real = json.loads(run(*base, "--rate", "7.5", "--deflator", "2", "--format", "json"))
    assert real["basis"] == "real" and abs(real["scenarios"][0]["nominal_rate"] - 9.65) < 1e-9, real["scenarios"][0]
    assert "real_rate" in real["required"][0]

    text = run(*base, "--rate", "7.5,0")
    assert "crosses 1000 in 2026" in text and "never crosses 1000" in text, text

    svg_path = os.path.join(sys.argv[2], "sprint.svg")
    run(*base, "--rate", "7.5,5", "--svg", svg_path)
    svg = open(svg_path, encoding="utf-8").read()
    assert svg.count("<polyline") == 2 and "1000 亿元" in svg and "2026" in svg and "7.5 %" in svg, svg[:200]
    print("daye_sprint answers as expected")


if __name__ == "__main__":
    main()
