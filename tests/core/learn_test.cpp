// learn_test.cpp: the Learn mode's rules: rounds of 7 (cards under way first), a new card
// asked as recognition then recall, a miss coming back at the end of the round, learned
// after a first-try recall only, the session's goals (all learned, N minutes, stop), the
// summary, the report and the answer events.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/learn.h"
#include "core/link_options.h"

using namespace study;

namespace {

Deck deck_of(int cards, int statements = 0) {
    Deck deck;
    deck.id = "learn";
    for (int i = 0; i < cards; ++i) {
        const std::string n = std::to_string(i + 1);
        deck.cards.push_back({"c" + n, "Term " + n, "definition number " + n});
    }
    for (int i = 0; i < statements; ++i) {
        Card statement{"s" + std::to_string(i), "A statement", "True", true, true};
        deck.cards.push_back(statement);
    }
    return deck;
}

// Answers the current question right (or wrong) as a student would.
void answer(LearnSession& session, bool right) {
    const LearnQuestion& q = session.question();
    if (q.format == AnswerFormat::recognition) {
        session.answer_choice(right ? q.correct_option : (q.correct_option + 1) % static_cast<int>(q.options.size()));
    } else {
        session.answer_typed(right ? q.expected : "something else entirely");
    }
}

// The (card, format) of each question asked until the round is over, answering right
// except the questions whose number (from 0) is in `misses`.
std::vector<std::pair<int, AnswerFormat>> play_round(LearnSession& session, std::vector<int> misses = {}, double now = 0) {
    std::vector<std::pair<int, AnswerFormat>> asked;
    for (int n = 0; session.phase() == LearnPhase::asking; ++n) {
        asked.push_back({session.question().card, session.question().format});
        answer(session, std::find(misses.begin(), misses.end(), n) == misses.end());
        session.next(now);
    }
    return asked;
}

}  // namespace

