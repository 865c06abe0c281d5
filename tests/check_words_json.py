#!/usr/bin/env python3
"""daye_model --words --format json is valid JSON and says of every phrase what the Markdown
table (the README's) says, row for row; a phrase is strict exactly when it passes more_than
or less_than; its commitment word is one of the library's.

usage: check_words_json.py DAYE_MODEL
"""
import json
import re
import subprocess
import sys

# The Markdown table's columns, and the JSON member each one is.
COLUMNS = ("zh", "example", "en", "line", "passes", "strict", "role", "kind_higher_is_better",
           "kind_lower_is_better", "builder")
COMMITMENTS = ("stated", "expected", "ensure", "strive", "sprint", "complete", "binding")  # commitment.hpp


def markdown_rows(daye_model):
    out = subprocess.run([daye_model, "--words"], check=True, capture_output=True).stdout.decode("utf-8")
    rows = []
    for line in out.splitlines()[2:]:
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        row = dict(zip(COLUMNS, cells))
        row["strict"] = {"yes": True, "no": False}[row["strict"]]
        row["builder"] = row["builder"].strip("`")
        rows.append(row)
    return rows


def main():
    daye_model = sys.argv[1]
    out = subprocess.run([daye_model, "--words", "--format", "json"], check=True, capture_output=True).stdout
    words = json.loads(out.decode("utf-8"))["words"]
    table = markdown_rows(daye_model)
    if len(words) != len(table):
        sys.exit(f"{len(words)} phrases in JSON, {len(table)} in the Markdown table")
    for w, row in zip(words, table):
        for column in COLUMNS:
            if w[column] != row[column]:
                sys.exit(f"{w['zh']}: {column} is {w[column]!r} in JSON, {row[column]!r} in Markdown")
        if w["strict"] != (w["passes"] in ("more_than", "less_than")):
            sys.exit(f"{w['zh']}: strict {w['strict']} but passes {w['passes']}")
        if w["commitment"] not in COMMITMENTS:
            sys.exit(f"{w['zh']}: commitment {w['commitment']!r}")
    words_of = {w["zh"]: w["commitment"] for w in words}
    if words_of.get("力争") != "strive":
        sys.exit(f"力争 is the commitment {words_of.get('力争')!r}, not strive")
    print(f"{len(words)} phrases, each the same in JSON as in the Markdown table")


if __name__ == "__main__":
    main()
