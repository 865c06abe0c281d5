#!/usr/bin/env bash
# Rebuilds the examples and rewrites the README's generated blocks and the sprint chart
# (examples/data/sprint-1000-yi.svg) from the programs' output, and the compile error it
# shows from what g++ and clang++ print.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake -S . -B build-docs -DDAYE_BUILD_TESTS=OFF >/dev/null
cmake --build build-docs --target daye_model daye_report daye_sprint daye_record daye_escalation >/dev/null
python3 tests/docs/generated.py --write README.md build-docs/examples examples/data/sprint-1000-yi.svg
cmake -DMODE=write "-DSOURCE_DIR=$PWD" -DGXX=g++ -DCLANGXX=clang++ -P tests/docs/compiler_messages.cmake
