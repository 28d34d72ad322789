// scan_numbers_web.cpp: small stand-ins for the C library's strtod and sscanf in the web
// build, so that musl's number scanner (__floatscan, which computes in 128-bit long double:
// software __multf3, __divtf3, __addtf3, fmodl...) and its scanf engine stay out of
// game.wasm (about 18 KB of code, 7 KB brotli).
//
// Who calls them there: nlohmann/json's lexer (strtod, on a number it has already checked
// against JSON's grammar), SDL2 (atof, i.e. strtod, of a hint's value), ImGui's OpenGL3
// backend (sscanf "#version %d" of the GLSL version string, and "%d.%d" of GL_VERSION
// where GL_MAJOR_VERSION is not known), ImGui's .ini handlers (never run: the app has no
// imgui.ini) and main.cpp (--window WIDTHxHEIGHT, a desktop option).
//
// The web link wraps both (CMakeLists.txt, -Wl,--wrap=strtod -Wl,--wrap=sscanf): every
// call, also atof's inside the C library, comes here. Checked against musl's own (the
// __real_ functions) on edge cases: same values, same end, same counts, but for what is
// not taken below. What they take:
// - strtod: optional white space and sign, then decimal digits with an optional point and
//   exponent, or "inf", "infinity", "nan", "nan(...)" (any case). The value is JavaScript's
//   Number() of the text scanned, which rounds correctly, as musl's strtod does. Not
//   taken: hexadecimal floats ("0x1A" reads as 0), and errno is not set on overflow (the
//   value is +-HUGE_VAL all the same).
// - sscanf: literal characters, white space (any amount, none included), %%, and the
//   conversions d i u x X o (with h, hh, l, ll, j, z, t), f e g a (float, or double with
//   l), c, n and s, with an optional width and * (read, not stored). Not taken: scan sets
//   (%[...]) and long double (%Lf): a format using one stops there.
#ifdef __EMSCRIPTEN__
#include <emscripten.h>

#include <cctype>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

// Number() of the `length` bytes at `text` (ASCII: digits, sign, point, exponent).
EM_JS(double, study_number_of_text, (const char* text, int length), {
    return Number(UTF8ToString(text, length));
});

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with_word(const char* text, const char* word) {
    for (; *word; ++text, ++word) {
        if (std::tolower(static_cast<unsigned char>(*text)) != *word) return false;
    }
    return true;
}

double scan_double(const char* text, char** end) {
    const char* p = text;
    while (is_space(*p)) ++p;
    const char* number = p;
    const bool negative = *p == '-';
    if (*p == '+' || *p == '-') ++p;
    double value = 0;
    if (starts_with_word(p, "inf")) {
        p += starts_with_word(p, "infinity") ? 8 : 3;
        value = negative ? -HUGE_VAL : HUGE_VAL;
    } else if (starts_with_word(p, "nan")) {
        p += 3;
        if (*p == '(') {  // nan(n-char-sequence)
            const char* q = p + 1;
            while (std::isalnum(static_cast<unsigned char>(*q)) || *q == '_') ++q;
            if (*q == ')') p = q + 1;
        }
        value = negative ? -NAN : NAN;
    } else {
        const char* digits = p;
        while (is_digit(*p)) ++p;
        bool any = p != digits;
        if (*p == '.') {
            const char* fraction = ++p;
            while (is_digit(*p)) ++p;
            any = any || p != fraction;
        }
        if (!any) {  // no number: nothing read
            if (end) *end = const_cast<char*>(text);
            return 0;
        }
        if (*p == 'e' || *p == 'E') {
            const char* exponent = p + 1;
            if (*exponent == '+' || *exponent == '-') ++exponent;
            if (is_digit(*exponent)) {
                while (is_digit(*exponent)) ++exponent;
                p = exponent;
            }
        }
        value = study_number_of_text(number, static_cast<int>(p - number));
    }
    if (end) *end = const_cast<char*>(p);
    return value;
}

