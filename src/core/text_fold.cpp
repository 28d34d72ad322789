// text_fold.cpp: UTF-8 decoding and loose-comparison folding (see text_fold.h). What each
// character outside ASCII folds to comes from the generated table in unicode_fold_table.cpp.
#include "core/text_fold.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/unicode_fold_table.h"

namespace study {

namespace {

int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

using unicode_fold::kRunCount;
using unicode_fold::kRunKeys;

constexpr std::uint32_t first_code_point(std::uint32_t key) { return key >> 11; }
constexpr std::uint32_t last_code_point(std::uint32_t key) { return (key >> 11) + (key & 0x7FFu); }

// Where to look up a code point, built once at run time from the table (no bytes in the
// download, 24 KB of memory):
//   - below U+3000 (Latin, Greek, Cyrillic, Vietnamese, punctuation: most text that folds)
//     the run of each code point directly, as index + 1 (0: folds to itself);
//   - for each 256-code-point page of the rest of the BMP, the first run that ends in or
//     after it: a code point of page p can only be in runs [pages[p], pages[p + 1]].
struct RunIndex {
    static constexpr std::uint32_t kDirect = 0x3000;
    std::uint16_t direct[kDirect] = {};
    std::uint16_t pages[257] = {};
    RunIndex() {
        for (std::size_t run = 0; run < kRunCount; ++run) {
            for (std::uint32_t cp = first_code_point(kRunKeys[run]); cp <= last_code_point(kRunKeys[run]) && cp < kDirect; ++cp) {
                direct[cp] = static_cast<std::uint16_t>(run + 1);
            }
        }
        std::size_t run = 0;
        for (std::uint32_t page = 0; page <= 256; ++page) {
            while (run < kRunCount && last_code_point(kRunKeys[run]) < page << 8) ++run;
            pages[page] = static_cast<std::uint16_t>(run);
        }
    }
};

// The index of the run of the generated table that holds `cp`, or kRunCount when cp
// folds to itself.
std::size_t find_run(char32_t cp) {
    static const RunIndex index;
    if (cp < RunIndex::kDirect) return index.direct[cp] == 0 ? kRunCount : index.direct[cp] - std::size_t{1};
    std::size_t begin = 0, end = kRunCount;
    if (cp < 0x10000) {
        const std::uint32_t page = static_cast<std::uint32_t>(cp) >> 8;
        begin = index.pages[page];
        end = std::min<std::size_t>(index.pages[page + 1] + std::size_t{1}, kRunCount);
    }
    // The first run starting after cp; the one before it is the only one that can hold cp.
    const std::uint32_t probe = static_cast<std::uint32_t>(cp) << 11 | 0x7FFu;
    const std::size_t after = static_cast<std::size_t>(std::upper_bound(kRunKeys + begin, kRunKeys + end, probe) - kRunKeys);
    if (after == begin || cp > last_code_point(kRunKeys[after - 1])) return kRunCount;
    return after - 1;
}

constexpr std::uint64_t kHighBits = 0x8080808080808080u;
constexpr std::uint64_t kOnes = 0x0101010101010101u;

// Eight ASCII bytes (all below 0x80) with A-Z lowered: a byte's top bit, after adding,
// tells whether it is >= 'A' and whether it is > 'Z' (no carry crosses bytes below 0x80).
std::uint64_t lower_ascii_word(std::uint64_t word) {
    const std::uint64_t from_a = word + kOnes * (0x80 - 'A');
    const std::uint64_t past_z = word + kOnes * (0x80 - 'Z' - 1);
    const std::uint64_t upper = from_a & ~past_z & kHighBits;
    return word | (upper >> 2);  // 0x80 >> 2 = 0x20, the case bit
}

char ascii_lower(char c) { return static_cast<unsigned>(c - 'A') < 26u ? static_cast<char>(c + ('a' - 'A')) : c; }

// Writes `cp` as UTF-8 at `out`; returns the number of bytes (1 to 4).
std::size_t write_utf8(char* out, char32_t cp) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

// Copies a character (1 to 4 bytes, no library call) or a folded text.
std::size_t copy_bytes(char* out, const char* bytes, std::size_t size) {
    switch (size) {
        case 4: out[3] = bytes[3]; [[fallthrough]];
        case 3: out[2] = bytes[2]; [[fallthrough]];
        case 2: out[1] = bytes[1]; [[fallthrough]];
        case 1: out[0] = bytes[0]; [[fallthrough]];
        case 0: return size;
        default: std::memcpy(out, bytes, size); return size;
    }
}

// Writes at `out` what `cp` (outside ASCII; its UTF-8 is `utf8`) folds to by the
// generated table; returns the number of bytes, at most unicode_fold::kMaxFoldedBytes.
std::size_t write_folded(char* out, char32_t cp, std::string_view utf8) {
    const std::size_t run = find_run(cp);
    if (run == kRunCount) return copy_bytes(out, utf8.data(), utf8.size());
    const std::uint32_t value = unicode_fold::kRunValues[run];
    switch (value >> 30) {
        case unicode_fold::kDelta: {
            // Sign-extend the 30-bit delta.
            const std::int32_t delta = static_cast<std::int32_t>(value << 2) >> 2;
            return write_utf8(out, static_cast<char32_t>(static_cast<std::int32_t>(cp) + delta));
        }
        case unicode_fold::kAlt: return write_utf8(out, cp + ((cp - first_code_point(kRunKeys[run])) % 2 == 0 ? 1 : 0));
        default: return copy_bytes(out, unicode_fold::kFoldedText + ((value >> 8) & 0x3FFFFFu), value & 0xFFu);
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
    char bytes[4];
    out.append(bytes, write_utf8(bytes, cp));
}

std::string trim_space(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::optional<int> small_whole_number(std::string_view text, std::size_t max_digits) {
    if (text.empty() || text.size() > std::min<std::size_t>(max_digits, 9)) return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string slugify(std::string_view text) {
    std::string slug = slug_or_empty(text);
    return slug.empty() ? "deck" : slug;
}

std::string slug_or_empty(std::string_view text) {
    std::string slug;
    for (char c : fold_text(text)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) slug += c;
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug;
}

std::string fold_text(std::string_view text) {
    // `out` always has room for the rest of the input copied byte for byte, so ASCII (1 byte
    // in, 1 out) is written with no check; any other character is folded into a small
    // buffer first, and `out` grows only when that is longer than what was left.
    std::string out(text.size(), '\0');
    char* dst = &out[0];  // local pointers: stores through char* would make the compiler
    const char* const src = text.data();  // reload out's and text's data on every byte
    std::size_t size = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(src[pos]) < 0x80) {
            // Fast path: ASCII with A-Z lowered, 8 bytes at a time while they are all ASCII,
            // then byte by byte up to the next other character.
            while (text.size() - pos >= 8) {
                std::uint64_t word;
                std::memcpy(&word, src + pos, 8);
                if (word & kHighBits) break;
                word = lower_ascii_word(word);
                std::memcpy(dst + size, &word, 8);
                pos += 8;
                size += 8;
            }
            while (pos < text.size() && static_cast<unsigned char>(src[pos]) < 0x80) dst[size++] = ascii_lower(src[pos++]);
            continue;
        }
        const std::size_t start = pos;
        const char32_t cp = next_code_point(text, pos);
        if (cp == 0x0306 && size >= 2 && dst[size - 2] == '\xD0' && dst[size - 1] == '\xB8') {
            dst[size - 1] = '\xB9';  // и + combining breve is й, which stays a letter of its own
            continue;
        }
        if (cp == 0x0306 && size >= 2 && dst[size - 2] == '\xD1' && dst[size - 1] == '\x83') {
            dst[size - 1] = '\x9E';  // у + combining breve is ў (both as the table keeps й and ў)
            continue;
        }
        char folded[unicode_fold::kMaxFoldedBytes];
        const std::size_t length = cp == 0xFFFD ? write_utf8(folded, cp)  // a bad byte, or U+FFFD itself
                                                : write_folded(folded, cp, std::string_view(src + start, pos - start));
        const std::size_t needed = size + length + (text.size() - pos);
        if (needed > out.size()) {
            out.resize(std::max(needed, out.size() + out.size() / 2));
            dst = &out[0];
        }
        size += copy_bytes(dst + size, folded, length);
    }
    out.resize(size);
    return out;
}

}  // namespace study
