"""daye_model --catalog --format json is valid JSON, and every indicator is described in full.

usage: check_catalog_json.py DAYE_MODEL
"""
import json
import subprocess
import sys

FIELDS = ("id", "name_zh", "name_en", "unit", "unit_zh", "basis", "direction", "domain", "definition", "source")


def main():
    out = subprocess.run([sys.argv[1], "--catalog", "--format", "json"], check=True, capture_output=True).stdout
    doc = json.loads(out.decode("utf-8"))
    seen = set()
    for section in doc["catalog"]:
        for i in section["indicators"]:
            for field in FIELDS:
                if i.get(field) in (None, ""):
                    sys.exit(f"{i.get('id')}: no {field}")
            if i["id"] in seen:
                sys.exit(f"{i['id']} twice")
            seen.add(i["id"])
            if i["basis"] not in ("real", "nominal", "unstated", "none"):
                sys.exit(f"{i['id']}: basis {i['basis']!r}")
            if i["direction"] not in ("higher", "lower"):
                sys.exit(f"{i['id']}: direction {i['direction']!r}")
    if len(seen) < 40:
        sys.exit(f"only {len(seen)} indicators")
    rank = next(i for s in doc["catalog"] for i in s["indicators"] if i["id"] == "county_rank")
    assert rank["domain"] == {"low": "1", "low_included": True, "high": "100", "high_included": True,
                              "rule": "a place on a top-100 list is 1 to 100"}, rank["domain"]
    print(f"{len(seen)} indicators in {len(doc['catalog'])} sections, each described in full")


if __name__ == "__main__":
    main()
