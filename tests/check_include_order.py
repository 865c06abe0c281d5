#!/usr/bin/env python3
"""Every daye header includes, directly, each header that refuses misuse at compile time
(REFUSING, leaves first) that it needs directly or through another header.

g++ prints the chain of includes that led to the header where an error is raised before
it names the rule; a header included through three others pushes the rule past the first
five lines. Included directly by whichever daye header a program includes first, each of
these headers is two lines deep. .clang-format puts them first in the block, in this
order; this check finds one that is missing or comes late. With --fix it adds a missing one."""
import pathlib
import re
import sys

REFUSING = ["daye/result.hpp", "daye/units.hpp", "daye/indicator.hpp"]
ROOT = pathlib.Path(__file__).resolve().parent.parent / "include"
INCLUDE = re.compile(r'^#include "(daye/[^"]+)"$', re.M)


def direct(header):
    return INCLUDE.findall((ROOT / header).read_text(encoding="utf-8"))


def closure(header, seen=None):
    seen = set() if seen is None else seen
    for h in direct(header):
        if h not in seen:
            seen.add(h)
            closure(h, seen)
    return seen


def main():
    fix = "--fix" in sys.argv[1:]
    missing = []
    for path in sorted(ROOT.rglob("*.hpp")):
        header = path.relative_to(ROOT).as_posix()
        needed = [r for r in REFUSING if r != header and r in closure(header) and r not in direct(header)]
        for r in needed:
            missing.append(f"{path}: includes {r} through another header; include it directly")
        first = [r for r in REFUSING if r in direct(header)]
        if not needed and direct(header)[: len(first)] != first:
            missing.append(f"{path}: include {', '.join(first)} before any other daye header, in that order")
        if fix and needed:
            text = path.read_text(encoding="utf-8")
            first = INCLUDE.search(text)
            lines = "".join(f'#include "{r}"\n' for r in needed)
            path.write_text(text[: first.start()] + lines + text[first.start() :], encoding="utf-8")
    if missing and not fix:
        print("\n".join(missing), file=sys.stderr)
        return 1
    print("include order: every header includes the refusing headers it needs directly, first")
    return 0


if __name__ == "__main__":
    sys.exit(main())
