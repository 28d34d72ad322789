// hostile_input_test.cpp: regression cases for what fuzzing and a hostile user found
// (issue 13, cases 1-7): deep nesting, bad link bytes, quadratic grading, an Anki header
// overflow, bare '&' in HTML, a very long deck id, a cut-short parse message. Each would
// crash, abort or freeze before its fix.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/deck_import.h"
#include "core/deck_loader.h"
#include "core/html_text.h"
#include "core/launch_link.h"
#include "core/message_text.h"
#include "core/quiz_grading.h"
#include "core/text_fold.h"
#include "core/user_decks.h"

using namespace study;

namespace {

std::string only_problem(const DeckLoadResult& result) {
    REQUIRE_FALSE(result.deck);
    REQUIRE(!result.problems.empty());
    return result.problems.front().to_text();
}

// The plain full-table optimal string alignment distance on code points, to check the
// banded one against.
int reference_distance(const std::string& a_text, const std::string& b_text) {
    std::vector<char32_t> a, b;
    for (std::size_t pos = 0; pos < a_text.size();) a.push_back(next_code_point(a_text, pos));
    for (std::size_t pos = 0; pos < b_text.size();) b.push_back(next_code_point(b_text, pos));
    std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

}  // namespace

TEST_SUITE("hostile input") {
    TEST_CASE("1: a deeply nested format or version is rejected in one short line, without recursion") {
        for (const char* field : {"format", "version"}) {
            const std::string text = std::string("{\"") + field + "\":" + std::string(100000, '[') +
                                     std::string(100000, ']') + "}";
            const std::string message = only_problem(parse_deck_json(text, "nested.json"));
            CHECK(message.find("a list of 1 item") != std::string::npos);
            CHECK(message.size() < 200);
        }
        // A long text value is quoted as an excerpt only.
        const std::string long_format = "{\"format\":\"" + std::string(5000, 'x') + "\",\"cards\":[]}";
        const std::string message = only_problem(parse_deck_json(long_format, "long.json"));
        CHECK(message.size() < 200);
        CHECK(message.find("\xE2\x80\xA6") != std::string::npos);
    }

    TEST_CASE("1: deep nesting inside cards and keys is harmless too") {
        const std::string text = "{\"title\":\"t\",\"cards\":[{\"term\":" + std::string(50000, '[') +
                                 std::string(50000, ']') + ",\"definition\":\"d\"}]}";
        const DeckLoadResult result = parse_deck_json(text, "cards.json");
        CHECK_FALSE(result.deck);
        const std::string long_key = "{\"title\":\"t\",\"" + std::string(3000, 'k') +
                                     "\":1,\"cards\":[{\"term\":\"a\",\"definition\":\"b\"}]}";
        const DeckLoadResult warned = parse_deck_json(long_key, "key.json");
        REQUIRE(warned.deck);
        REQUIRE(!warned.problems.empty());
        CHECK(warned.problems.front().to_text().size() < 200);
    }

    TEST_CASE("7: a parse error quotes a short excerpt of the bad token, not the whole of it") {
        const std::string text = "{\"title\": " + std::string(1000, 'z') + "}";
        const std::string message = only_problem(parse_deck_json(text, "bad.json"));
        CHECK(message.size() < 200);
        CHECK(message.find("line 1, column 11") != std::string::npos);
    }

    TEST_CASE("2: link values whose %-escapes are not UTF-8 are reported, never passed on") {
        for (const char* query : {"deck=crm-11-flashcards&mode=%FF", "?mode=%FF", "?deck=%C3", "deck=x&%FF=1",
                                  "deck=x&questions=%E2%82"}) {
            const LaunchLinkParse parse = parse_launch_query(query);
            CAPTURE(query);
            REQUIRE_FALSE(parse.problems.empty());
            nlohmann::json listed = nlohmann::json::array();
            for (const LinkProblem& problem : parse.problems) {
                CHECK(is_valid_utf8(problem.message));
                CHECK(is_valid_utf8(problem.parameter));
                listed.push_back({{"parameter", problem.parameter}, {"message", problem.message}});
            }
            CHECK_FALSE(listed.dump().empty());  // the strict dump (invalid UTF-8 in it would abort)
            CHECK(is_valid_utf8(parse.link.deck));
            CHECK(is_valid_utf8(parse.link.mode));
            for (const auto& [name, value] : parse.link.options) CHECK((is_valid_utf8(name) && is_valid_utf8(value)));
        }
        // A long bad value is cut in the message.
        const LaunchLinkParse long_mode = parse_launch_query("mode=" + std::string(5000, 'q') + "&deck=x");
        REQUIRE_FALSE(long_mode.problems.empty());
        CHECK(long_mode.problems.front().message.size() < 200);
    }

    TEST_CASE("3: grading counts characters, not bytes, and stays linear in memory and near-linear in time") {
        CHECK(edit_distance("caf\xC3\xA9", "cafe") == 1);   // é for e is one typo, not two
        CHECK(edit_distance("\xCE\xB1\xCE\xB2", "\xCE\xB2\xCE\xB1") == 1);  // a swap of two Greek letters
        CHECK(edit_distance("kitten", "sitting", 1) == 2);  // over the limit: limit + 1
        CHECK(edit_distance("kitten", "sitting", 3) == 3);
        // Twenty thousand characters against twenty thousand: a band, not a 400M-cell table.
        std::string expected;
        for (int i = 0; i < 20000; ++i) expected += static_cast<char>('a' + (i * 7) % 26);
        std::string given = expected;
        given[100] = 'z';
        given[10000] = 'z';
        const WrittenGrade near = grade_written(given, expected);
        CHECK_FALSE(near.correct);  // longer than kMaxTypoGradedChars: graded exactly
        CHECK(grade_written(expected, expected).correct);
        // Within the cap, typos still pass in proportion.
        const std::string medium = expected.substr(0, 1400);
        std::string medium_typos = medium;
        medium_typos[5] = 'z';
        medium_typos[700] = 'z';
        CHECK(grade_written(medium_typos, medium).correct);
        CHECK(grade_written(medium_typos, medium).typos == 2);
    }

    TEST_CASE("3: the banded distance equals the full table wherever it is within the limit") {
        std::mt19937 random(13);
        const std::vector<std::string> letters = {"a", "b", "c", "\xC3\xA9", "\xCE\xB1"};
        for (int round = 0; round < 2000; ++round) {
            std::string a, b;
            const int length_a = static_cast<int>(random() % 12), length_b = static_cast<int>(random() % 12);
            for (int i = 0; i < length_a; ++i) a += letters[random() % letters.size()];
            for (int i = 0; i < length_b; ++i) b += letters[random() % letters.size()];
            const int limit = static_cast<int>(random() % 8);
            const int full = reference_distance(a, b);
            CAPTURE(a);
            CAPTURE(b);
            CAPTURE(limit);
            CHECK(edit_distance(a, b, limit) == std::min(full, limit + 1));
            CHECK(edit_distance(a, b) == full);
        }
    }

    TEST_CASE("4: an Anki column header out of range is ignored, not overflowed") {
        for (const char* header : {"#guid column:-2147483648", "#guid column:99999999999999999999", "#tags column:0",
                                   "#deck column:abc"}) {
            const std::string text = std::string("#separator:tab\n") + header + "\nChurn\tcustomers who leave\n";
            const DeckLoadResult result = import_deck_text(text, "anki.txt");
            CAPTURE(header);
            REQUIRE(result.deck);
            REQUIRE(result.deck->cards.size() == 1);
            CHECK(result.deck->cards[0].term == "Churn");
        }
    }

    TEST_CASE("5: bare ampersands in HTML are copied in linear time") {
        const std::string ampersands(400000, '&');
        CHECK(html_to_text(ampersands) == ampersands);
        CHECK(html_to_text("a &amp; b &#233; &unknown; &") == "a & b \xC3\xA9 &unknown; &");
    }

    TEST_CASE("6: a deck id of thousands of characters gets a short file name") {
        CHECK(user_deck_file_stem(std::string(3000, 'a')).size() == kMaxUserDeckStem);
        CHECK(user_deck_file_stem("../../etc/passwd") == "etc-passwd");
        CHECK(user_deck_file_stem("") == "deck");
        CHECK(user_deck_file_stem(std::string(79, 'a') + "-b") == std::string(79, 'a'));
    }

    TEST_CASE("message excerpts are valid, one-line UTF-8") {
        CHECK(message_excerpt("line\none\xFF") == "line one\xEF\xBF\xBD");
        CHECK(message_excerpt("\xC3\xA9\xC3\xA9\xC3\xA9", 2) == "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
        CHECK(describe_json_value(nlohmann::json::parse("[[1],[2]]")) == "a list of 2 items");
        CHECK(describe_json_value(nlohmann::json::parse("{\"a\":1}")) == "an object with 1 field");
    }
}
