// quiz_grading_test.cpp: the rules of written-answer grading, with examples of what
// passes and what fails: typos in proportion to length, accents and quotes, case and
// punctuation, alternatives, and the marked differences.
#include <doctest/doctest.h>

#include "core/quiz_grading.h"

using namespace study;

TEST_SUITE("quiz grading") {
    TEST_CASE("case, surrounding spaces, punctuation, accents and curly quotes are ignored") {
        CHECK(normalize_answer("  The \xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D-Owner! ") == "the cafe owner");
        CHECK(grade_written("customer relationship management", "Customer Relationship Management.").exact);
        CHECK(grade_written("resume", "R\xC3\xA9sum\xC3\xA9").exact);
        CHECK(grade_written("customers' needs", "customers\xE2\x80\x99 needs").exact);
        CHECK(grade_written("\"quoted\"", "\xE2\x80\x9Cquoted\xE2\x80\x9D").exact);
        CHECK(grade_written("B2B", "b2b").correct);
    }

    TEST_CASE("typos allowed grow with the answer's length") {
        CHECK(allowed_typos(3) == 0);
        CHECK(allowed_typos(4) == 1);
        CHECK(allowed_typos(7) == 1);
        CHECK(allowed_typos(8) == 2);
        CHECK(allowed_typos(14) == 2);
        CHECK(allowed_typos(28) == 4);
        // Short answers: no typo allowed.
        CHECK(grade_written("CRN", "CRM").correct == false);
        CHECK(grade_written("CRM", "CRM").correct);
        // "Churn" (5 letters): one typo passes, two fail.
        CHECK(grade_written("Chrun", "Churn").correct);   // a swap is one typo
        CHECK(grade_written("Chur", "Churn").correct);
        CHECK(grade_written("Chrn", "Churn").correct);
        CHECK_FALSE(grade_written("Chxrx", "Churn").correct);
        // "Taste Profiling" (15): two typos pass, three fail.
        CHECK(grade_written("Tast profilling", "Taste Profiling").correct);
        CHECK_FALSE(grade_written("Tst profilling x", "Taste Profiling").correct);
        // A different word is not a typo.
        CHECK_FALSE(grade_written("Upsell", "Cross-sell").correct);
        CHECK_FALSE(grade_written("", "Churn").correct);
    }

    TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
        CHECK(edit_distance("churn", "churn") == 0);
        CHECK(edit_distance("chrun", "churn") == 1);
        CHECK(edit_distance("chun", "churn") == 1);
        CHECK(edit_distance("chxrn", "churn") == 1);
        CHECK(edit_distance("", "abc") == 3);
    }

    TEST_CASE("any one of the alternatives the card gives is enough") {
        CHECK(answer_alternatives("B2B / business to business").size() == 3);
        CHECK(grade_written("business to business", "B2B / business to business").correct);
        CHECK(grade_written("b2b", "B2B / business to business").correct);
        CHECK(grade_written("retention", "loyalty; retention").correct);
        CHECK(grade_written("lead", "lead or prospect").correct);
        CHECK(grade_written("prospect", "lead or prospect").correct);
        CHECK(grade_written("lead or prospect", "lead or prospect").exact);
        // "or" inside a long definition is not a list of alternatives.
        const std::string long_answer = "a customer who buys again or tells friends about the company";
        CHECK(answer_alternatives(long_answer).size() == 1);
        CHECK_FALSE(grade_written("tells friends about the company", long_answer).correct);
    }

    TEST_CASE("the differences are marked character by character") {
        const std::vector<DiffPiece> pieces = diff_answers("Chrun", "Churn");
        std::string expected_text, given_text;
        for (const DiffPiece& p : pieces) {
            if (p.kind != DiffPiece::extra) expected_text += p.text;
            if (p.kind != DiffPiece::missing) given_text += p.text;
        }
        CHECK(expected_text == "Churn");
        CHECK(given_text == "Chrun");
        CHECK(pieces.front().kind == DiffPiece::same);
        CHECK(pieces.front().text == "Ch");
        const std::vector<DiffPiece> same = diff_answers("churn", "Churn");
        REQUIRE(same.size() == 1);
        CHECK(same[0].kind == DiffPiece::same);
        const std::vector<DiffPiece> missing = diff_answers("Tast", "Taste");
        REQUIRE(missing.size() == 2);
        CHECK(missing[1].kind == DiffPiece::missing);
        CHECK(missing[1].text == "e");
    }

    TEST_CASE("a pasted essay is graded wrong and its differences are whole, without quadratic work") {
        const std::string essay(200000, 'x');
        const WrittenGrade grade = grade_written(essay + " churn", "Churn");
        CHECK_FALSE(grade.correct);
        CHECK(grade.typos == static_cast<int>(essay.size()) + 1);  // at least the length difference
        const std::string definition(400, 'y');
        const std::vector<DiffPiece> pieces = diff_answers(essay, definition);
        REQUIRE(pieces.size() == 2);
        CHECK(pieces[0].kind == DiffPiece::extra);
        CHECK(pieces[0].text == essay);
        CHECK(pieces[1].kind == DiffPiece::missing);
        CHECK(pieces[1].text == definition);
        // Lengths within the typos allowed are still measured exactly.
        CHECK(grade_written("Churnnn", "Churn").typos == 2);
        CHECK_FALSE(grade_written("Churnnn", "Churn").correct);
        CHECK(grade_written("Churnn", "Churn").correct);
    }
}
