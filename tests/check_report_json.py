"""daye_report --format json on the real 2024 data gives the verdicts of the issue; on the
panel of 2021-2025 each scorecard names its region and lists the vintages of its figures
as the CSV holds them.

usage: check_report_json.py DAYE_REPORT
"""
import csv
import decimal
import json
import os
import subprocess
import sys

# The shared outcomes of Daye, Huangshi, Hubei and China, 2021-2025: a panel of regions.
OUTCOMES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "data",
                        "daye-outcomes-2021-2025.csv")
FIRMNESS = ["preliminary", "reported", "revised"]  # the least firm first

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


def report_json(*args):
    return json.loads(subprocess.run([sys.argv[1], *args, "--format", "json"], check=True,
                                     capture_output=True).stdout.decode("utf-8"))


def revisions_in_csv(path, region, first_year, last_year):
    """The figures of `region` from `first_year` to `last_year` the CSV gives in more than one
    vintage, read here with Python's csv, not daye's reader (the file's units are the
    catalogue's, so that its values are the ones daye keeps): {(indicator, year, period): [(status,
    value, bound, unit), ...]}, the least firm first; and the change from the one before the
    last to the last when both are exact in one unit, else None."""
    keys = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["region"] == region and first_year <= int(row["year"]) <= last_year:
                keys.setdefault((row["indicator"], int(row["year"]), row["period"]), []).append(
                    (row["status"], row["value"], row["bound"] or "exact", row["unit"]))
    revisions = {}
    for key, vintages in keys.items():
        if len(vintages) > 1:
            vintages.sort(key=lambda v: FIRMNESS.index(v[0]))
            (_, before, before_bound, before_unit), (_, last, last_bound, last_unit) = vintages[-2:]
            exact = before_bound == last_bound == "exact" and before_unit == last_unit
            revisions[key] = (vintages, str(decimal.Decimal(last) - decimal.Decimal(before)) if exact else None)
    return revisions


def revisions_in_json(vintages):
    """The member "vintages" of daye_report's JSON in the form of revisions_in_csv."""
    return {(r["indicator"], r["year"], r["period"]):
            ([(v["status"], v["value"], v["bound"], v["unit"]) for v in r["vintages"]], r["change"])
            for r in vintages}


def check_regions():
    """Each region of the panel: its JSON names it and lists what the CSV revised of the plan's
    year and the year before, as the text lists it."""
    with open(OUTCOMES, encoding="utf-8", newline="") as f:
        regions = sorted({row["region"] for row in csv.DictReader(f)})
    every = report_json("--actuals", OUTCOMES, "--all-regions")
    assert [r["region"] for r in every["regions"]] == regions, every
    revised = 0
    for region, summary in zip(regions, every["regions"]):
        doc = report_json("--actuals", OUTCOMES, "--region", region)
        expected = revisions_in_csv(OUTCOMES, region, doc["year"] - 1, doc["year"])
        assert doc["region"] == region, (region, doc["region"])
        assert revisions_in_json(doc["vintages"]) == expected, (region, doc["vintages"], expected)
        assert summary["vintages"] == doc["vintages"], (region, summary)
        text = subprocess.run([sys.argv[1], "--actuals", OUTCOMES, "--region", region], check=True,
                              capture_output=True).stdout.decode("utf-8")
        lines = text.split("vintages (the last of each line is the figure of record):\n")[1:]
        listed = lines[0].splitlines() if lines else []
        assert [line.split(":")[0].split()[:2] for line in listed] == [
            [r["indicator"], str(r["year"])] for r in doc["vintages"]], (region, listed, doc["vintages"])
        revised += len(expected)
    # The file holds a real revision: Daye's GDP of 2024, above 900 亿元 (preliminary), then 930.71.
    assert revised > 0, "the panel has no figure in two vintages: nothing was checked"
    # The plan's own region is the default: --region daye changes nothing.
    assert report_json("--actuals", OUTCOMES) == report_json("--actuals", OUTCOMES, "--region", "daye")
    return revised


def main():
    doc = report_json()
    overall = doc["overall"]
    assert doc["plan"] == "daye_2024" and doc["year"] == 2024, doc
    # The 2024 file has no region column: its figures are the plan's region's, one vintage each.
    assert doc["region"] == "daye" and doc["vintages"] == [], (doc["region"], doc["vintages"])
    assert overall["vetoed"] is False and overall["complete"] is False, overall
    # The red lines are not reported: no breach is reported, which is not "none breached".
    assert overall["veto"] == "not_reported", overall
    assert overall["red_lines_not_reported"] == ["cultivated_land_red_line", "basic_farmland_red_line"], overall
    assert (overall["met"], overall["missed"], overall["not_applicable"]) == (4, 3, 0), overall
    results = {r["id"]: r for r in doc["results"]}
    for key in ("id", "group", "verdict", "commitment", "commitment_zh", "vetoes", "target", "actual", "unit", "gap", "status", "reason"):
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
    revised = check_regions()
    print(f"{len(results)} results as expected; {revised} revised figures of the panel as its CSV gives them")


if __name__ == "__main__":
    main()
