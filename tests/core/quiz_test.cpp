// quiz_test.cpp: the rules of quiz generation and scoring: question types and answer
// sides, distractors (four options, never one equal to the right answer, plausible
// ones first), true/false pairs and the deck's statements, matching blocks, "I was
// right", the missed cards for a retake, and the same quiz from the same seed.
#include <doctest/doctest.h>

#include <set>

#include "core/quiz.h"
#include "core/text_fold.h"

using namespace study;

namespace {

Deck crm_deck() {
    Deck deck;
    deck.id = "crm";
    deck.cards = {{"1", "Churn", "customers who stop buying from a company"},
                  {"2", "Upsell", "selling a more expensive version to a customer"},
                  {"3", "Cross-sell", "selling a related product to a customer"},
                  {"4", "Lead", "a person who may become a customer"},
                  {"5", "Touchpoint", "any contact between a customer and the company"},
                  {"6", "Retention", "keeping customers buying from the company"},
                  {"7", "CRM", "customer relationship management"},
                  {"8", "Loyalty", "customers who keep buying from a company"},
                  {"9", "Segment", "a group of customers with shared needs"},
                  {"10", "Persona", "a made-up customer that stands for a segment"}};
    return deck;
}

QuizOptions only(QuestionType type, int count = 10) {
    QuizOptions options;
    options.questions = count;
    options.multiple_choice = type == QuestionType::multiple_choice;
    options.true_false = type == QuestionType::true_false;
    options.written = type == QuestionType::written;
    options.matching = type == QuestionType::matching;
    return options;
}

}  // namespace

