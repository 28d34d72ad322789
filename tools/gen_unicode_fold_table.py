#!/usr/bin/env python3
"""Generates src/core/unicode_fold_table.cpp: the per-code-point folding that fold_text
(src/core/text_fold.cpp) applies to every character outside ASCII.

    python3 tools/gen_unicode_fold_table.py > src/core/unicode_fold_table.cpp

Run it again only to move to a newer Unicode version (the table records the version of
Python's unicodedata it came from); the output is committed, the build never runs this.

What a code point folds to (a string, possibly empty), in order:
  1. Our own choices first (OVERRIDES): quotes, dashes, the apostrophe letter, invisible
     characters dropped, Latin letters without a decomposition (æ -> ae, ø -> o, ł -> l,
     đ -> d, ŋ -> n, ...). Latin letters named "LATIN ... LETTER X WITH <anything>"
     (stroke, hook, bar, ...) fold to x in the Latin blocks, and so do their small
     letters in the IPA block (ɗ like Ɗ); other IPA letters stay.
  2. Compatibility characters in UNCHANGED stay as they are (to keep the table small).
     Hangul syllables, and Cyrillic й and ў (letters of their own in Russian, Ukrainian
     and Belarusian, unlike ё -> е), are only lower-cased. (и/у + U+0306 spelled apart
     would fold to и/у: fold_text puts the breve back there, the one rule that looks at
     the character before.)
  3. Otherwise the compatibility decomposition (NFKD: é -> e + U+0301, ﬁ -> fi, ｆ -> f,
     ĳ -> ij, … -> ..., ² -> 2), with the accent marks dropped (DROPPED_MARKS: the
     combining diacritics and the Greek, Cyrillic, Hebrew, Arabic and Syriac points),
     then case folding (ß -> ss, ς -> σ, Σ -> σ). A spacing accent on its own (´ ¨ ˜)
     stays as it is, and so does a symbol whose mark is its meaning (≠, ∉). Marks that
     are vowels or parts of letters (Devanagari, Thai, Japanese dakuten, ...) are kept:
     dropping them would change the word.
  4. Every character of that result is folded again, until nothing changes.

The table is a list of runs of code points that fold alike, sorted by their first code
point, each of one of three kinds:
  0 DELTA  every code point c of the run folds to c + delta (one code point)
  1 ALT    upper/lower pairs: even offsets from the run's start fold to c + 1, odd ones to c
  2 TEXT   every code point of the run folds to the same UTF-8 text (empty: dropped)
written for the web download as five byte streams of small numbers (unicode_fold_table.h
has the format), each stream one field of every run: brotli -q 11 makes 2.4 KB of them,
against 4.4 KB for the uint32 key and value arrays the table was before. text_fold.cpp
decodes them on first use.
"""
import re
import sys
import unicodedata

# Marks (category Mn) in these ranges are accents and are dropped. Other Mn marks stay.
DROPPED_MARKS = [
    (0x0300, 0x036F),  # Combining Diacritical Marks
    (0x0483, 0x0489),  # Cyrillic combining marks
    (0x0591, 0x05C7),  # Hebrew points and cantillation
    (0x0610, 0x06FF),  # Arabic harakat and Quranic marks
    (0x0700, 0x074F),  # Syriac points
    (0x07C0, 0x07FF),  # NKo tone marks
    (0x0870, 0x08FF),  # Arabic Extended-A/B marks
    (0x1AB0, 0x1AFF),  # Combining Diacritical Marks Extended
    (0x1DC0, 0x1DFF),  # Combining Diacritical Marks Supplement
    (0x20D0, 0x20FF),  # Combining Diacritical Marks for Symbols
    (0x2CEF, 0x2CF1),  # Coptic combining marks
    (0x2DE0, 0x2DFF),  # Cyrillic Extended-A (combining letters)
    (0xA66F, 0xA69F),  # Cyrillic Extended-B combining marks
    (0xFB1E, 0xFB1E),  # Hebrew point judeo-spanish varika
    (0xFE00, 0xFE0F),  # Variation selectors (emoji presentation)
    (0xFE20, 0xFE2F),  # Combining Half Marks
    (0xE0100, 0xE01EF),  # Variation selectors supplement
]

