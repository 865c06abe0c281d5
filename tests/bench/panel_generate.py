"""Writes a generated panel of county figures as CSV, for the panel benchmark.

usage: panel_generate.py OUT.csv [--regions N] [--years N] [--seed N]

Every region reports every indicator of panel_bench.cpp's plan for every year, 2015 on
(3,000 regions x 30 indicators x 10 years = 900,000 rows by default), in the columns of
examples/data/daye-outcomes-2021-2025.csv. The figures are invented but shaped like
county statistics: region ids are six-digit administrative division codes, levels
follow each county's own path with growth of a few percent a year, figures are printed
with the decimals statistics use, the latest year is preliminary (预计) for a third of
the rows, and a few levels are only lower bounds (突破). Deterministic for a seed.
"""
import argparse
import random

# id, unit, decimals, start (low, high), yearly change (low, high); levels move by a
# percentage of themselves, rates by points. The ids are those of panel_bench.cpp.
INDICATORS = [
    ("gdp_level", "yi_yuan", 2, (80, 1500), (2, 9)),
    ("gdp_growth", "percent", 1, (3, 10), (-1.5, 1.5)),
    ("gdp_per_capita", "yuan_per_person", 0, (35000, 150000), (2, 9)),
    ("primary_industry_value_added_growth", "percent", 1, (1, 5), (-1, 1)),
    ("secondary_industry_value_added_growth", "percent", 1, (3, 12), (-2, 2)),
    ("tertiary_industry_value_added_growth", "percent", 1, (3, 10), (-1.5, 1.5)),
    ("industrial_value_added_growth", "percent", 1, (2, 15), (-3, 3)),
    ("industrial_output_above_scale", "yi_yuan", 2, (50, 2500), (-3, 15)),
    ("fixed_asset_investment_growth", "percent", 1, (-5, 20), (-4, 4)),
    ("industrial_investment_growth", "percent", 1, (-10, 30), (-6, 6)),
    ("retail_sales", "yi_yuan", 2, (30, 600), (1, 10)),
    ("retail_sales_growth", "percent", 1, (2, 12), (-2, 2)),
    ("fiscal_revenue", "yi_yuan", 2, (5, 150), (-5, 12)),
    ("local_budget_revenue", "yi_yuan", 2, (3, 90), (-5, 12)),
    ("local_budget_revenue_growth", "percent", 1, (-5, 15), (-4, 4)),
    ("tax_revenue_share", "percent", 1, (55, 85), (-2, 2)),
    ("exports", "yi_yuan", 2, (1, 200), (-10, 20)),
    ("export_growth", "percent", 1, (-10, 25), (-6, 6)),
    ("urban_resident_income", "yuan_per_person", 0, (28000, 60000), (4, 8)),
    ("urban_resident_income_growth", "percent", 1, (4, 9), (-1, 1)),
    ("rural_resident_income", "yuan_per_person", 0, (12000, 32000), (5, 10)),
    ("rural_resident_income_growth", "percent", 1, (5, 11), (-1, 1)),
    ("cpi_change", "percent", 1, (0, 3), (-0.8, 0.8)),
    ("urban_surveyed_unemployment_rate", "percent", 1, (3.5, 6), (-0.3, 0.3)),
    ("new_urban_jobs", "persons", 0, (2000, 15000), (-5, 8)),
    ("energy_intensity_change", "percent", 1, (-6, 1), (-1, 1)),
    ("new_high_tech_enterprises", "enterprises", 0, (5, 80), (-10, 15)),
    ("tech_smes_registered", "enterprises", 0, (50, 900), (0, 20)),
    ("cultivated_land", "mu", 0, (200000, 1500000), (-0.4, 0.2)),
    ("economy_rank", "rank", 0, None, None),
]
FIRST_YEAR = 2015


def region_codes(count, rng):
    """Distinct six-digit codes: province (11-65), prefecture (01-..), county (21-..)."""
    provinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
                 54, 61, 62, 63, 64, 65]
    codes = set()
    while len(codes) < count:
        codes.add(f"{rng.choice(provinces)}{rng.randint(1, 30):02d}{rng.randint(21, 99):02d}")
    return sorted(codes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--regions", type=int, default=3000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    regions = region_codes(args.regions, rng)
    last_year = FIRST_YEAR + args.years - 1
    # Each year's rank among the generated regions, from a random walk of a composite score.
    scores = {r: rng.uniform(0, 100) for r in regions}
    ranks = {}
    for year in range(FIRST_YEAR, last_year + 1):
        for r in regions:
            scores[r] += rng.gauss(0, 3)
        for place, r in enumerate(sorted(regions, key=lambda x: -scores[x]), start=1):
            ranks[(r, year)] = place
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        out.write("region,indicator,year,period,value,unit,status,bound,source\n")
        rows = []
        for r in regions:
            state = {ind: rng.uniform(*start) for ind, _, _, start, _ in INDICATORS if start is not None}
            for year in range(FIRST_YEAR, last_year + 1):
                preliminary_year = year == last_year
                for ind, unit, places, start, change in INDICATORS:
                    if ind == "economy_rank":
                        value = str(ranks[(r, year)])
                    else:
                        v = min(state[ind], 95.0) if ind == "tax_revenue_share" else state[ind]
                        value = f"{v:.{places}f}"
                        if float(value) == 0:
                            value = value.lstrip("-")  # not "-0.0"
                        if unit == "percent" or ind.endswith("_change"):
                            state[ind] = v + rng.uniform(*change)
                        else:
                            state[ind] = v * (1 + rng.uniform(*change) / 100)
                    status = "preliminary" if preliminary_year and rng.random() < 1 / 3 else "reported"
                    bound = ""
                    if status == "preliminary" and unit == "yi_yuan" and rng.random() < 0.05:
                        bound = "above"
                        value = str(int(float(value)) // 10 * 10)  # 突破930亿元 is printed round
                    source = (f"{r} {year + 1}年政府工作报告: 预计" if status == "preliminary"
                              else f"{r} {year}年国民经济和社会发展统计公报")
                    rows.append(f"{r},{ind},{year},,{value},{unit},{status},{bound},{source}\n")
            if len(rows) > 100000:
                out.writelines(rows)
                rows.clear()
        out.writelines(rows)


if __name__ == "__main__":
    main()
