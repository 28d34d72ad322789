#!/usr/bin/env bash
# smoke_test.sh: the desktop build under Xvfb. The executable starts, draws the home
# screen (screenshot checked not to be blank), opens a deck given with --deck, survives
# a broken deck file, follows launch links, imports a deck through its import screen
# driven by xdotool, and exits cleanly when told to. Run by CTest as desktop_smoke.
#   usage: smoke_test.sh PATH/TO/study-arcade [SCREENSHOT_DIR]
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
app="$1"
shots="${2:-$(dirname "$app")/screenshots}"
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0; passes=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; passes=$((passes + 1)); }

# Runs the app for $1 ms with the rest as arguments; screenshot after $2 ms into $3.
run_app() {
    local duration="$1" shot_at="$2" shot="$3"; shift 3
    "$app" --exit-after-ms "$duration" --print-snapshot --window 1100x700 --user-dir "$work/user" "$@" >"$work/out.json" 2>"$work/err.txt" &
    local pid=$!
    sleep "$(awk "BEGIN{print $shot_at/1000}")"
    [ -n "$shot" ] && import -window root "$shot"
    local status=0
    wait "$pid" || status=$?
    return "$status"
}

json() { python3 -c "import json,sys; s=json.load(open('$work/out.json')); print($1)"; }

# 1. Home screen
if run_app 3000 2000 "$shots/desktop-home.png"; then pass "exits cleanly (status 0)"; else fail "exit status $?"; fi
[ "$(json "s['screen']")" = home ] && pass "home screen drawn" || fail "screen is $(json "s['screen']")"
[ "$(json "len(s['state']['decks'])")" = 5 ] && pass "5 decks listed" || fail "decks: $(json "s['state']['decks']")"
[ "$(json "len([w for w in s['widgets'] if w['id'].startswith('deck:')])")" = 5 ] && pass "5 deck tiles" || fail "tiles"
colors=$(convert "$shots/desktop-home.png" -format %k info:)
[ "$colors" -gt 50 ] && pass "screenshot shows a drawn window ($colors colours)" || fail "screenshot blank ($colors colours)"

# 2. --deck opens a deck file's card table
cat >"$work/my-deck.json" <<'DECK'
{"id": "smoke-deck", "title": "Smoke “test” deck – ’quotes’ …",
 "cards": [{"id": "1", "term": "Churn", "definition": "customers who stop buying"},
           {"id": "2", "term": "Lifetime value", "definition": "- profit per year\n- years active"},
           {"id": "3", "term": "Touchpoint", "definition": "any contact with the company"},
           {"id": "4", "statement": "Loyal customers cost less to serve.", "answer": true}]}
DECK
run_app 2500 1500 "$shots/desktop-deck.png" --deck "$work/my-deck.json" || fail "--deck run failed"
[ "$(json "s['screen']")" = deck ] && pass "--deck opens the deck screen" || fail "screen $(json "s['screen']")"
[ "$(json "s['state']['deck_id']")" = smoke-deck ] && pass "the right deck" || fail "deck $(json "s['state']")"
[ "$(json "len(s['state']['visible_cards'])")" = 4 ] && pass "its cards are listed" || fail "cards not listed"

# 3. A broken deck file: no crash, its name and problem on screen
printf '{"title": "Broken", "cards": [ {"term": "A", ' >"$work/broken-deck.json"
run_app 2000 0 "" --deck "$work/broken-deck.json" || fail "broken deck run failed"
[ "$(json "s['screen']")" = home ] && pass "a broken --deck falls back to the home screen" || fail "screen"
json "'\n'.join(s['state'].get('problems', []))" | grep -q "broken-deck.json: is not valid JSON at line 1" &&
    pass "the problem names the file and the place" || fail "problems: $(json "s['state'].get('problems')")"

# 3b. Launch links (--link, as the web page's URL parameters): a good one opens the mode
# with its options, a bad one names each bad parameter.
run_app 2000 0 "" --link "deck=crm-11-flashcards&mode=flashcards&side=definition&shuffle=0" || fail "--link run failed"
[ "$(json "s['screen'] + ' ' + s['state']['side'] + ' ' + str(s['state']['remaining'])")" = "flashcards definition 24" ] &&
    pass "--link opens flashcards with the definition first" || fail "link: $(json "s['screen']")"
run_app 2000 0 "" --link "deck=crm-11-flashcards&mode=flashcards&side=back&round=6" || fail "bad --link run failed"
[ "$(json "s['screen'] + ' ' + ','.join(sorted(p['parameter'] for p in s['state']['problems']))")" = "link-problem round,side" ] &&
    pass "a bad link names each bad parameter" || fail "bad link: $(json "s['state']")"

# 4. The import screen with a real mouse and keyboard (xdotool): the path box imports a
# file, the deck is kept in the user folder and listed after a restart.
snap="$work/live.json"
widget_center() {  # prints "x y" of widget $1 in the live snapshot
    python3 -c "import json; s=json.load(open('$snap')); w=[w for w in s['widgets'] if w['id']=='$1'][0]; print(int(w['x']+w['w']/2), int(w['y']+w['h']/2))"
}
wait_for() {  # waits until the live snapshot satisfies python expression $1 (s = snapshot)
    for _ in $(seq 100); do
        [ -f "$snap" ] && python3 -c "import json,sys; s=json.load(open('$snap')); sys.exit(0 if ($1) else 1)" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "timed out waiting for: $1"; return 1
}
click_widget() { read -r x y < <(widget_center "$1"); xdotool mousemove --window "$window" "$x" "$y" click 1; }
printf 'Lead scoring\tranking prospects by how likely they are to buy\nUpsell\tselling a pricier version\n' >"$work/my terms.tsv"
"$app" --window 1000x700 --user-dir "$work/user2" --snapshot-file "$snap" --exit-after-ms 60000 >/dev/null 2>&1 &
live_pid=$!
window=""
if ! wait_for "s['screen'] == 'home'"; then
    fail "the live app never showed its home screen"
