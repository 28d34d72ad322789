#!/usr/bin/env bash
# run_fuzzers.sh [SECONDS_PER_HARNESS] [HARNESS...]: builds the libFuzzer harnesses of
# tests/fuzz (configure preset "fuzz", clang, build-fuzz/), builds their seed corpora
# (make_seeds.py) and runs each harness for SECONDS_PER_HARNESS seconds (default 20), two
# at a time. Prints per harness the executions, the coverage (cov: edges, ft: features)
# and the result; exits 1 if any harness crashed, broke an invariant, leaked, timed out
# (an input taking over 10 s) or ran out of memory (2 GB).
#
#   tests/fuzz/run_fuzzers.sh              # every harness, 20 s each (tests/run_all.sh)
#   tests/fuzz/run_fuzzers.sh 900          # a longer run: 15 minutes each
#   tests/fuzz/run_fuzzers.sh 60 html_text launch_link
#
# Harnesses: deck_json deck_import delimited_text anki_notes pasted_text html_text
#            launch_link written_answer text_fold user_deck_file progress_file progress_pack long_inputs
# Files: build-fuzz/corpus/<harness>/  inputs found so far (kept between runs)
#        build-fuzz/seeds/<harness>/   seeds, rebuilt on every run
#        build-fuzz/crashes/<harness>/ the input of a failure (emptied when the harness starts)
#        build-fuzz/logs/<harness>.log libFuzzer's output
# Reproduce a failure: build-fuzz/tests/fuzz/fuzz_<harness> build-fuzz/crashes/<harness>/<file>
# Debian packages: clang-14 and libclang-rt-14-dev (libFuzzer, ASan, UBSan runtimes).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

SECONDS_PER_HARNESS="${1:-20}"
shift || true
ALL_HARNESSES=(deck_json deck_import delimited_text anki_notes pasted_text html_text
               launch_link written_answer text_fold user_deck_file progress_file progress_pack settings_file
               long_inputs)
HARNESSES=("$@")
[ ${#HARNESSES[@]} -gt 0 ] || HARNESSES=("${ALL_HARNESSES[@]}")
PARALLEL="${FUZZ_PARALLEL:-2}"
BUILD=build-fuzz
FUZZ_DIR="$ROOT/tests/fuzz"

log() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }

if ! [[ "$SECONDS_PER_HARNESS" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [SECONDS_PER_HARNESS] [HARNESS...]" >&2
    exit 2
fi
for harness in "${HARNESSES[@]}"; do
    [ -f "$FUZZ_DIR/fuzz_$harness.cpp" ] || { echo "no harness $harness (known: ${ALL_HARNESSES[*]})" >&2; exit 2; }
done

# Longest input per harness: whole decks and Anki exports are large; grading gets long
# answers too, tried at once (-len_control=0), so work quadratic in an answer's length
# shows up as a timeout, and so do deck ids longer than a file name; long_inputs repeats a
# short pattern into texts of up to 1 MB.
max_len() {
    case "$1" in
        deck_json|deck_import|anki_notes|written_answer|progress_file) echo 65536 ;;
        delimited_text|pasted_text|html_text) echo 16384 ;;
        launch_link|text_fold) echo 4096 ;;
        progress_pack|settings_file) echo 8192 ;;
        user_deck_file) echo 1024 ;;
        long_inputs) echo 256 ;;
    esac
}
extra_options() {
    case "$1" in
        written_answer|user_deck_file) echo -len_control=0 ;;
    esac
}
dictionaries() {
    case "$1" in
        deck_json) echo json.dict ;;
        progress_file) echo json.dict progress.dict ;;
        progress_pack|settings_file) echo json.dict ;;
        deck_import) echo json.dict anki.dict ;;
        anki_notes) echo anki.dict html.dict ;;
        html_text) echo html.dict ;;
        launch_link) echo link.dict ;;
        long_inputs) echo json.dict html.dict link.dict ;;
    esac
}

log "building the harnesses (cmake --preset fuzz)"
mkdir -p "$BUILD"
cmake --preset fuzz >"$BUILD/configure.log" 2>&1 || { cat "$BUILD/configure.log"; log "FAILED: configure"; exit 1; }
cmake --build --preset fuzz -j"$(nproc)" >/dev/null || { cmake --build --preset fuzz -j1; log "FAILED: build"; exit 1; }

python3 "$FUZZ_DIR/make_seeds.py" "$BUILD/seeds" || { log "FAILED: seeds"; exit 1; }
mkdir -p "$BUILD/logs" "$BUILD/dicts"
TMP_ROOT="$(mktemp -d "$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")/study-arcade-fuzz.XXXXXX")"
trap 'rm -rf "$TMP_ROOT"' EXIT

