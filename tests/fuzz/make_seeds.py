#!/usr/bin/env python3
"""make_seeds.py OUT_DIR: seed corpora for the harnesses of tests/fuzz, one folder per
harness (OUT_DIR/<harness>/), built from the project's own inputs:
  - the shipped decks (decks/*.json) and the schema fixtures (tests/desktop/schema_fixtures),
    as they are and as TSV / CSV / Anki notes / pasted text / card fields;
  - every string literal of the core tests (tests/core/*.cpp; adjacent literals joined);
  - the hand-written seeds in tests/fuzz/seeds/<harness>/;
  - the example links of docs/embedding.md and the example of docs/progress-format.md;
  - for long_inputs, short patterns that nest or repeat (see fuzz_long_inputs.cpp).
Each input is written in the harness's own input layout (see each fuzz_*.cpp header).
Run by tests/fuzz/run_fuzzers.sh; the folders are rebuilt from scratch on every run."""
import glob
import hashlib
import json
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cpp_string_literals(source):
    """The string literals of a C++ source, adjacent ones joined, as bytes."""
    out, i, n = [], 0, len(source)
    pending, last_end = None, -1

    def flush():
        nonlocal pending
        if pending is not None:
            out.append(pending)
        pending = None

    while i < n:
        c = source[i]
        if source.startswith("//", i):
            i = source.find("\n", i)
            i = n if i < 0 else i
            continue
        if source.startswith("/*", i):
            i = source.find("*/", i + 2)
            i = n if i < 0 else i + 2
            continue
        if c == "'":  # a character literal: skip it
            j = i + 1
            while j < n and source[j] != "'":
                j += 2 if source[j] == "\\" else 1
            i = j + 1
            continue
        raw = source.startswith('R"', i) and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_"))
        if raw or c == '"':
            if raw:
                open_paren = source.find("(", i + 2)
                delimiter = source[i + 2:open_paren]
                close = source.find(")" + delimiter + '"', open_paren)
                value = source[open_paren + 1:close].encode("utf-8")
                end = close + len(delimiter) + 2
            else:
                value, end = decode_literal(source, i + 1)
            between = source[last_end:i] if last_end >= 0 else "x"
            if pending is not None and between.strip() == "":
                pending += value
            else:
                flush()
                pending = value
            last_end, i = end, end
            continue
        if not c.isspace():
            flush()
        i += 1
    flush()
    return out