# Compatibility characters left as they are, to keep the table small: what they stand for
# is rarely typed in a study deck (CJK compatibility ideographs and radicals, squared and
# circled signs, Arabic presentation forms and math letters, Hangul compatibility jamo,
# musical symbols, Latin Extended-F modifier letters).
UNCHANGED = [
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ⓐ ⒜)
    (0x2E80, 0x2FDF),  # CJK Radicals Supplement, Kangxi Radicals
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x3200, 0x33FF),  # Enclosed CJK Letters and Months, CJK Compatibility (㎏ ㍱)
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFE),  # Arabic Presentation Forms-B
    (0xFFA0, 0xFFDC),  # Halfwidth Hangul
    (0x10780, 0x107BF),  # Latin Extended-F (modifier letters)
    (0x1D100, 0x1D1FF),  # Musical Symbols
    (0x1EE00, 0x1EEFF),  # Arabic Mathematical Alphabetic Symbols
    (0x1F100, 0x1F2FF),  # Enclosed Alphanumeric / Ideographic Supplement
    (0x2F800, 0x2FA1F),  # CJK Compatibility Ideographs Supplement
]

# Latin blocks where "LATIN ... LETTER X WITH ..." folds to x.
LATIN_BLOCKS = [(0x0080, 0x024F), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F)]
LATIN_WITH = re.compile(r"^LATIN (?:CAPITAL|SMALL) LETTER ([A-Z]) WITH ")

# Our own choices, before anything else. Values are folded again.
OVERRIDES = {}
for cp in (0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x02BC):  # ‘ ’ ‚ ‛ ′ ‵ ʼ
    OVERRIDES[cp] = "'"
for cp in (0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036):  # “ ” „ ‟ ″ ‶
    OVERRIDES[cp] = '"'
for cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212):  # hyphens, dashes, minus
    OVERRIDES[cp] = "-"
for cp in (0x00AD, 0x200B, 0x2060, 0xFEFF):  # soft hyphen, zero width space, word joiner, BOM
    OVERRIDES[cp] = ""
OVERRIDES.update({
    0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe",  # Æ æ Œ œ
    0x00D0: "d", 0x00F0: "d",  # Ð ð (eth)
    0x0131: "i", 0x0237: "j",  # ı ȷ (dotless)
    0x0138: "k",  # ĸ (kra)
    0x0140: "l", 0x013F: "l",  # ŀ Ŀ (NFKD adds a middle dot)
    0x0149: "n",  # ŉ (NFKD adds an apostrophe letter)
    0x014A: "n", 0x014B: "n",  # Ŋ ŋ (eng)
})
KEEP_LETTER = {0x0419, 0x0439, 0x040E, 0x045E}  # Й й Ў ў: only lower-cased


def dropped_mark(ch):
    cp = ord(ch)
    return unicodedata.category(ch) == "Mn" and any(lo <= cp <= hi for lo, hi in DROPPED_MARKS)


def latin_base(ch):
    """x for a "LATIN ... LETTER X WITH ..." without a decomposition in the Latin blocks, or
    the small letter of one (ɗ, in the IPA block, is the small letter of Ɗ)."""
    for c in (ch, ch.upper()):
        if len(c) == 1 and any(lo <= ord(c) <= hi for lo, hi in LATIN_BLOCKS) and unicodedata.decomposition(c) == "":
            match = LATIN_WITH.match(unicodedata.name(c, ""))
            if match:
                return match.group(1).lower()
    return ""


