// text_fold.h: UTF-8 helpers and the text folding used wherever text is compared
// loosely (search now; answer grading later): case, accents, curly quotes, dashes.
#pragma once

#include <cstddef>
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

// A lower-case slug of `text` for ids and file names: letters and digits kept (accents
// folded), every run of anything else becomes one '-'; "deck" when nothing is left.
// Safe as a file name: no '/', '.', or spaces.
std::string slugify(std::string_view text);

// Lower-case, accent-free, ASCII-punctuation form of `text` for loose comparison:
// "Café “Résumé” – A" -> "cafe \"resume\" - a". Letters outside Latin are kept as is.
std::string fold_text(std::string_view text);

}  // namespace study