TEST_SUITE("quiz") {
    TEST_CASE("the enabled types take turns, and the count is at most the deck's size") {
        QuizOptions options;
        options.questions = 3;
        options.matching = true;
        Quiz quiz(crm_deck(), options, 1, 0);
        REQUIRE(quiz.questions().size() == 3);
        CHECK(quiz.questions()[0].type == QuestionType::multiple_choice);
        CHECK(quiz.questions()[1].type == QuestionType::true_false);
        CHECK(quiz.questions()[2].type == QuestionType::written);
        options.questions = 50;
        options.matching = false;
        CHECK(Quiz(crm_deck(), options, 1, 0).questions().size() == 10);
    }

    TEST_CASE("multiple choice: four options, one right, none equal to the right answer") {
        Deck deck = crm_deck();
        deck.cards.push_back({"11", "Attrition", "Customers who stop buying from a company."});  // same as Churn's, folded
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            Quiz quiz(deck, only(QuestionType::multiple_choice), seed, 0);
            for (const QuizQuestion& q : quiz.questions()) {
                REQUIRE(q.options.size() == 4);
                CHECK(q.options[static_cast<std::size_t>(q.correct_option)] == q.expected);
                std::set<std::string> folded;
                for (const std::string& option : q.options) folded.insert(fold_text(trim_space(option)));
                CHECK(folded.size() == 4);  // no duplicate, and nothing equal to the right answer
            }
        }
    }

    TEST_CASE("distractors are plausible: similar answers come before unrelated ones") {
        Deck deck;
        deck.cards = {{"a", "Upsell", "selling a more expensive version to a customer"},
                      {"b", "Cross-sell", "selling a related product to a customer"},
                      {"c", "Bundling", "selling several products together to a customer"},
                      {"d", "Down-sell", "selling a cheaper version to a customer"},
                      {"e", "x", "y"}, {"f", "q", "z"}, {"g", "w", "k"}, {"h", "v", "j"}};
        QuizOptions options = only(QuestionType::multiple_choice, 8);
        options.answer_with = AnswerWith::definition;
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            Quiz quiz(deck, options, seed, 0);
            // Every card is asked (8 questions, 8 cards). The four "selling ..." cards'
            // wrong options are the other three "selling ..." answers, not x, q, w or v.
            int selling_asked = 0;
            for (const QuizQuestion& q : quiz.questions()) {
                if (q.card > 3) continue;
                ++selling_asked;
                REQUIRE(q.options.size() == 4);
                for (const std::string& option : q.options) CHECK(option.find("selling") != std::string::npos);
            }
            CHECK(selling_asked == 4);
        }
    }

    TEST_CASE("fewer options only when the deck is smaller") {
        Deck deck;
        deck.cards = {{"a", "Churn", "leaving"}, {"b", "Lead", "maybe buyer"}};
        Quiz quiz(deck, only(QuestionType::multiple_choice), 3, 0);
        for (const QuizQuestion& q : quiz.questions()) CHECK(q.options.size() == 2);
    }

    TEST_CASE("answering with the term or the definition, or both mixed") {
        QuizOptions options = only(QuestionType::written);
        options.answer_with = AnswerWith::definition;
        const Quiz by_definition(crm_deck(), options, 4, 0);
        for (const QuizQuestion& q : by_definition.questions()) {
            CHECK_FALSE(q.answer_is_term);
            CHECK(q.expected == crm_deck().cards[static_cast<std::size_t>(q.card)].definition);
        }
        options.answer_with = AnswerWith::mixed;
        std::set<bool> sides;
        const Quiz mixed(crm_deck(), options, 4, 0);
        for (const QuizQuestion& q : mixed.questions()) sides.insert(q.answer_is_term);
        CHECK(sides.size() == 2);
    }

    TEST_CASE("true/false: the own definition or another card's, never an identical one") {
        Deck deck = crm_deck();
        deck.cards.push_back({"11", "Attrition", "customers who stop buying from a company"});  // same as Churn
        int true_pairs = 0, false_pairs = 0;
        for (std::uint64_t seed = 1; seed <= 30; ++seed) {
            Quiz quiz(deck, only(QuestionType::true_false), seed, 0);
            for (const QuizQuestion& q : quiz.questions()) {
                const Card& card = deck.cards[static_cast<std::size_t>(q.card)];
                if (q.true_answer) {
                    ++true_pairs;
                    CHECK(q.shown_definition == card.definition);
                } else {
                    ++false_pairs;
                    CHECK(fold_text(q.shown_definition) != fold_text(card.definition));
                }
            }
        }
        CHECK(true_pairs > 30);
        CHECK(false_pairs > 30);
    }

    TEST_CASE("the deck's statements are asked as they are, true/false only") {
        Deck deck = crm_deck();
        deck.cards.push_back({"s1", "CRM is a business strategy.", "True", true, true});
        deck.cards.push_back({"s2", "Churn is good for a company.", "False", true, false});
        QuizOptions options;
        options.questions = 12;
        Quiz quiz(deck, options, 5, 0);
        int statements = 0;
        for (const QuizQuestion& q : quiz.questions()) {
            if (!deck.cards[static_cast<std::size_t>(q.card)].is_statement) continue;
            ++statements;
            CHECK(q.type == QuestionType::true_false);
            CHECK(q.statement);
            CHECK(q.prompt == deck.cards[static_cast<std::size_t>(q.card)].term);
            CHECK(q.true_answer == deck.cards[static_cast<std::size_t>(q.card)].statement_is_true);
        }
        CHECK(statements == 2);
        // Without true/false questions, statements are left out.
        QuizOptions no_tf = only(QuestionType::multiple_choice, 12);
        const Quiz without(deck, no_tf, 5, 0);
        for (const QuizQuestion& q : without.questions()) CHECK_FALSE(deck.cards[static_cast<std::size_t>(q.card)].is_statement);
    }

    TEST_CASE("a matching block: up to four pairs, a point per pair") {
        Quiz quiz(crm_deck(), only(QuestionType::matching, 2), 6, 0);
        REQUIRE(quiz.questions().size() == 2);
        const QuizQuestion& q = quiz.questions()[0];
        REQUIRE(q.block_cards.size() == 4);
        CHECK(quiz.max_points(0) == 4);
        // Two right, two swapped.
        quiz.answer_matching(0, 0, q.block_correct[0]);
        quiz.answer_matching(0, 1, q.block_correct[1]);
        quiz.answer_matching(0, 2, q.block_correct[3]);
        quiz.answer_matching(0, 3, q.block_correct[2]);
        CHECK(quiz.response(0).answered);
        CHECK(quiz.points(0) == 2);
        CHECK(quiz.missed_cards() == std::vector<int>{q.block_cards[2], q.block_cards[3], quiz.questions()[1].block_cards[0],
                                                      quiz.questions()[1].block_cards[1], quiz.questions()[1].block_cards[2],
                                                      quiz.questions()[1].block_cards[3]});
        // An answer goes with one prompt only.
        quiz.answer_matching(0, 0, q.block_correct[1]);
        CHECK(quiz.response(0).block_choices[1] == -1);
        CHECK_FALSE(quiz.response(0).answered);
    }

    TEST_CASE("scoring, I was right, and the missed cards of a retake") {
        Quiz quiz(crm_deck(), only(QuestionType::written, 3), 7, 100);
        const auto& qs = quiz.questions();
        quiz.answer_written(0, qs[0].expected);                // right
        quiz.answer_written(1, qs[1].expected + "zzzzzzzzz");  // wrong (too many typos)
        // question 2 left unanswered
        CHECK(quiz.unanswered() == 1);
        CHECK_FALSE(quiz.override_grade(1));  // not before the end
        quiz.finish(160);
        CHECK(quiz.seconds(999) == 60);
        CHECK(quiz.score() == 1);
        CHECK(quiz.percent() == 33);
        CHECK(quiz.missed_cards() == std::vector<int>{qs[1].card, qs[2].card});
        CHECK(quiz.override_grade(1));
        CHECK(quiz.score() == 2);
        CHECK(quiz.percent() == 67);
        CHECK_FALSE(quiz.override_grade(2));  // no answer given: nothing to be right about
        CHECK_FALSE(quiz.override_grade(0));  // already right
        quiz.answer_written(0, "changed");    // answers are final once finished
        CHECK(quiz.score() == 2);
        // The retake asks only the missed cards.
        Quiz retake(crm_deck(), only(QuestionType::written), 8, 0, quiz.missed_cards());
        REQUIRE(retake.questions().size() == 1);
        CHECK(retake.questions()[0].card == qs[2].card);
    }

    TEST_CASE("the same settings and seed replay the same quiz") {
        QuizOptions options;
        options.questions = 8;
        options.matching = true;
        options.answer_with = AnswerWith::mixed;
        const auto describe = [](const Quiz& quiz) {
            std::string text;
            for (const QuizQuestion& q : quiz.questions()) {
                text += std::to_string(static_cast<int>(q.type)) + ":" + std::to_string(q.card) + ":" + q.prompt + ":" +
                        q.shown_definition + ":" + std::to_string(q.correct_option);
                for (const std::string& o : q.options) text += "|" + o;
                for (const std::string& o : q.block_options) text += "#" + o;
                text += "\n";
            }
            return text;
        };
        CHECK(describe(Quiz(crm_deck(), options, 42, 0)) == describe(Quiz(crm_deck(), options, 42, 5)));
        CHECK(describe(Quiz(crm_deck(), options, 42, 0)) != describe(Quiz(crm_deck(), options, 43, 0)));
    }
}