def step(cp):
    """One folding step of one code point (the result is folded again)."""
    ch = chr(cp)
    if cp in OVERRIDES:
        return OVERRIDES[cp]
    if any(lo <= cp <= hi for lo, hi in UNCHANGED):
        return ch
    if 0xAC00 <= cp <= 0xD7A3 or cp in KEEP_LETTER:
        return ch.casefold()
    if dropped_mark(ch):
        return ""
    base = latin_base(ch)
    if base:
        return base
    decomposed = unicodedata.normalize("NFKD", ch)
    if decomposed[0] == " " and len(decomposed) > 1 and all(unicodedata.category(c) == "Mn" for c in decomposed[1:]):
        return ch  # a spacing accent on its own: ´ ¨ ˜
    if not unicodedata.category(ch).startswith("L") and any(dropped_mark(c) for c in decomposed):
        return ch  # a symbol whose mark is its meaning: ≠ is not =, ∉ is not ∈
    stripped = "".join(c for c in decomposed if not dropped_mark(c))
    return stripped.casefold()


def fold(cp, depth=0):
    assert depth < 10, hex(cp)
    once = step(cp)
    if once == chr(cp):
        return once
    return "".join(fold(ord(c), depth + 1) for c in once)


def skipped(cp):
    return unicodedata.category(chr(cp)) in ("Cs", "Co", "Cn") or cp < 0x80


def build_map():
    folded = {}
    for cp in range(0x110000):
        if skipped(cp):
            continue
        out = fold(cp)
        if out != chr(cp):
            folded[cp] = out
    # Folding twice changes nothing.
    for cp, out in folded.items():
        assert "".join(folded.get(ord(c), c) for c in out) == out, hex(cp)
    return folded


def storage_rank(kind, value):
    """Between runs of equal length (one code point), the one that compresses best: ALT
    (nothing stored), then TEXT of one ASCII character, then DELTA (a delta step), then
    other TEXT."""
    if kind == "ALT":
        return 3
    if kind == "TEXT":
        return 2 if len(value) == 1 and value < "\x80" else 0
    return 1


def build_runs(folded):
    """Greedy runs over the folded code points, longest of DELTA / ALT / TEXT at each start
    (of equal ones, the best by storage_rank)."""
    cps = sorted(folded)
    runs = []
    i = 0
    while i < len(cps):
        start = cps[i]
        out = folded[start]

        def length(matches):
            n = 1
            while i + n < len(cps) and cps[i + n] == start + n and n < 2048 and matches(start + n, n):
                n += 1
            return n

        options = []
        if len(out) == 1:
            delta = ord(out) - start
            options.append((length(lambda cp, n: len(folded[cp]) == 1 and ord(folded[cp]) - cp == delta), "DELTA", delta))
            if delta == 1:
                options.append((length(lambda cp, n: len(folded[cp]) == 1 and ord(folded[cp]) == (cp + 1 if n % 2 == 0 else cp)),
                                "ALT", 0))
        options.append((length(lambda cp, n: folded[cp] == out), "TEXT", out))
        best = max(options, key=lambda o: (o[0], storage_rank(o[1], o[2])))
        runs.append((start, best[0], best[1], best[2]))
        i += best[0]
    return runs


KINDS = {"DELTA": 0, "ALT": 1, "TEXT": 2}  # enum Kind in unicode_fold_table.h


def varint(n):
    """Unsigned LEB128: 7 bits a byte, low bits first, the top bit set when more follow."""
    assert n >= 0
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return out


def zigzag(n):
    """A signed number as an unsigned one, small either way: 0, -1, 1, -2 ... -> 0, 1, 2, 3 ..."""
    return n << 1 if n >= 0 else (-n << 1) - 1