// Stores an integer conversion's value where the argument points, by its length modifier:
// 'H' hh, 'h' h, 'l' l, 'L' ll, 'j' intmax_t, 'z' size_t, 't' ptrdiff_t, 0 int.
void store_integer(va_list& args, char length, long long value) {
    switch (length) {
        case 'H': *va_arg(args, signed char*) = static_cast<signed char>(value); break;
        case 'h': *va_arg(args, short*) = static_cast<short>(value); break;
        case 'l': *va_arg(args, long*) = static_cast<long>(value); break;
        case 'L': *va_arg(args, long long*) = value; break;
        case 'j': *va_arg(args, std::intmax_t*) = value; break;
        case 'z': *va_arg(args, std::size_t*) = static_cast<std::size_t>(value); break;
        case 't': *va_arg(args, std::ptrdiff_t*) = static_cast<std::ptrdiff_t>(value); break;
        default: *va_arg(args, int*) = static_cast<int>(value); break;
    }
}

int scan_text(const char* text, const char* format, va_list args) {
    const char* p = text;
    int stored = 0;
    bool converted = false;  // a conversion other than %n has been tried
    for (; *format; ++format) {
        if (is_space(*format)) {
            while (is_space(*p)) ++p;
            continue;
        }
        if (*format != '%' || format[1] == '%') {
            if (*format == '%') {
                ++format;
                while (is_space(*p)) ++p;
            }
            if (*p != *format) return !*p && !converted ? EOF : stored;
            ++p;
            continue;
        }
        ++format;
        const bool suppress = *format == '*';
        if (suppress) ++format;
        int width = 0;
        while (is_digit(*format)) width = width * 10 + (*format++ - '0');
        char length = 0;
        if (*format == 'h') length = *++format == 'h' ? (++format, 'H') : 'h';
        else if (*format == 'l') length = *++format == 'l' ? (++format, 'L') : 'l';
        else if (*format == 'j' || *format == 'z' || *format == 't') length = *format++;
        else if (*format == 'L') { length = 'L'; ++format; }
        const char conversion = *format;
        if (!conversion) break;
        if (conversion == 'n') {
            if (!suppress) store_integer(args, length, p - text);
            continue;
        }
        if (conversion != 'c') {
            while (is_space(*p)) ++p;
        }
        if (!*p) return converted ? stored : EOF;
        converted = true;
        if (conversion == 'c') {
            const int count = width > 0 ? width : 1;
            if (static_cast<int>(std::strlen(p)) < count) return stored;
            if (!suppress) {
                std::memcpy(va_arg(args, char*), p, static_cast<std::size_t>(count));
                ++stored;
            }
            p += count;
            continue;
        }
        if (conversion == 's') {
            const char* word = p;
            while (*p && !is_space(*p) && (width == 0 || p - word < width)) ++p;
            if (!suppress) {
                char* out = va_arg(args, char*);
                std::memcpy(out, word, static_cast<std::size_t>(p - word));
                out[p - word] = '\0';
                ++stored;
            }
            continue;
        }
        // A number: read from at most `width` characters.
        char field[80];
        std::size_t size = std::strlen(p);
        if (width > 0 && size > static_cast<std::size_t>(width)) size = static_cast<std::size_t>(width);
        if (size >= sizeof field) size = sizeof field - 1;
        std::memcpy(field, p, size);
        field[size] = '\0';
        char* end = field;
        if (conversion == 'f' || conversion == 'e' || conversion == 'g' || conversion == 'a' ||
            conversion == 'E' || conversion == 'G' || conversion == 'F' || conversion == 'A') {
            const double value = scan_double(field, &end);
            if (end == field || length == 'L') return stored;
            if (!suppress) {
                if (length == 'l') *va_arg(args, double*) = value;
                else *va_arg(args, float*) = static_cast<float>(value);
                ++stored;
            }
        } else {
            int base = 10;
            if (conversion == 'i') base = 0;
            else if (conversion == 'x' || conversion == 'X' || conversion == 'p') base = 16;
            else if (conversion == 'o') base = 8;
            else if (conversion != 'd' && conversion != 'u') return stored;  // not taken (e.g. %[)
            const long long value = conversion == 'd' || conversion == 'i'
                ? std::strtoll(field, &end, base)
                : static_cast<long long>(std::strtoull(field, &end, base));
            if (end == field) return stored;
            if (!suppress) {
                store_integer(args, length, value);
                ++stored;
            }
        }
        p += end - field;
    }
    return stored;
}

}  // namespace

extern "C" double __wrap_strtod(const char* text, char** end) { return scan_double(text, end); }

extern "C" int __wrap_sscanf(const char* text, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int stored = scan_text(text, format, args);
    va_end(args);
    return stored;
}
#endif
