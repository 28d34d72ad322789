#!/usr/bin/env bash
# build_previous.sh: builds the web game of another commit (default: main) into
# build-wasm-prev/site, so that benchmarks print this build beside it in the same run
# (node tests/bench/frames_and_revisit.mjs). The sources are exported with git archive into
# build-prev-src/ (the working tree is not touched).
#   usage: tests/bench/build_previous.sh [git-ref]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REF="${1:-main}"
SRC="$ROOT/build-prev-src"
rm -rf "$SRC"
mkdir -p "$SRC"
git -C "$ROOT" archive "$REF" | tar -x -C "$SRC"
STUDY_ARCADE_WASM_BUILD="$ROOT/build-wasm-prev" "$SRC/build_wasm.sh"
echo "previous build ($REF, $(git -C "$ROOT" rev-parse --short "$REF")): $ROOT/build-wasm-prev/site"
