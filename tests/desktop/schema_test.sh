#!/usr/bin/env bash
# schema_test.sh: decks/deck.schema.json and the deck loader agree.
#   - every shipped deck (decks/*.json but the schema) and every valid-*.json fixture in
#     schema_fixtures/ is valid against the schema AND `study-deck check` loads it
#     (exit 0) with no "skipped:" or "error:" line;
#   - every invalid-*.json fixture is invalid against the schema AND `study-deck check`
#     rejects it (exit 1) or skips a card ("skipped:" line).
# Needs python3 with the jsonschema module (Debian: python3-jsonschema); installs nothing.
#   usage: schema_test.sh PATH/TO/study-deck
set -euo pipefail

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: schema_test.sh PATH/TO/study-deck (the command-line tool)" >&2
    exit 2
fi
app="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
decks="$(cd "$here/../../decks" && pwd)"
fixtures="$here/schema_fixtures"
schema="$decks/deck.schema.json"

if ! command -v python3 >/dev/null 2>&1; then
    echo "schema_test.sh: python3 is missing (apt-get install python3 python3-jsonschema)" >&2
    exit 2
fi
if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
    echo "schema_test.sh: the python3 module jsonschema is missing (apt-get install python3-jsonschema)" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Validates each file named on the command line; prints one line per file,
# "valid<TAB>FILE" or "invalid<TAB>FILE<TAB>reason". Exits 1 only when the schema is broken.
cat >"$work/validate.py" <<'PYTHON'
import json, sys
import jsonschema

def strict_constant(name):  # JSON has no NaN or Infinity; the loader rejects them
    raise ValueError("not JSON: " + name)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
try:
    jsonschema.Draft202012Validator.check_schema(schema)
except jsonschema.exceptions.SchemaError as error:
    print("schema is not a valid draft 2020-12 schema: " + error.message)
    sys.exit(1)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    try:
        with open(path, "rb") as f:
            document = json.loads(f.read().decode("utf-8"), parse_constant=strict_constant)
    except (UnicodeDecodeError, ValueError) as error:
        print("invalid\t%s\tcannot be read as JSON (%s)" % (path, str(error).splitlines()[0]))
        continue
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(root)"
        print("invalid\t%s\tat %s: %s" % (path, where, errors[0].message[:200].replace("\n", " ")))
    else:
        print("valid\t%s" % path)
PYTHON

failures=0; passes=0
pass() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

shopt -s nullglob
shipped=()
for deck in "$decks"/*.json; do
    [ "$deck" = "$schema" ] || shipped+=("$deck")
done
valid=("$fixtures"/valid-*.json)
invalid=("$fixtures"/invalid-*.json)
shopt -u nullglob
[ ${#shipped[@]} -gt 0 ] && pass || fail "no shipped deck found in $decks"
[ ${#valid[@]} -gt 0 ] && pass || fail "no valid-*.json fixture found in $fixtures"
[ ${#invalid[@]} -gt 0 ] && pass || fail "no invalid-*.json fixture found in $fixtures"

# Schema verdicts, one python run for every file.
validate_status=0
python3 "$work/validate.py" "$schema" "${shipped[@]}" "${valid[@]}" "${invalid[@]}" >"$work/verdicts" ||
    validate_status=$?
if [ "$validate_status" -ne 0 ]; then
    fail "$(cat "$work/verdicts")"
else
    pass
fi
# The schema's verdict on one file: "valid", or "invalid" and the reason.
verdict() { awk -F '\t' -v file="$1" '$2 == file { print $1 ($3 == "" ? "" : " (" $3 ")"); exit }' "$work/verdicts"; }

# Loader verdict: runs `check`, sets status and the stderr file.
run_check() {
    status=0
    "$app" check "$1" >"$work/out" 2>"$work/err" || status=$?
}

for deck in "${shipped[@]}" "${valid[@]}"; do
    name="${deck#"$decks/"}"; name="${name#"$here/"}"
    line="$(verdict "$deck")"
    case "$line" in
        valid) pass ;;
        *) fail "$name should be valid against the schema: ${line:-no verdict}" ;;
    esac
    run_check "$deck"
    if [ "$status" -eq 0 ]; then pass; else fail "check $name exits $status, not 0"; fi
    if grep -E "^(skipped|error):" "$work/err" >"$work/bad"; then
        fail "check $name reports: $(head -n 3 "$work/bad" | tr '\n' ' ')"
    else
        pass
    fi
done

for deck in "${invalid[@]}"; do
    name="${deck#"$here/"}"
    line="$(verdict "$deck")"
    case "$line" in
        invalid*) pass ;;
        *) fail "$name should be invalid against the schema, but is ${line:-without a verdict}" ;;
    esac
    run_check "$deck"
    if [ "$status" -eq 1 ] || { [ "$status" -eq 0 ] && grep -q "^skipped:" "$work/err"; }; then
        pass
    else
        fail "check $name should reject the deck (exit 1) or skip a card; it exits $status with: $(grep -E '^[a-z]+:' "$work/err" | head -n 3 | tr '\n' ' ')"
    fi
done

echo "schema: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
