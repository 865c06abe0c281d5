"""daye_report --format json on the real 2024 data gives the verdicts of the issue.

usage: check_report_json.py DAYE_REPORT
"""
import json
import subprocess
import sys

EXPECTED = {
    # id: (verdict, gap, status)
    "gdp_growth": ("met", "0.5", "preliminary"),
    "industrial_value_added_growth": ("missed", "-1.0", "reported"),
    "fixed_asset_investment_growth": ("met", "3.5", "reported"),
    "retail_sales_growth": ("missed", "-4.5", "reported"),
    "local_budget_revenue_growth": ("met", "4.8", "reported"),
    "top50_sprint": ("missed", "-5", "reported"),
    "top100_rank_advance": ("met", "2", "reported"),
    "cultivated_land_red_line": ("unknown", None, None),
    "basic_farmland_red_line": ("unknown", None, None),
}


def main():
    out = subprocess.run([sys.argv[1], "--format", "json"], check=True, capture_output=True).stdout
    doc = json.loads(out.decode("utf-8"))
    overall = doc["overall"]
    assert doc["plan"] == "daye_2024" and doc["year"] == 2024, doc
    assert overall["vetoed"] is False and overall["complete"] is False, overall
    # The red lines are not reported: no breach is reported, which is not "none breached".
    assert overall["veto"] == "not_reported", overall
    assert overall["red_lines_not_reported"] == ["cultivated_land_red_line", "basic_farmland_red_line"], overall
    assert (overall["met"], overall["missed"], overall["not_applicable"]) == (4, 3, 0), overall
    results = {r["id"]: r for r in doc["results"]}
    for key in ("id", "group", "verdict", "target", "actual", "unit", "gap", "status", "reason"):
        assert all(key in r for r in doc["results"]), key
    for target, (verdict, gap, status) in EXPECTED.items():
        r = results[target]
        got = (r["verdict"], r["gap"], r["status"])
        if got != (verdict, gap, status):
            sys.exit(f"{target}: {got}, expected {(verdict, gap, status)}")
    assert results["top50_sprint"]["actual"] == "55" and results["top50_sprint"]["target"] == "50"
    # A rank names its list, and the list of 2024 ranks 2023's data.
    sprint = results["top50_sprint"]
    assert sprint["reason"].startswith("missed on the CCID list of 2024 (2023's data)"), sprint["reason"]
    assert sprint["rank_list"]["id"] == "ccid_county_top100" and sprint["rank_data_year"] == 2023, sprint
    assert results["gdp_growth"]["rank_list"] is None and results["gdp_growth"]["rank_data_year"] is None
    assert results["gdp_growth"]["actual"] == "8.0" and results["gdp_growth"]["target"] == "7.5"
    unknown = [r for r in doc["results"] if r["id"] not in EXPECTED and r["verdict"] != "unknown"]
    if unknown:
        sys.exit(f"entries not in the data but not unknown: {[r['id'] for r in unknown]}")
    assert sum(g["met"] + g["missed"] + g["unknown"] + g["not_applicable"] for g in doc["groups"]) == len(results)
    print(f"{len(results)} results as expected")


if __name__ == "__main__":
    main()
