// text_fold.h: UTF-8 helpers and the text folding used wherever text is compared
// loosely (search, answer grading, Snowman letters, slugs): case, accents, curly quotes,
// dashes, compatibility forms.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace study {

// True when `text` is well-formed UTF-8. On failure `bad_offset` (if given) gets the
// byte offset of the first bad sequence.
bool is_valid_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

// Decodes the code point at `pos` and advances `pos`; returns U+FFFD on a bad sequence.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Appends `cp` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// `text` without spaces, tabs and line breaks at either end.
std::string trim_space(std::string_view text);

// The value of `text` when it is only ASCII digits, 1 to `max_digits` (at most 9, so it
// fits an int) of them; nothing otherwise (no sign, space, point or exponent). Never throws.
std::optional<int> small_whole_number(std::string_view text, std::size_t max_digits);

// A lower-case slug of `text` for ids and file names: letters and digits kept (accents
// folded), every run of anything else becomes one '-'; "deck" when nothing is left.
// Safe as a file name: no '/', '.', or spaces.
std::string slugify(std::string_view text);
// The same slug, but "" when nothing is left.
std::string slug_or_empty(std::string_view text);

// Lower-case, accent-free, ASCII-punctuation form of `text` for loose comparison:
// "Café “Résumé” – A" -> "cafe \"resume\" - a". Each code point folds on its own (so
// folding one character at a time gives the same text, except и/у + U+0306 -> й/ў), by
// the table generated from Unicode data (unicode_fold_table.h,
// tools/gen_unicode_fold_table.py):
//   - accents dropped, precomposed or not: "é" and "e" + U+0301 both give "e"; Latin
//     Extended-A/B/Additional letters give their base letter (ệ -> e, ł -> l, ø -> o);
//     æ -> ae, œ -> oe, ß -> ss, Ĳ -> ij;
//   - every script's capitals lower-cased: ΑΒΓ -> αβγ, ЖЁ -> же; Greek tonos dropped
//     (ά -> α), final sigma ς -> σ; Cyrillic ё -> е, but й and ў stay letters of their own
//     (Russian readers treat е/ё as one letter, и/й as two);
//   - compatibility forms spelled plainly: ﬁ -> fi, ｆｕｌｌ -> full, ² -> 2, … -> ...,
//     non-breaking and other spaces -> ' ';
//   - curly quotes, primes and ʼ -> ' or ", hyphens, dashes and minus -> '-';
//   - soft hyphens, zero-width spaces, word joiners, BOMs and emoji variation selectors
//     dropped;
//   - kept as they are: marks that are vowels or parts of letters (Devanagari, Thai,
//     Japanese dakuten), Hangul, CJK, symbols such as ≠, and invalid bytes (U+FFFD).
// ASCII is copied with A-Z lowered.
std::string fold_text(std::string_view text);

}  // namespace study
