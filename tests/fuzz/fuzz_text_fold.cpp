// fuzz_text_fold.cpp: the UTF-8 and folding helpers every search, import and grading
// goes through (is_valid_utf8, next_code_point, fold_text, slugify, normalize_answer,
// trim_space). Checks: is_valid_utf8 agrees with a strict reference decoder (RFC 3629)
// and its bad offset; fold_text of valid UTF-8 is valid UTF-8 and folding twice changes
// nothing; slugify gives a non-empty [a-z0-9-] slug without '-' at either end;
// normalize_answer gives single-spaced words without spaces at either end.
#include "core/quiz_grading.h"
#include "fuzz_check.h"

namespace {

// Length of the well-formed UTF-8 sequence at text[pos], or 0 (RFC 3629, Table 3-7 of
// the Unicode standard).
std::size_t reference_sequence(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0x100u; };
    const unsigned b0 = byte(0);
    const auto in = [](unsigned b, unsigned low, unsigned high) { return b >= low && b <= high; };
    if (b0 < 0x80) return 1;
    if (in(b0, 0xC2, 0xDF)) return in(byte(1), 0x80, 0xBF) ? 2 : 0;
    if (b0 == 0xE0) return in(byte(1), 0xA0, 0xBF) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    if (in(b0, 0xE1, 0xEC) || in(b0, 0xEE, 0xEF)) return in(byte(1), 0x80, 0xBF) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    if (b0 == 0xED) return in(byte(1), 0x80, 0x9F) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    if (b0 == 0xF0) return in(byte(1), 0x90, 0xBF) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    if (in(b0, 0xF1, 0xF3)) return in(byte(1), 0x80, 0xBF) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    if (b0 == 0xF4) return in(byte(1), 0x80, 0x8F) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    return 0;
}

// Offset of the first bad sequence, or npos when `text` is valid.
std::size_t reference_bad_offset(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = reference_sequence(text, pos);
        if (length == 0) return pos;
        pos += length;
    }
    return std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::size_t bad_offset = 0;
    const bool valid = study::is_valid_utf8(text, &bad_offset);
    const std::size_t reference = reference_bad_offset(text);
    fuzz::check(valid == (reference == std::string_view::npos), "is_valid_utf8 agrees with RFC 3629", text);
    if (!valid) fuzz::check(bad_offset == reference, "is_valid_utf8 names the first bad byte", text);

    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t before = pos;
        const char32_t cp = study::next_code_point(text, pos);
        fuzz::check(pos > before && pos <= text.size() && cp <= 0x10FFFF, "next_code_point advances within the text");
    }

    const std::string folded = study::fold_text(text);
    if (valid) {
        fuzz::check_utf8(folded, "fold_text of valid UTF-8 is valid UTF-8");
        fuzz::check(study::fold_text(folded) == folded, "fold_text folds once and for all", text);
    }

    const std::string slug = study::slugify(text);
    fuzz::check(!slug.empty() && slug.front() != '-' && slug.back() != '-', "a slug is non-empty, no '-' at its ends", slug);
    for (char c : slug) {
        fuzz::check((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-', "a slug has only a-z, 0-9 and '-'", slug);
    }
    fuzz::check(slug.find("--") == std::string::npos, "a slug has no '--'", slug);

    const std::string normalized = study::normalize_answer(text);
    fuzz::check(normalized.empty() || (normalized.front() != ' ' && normalized.back() != ' '),
                "a normalized answer has no space at its ends", normalized);
    fuzz::check(normalized.find("  ") == std::string::npos, "a normalized answer is single-spaced", normalized);
    if (valid) fuzz::check_utf8(normalized, "normalize_answer of valid UTF-8 is valid UTF-8");

    const std::string trimmed = study::trim_space(text);
    fuzz::check(trimmed.empty() || (trimmed.find_first_of(" \t\r\n") != 0 &&
                                    trimmed.find_last_of(" \t\r\n") != trimmed.size() - 1),
                "trim_space trims", trimmed);
    return 0;
}
