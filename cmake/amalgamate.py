"""Writes daye as one header: include/daye amalgamated, with no daye/ include left.

usage: amalgamate.py INCLUDE_DIR OUTPUT
Every header is written once, where it is first included, in the order of the umbrella
header, the catalogue, the text in/out headers, UTF-8 and Daye's 2024 plan. Standard library
includes stay as they are.
"""
import pathlib
import re
import sys

ROOTS = ["daye/daye.hpp", "daye/catalog.hpp", "daye/io.hpp", "daye/json.hpp", "daye/csv.hpp", "daye/utf8.hpp",
         "daye/plans/daye_2024.hpp"]
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"](daye/[^>"]+)[>"]')


def main():
    include_dir, output = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    written = set()
    lines = [
        "// daye: government work report targets as a header-only constexpr C++ library, with Daye's 2024 plan.\n",
        "// One-header edition, generated from include/daye by cmake/amalgamate.py: do not edit.\n",
        "// MIT License, Copyright (c) 2026 The daye authors.\n",
    ]

    def emit(header):
        if header in written:
            return
        written.add(header)
        lines.append(f"\n// ---- {header}\n")
        for line in (include_dir / header).read_text(encoding="utf-8").splitlines(keepends=True):
            m = INCLUDE.match(line)
            if m:
                emit(m.group(1))
            else:
                lines.append(line)

    for root in ROOTS:
        emit(root)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
