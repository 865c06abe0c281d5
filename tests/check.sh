#!/usr/bin/env bash
# The README's test line, and what CI runs: installs what the tests need (only what is
# missing), then
#   - builds and tests with g++ and clang++, C++17 and C++20, warnings as errors;
#   - builds and tests with clang++ and LLVM's libc++ (C++17);
#   - compiles the students' explorer to WebAssembly and tests the page in headless
#     Chromium against daye_report and daye_sprint;
#   - builds the unit tests again with -march=native -ffp-contract=fast (fused
#     multiply-add at run time), with g++ and clang++: compounding must keep its bits;
#   - runs every test under AddressSanitizer and UndefinedBehaviorSanitizer (clang);
#   - measures coverage of include/ (at least 95 % of lines, 85 % of branches);
#   - fuzzes the CSV reader and the numeric API for 30 seconds each;
#   - checks formatting, clang-tidy and cppcheck.
set -euo pipefail
cd "$(dirname "$0")/.."
sh tests/install-deps.sh test

for preset in gcc-cxx17 gcc-cxx20 clang-cxx17 clang-cxx20 clang-libcxx gcc-native clang-native explorer clang-sanitize; do
    echo "=== $preset"
    cmake --workflow --preset "$preset"
done
echo "=== coverage"
bash tests/coverage.sh
echo "=== fuzzing"
bash tests/fuzz/run.sh 30
echo "=== static checks"
bash tests/static-checks.sh
echo "=== all builds, tests and checks passed"