run_harness() {
    local harness="$1" dict_args=() dicts
    local crashes="$BUILD/crashes/$harness" corpus="$BUILD/corpus/$harness" seeds="$BUILD/seeds/$harness"
    rm -rf "$crashes"
    mkdir -p "$crashes" "$corpus" "$seeds"
    dicts="$(dictionaries "$harness")"
    if [ -n "$dicts" ]; then
        (cd "$FUZZ_DIR" && cat $dicts) >"$BUILD/dicts/$harness.dict"
        dict_args=(-dict="$BUILD/dicts/$harness.dict")
    fi
    STUDY_ARCADE_FUZZ_TMP="$TMP_ROOT" UBSAN_OPTIONS=print_stacktrace=1 \
        "$BUILD/tests/fuzz/fuzz_$harness" -max_total_time="$SECONDS_PER_HARNESS" -max_len="$(max_len "$harness")" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "${dict_args[@]}" $(extra_options "$harness") \
        -artifact_prefix="$crashes/" "$corpus" "$seeds" >"$BUILD/logs/$harness.log" 2>&1
    echo $? >"$BUILD/logs/$harness.status"
}

log "fuzzing ${#HARNESSES[@]} harnesses, ${SECONDS_PER_HARNESS} s each, $PARALLEL at a time"
running=0
for harness in "${HARNESSES[@]}"; do
    if [ "$running" -ge "$PARALLEL" ]; then
        wait -n
        running=$((running - 1))
    fi
    run_harness "$harness" &
    running=$((running + 1))
done
wait

# One line per harness: executions, coverage and what happened.
failed=()
printf '%-16s %12s %8s %8s %8s  %s\n' harness executions cov ft corpus result
for harness in "${HARNESSES[@]}"; do
    log_file="$BUILD/logs/$harness.log"
    status="$(cat "$BUILD/logs/$harness.status" 2>/dev/null || echo 1)"
    last="$(grep -aE '^#[0-9]+' "$log_file" | tail -n 1)"
    execs="$(grep -aoE 'stat::number_of_executed_units: [0-9]+' "$log_file" | grep -oE '[0-9]+$' | tail -n 1)"
    [ -n "$execs" ] || execs="$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")"
    cov="$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+')"
    ft="$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+')"
    corp="$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' <<<"$last" | cut -d' ' -f2)"
    if [ "$status" -eq 0 ]; then
        result="ok"
    else
        result="$(grep -aoE 'INVARIANT BROKEN: .*|ERROR: libFuzzer: [a-z][a-z0-9 -]*[a-z]|ERROR: LeakSanitizer: [a-z ]+|ERROR: AddressSanitizer: [a-z-]+|runtime error: .*|SUMMARY: [A-Za-z]+: .*' "$log_file" | head -n 1)"
        case "$result" in
            "ERROR: libFuzzer: deadly signal") result="$(grep -aoE 'SUMMARY: [A-Za-z]+: .*|uncaught exception.*|terminate called.*' "$log_file" | head -n 1) (deadly signal)" ;;
        esac
        [ -n "$result" ] || result="exit status $status"
        artifact="$(grep -aoE 'Test unit written to [^ ]+' "$log_file" | tail -n 1 | cut -d' ' -f5)"
        result="FAILED: $result${artifact:+ -> $artifact}"
        # A timeout is checked once more: the harnesses are deterministic, so an input that
        # now runs within the limit did not hang; the machine stalled (seen on a loaded VM).
        if [[ "$result" == *"libFuzzer: timeout"* && -f "$artifact" ]] &&
           STUDY_ARCADE_FUZZ_TMP="$TMP_ROOT" "$BUILD/tests/fuzz/fuzz_$harness" -timeout=10 -rss_limit_mb=2048 "$artifact" \
               >"$log_file.rerun" 2>&1; then
            rerun_ms="$(grep -aoE 'in [0-9]+ ms' "$log_file.rerun" | grep -oE '[0-9]+' | tail -n 1)"
            result="ok (a timeout that did not reproduce: $artifact reran in ${rerun_ms:-?} ms)"
        fi
    fi
    [[ "$result" == ok* ]] || failed+=("$harness")
    printf '%-16s %12s %8s %8s %8s  %s\n' "$harness" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
done

if [ ${#failed[@]} -gt 0 ]; then
    log "FAILED: ${failed[*]} (logs: $BUILD/logs/<harness>.log; reproduce: $BUILD/tests/fuzz/fuzz_<harness> <crash file>)"
    exit 1
fi
log "all ${#HARNESSES[@]} harnesses ran ${SECONDS_PER_HARNESS} s without a failure"