TEST_SUITE("learn") {
    TEST_CASE("a round has 7 cards, each asked as recognition first, then as recall") {
        LearnSession session(deck_of(10), {}, 3, 0);
        REQUIRE(session.round_cards().size() == 7);
        const std::vector<int> cards = session.round_cards();
        const auto asked = play_round(session);
        REQUIRE(asked.size() == 14);
        for (std::size_t i = 0; i < 7; ++i) {
            CHECK(asked[i] == std::make_pair(cards[i], AnswerFormat::recognition));
            CHECK(asked[i + 7] == std::make_pair(cards[i], AnswerFormat::recall));
        }
        CHECK(session.phase() == LearnPhase::round_over);
        CHECK(session.learned_count() == 7);
        session.next(0);
        CHECK(session.round_number() == 2);
        CHECK(session.round_cards().size() == 3);  // the 3 cards left
    }

    TEST_CASE("multiple choice: up to four options, the right one among them, no duplicates") {
        LearnSession session(deck_of(10), {}, 5, 0);
        const LearnQuestion& q = session.question();
        REQUIRE(q.options.size() == 4);
        CHECK(q.options[static_cast<std::size_t>(q.correct_option)] == q.expected);
        CHECK(q.prompt.rfind("definition number", 0) == 0);
        CHECK(q.expected.rfind("Term", 0) == 0);
        for (std::size_t i = 0; i < 4; ++i)
            for (std::size_t j = i + 1; j < 4; ++j) CHECK(q.options[i] != q.options[j]);
        LearnOptions by_definition;
        by_definition.answer_with_term = false;
        LearnSession reverse(deck_of(10), by_definition, 5, 0);
        CHECK(reverse.question().expected.rfind("definition number", 0) == 0);
    }

    TEST_CASE("a miss comes back at the end of the same round, asked the same way") {
        LearnSession session(deck_of(7), {}, 1, 0);
        const int first = session.round_cards()[0];
        const auto asked = play_round(session, {0});  // the first recognition missed
        REQUIRE(asked.size() == 15);
        CHECK(asked[0] == std::make_pair(first, AnswerFormat::recognition));
        // After the other six recognitions: the missed one again, then the recalls.
        CHECK(asked[7] == std::make_pair(first, AnswerFormat::recognition));
        CHECK(asked[14] == std::make_pair(first, AnswerFormat::recall));
        CHECK(session.learned_count() == 7);
        CHECK(session.finished());  // the whole deck learned: the session is over
    }

    TEST_CASE("learned only after a first-try recall; a recall right after a miss waits for the next round") {
        LearnSession session(deck_of(3), {}, 2, 0);
        const int first = session.round_cards()[0];
        // 3 recognitions right, then the first recall missed (question 3), back at the end.
        const auto asked = play_round(session, {3});
        REQUIRE(asked.size() == 7);
        CHECK(asked[6] == std::make_pair(first, AnswerFormat::recall));
        CHECK(session.stage(first) == LearnStage::recall);  // right after a miss: not learned
        CHECK(session.learned_count() == 2);
        session.next(0);
        REQUIRE(session.phase() == LearnPhase::asking);
        CHECK(session.round_cards() == std::vector<int>{first});
        CHECK(session.question().format == AnswerFormat::recall);
        answer(session, true);
        CHECK(session.feedback().learned);
        session.next(5);
        CHECK(session.finished());  // every card learned: the goal is reached
        CHECK(session.summary(99).seconds == 5);
    }

    TEST_CASE("cards under way come first in the next round, then new ones") {
        LearnSession session(deck_of(10), {}, 4, 0);
        const std::vector<int> first_round = session.round_cards();
        // Every recall of the round missed once: right after the miss, so none learned.
        const auto asked = play_round(session, {7, 8, 9, 10, 11, 12, 13});
        CHECK(asked.size() == 21);
        CHECK(session.learned_count() == 0);
        session.next(0);
        const std::vector<int> second_round = session.round_cards();
        REQUIRE(second_round.size() == 7);
        CHECK(second_round == first_round);  // all 7 still under way: no room for new cards
        CHECK(session.question().format == AnswerFormat::recall);
    }

    TEST_CASE("a minutes goal ends the session when moving on after the time") {
        LearnOptions options;
        options.goal_minutes = 2;
        LearnSession session(deck_of(20), options, 9, 100);
        answer(session, true);
        session.next(150);
        CHECK(session.phase() == LearnPhase::asking);
        answer(session, false);
        session.next(221);
        CHECK(session.finished());
        const LearnSummary summary = session.summary(500);
        CHECK(summary.answers == 2);
        CHECK(summary.right == 1);
        CHECK(summary.accuracy_percent == 50);
        CHECK(summary.seconds == 121);
        CHECK(summary.cards == 20);
        CHECK(summary.learned == 0);
    }

    TEST_CASE("stop ends the session; answers after the end are ignored") {
        LearnSession session(deck_of(5), {}, 9, 0);
        session.stop(30);
        CHECK(session.finished());
        session.answer_choice(0);
        CHECK(session.summary(60).answers == 0);
        CHECK(session.report(60).completed);
    }

    TEST_CASE("statements are left out; a deck of one card is asked as recall straight away") {
        LearnSession session(deck_of(1, 2), {}, 1, 0);
        CHECK(session.left_out_statements() == 2);
        CHECK(session.card_count() == 1);
        CHECK(session.question().format == AnswerFormat::recall);
        LearnSession empty(deck_of(0, 2), {}, 1, 0);
        CHECK(empty.finished());
    }

    TEST_CASE("typed answers are graded like the quiz's: typos pass, a blank is a miss") {
        LearnSession session(deck_of(1), {}, 1, 0);
        session.answer_typed("  ");
        CHECK_FALSE(session.feedback().correct);
        session.next(0);
        session.answer_typed("term 1");
        CHECK(session.feedback().correct);
        CHECK_FALSE(session.feedback().learned);  // right after a miss
        session.next(0);
        session.next(0);
        session.answer_typed("Trem 1");  // a typo the grader accepts
        CHECK(session.feedback().correct);
        CHECK(session.feedback().learned);
        const std::vector<AnswerEvent> events = session.take_events();
        REQUIRE(events.size() == 3);
        CHECK(events[0].outcome == AnswerOutcome::wrong);
        CHECK(events[1].outcome == AnswerOutcome::right);
        CHECK(events[2].outcome == AnswerOutcome::right_with_help);
        for (const AnswerEvent& e : events) {
            CHECK(e.mode == StudyMode::learn);
            CHECK(e.format == AnswerFormat::recall);
            CHECK(e.card_id == "c1");
        }
    }

    TEST_CASE("every answer is an event; the report counts learned cards and answers per card") {
        LearnSession session(deck_of(2), {}, 7, 0);
        const int revision = session.revision();
        play_round(session, {0}, 42);
        CHECK(session.revision() > revision);
        const std::vector<AnswerEvent> events = session.take_events();
        REQUIRE(events.size() == 5);
        CHECK(events[0].format == AnswerFormat::recognition);
        CHECK(events[0].outcome == AnswerOutcome::wrong);
        CHECK(events[4].format == AnswerFormat::recall);
        CHECK(session.take_events().empty());
        const GameReport report = session.report(50);
        CHECK(report.mode == "learn");
        CHECK(report.completed);
        CHECK(report.score == 2);
        CHECK(report.max_score == 2);
        CHECK(report.seconds == 42);
        REQUIRE(report.cards.size() == 2);
        CHECK(report.cards[0].attempts == 3);
        CHECK(report.cards[1].attempts == 2);
        CHECK(report.cards[0].correct);
    }

    TEST_CASE("the same seed gives the same session") {
        LearnSession a(deck_of(12), {}, 11, 0), b(deck_of(12), {}, 11, 0);
        CHECK(a.round_cards() == b.round_cards());
        CHECK(a.question().options == b.question().options);
    }

    TEST_CASE("link options: goal=all|minutes, answer=term|definition, each bad value named") {
        LearnOptions options;
        std::vector<LinkProblem> problems;
        read_link_options({{"goal", "10"}, {"answer", "definition"}}, options, problems);
        CHECK(problems.empty());
        CHECK(options.goal_minutes == 10);
        CHECK_FALSE(options.answer_with_term);
        CHECK(link_options_of(options) == LinkParameters{{"goal", "10"}, {"answer", "definition"}});
        read_link_options({{"goal", "all"}}, options, problems);
        CHECK(options.goal_minutes == 0);
        read_link_options({{"goal", "500"}, {"rounds", "3"}}, options, problems);
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].parameter == "goal");
        CHECK(problems[1].parameter == "rounds");
        CHECK(mode_from_name("learn") == StudyMode::learn);
        CHECK(std::find(game_modes().begin(), game_modes().end(), StudyMode::learn) != game_modes().end());
    }
}
