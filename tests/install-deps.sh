#!/bin/sh
# Installs, from Debian's archive, what daye needs and is missing: a compiler and CMake
# to build; with "explorer", also Emscripten, which compiles daye to WebAssembly for the
# students' explorer; with "test", also what tests/check.sh uses: clang with its
# sanitizer and libFuzzer runtime, LLVM's libc++, Catch2, MPFR (the accuracy tests' reference), pkg-config, Python 3, gcovr,
# clang-tidy, clang-format, cppcheck, and for the explorer's browser test Emscripten,
# Chromium, a Chinese font, npm and (from the npm registry) tests/browser's packages.
# Uses sudo only when not root (CI runs as root on a machine without sudo).
set -eu

need=""
have() { command -v "$1" >/dev/null 2>&1; }
installed() { dpkg -s "$1" >/dev/null 2>&1; }

have cmake || need="$need cmake"
have g++ || need="$need g++"
have make || need="$need make"
if [ "${1:-}" = "explorer" ] || [ "${1:-}" = "test" ]; then
    have em++ || need="$need emscripten"
fi
if [ "${1:-}" = "test" ]; then
    have chromium || need="$need chromium"
    # The page is half Chinese: without a CJK font the screenshots show empty boxes.
    installed fonts-wqy-microhei || need="$need fonts-wqy-microhei"
    have npm || need="$need npm"
    have clang++ || need="$need clang"
    have pkg-config || need="$need pkg-config"
    have python3 || need="$need python3"
    have gcovr || need="$need gcovr"
    have clang-tidy || need="$need clang-tidy"
    have clang-format || need="$need clang-format"
    have cppcheck || need="$need cppcheck"
    installed libc++-dev || need="$need libc++-dev"
    installed libc++abi-dev || need="$need libc++abi-dev"
    # Catch2 v3 installed by hand is used when found; otherwise Debian's 2.13.
    [ -f /usr/local/include/catch2/catch_test_macros.hpp ] || installed catch2 || need="$need catch2"
    installed libmpfr-dev || need="$need libmpfr-dev"
fi

install() {
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    echo "installing:$*"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}
# shellcheck disable=SC2086 # one word per package
[ -z "$need" ] || install $need

if [ "${1:-}" = "test" ]; then
    # The sanitizers and libFuzzer ship apart from clang: check by linking a fuzzer.
    probe=$(mktemp -d)
    echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' >"$probe/f.cpp"
    if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/f.cpp" -o "$probe/f" 2>/dev/null; then
        install "libclang-rt-$(clang++ -dumpversion | cut -d. -f1)-dev"
    fi
    rm -rf "$probe"

    # puppeteer-core drives the Debian Chromium (it downloads no browser), at the version
    # of the lock file; again only when the lock file is newer than what is installed.
    browser_tests="$(dirname "$0")/browser"
    if [ ! -f "$browser_tests/node_modules/.package-lock.json" ] ||
        [ "$browser_tests/package-lock.json" -nt "$browser_tests/node_modules/.package-lock.json" ]; then
        echo "installing tests/browser's npm packages"
        (cd "$browser_tests" && npm ci --no-audit --no-fund --loglevel=error)
    fi
fi
