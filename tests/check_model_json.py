"""daye_model --format json is valid JSON and holds every id of MODEL.md with its value.

usage: check_model_json.py DAYE_MODEL MODEL.md
"""
import json
import re
import subprocess
import sys


def ids_and_values(model_text):
    """Every backticked id of MODEL.md, and the values it states for some of them."""
    ids = {m for m in re.findall(r"`([a-z][a-z0-9_]*)`", model_text)} - {"indicator"}
    values = {}
    bases = {}
    for line in model_text.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == 8 and cells[1].startswith("`"):  # the headline table
            target = cells[1].strip("`")
            number = re.match(r"([\d.]+)", cells[4])
            values[target] = number.group(1) if number else None
            if "real" in cells[5]:
                bases[target] = "real"
            elif "nominal" in cells[5]:
                bases[target] = "nominal"
        listed = re.match(r"\s*- `([a-z0-9_]+)` (?:count|amount|area) ≥ ([\d,]+)", line)
        if listed:
            values[listed.group(1)] = listed.group(2).replace(",", "")
    for m in re.finditer(r"`(projects_in_production)` count ≥ (\d+)", model_text):
        values[m.group(1)] = m.group(2)
    for m in re.finditer(r"`(\w+_red_line)` \*\*red line\*\*.*?≥\s+([\d,]+) mu", model_text, re.S):
        values[m.group(1)] = m.group(2).replace(",", "")
    return ids, values, bases


def main():
    daye_model, model_md = sys.argv[1], sys.argv[2]
    out = subprocess.run([daye_model, "--format", "json"], check=True, capture_output=True).stdout
    doc = json.loads(out.decode("utf-8"))
    entries = {e["id"]: e for g in doc["groups"] for e in g["entries"]}
    known = {doc["plan"]["id"]} | {i["id"] for i in doc["indicators"]} | {g["id"] for g in doc["groups"]}
    known |= set(entries) | {e["indicator"] for e in entries.values()}
    for e in entries.values():
        for field in ("id", "group", "kind", "value", "unit", "basis", "commitment", "phrase_zh", "name_en"):
            if field not in e:
                sys.exit(f"entry {e.get('id')} has no '{field}'")

    ids, values, bases = ids_and_values(open(model_md, encoding="utf-8").read())
    missing = sorted(ids - known)
    if missing:
        sys.exit(f"ids of MODEL.md missing from the JSON: {missing}")
    for target, value in values.items():
        if entries[target]["value"] != value:
            sys.exit(f"{target}: value {entries[target]['value']!r} in JSON, {value!r} in MODEL.md")
    for target, basis in bases.items():
        if entries[target]["basis"] != basis:
            sys.exit(f"{target}: basis {entries[target]['basis']!r} in JSON, {basis!r} in MODEL.md")
    print(f"{len(ids)} ids present, {len(values)} values and {len(bases)} bases as in MODEL.md")


if __name__ == "__main__":
    main()
