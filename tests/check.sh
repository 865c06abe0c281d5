#!/usr/bin/env bash
# The README's test line, and what CI runs: installs what the tests need (only what is
# missing), then builds and tests daye with g++ and clang++, in C++17 and C++20, with
# the warnings of DEVELOPERS.md as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
sh tests/install-deps.sh test

jobs=$(nproc 2>/dev/null || echo 2)
for compiler in g++ clang++; do
    for std in 17 20; do
        dir="build-check/${compiler%++}-cxx$std"
        echo "=== $compiler, C++$std"
        cmake -S . -B "$dir" -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_CXX_STANDARD="$std" -DCMAKE_BUILD_TYPE=Debug
        cmake --build "$dir" -j "$jobs"
        ctest --test-dir "$dir" --output-on-failure -j "$jobs"
    done
done
echo "=== all builds and tests passed"
