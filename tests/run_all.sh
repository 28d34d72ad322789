#!/usr/bin/env bash
# run_all.sh: every test of Study Arcade, on a fresh Debian 12 machine (as root):
#   1. installs what the builds and tests need (Debian packages, ImGui/SDL2 sources,
#      Chromium, Xvfb, playwright-core from npm);
#   2. builds the desktop app and runs CTest (doctest core tests, the command-line
#      tools, the deck schema against the loader, the desktop smoke test under Xvfb);
#   3. builds core, its tests and the command line with AddressSanitizer and
#      UndefinedBehaviorSanitizer (preset asan, clang) and runs their CTest;
#   4. fuzzes every harness of tests/fuzz for 20 s (tests/fuzz/run_fuzzers.sh 20, libFuzzer);
#   5. builds the web version and runs the browser tests (Chromium via playwright-core;
#      scorm.test.mjs also uses build/study-deck, unzip and xmllint).
# Exits non-zero if anything fails. Screenshots: build/screenshots, build-wasm/screenshots;
# fuzzing failures: build-fuzz/crashes/<harness>/ (see tests/fuzz/run_fuzzers.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '\033[1m[run_all]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

TEST_PACKAGES=(chromium xvfb xauth xdotool imagemagick python3 python3-jsonschema
               unzip libxml2-utils  # the SCORM package test: unzip, xmllint
               clang libclang-rt-14-dev llvm)  # clang++, the libFuzzer/ASan/UBSan runtimes, llvm-symbolizer
command -v npm >/dev/null || TEST_PACKAGES+=(nodejs npm)

log "installing build dependencies"
./build_wasm.sh --deps
missing=()
for package in "${TEST_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "installing test packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

log "desktop build and CTest"
cmake --preset desktop -DIMGUI_DIR="${STUDY_ARCADE_DEPS:-$HOME/.cache/study-arcade}/imgui-1.86" >/dev/null
cmake --build --preset desktop -j"$(nproc)"
ctest_status=0
ctest --preset desktop || ctest_status=$?

log "sanitizer build (ASan + UBSan) and CTest"
asan_status=0
{ cmake --preset asan >/dev/null && cmake --build --preset asan -j"$(nproc)" && ctest --preset asan; } || asan_status=$?

log "fuzzing (libFuzzer, 20 s per harness)"
fuzz_status=0
tests/fuzz/run_fuzzers.sh 20 || fuzz_status=$?

log "web build"
./build_wasm.sh

log "the web build's strtod and sscanf against musl's (tests/platform/scan_numbers_check.cpp)"
scan_status=0
{ NODE_PATH=/usr/share/nodejs em++ -O1 -std=c++17 tests/platform/scan_numbers_check.cpp \
    src/platform/scan_numbers_web.cpp -Wl,--wrap=strtod -Wl,--wrap=sscanf -sENVIRONMENT=node \
    -sWASM_ASYNC_COMPILATION=0 -o build-wasm/scan_numbers_check.js && node build-wasm/scan_numbers_check.js | tail -n 20; } || scan_status=$?

log "browser tests"
(cd tests/web && npm ci --no-audit --no-fund --loglevel=error)
browser_status=0
(cd tests/web && node --test --test-concurrency=1 ./*.test.mjs) || browser_status=$?

if [ "$ctest_status" -ne 0 ] || [ "$asan_status" -ne 0 ] || [ "$fuzz_status" -ne 0 ] || [ "$scan_status" -ne 0 ] ||
   [ "$browser_status" -ne 0 ]; then
    log "FAILED (ctest: $ctest_status, sanitizer ctest: $asan_status, fuzzing: $fuzz_status, number scanning: $scan_status, browser tests: $browser_status)"
    exit 1
fi
log "all tests passed"
