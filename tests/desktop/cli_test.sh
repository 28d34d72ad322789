#!/usr/bin/env bash
# cli_test.sh: the teachers' command line: `import` converts each supported format to a
# validated JSON deck, `check` prints every problem; both exit non-zero on a rejected
# deck and never crash, whatever the input (random bytes, truncated decks, empty files).
#   usage: cli_test.sh PATH/TO/study-deck
set -uo pipefail
app="$1"
decks="$(cd "$(dirname "$0")/../../decks" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0; passes=0
check() { if eval "$2"; then passes=$((passes + 1)); else echo "FAIL: $1"; failures=$((failures + 1)); fi; }

# import: each format
printf 'Churn\tcustomers who leave\nCLV\tlifetime value\n' >"$work/quizlet.txt"
printf 'Term,Definition\r\n"A, b","say ""hi"""\r\n' >"$work/deck.csv"
printf '#separator:tab\n#html:true\nFront<br>side\tBack &amp; more\n' >"$work/anki.txt"
for input in quizlet.txt deck.csv anki.txt; do
    "$app" import "$work/$input" -o "$work/$input.json" 2>"$work/err"
    check "import $input exits 0" '[ $? -eq 0 ]'
    check "import $input writes a deck that check accepts" '"$app" check "$work/$input.json" >/dev/null 2>&1'
done
check "the CSV's quotes are decoded" 'grep -q "say \\\\\"hi\\\\\"" "$work/deck.csv.json"'
check "Anki HTML becomes text" 'grep -q "Back & more" "$work/anki.txt.json"'
"$app" import "$work/quizlet.txt" >"$work/stdout.json" 2>/dev/null
check "import without -o writes JSON to stdout" 'grep -q "\"format\": \"study-arcade-deck\"" "$work/stdout.json"'

# check: shipped decks pass, a broken deck names file, card and field
"$app" check "$decks"/crm-*.json >/dev/null 2>&1
check "every shipped deck passes check" '[ $? -eq 0 ]'
printf '{"title": "T", "cards": [{"id": "a", "term": "", "definition": "x"}, {"id": "b", "term": "B", "definition": "y"}]}' >"$work/one-bad.json"
"$app" check "$work/one-bad.json" >"$work/out" 2>"$work/err"
check "a deck with one bad card is accepted (exit 0)" '[ $? -eq 0 ]'
check "the bad card is named" 'grep -q "one-bad.json, card 1 (id \"a\"), field \"term\": is empty" "$work/err"'

# rejected and hostile input: non-zero exit, never a crash (status > 128 = signal)
head -c 4096 /dev/urandom >"$work/random.bin"
: >"$work/empty.json"
head -c 500 "$decks/crm-d077-module-5.json" >"$work/truncated.json"
printf '[1,2,3]' >"$work/array.json"
printf '{"cards": "nope"}' >"$work/wrong-type.json"
printf '\xff\xfe\x00\x00' >"$work/utf16.json"
for input in random.bin empty.json truncated.json array.json wrong-type.json utf16.json missing.json; do
    "$app" check "$work/$input" >/dev/null 2>"$work/err"; status=$?
    check "check $input exits 1 (got $status)" '[ $status -eq 1 ]'
    check "check $input explains itself" 'grep -q "^error: $input" "$work/err"'
    "$app" import "$work/$input" -o "$work/out.json" >/dev/null 2>&1; status=$?
    check "import $input exits 1 (got $status)" '[ $status -eq 1 ]'
done
"$app" import >/dev/null 2>&1; status=$?
check "import without a file exits 2" '[ $status -eq 2 ]'

# The hostile files of issue 13: each is rejected (exit 1, never a crash) in one short line.
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
for field in ("format", "version"):
    open(f"{work}/nested-{field}.json", "w").write('{"%s":' % field + "[" * 100000 + "]" * 100000 + "}")
open(f"{work}/long-token.json", "w").write('{"title": ' + "z" * 1000 + "}")
open(f"{work}/long-format.json", "w").write('{"format": "' + "x" * 100000 + '", "cards": []}')
PY
for input in nested-format.json nested-version.json long-token.json long-format.json; do
    "$app" check "$work/$input" >/dev/null 2>"$work/err"; status=$?
    check "check $input exits 1 (got $status)" '[ $status -eq 1 ]'
    check "check $input says what is wrong in one line of under 300 characters" \
        '[ "$(grep -c "^error: $input" "$work/err")" -eq 1 ] && [ "$(grep "^error: $input" "$work/err" | wc -c)" -lt 300 ]'
    "$app" import "$work/$input" -o "$work/out.json" >/dev/null 2>&1; status=$?
    check "import $input exits 1 (got $status)" '[ $status -eq 1 ]'