elif ! window=$(timeout 10 xdotool search --sync --name "^Study Arcade$") || [ -z "$window" ]; then
    fail "no window named Study Arcade to drive"
else
    window=${window%%$'\n'*}  # the first one
    click_widget import
    wait_for "s['screen'] == 'import'" && pass "the import button opens the import screen" || fail "no import screen"
    click_widget import-path
    xdotool type --delay 20 "$work/my terms.tsv"
    wait_for "any(w['id'] == 'import-path' and w['label'] == '$work/my terms.tsv' for w in s['widgets'])" &&
        pass "the path typed with xdotool is in the path box" || fail "the path box does not hold the typed path"
    import -window root "$shots/desktop-import.png"
    click_widget import-path-go
    wait_for "s['screen'] == 'deck' and s['state']['deck_title'] == 'my terms'" &&
        pass "the path box imports the file and opens the deck" || fail "import through the path box"
    [ -f "$work/user2/decks/my-terms.json" ] && pass "the deck is kept in the user folder" || fail "not saved"
fi
# The live app was told to exit after 60 s: stop it now (its exit status is the signal's).
kill "$live_pid" 2>/dev/null || true
wait "$live_pid" 2>/dev/null || true
if "$app" --exit-after-ms 1500 --print-snapshot --user-dir "$work/user2" >"$work/out.json" 2>"$work/err.txt"; then
    json "[d['title'] for d in s['state']['decks'] if d['imported']]" | grep -q "my terms" &&
        pass "after a restart the imported deck is listed" || fail "imported deck not listed after restart"
else
    fail "the restart exited with status $?: $(cat "$work/err.txt")"
fi

# 4b. Progress lasts (issue 14): answers in Flashcards feed the memory model and the open
# pass is kept; after a restart the pass is offered again and the deck shows recall.
link="deck=crm-11-flashcards&mode=flashcards&shuffle=0"
rm -f "$snap"
"$app" --window 1000x700 --user-dir "$work/user3" --snapshot-file "$snap" --exit-after-ms 60000 --link "$link" >/dev/null 2>&1 &
live_pid=$!
if ! wait_for "s['screen'] == 'flashcards'"; then
    fail "the link did not open flashcards"
elif ! window=$(timeout 10 xdotool search --sync --name "^Study Arcade$") || [ -z "$window" ]; then
    fail "no window named Study Arcade to drive"
else
    window=${window%%$'\n'*}
    xdotool mousemove --window "$window" 500 20 click 1  # focus the window
    for key in Right Right Right Left; do xdotool key --window "$window" "$key"; sleep 0.2; done
    wait_for "len(s['state']['know']) == 3 and len(s['state']['dont_know']) == 1" &&
        pass "three cards in Know, one in Don't know (keys)" || fail "keys did not move the cards"
    xdotool key --window "$window" Escape
    wait_for "s['screen'] == 'deck'" && pass "Esc leaves the game" || fail "Esc did not leave"
    shard=$(ls "$work"/user3/progress/crm-11-flashcards-*.json 2>/dev/null | head -n 1)
    python3 - "$shard" <<'PY' && pass "the deck's progress file holds the four answers and the open pass" || fail "progress file ${shard:-missing}: $(head -c 300 "$shard" 2>&1)"
import json, sys
p = json.load(open(sys.argv[1]))
deck = p["decks"]["crm-11-flashcards"]
reviews = [r for c in deck["cards"].values() for r in c["reviews"]]
assert p["format"] == "study-arcade-progress" and len(reviews) == 4, reviews
assert sorted(r[3] for r in reviews) == ["right", "right", "right", "wrong"], reviews
assert deck["flashcardsPass"], "no open pass"
PY
fi
kill "$live_pid" 2>/dev/null || true
wait "$live_pid" 2>/dev/null || true
if "$app" --exit-after-ms 2000 --print-snapshot --user-dir "$work/user3" --link "$link" >"$work/out.json" 2>"$work/err.txt"; then
    [ "$(json "s['screen'] + ' ' + ' '.join(str(s['state']['resume'][k]) for k in ('know', 'dont_know', 'remaining'))")" = "flashcards-resume 3 1 20" ] &&
        pass "after a restart the open pass is offered (3 in Know, 1 in Don't know, 20 to go)" ||
        fail "no resume offer: $(json "s['screen'] + ' ' + str(s['state'])" | head -c 300)"
else
    fail "the restart exited with status $?: $(cat "$work/err.txt")"
fi
if "$app" --exit-after-ms 2000 --print-snapshot --user-dir "$work/user3" --link "deck=crm-11-flashcards" >"$work/out.json" 2>"$work/err.txt"; then
    [ "$(json "len([c for c in s['state']['visible_cards'] if c['memory'] == 'Recall 100% · due in 2 days'])")" = 3 ] &&
        [ "$(json "len([c for c in s['state']['visible_cards'] if c['memory'] == 'Recall 100% · due tomorrow'])")" = 1 ] &&
        pass "the deck screen shows recall and due dates: three known cards in 2 days, the missed one tomorrow" ||
        fail "memory lines: $(json "[c['memory'] for c in s['state']['visible_cards']][:6]")"
else
    fail "the deck restart exited with status $?"
fi

# 5. Command line
"$app" --help | grep -q -- "--deck FILE" && pass "--help" || fail "--help"
set +e; "$app" --no-such-option >/dev/null 2>&1; status=$?; set -e
[ "$status" = 2 ] && pass "unknown option exits 2" || fail "unknown option exit $status"

echo "desktop smoke: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
