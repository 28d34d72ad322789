// text_fold_test.cpp: pins the UTF-8 checks and the loose-comparison folding.
#include <doctest/doctest.h>

#include "core/text_fold.h"

using namespace study;

TEST_CASE("fold_text lowers case, strips accents and straightens quotes and dashes") {
    CHECK(fold_text("Café") == "cafe");
    CHECK(fold_text("RÉSUMÉ") == "resume");
    CHECK(fold_text("company\xE2\x80\x99s") == "company's");                 // ’
    CHECK(fold_text("\xE2\x80\x9Cquoted\xE2\x80\x9D") == "\"quoted\"");      // “ ”
    CHECK(fold_text("a \xE2\x80\x93 b \xE2\x80\x94 c") == "a - b - c");      // – —
    CHECK(fold_text("wait\xE2\x80\xA6") == "wait...");                        // …
    CHECK(fold_text("Stra\xC3\x9F" "e") == "strasse");                        // ß
    CHECK(fold_text("\xC5\x81\xC3\xB3" "dz") == "lodz");                      // Łó
}

TEST_CASE("fold_text keeps letters outside Latin unchanged") {
    CHECK(fold_text("\xCE\xB1\xCE\xB2") == "\xCE\xB1\xCE\xB2");  // αβ
}

TEST_CASE("is_valid_utf8 accepts good text and finds the first bad byte") {
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("\xE2\x80\x94 em dash and \xEF\xBF\xBD replacement"));
    std::size_t bad = 0;
    CHECK_FALSE(is_valid_utf8("ok\xFFno", &bad));
    CHECK(bad == 2);
    CHECK_FALSE(is_valid_utf8("\xC3", &bad));           // truncated sequence
    CHECK_FALSE(is_valid_utf8("\xC0\xAF", &bad));       // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80", &bad));   // UTF-16 surrogate
}

TEST_CASE("append_utf8 and next_code_point round-trip every plane") {
    for (char32_t cp : {U'A', U'\u00E9', U'\u2014', U'\U0001F600'}) {
        std::string text;
        append_utf8(text, cp);
        std::size_t pos = 0;
        CHECK(next_code_point(text, pos) == cp);
        CHECK(pos == text.size());
    }
}