def decode_literal(source, i):
    """Decodes a "..." literal whose text starts at source[i]; returns (bytes, end)."""
    out = bytearray()
    simple = {"n": 10, "t": 9, "r": 13, "\\": 92, '"': 34, "'": 39, "0": 0, "a": 7, "b": 8, "f": 12, "v": 11, "?": 63}
    while i < len(source) and source[i] != '"':
        c = source[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        e = source[i + 1]
        if e == "x":
            j = i + 2
            while j < len(source) and source[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(source[i + 2:j], 16) & 0xFF)
            i = j
        elif e in "uU":
            digits = 4 if e == "u" else 8
            out += chr(int(source[i + 2:i + 2 + digits], 16)).encode("utf-8", "surrogatepass")
            i += 2 + digits
        elif e in "01234567":
            j = i + 1
            while j < i + 4 and source[j] in "01234567":
                j += 1
            out.append(int(source[i + 1:j], 8) & 0xFF)
            i = j
        else:
            out.append(simple.get(e, ord(e) & 0xFF))
            i += 2
    return bytes(out), i + 1


def read(path):
    with open(path, "rb") as f:
        return f.read()


def deck_cards(paths):
    """(id, term, definition) of every card of the decks that parse."""
    cards = []
    for path in paths:
        try:
            deck = json.loads(read(path))
        except ValueError:
            continue
        for card in deck.get("cards", []) if isinstance(deck, dict) else []:
            if not isinstance(card, dict):
                continue
            term = card.get("term", card.get("statement", ""))
            definition = card.get("definition", "True" if card.get("answer") is True else "False")
            if isinstance(term, str) and isinstance(definition, str):
                cards.append((str(card.get("id", "")), term, definition))
    return cards


def csv_field(text, separator):
    if any(ch in text for ch in (separator, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def main():
    out_dir = sys.argv[1]
    shutil.rmtree(out_dir, ignore_errors=True)
    seeds = {}

    def add(harness, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        seeds.setdefault(harness, {})[hashlib.sha1(data).hexdigest()] = data

    deck_files = sorted(p for p in glob.glob(os.path.join(ROOT, "decks", "*.json")) if not p.endswith(".schema.json"))
    fixture_files = sorted(glob.glob(os.path.join(ROOT, "tests", "desktop", "schema_fixtures", "*.json")))
    json_files = [read(p) for p in deck_files + fixture_files]
    strings = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "core", "*.cpp"))):
        with open(path, encoding="utf-8") as f:
            strings += [s for s in cpp_string_literals(f.read()) if s]
    grading_strings = []
    for path in glob.glob(os.path.join(ROOT, "tests", "core", "quiz_grading_test.cpp")):
        with open(path, encoding="utf-8") as f:
            grading_strings = [s for s in cpp_string_literals(f.read()) if s]
    cards = deck_cards(deck_files + [p for p in fixture_files if "valid-" in os.path.basename(p)])
    sample = cards[::max(1, len(cards) // 60)]  # about 60 cards from every deck

    # Hand-written seeds, as they are.
    for folder in glob.glob(os.path.join(ROOT, "tests", "fuzz", "seeds", "*")):
        for path in glob.glob(os.path.join(folder, "*")):
            add(os.path.basename(folder), read(path))

    # Deck texts in every import format.
    chunks = [sample[i:i + 12] for i in range(0, len(sample), 12)]
    tsv = ["".join(csv_field(t, "\t") + "\t" + csv_field(d, "\t") + "\n" for _, t, d in chunk) for chunk in chunks]
    csv = ["term,definition\r\n" + "".join(csv_field(t, ",") + "," + csv_field(d, ",") + "\r\n" for _, t, d in chunk)
           for chunk in chunks]
    anki = ["#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n" +
            "".join("%s\tBasic\tCRM\t%s\t%s\tcrm\n" % (i or "g%d" % n, csv_field(t, "\t"), csv_field(d.replace("\n", "<br>"), "\t"))
                    for n, (i, t, d) in enumerate(chunk)) for chunk in chunks]
    pasted = ["".join("%s - %s;" % (t, d.replace(";", ",")) for _, t, d in chunk) for chunk in chunks]

    for data in json_files:
        add("deck_json", data)
        add("deck_import", b"\x00" + data)
    for data in strings:
        stripped = data.lstrip()
        if stripped.startswith(b"{") or stripped.startswith(b"["):
            add("deck_json", data)
            add("deck_import", b"\x05" + data)
        if len(data) < 4096:
            add("text_fold", data)
            add("html_text", data)
            add("launch_link", data)
            add("anki_notes", data)
            add("delimited_text", (b"\x01" if b"\t" in data else b"\x00") + data)
            add("deck_import", (b"\x03" if b"\t" in data else b"\x01" if b"," in data else b"\x05") + data)
            add("pasted_text", b"\x01\x01\t\n" + data)
        if len(data) < 300:
            add("user_deck_file", data)
    for text in tsv:
        add("deck_import", b"\x03" + text.encode())
        add("delimited_text", b"\x01" + text.encode())
        add("pasted_text", b"\x01\x01\t\n" + text.encode())
    for text in csv:
        add("deck_import", b"\x01" + text.encode())
        add("delimited_text", b"\x00" + text.encode())
    for text in anki:
        add("anki_notes", text)
        add("deck_import", b"\x03" + text.encode())
    for text in pasted:
        add("pasted_text", b"\x03\x01 - ;" + text.encode())
    for card_id, term, definition in sample:
        add("text_fold", term)
        add("text_fold", definition)
        add("html_text", definition.replace("\n", "<br>"))
        add("user_deck_file", card_id or term)
        add("written_answer", term.encode() + b"\x00" + term.encode())
        add("written_answer", term.lower().encode() + b"\x00" + definition.encode())
    for a, b in zip(grading_strings, grading_strings[1:]):
        add("written_answer", a + b"\x00" + b)

    # Long inputs: byte 0 picks the entry point (fuzz_long_inputs.cpp), then a pattern
    # HEAD \0 TAIL repeated to a long text. Shapes that nest (a value inside each field of
    # the deck format, arrays, objects, quotes, tags) or repeat a separator or an escape,
    # and a few short strings of the tests of each entry point.
    long_patterns = {
        0: [b'{"%s":[\x00]}' % key for key in (b"format", b"version", b"id", b"title", b"source", b"cards")] +
           [b"[\x00]", b'{"a":\x00}', b'{"cards":[{"term":"t","definition":"d"},\x00]}', b'"\\u00e9'],
        1: [b"#separator:tab\n", b"#html:true\na\t<b>b</b>\n", b'"a""b\t', b"a\tb\tc\n"],
        2: [b'"', b'","', b'"a\n', b'a,b\r\n', b'""'],
        3: [b"\t", b"a\tb\n", b";x - y;"],
        4: [b"&", b"<", b"<li>", b"&#x41;", b"a&b", b"<br>&nbsp;"],
        5: [b"a=b&", b"%", b"deck=", b"&", b"mode=quiz&"],
        6: [b"customer relationship ", b"a", b"ab\x00ba", b"the cafe owner / \x00le patron; "],
        7: [b"\xc3\xa9", b"a", b"\xe2\x80\x9c", b"-"],
        8: [b'{"format":"study-arcade-progress","version":1,"decks":{"d":{"%s":{"a":[\x00]}}}}' % key
            for key in (b"cards", b"flashcardsPass", b"matchingBestSeconds", b"sessions")] +
           [b'{"format":"study-arcade-progress","version":1,"decks":{"d":{"cards":{"c":{"reviews":[[1,"quiz","recall","right"],\x00]}}}}}'],
    }
    test_files = {0: "deck_loader_test.cpp", 1: "deck_import_test.cpp", 2: "delimited_text_test.cpp",
                  3: "deck_import_test.cpp", 4: "html_text_test.cpp", 5: "launch_link_test.cpp",
                  6: "quiz_grading_test.cpp", 7: "text_fold_test.cpp", 8: "progress_store_test.cpp"}
    for target, patterns in long_patterns.items():
        test_file = os.path.join(ROOT, "tests", "core", test_files[target])
        short = []
        if os.path.exists(test_file):
            with open(test_file, encoding="utf-8") as f:
                short = [s for s in cpp_string_literals(f.read()) if 0 < len(s) <= 80]
        for pattern in patterns + short[::max(1, len(short) // 3)][:3]:
            add("long_inputs", bytes([target]) + pattern)
    # A long typed answer (a pasted paragraph) against a long expected one, with typos.
    paragraph = " ".join(d for _, _, d in sample)[:12000].encode()
    add("written_answer", paragraph.replace(b"e", b"a", 20) + b"\x00" + paragraph)

    # Progress files: the documented example and the tests' documents.
    progress_doc = os.path.join(ROOT, "docs", "progress-format.md")
    if os.path.exists(progress_doc):
        with open(progress_doc, encoding="utf-8") as f:
            for block in re.findall(r"```json\n(.*?)```", f.read(), re.S):
                add("settings_file" if "study-arcade-settings" in block else "progress_file", block)
    # A deck with an open Flashcards pass (restored by the harness on cards a, b and c).
    add("progress_file", b'{"format":"study-arcade-progress","version":1,"decks":{"d":{"cards":{},"flashcardsPass":'
        b'{"mode":"flashcards","deck":"d","seed":7,"deals":1,"term_first":true,"shuffle":false,"pile":["b","c"],'
        b'"know":["a"],"dont_know":[],"history":[{"card":"a","from":"none","to":"know"}],"flipped":false,'
        b'"retries":0,"elapsed":12.5}}}}')
    for data in strings:
        if b"study-arcade-progress" in data or data.lstrip().startswith(b"{"):
            add("progress_file", data)
        if b"study-arcade-settings" in data:
            add("settings_file", data)

    # Links: the documented one and every query-looking string of the tests.
    with open(os.path.join(ROOT, "docs", "embedding.md"), encoding="utf-8") as f:
        for query in re.findall(r"\?((?:deck|mode)=[^\s`)\"'<>]*)", f.read()):
            add("launch_link", query)

    total = 0
    for harness, files in sorted(seeds.items()):
        folder = os.path.join(out_dir, harness)
        os.makedirs(folder, exist_ok=True)
        for name, data in files.items():
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
        total += len(files)
    print("seeds: %d files for %d harnesses in %s" % (total, len(seeds), out_dir))


if __name__ == "__main__":
    main()
