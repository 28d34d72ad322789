// fuzz_html_text.cpp: HTML of an Anki field to plain text (html_to_text). Checks: valid
// UTF-8 in gives valid UTF-8 out; the output has no blank line at either end;
// it is never longer than the input (every entity and tag it turns into text is at least
// as long as what it becomes: "&#1;" -> 1 byte, "<li>" -> "\n- "). Dictionary: html.dict.
#include "core/html_text.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view html(reinterpret_cast<const char*>(data), size);
    const std::string text = study::html_to_text(html);
    if (study::is_valid_utf8(html)) fuzz::check_utf8(text, "html_to_text of valid UTF-8 is valid UTF-8");
    fuzz::check(text.empty() || (text.front() != '\n' && text.back() != '\n'), "html_to_text trims blank lines", text);
    fuzz::check(text.size() <= size, "html_to_text never makes text longer", text);
    return 0;
}