def encode_runs(runs):
    """The runs as the byte streams of unicode_fold_table.h, one list of bytes per run and
    stream (empty where the run has no field in that stream)."""
    streams = {"gaps": [], "shapes": [], "delta_steps": [], "text_lengths": [], "texts": []}
    previous_end = previous_delta = 0
    for start, length, kind, value in runs:
        assert 1 <= length <= 2048 and len(runs) < 65536  # text_fold.cpp indexes runs with 16 bits
        fields = dict.fromkeys(streams, b"")
        fields["gaps"] = varint(start - previous_end)
        fields["shapes"] = varint((length - 1) << 2 | KINDS[kind])
        if kind == "DELTA":
            fields["delta_steps"] = varint(zigzag(value - previous_delta))
            previous_delta = value
        elif kind == "TEXT":
            data = value.encode("utf-8")
            assert len(data) <= 16  # kMaxFoldedBytes in unicode_fold_table.h
            fields["text_lengths"] = bytes([len(data)])
            fields["texts"] = data
        for name in streams:
            streams[name].append(fields[name])
        previous_end = start + length
    return streams


def text_comment(text):
    return '"' + "".join(c if " " <= c <= "~" and c not in "\\\"" else f"\\u{{{ord(c):X}}}" for c in text) + '"'


def run_comment(start, length, kind, value):
    last = f"..U+{start + length - 1:04X}" if length > 1 else ""
    if kind == "DELTA":
        what = f"{value:+d}" if length > 1 else "-> " + text_comment(chr(start + value))
    else:
        what = "upper/lower pairs" if kind == "ALT" else "-> " + text_comment(value)
    return f"U+{start:04X}{last} {what}"


def hex_bytes(data):
    return " ".join(f"0x{b:02X}," for b in data)


def write_stream(w, name, what, chunks, comments=None):
    """One array of bytes: a line per run with its comment, or 16 bytes a line."""
    w(f"// {what}\nconst unsigned char {name}[] = {{\n")
    if comments:
        for chunk, comment in zip(chunks, comments):
            w(f"    {hex_bytes(chunk):<12}  // {comment}\n")
    else:
        data = b"".join(chunks)
        for k in range(0, len(data), 16):
            w(f"    {hex_bytes(data[k:k + 16])}\n")
        if not data:
            w("    0,  // (none)\n")
    w("};\n\n")


def main():
    folded = build_map()
    runs = build_runs(folded)
    streams = encode_runs(runs)
    sizes = {name: sum(len(chunk) for chunk in chunks) for name, chunks in streams.items()}

    version = unicodedata.unidata_version
    w = sys.stdout.write
    w("// unicode_fold_table.cpp: GENERATED by tools/gen_unicode_fold_table.py from Python's\n")
    w(f"// unicodedata (Unicode {version}); do not edit by hand, run the script again. What each code\n")
    w("// point folds to is explained there; the encoding is in unicode_fold_table.h, and\n")
    w("// text_fold.cpp decodes and reads the table.\n")
    w('#include "core/unicode_fold_table.h"\n\nnamespace study::unicode_fold {\n\n')
    w(f'const char* const kUnicodeVersion = "{version}";\n\n')
    w(f"// {len(folded)} code points in {len(runs)} runs; {sum(sizes.values())} bytes in all.\n")
    w(f"const std::size_t kRunCount = {len(runs)};\n\n")
    write_stream(w, "kRunShapes", "Per run: (number of code points - 1) << 2 | kind.", streams["shapes"],
                 [run_comment(*run) for run in runs])
    write_stream(w, "kRunGaps", "Per run: its first code point minus the end of the run before.", streams["gaps"])
    write_stream(w, "kDeltaSteps", "Per kDelta run: zigzag(delta - the delta of the kDelta run before).",
                 streams["delta_steps"])
    write_stream(w, "kTextLengths", "Per kText run: the byte length of its text.", streams["text_lengths"])
    write_stream(w, "kTexts", "Per kText run: its text (UTF-8).", streams["texts"])
    w("}  // namespace study::unicode_fold\n")
    print(f"{len(folded)} code points, {len(runs)} runs, bytes: {sizes}, Unicode {version}", file=sys.stderr)


if __name__ == "__main__":
    main()
