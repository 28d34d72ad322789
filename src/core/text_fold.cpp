// text_fold.cpp: UTF-8 decoding and loose-comparison folding (see text_fold.h).
#include "core/text_fold.h"

namespace study {

namespace {

// Base letters of U+00C0..U+00FF (Latin-1 Supplement letters); '\0' = keep as is.
constexpr const char* kLatin1Base =
    "AAAAAAACEEEEIIII"   // C0-CF (C6 handled below)
    "DNOOOOO\0OUUUUY\0\0"  // D0-DF (D7 multiply, DE thorn, DF sharp s)
    "aaaaaaaceeeeiiii"   // E0-EF
    "dnooooo\0ouuuuy\0y";  // F0-FF

// Base letter of U+0100..U+017F (Latin Extended-A): pairs upper/lower in order.
constexpr const char* kLatinExtABase =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

void append_folded(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        char c = static_cast<char>(cp);
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return;
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
        if (cp == 0xC6 || cp == 0xE6) { out += "ae"; return; }
        if (cp == 0xDF) { out += "ss"; return; }
        char base = kLatin1Base[cp - 0xC0];
        if (base != '\0') { append_folded(out, static_cast<unsigned char>(base)); return; }
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x152 || cp == 0x153) { out += "oe"; return; }
        append_folded(out, static_cast<unsigned char>(kLatinExtABase[cp - 0x100]));
        return;
    }
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: out += '\''; return;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: out += '"'; return;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212: out += '-'; return;
        case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x202F: out += ' '; return;
        case 0x2026: out += "..."; return;
        default: append_utf8(out, cp); return;
    }
}

}  // namespace

bool is_valid_utf8(std::string_view text, std::size_t* bad_offset) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        if (next_code_point(text, pos) == 0xFFFD) {
            // U+FFFD itself is valid when spelled EF BF BD.
            if (!(pos - start == 3 && text.compare(start, 3, "\xEF\xBF\xBD") == 0)) {
                if (bad_offset) *bad_offset = start;
                return false;
            }
        }
    }
    return true;
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
    const unsigned char lead = static_cast<unsigned char>(text[pos]);
    const int length = sequence_length(lead);
    if (length == 0 || pos + static_cast<std::size_t>(length) > text.size()) {
        ++pos;
        return 0xFFFD;
    }
    if (length == 1) {
        ++pos;
        return lead;
    }
    char32_t cp = lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        const unsigned char next = static_cast<unsigned char>(text[pos + i]);
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (overlong || surrogate || cp > 0x10FFFF) {
        ++pos;
        return 0xFFFD;
    }
    pos += static_cast<std::size_t>(length);
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string trim_space(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::string slugify(std::string_view text) {
    std::string slug;
    for (char c : fold_text(text)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) slug += c;
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "deck" : slug;
}

std::string fold_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) append_folded(out, next_code_point(text, pos));
    return out;
}

}  // namespace study
