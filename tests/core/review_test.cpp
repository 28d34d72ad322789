// review_test.cpp: Review mode's rules: the format chosen by a card's memory (recognition
// for a new or weak card, recall for a familiar one), the due cards across decks weakest
// first, and a session that asks them, logs each answer with its deck and sums up.
#include <doctest/doctest.h>

#include "core/progress_store.h"
#include "core/review.h"

using namespace study;

namespace {

constexpr std::int64_t kDay = kMsPerDay;
constexpr std::int64_t kNow = 1'767'225'600'000 + 40 * kDay;

Deck make_deck(const std::string& id, int cards) {
    Deck deck;
    deck.id = id;
    for (int i = 0; i < cards; ++i) {
        deck.cards.push_back({id + "-" + std::to_string(i), id + " term " + std::to_string(i), id + " meaning " + std::to_string(i)});
    }
    return deck;
}

}  // namespace

TEST_SUITE("review") {
    TEST_CASE("format: recognition for a new or weak card, recall for a familiar one") {
        CHECK(review_format(MemoryState{}, 0.0) == AnswerFormat::recognition);               // new
        CHECK(review_format(MemoryState{0.212, 6.4}, 0.85) == AnswerFormat::recognition);    // forgotten once
        CHECK(review_format(MemoryState{1.2931, 5.1}, 0.9) == AnswerFormat::recognition);    // one recognition
        CHECK(review_format(MemoryState{2.3065, 2.1}, 0.9) == AnswerFormat::recall);         // one typed answer
        CHECK(review_format(MemoryState{20.0, 3.0}, 0.88) == AnswerFormat::recall);          // well known
        CHECK(review_format(MemoryState{20.0, 3.0}, 0.6) == AnswerFormat::recognition);      // long overdue
    }

    TEST_CASE("due cards across decks, weakest first, each with its format") {
        const MemoryModel model;
        const std::vector<Deck> decks = {make_deck("a", 3), make_deck("b", 2)};
        ProgressStore store;
        const auto answer = [&](const char* deck, const char* card, AnswerFormat format, AnswerOutcome outcome, std::int64_t when) {
            store.record(deck, AnswerEvent{card, StudyMode::quiz, format, outcome, when}, model);
        };
        answer("a", "a-0", AnswerFormat::recall, AnswerOutcome::right, kNow - 3 * kDay);         // S 2.3, due, recall ~0.87
        answer("a", "a-2", AnswerFormat::recall, AnswerOutcome::right, kNow - kDay / 24);        // not due
        answer("b", "b-1", AnswerFormat::recall, AnswerOutcome::wrong, kNow - 5 * kDay);         // S 0.2, weakest
        answer("b", "b-0", AnswerFormat::recognition, AnswerOutcome::right, kNow - 2 * kDay);    // S 1.3, due
        const std::vector<ReviewItem> items = due_review_items(decks, store, kNow, model);
        REQUIRE(items.size() == 3);
        CHECK(items[0].deck == 1);
        CHECK(items[0].card == 1);
        CHECK(items[0].format == AnswerFormat::recognition);
        CHECK(items[1].deck == 1);
        CHECK(items[1].card == 0);
        CHECK(items[1].format == AnswerFormat::recognition);
        CHECK(items[2].deck == 0);
        CHECK(items[2].card == 0);
        CHECK(items[2].format == AnswerFormat::recall);
        CHECK(items[0].recall <= items[1].recall);
        CHECK(items[1].recall <= items[2].recall);
    }

    TEST_CASE("a session asks each card, logs answers with their deck, and sums up") {
        const std::vector<Deck> decks = {make_deck("a", 6), make_deck("b", 6)};
        std::vector<ReviewItem> items = {{1, 2, 0.5, AnswerFormat::recognition}, {0, 4, 0.8, AnswerFormat::recall},
                                         {0, 1, 0.85, AnswerFormat::recall}};
        ReviewSession session(decks, items, 42, 10.0);
        CHECK(session.total() == 3);
        REQUIRE(session.has_question());
        const ReviewQuestion& first = session.question();
        CHECK(first.prompt == "b meaning 2");
        CHECK(first.options.size() == 4);
        REQUIRE(first.correct_option >= 0);
        CHECK(first.options[static_cast<std::size_t>(first.correct_option)] == "b term 2");
        CHECK_FALSE(session.answer_typed("b term 2", 11.0));  // not a typed question
        CHECK(session.choose(first.correct_option, 11.0));
        CHECK(session.last_right());
        CHECK_FALSE(session.choose(0, 11.5));  // answered already
        CHECK(session.next(12.0));

        CHECK(session.question().options.empty());
        CHECK(session.answer_typed("a term 4", 13.0));
        CHECK(session.last_right());
        CHECK(session.due_left() == 1);
        CHECK(session.next(14.0));
        CHECK(session.answer_typed("something else", 15.0));
        CHECK_FALSE(session.last_right());
        CHECK(session.next(16.0));
        CHECK(session.finished());

        const auto events = session.take_events();
        REQUIRE(events.size() == 3);
        CHECK(events[0].first == "b");
        CHECK(events[0].second.card_id == "b-2");
        CHECK(events[0].second.mode == StudyMode::review);
        CHECK(events[0].second.format == AnswerFormat::recognition);
        CHECK(events[0].second.outcome == AnswerOutcome::right);
        CHECK(events[1].first == "a");
        CHECK(events[1].second.format == AnswerFormat::recall);
        CHECK(events[2].second.outcome == AnswerOutcome::wrong);
        const ReviewSummary summary = session.summary(20.0);
        CHECK(summary.answered == 3);
        CHECK(summary.right == 2);
        CHECK(summary.wrong == 1);
        CHECK(summary.left == 0);
        CHECK(summary.seconds == doctest::Approx(5.0));
        CHECK(session.report(20.0).completed);
    }

    TEST_CASE("the student can stop; the cards not reached stay due") {
        const std::vector<Deck> decks = {make_deck("a", 5)};
        ReviewSession session(decks, {{0, 0, 0.5, AnswerFormat::recall}, {0, 1, 0.6, AnswerFormat::recall}}, 1, 0.0);
        CHECK(session.answer_typed("a term 0", 1.0));
        session.stop(2.0);
        CHECK(session.finished());
        CHECK(session.summary(9.0).answered == 1);
        CHECK(session.summary(9.0).left == 1);
        CHECK(session.report(9.0).deck_id == "a");
    }
}
