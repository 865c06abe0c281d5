#!/usr/bin/env bash
# Where the compile cost of tests/bench/compile_scorecard.cpp goes, phase by phase: each
# line is a translation unit that adds one phase to the one before, measured in the
# compiler's instructions (valgrind, deterministic), for g++ and clang++:
#   baseline   tests/bench/compile_baseline.cpp (the standard headers a numeric TU includes)
#   umbrella   <daye/daye.hpp>
#   catalogue  + the catalogue sections Daye's 2024 plan includes
#   plan       + <daye/plans/daye_2024.hpp> without its static_assert(check(...))
#   check      + that static_assert: the plan validated
#   data       + tests/data/reported_2024.hpp: 9 observations
#   score      + the scorecard evaluated and static_asserted (compile_scorecard.cpp)
#   (syntax)   compile_scorecard.cpp with -fsyntax-only: what code generation costs
# Optional (needs valgrind; a minute or two): bash tests/bench/compile_phases.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

plan=include/daye/plans/daye_2024.hpp
mkdir -p "$work/include/daye/plans"
grep -q '^static_assert(check(daye_2024)' "$plan" || { echo "no static_assert(check(daye_2024)) in $plan" >&2; exit 1; }
sed '/^static_assert(check(daye_2024)/d' "$plan" >"$work/include/daye/plans/unchecked.hpp"
{
    echo '#include <daye/daye.hpp>'
    grep '^#include "daye/catalog/' "$plan"
} >"$work/catalogue.hpp"

tu() {  # name, then the lines of the translation unit
    local name=$1
    shift
    printf '%s\n' "$@" 'int main() { return 0; }' >"$work/$name.cpp"
}
tu umbrella '#include <daye/daye.hpp>'
tu catalogue '#include "catalogue.hpp"'
tu plan '#include "catalogue.hpp"' '#include <daye/plans/unchecked.hpp>'
tu check '#include "catalogue.hpp"' '#include <daye/plans/daye_2024.hpp>'
tu data '#include "catalogue.hpp"' '#include <daye/plans/daye_2024.hpp>' \
    "#include \"$root/tests/data/reported_2024.hpp\""

instructions() {  # compiler file [flags]: instructions executed by the compiler, in millions
    local c=$1 f=$2 out
    shift 2
    out=$(mktemp -d "$work/cg.XXXXXX")
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$out/out.%p" \
        "$c" -std=c++17 "$@" -I"$work/include" -Iinclude -c "$f" -o /dev/null >/dev/null 2>&1
    cat "$out"/out.* | awk '/^summary:/ {total += $2} END {printf "%.0f", total / 1e6}'
}

for compiler in g++ clang++; do
    previous=
    for phase in baseline umbrella catalogue plan check data score; do
        case $phase in
            baseline) file=tests/bench/compile_baseline.cpp ;;
            score) file=tests/bench/compile_scorecard.cpp ;;
            *) file=$work/$phase.cpp ;;
        esac
        n=$(instructions "$compiler" "$file")
        if [ -z "$previous" ] || [ "$phase" = umbrella ]; then
            printf '%s %-9s %5sM\n' "$compiler" "$phase" "$n"
        else
            printf '%s %-9s %5sM  %+dM\n' "$compiler" "$phase" "$n" "$((n - previous))"
        fi
        previous=$n
    done
    printf '%s %-9s %5sM\n' "$compiler" "(syntax)" \
        "$(instructions "$compiler" tests/bench/compile_scorecard.cpp -fsyntax-only)"
done