done
# Hostile but harmless: an Anki header that overflowed, a field of 400,000 bare '&'.
printf '#separator:tab\n#guid column:-2147483648\nChurn\tcustomers who leave\n' >"$work/anki-overflow.txt"
"$app" import "$work/anki-overflow.txt" -o "$work/anki-overflow.json" 2>/dev/null
check "an out-of-range Anki column header is ignored" '[ $? -eq 0 ] && grep -q "customers who leave" "$work/anki-overflow.json"'
{ printf '#separator:tab\n#html:true\nAmpersands\t'; head -c 400000 /dev/zero | tr '\0' '&'; printf '\n'; } >"$work/ampersands.txt"
timeout 20 "$app" import "$work/ampersands.txt" -o "$work/ampersands.json" 2>/dev/null
check "400,000 bare ampersands import in linear time" '[ $? -eq 0 ]'
# A failed write (a full disk: the file size limit at 1 KB) keeps the old file whole.
for i in $(seq 1 200); do printf 'Term %s\tDefinition number %s\n' "$i" "$i"; done >"$work/big.txt"
printf 'old' >"$work/keep.json"
(ulimit -f 1; trap '' XFSZ; exec "$app" import "$work/big.txt" -o "$work/keep.json") >/dev/null 2>"$work/err"; status=$?
check "an import that cannot be written whole exits 1 (got $status)" '[ $status -eq 1 ]'
check "it says which file could not be written" 'grep -q "could not write .*keep.json" "$work/err"'
check "the old output file is untouched" '[ "$(cat "$work/keep.json")" = old ]'
check "no temporary file is left" '[ ! -e "$work/keep.json.tmp" ]'

# merge-progress: two devices' progress files become one; the same answer counts once.
cat >"$work/laptop.json" <<'JSON'
{"format":"study-arcade-progress","version":1,"decks":{"crm":{"cards":{"a":{"reviews":[[1767225600000,"quiz","recall","right"]]}},"matchingBestSeconds":{"6":30}}}}
JSON
cat >"$work/phone.json" <<'JSON'
{"format":"study-arcade-progress","version":1,"decks":{"crm":{"cards":{"a":{"reviews":[[1767225600000,"quiz","recall","right"],[1767398400000,"snowman","recall","wrong"]]},"b":{"reviews":[[1767398400000,"flashcards","self-report","right"]]}},"matchingBestSeconds":{"6":21.5}}}}
JSON
"$app" merge-progress "$work/laptop.json" "$work/phone.json" -o "$work/merged.json" 2>"$work/err"
check "merge-progress exits 0" '[ $? -eq 0 ]'
check "merged: 2 cards, card a has its 2 distinct answers, the best time is the better one" \
    'python3 -c "import json,sys; d=json.load(open(sys.argv[1]))[\"decks\"][\"crm\"]; sys.exit(0 if len(d[\"cards\"])==2 and len(d[\"cards\"][\"a\"][\"reviews\"])==2 and d[\"matchingBestSeconds\"][\"6\"]==21.5 else 1)" "$work/merged.json"'
printf '{"format":"study-arcade-progress","version":7,"decks":{}}' >"$work/newer.json"
"$app" merge-progress "$work/laptop.json" "$work/newer.json" -o "$work/merged2.json" 2>"$work/err"; status=$?
check "a newer progress file is refused (exit 1) with a clear message" '[ $status -eq 1 ] && grep -q "newer Study Arcade" "$work/err"'
check "nothing is written then" '[ ! -e "$work/merged2.json" ]'

# scorm: a package needs a good deck, mode options a link would accept, and the web build.
deck="$decks/crm-11-flashcards.json"
"$app" scorm --deck "$deck" --mode quiz -o "$work/c.zip" --questions 0 >/dev/null 2>"$work/err"; status=$?
check "scorm with a bad mode option exits 2 (got $status)" '[ $status -eq 2 ] && grep -q -- "--questions" "$work/err"'
"$app" scorm --deck "$deck" --mode poker -o "$work/c.zip" >/dev/null 2>"$work/err"; status=$?
check "scorm with an unknown mode exits 2" '[ $status -eq 2 ] && grep -q "no mode" "$work/err"'
"$app" scorm --deck "$deck" --mode quiz --mastery 120 -o "$work/c.zip" >/dev/null 2>&1; status=$?
check "scorm with --mastery over 100 exits 2" '[ $status -eq 2 ]'
"$app" scorm --deck "$work/random.bin" --mode quiz -o "$work/c.zip" >/dev/null 2>&1; status=$?
check "scorm with a rejected deck exits 1" '[ $status -eq 1 ]'
"$app" scorm --deck "$deck" --mode quiz --site "$work" -o "$work/c.zip" >/dev/null 2>"$work/err"; status=$?
check "scorm without a web build exits 1 and says how to get one" '[ $status -eq 1 ] && grep -q "build_wasm.sh" "$work/err"'
check "no package is left behind by a failed scorm" '[ ! -e "$work/c.zip" ]'
mkdir -p "$work/site" && for f in index.html page.js game.js game.wasm game.data scorm.html scorm.js course-example.html; do printf x >"$work/site/$f"; done
"$app" scorm --deck "$deck" --mode matching --round 5 --mastery 80 --site "$work/site" -o "$work/c.zip" >/dev/null 2>"$work/err"; status=$?
check "scorm builds a package (exit $status)" '[ $status -eq 0 ] && [ -s "$work/c.zip" ]'
if command -v unzip >/dev/null; then
    check "the package holds the manifest, the deck, the settings and the site, not the demo page" \
        'unzip -Z1 "$work/c.zip" | sort | tr "\n" " " | grep -qx "deck.json game.data game.js game.wasm imsmanifest.xml index.html page.js scorm-settings.json scorm.html scorm.js "'
    check "the settings hold the mode, its options and the mastery score" \
        'unzip -p "$work/c.zip" scorm-settings.json | python3 -c "import json,sys; s=json.load(sys.stdin); sys.exit(0 if s[\"mode\"]==\"matching\" and s[\"options\"]=={\"round\":\"5\"} and s[\"mastery\"]==80 else 1)"'
fi

echo "cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
