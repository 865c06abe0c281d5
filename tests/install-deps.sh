#!/bin/sh
# Installs, from Debian's archive, what daye needs and is missing: a compiler and CMake
# to build; with "test", also clang, Catch2, pkg-config and Python 3 for the tests.
# Uses sudo only when not root (CI runs as root on a machine without sudo).
set -eu

need=""
have() { command -v "$1" >/dev/null 2>&1; }
installed() { dpkg -s "$1" >/dev/null 2>&1; }

have cmake || need="$need cmake"
have g++ || need="$need g++"
have make || need="$need make"
if [ "${1:-}" = "test" ]; then
    have clang++ || need="$need clang"
    have pkg-config || need="$need pkg-config"
    have python3 || need="$need python3"
    # Catch2 v3 installed by hand is used when found; otherwise Debian's 2.13.
    [ -f /usr/local/include/catch2/catch_test_macros.hpp ] || installed catch2 || need="$need catch2"
fi

if [ -n "$need" ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    echo "installing:$need"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need
fi
