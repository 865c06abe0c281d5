#!/usr/bin/env bash
# Formatting (clang-format), clang-tidy and cppcheck on include/ and examples/, as CI
# runs them. Each header is checked through a file that includes only it.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find include examples tests -name '*.hpp' -o -name '*.cpp' | sort)
clang-format --dry-run --Werror $sources
echo "clang-format: clean"

work=build-check/static
mkdir -p "$work"
units=()
for header in $(cd include && find daye -name '*.hpp' | sort); do
    unit="$work/$(echo "$header" | tr '/.' '__').cpp"
    echo "#include <$header>" >"$unit"
    units+=("$unit")
done
for unit in "${units[@]}" examples/*.cpp; do
    # "N warnings generated" counts what is outside daye and filtered out: not news.
    clang-tidy --quiet "$unit" -- -std=c++17 -Iinclude -DDAYE_DEFAULT_ACTUALS='"data.csv"' \
        -DDAYE_DEFAULT_OUTCOMES='"outcomes.csv"' -DDAYE_DEFAULT_TARGETS='"targets.csv"' \
        2> >(grep -v "warnings generated" >&2)
done
echo "clang-tidy: clean"

cppcheck --enable=warning,style,performance,portability --std=c++17 --language=c++ --inline-suppr \
    --suppressions-list=tests/cppcheck-suppressions.txt --error-exitcode=1 -q -Iinclude include examples
echo "cppcheck: clean"
