// deck_stats_test.cpp: a deck's stats from given answers: recall bands now, reviews per
// calendar day (in the student's time zone), cards coming due per day, time studied;
// cards removed from the deck are left out.
#include <doctest/doctest.h>

#include "core/deck_stats.h"

using namespace study;

namespace {

constexpr std::int64_t kNow = 1796227200000;  // Wed 2 Dec 2026 16:00 UTC
constexpr std::int64_t kHour = kMsPerDay / 24;

Deck deck_of(int cards) {
    Deck deck;
    deck.id = "d";
    for (int i = 0; i < cards; ++i) deck.cards.push_back(Card{"c" + std::to_string(i), "t", "d"});
    return deck;
}

AnswerEvent answer(const std::string& card, std::int64_t time_ms, AnswerOutcome outcome = AnswerOutcome::right) {
    return AnswerEvent{card, StudyMode::quiz, AnswerFormat::recall, outcome, time_ms};
}

}  // namespace

TEST_CASE("deck stats: recall bands, reviews per day, due per day, time studied") {
    const MemoryModel model;
    ProgressStore store;
    store.record("d", answer("c0", kNow - 1 * kHour), model);                          // today: recall ~100 %
    store.record("d", answer("c1", kNow - 29 * kMsPerDay), model);                     // 29 days ago, long forgotten
    store.record("d", answer("c2", kNow - 3 * kMsPerDay, AnswerOutcome::wrong), model);  // a miss 3 days ago
    store.record("d", answer("c2", kNow - 3 * kMsPerDay + kHour), model);
    store.record("d", answer("gone", kNow - kHour), model);                            // a card no longer in the deck
    store.record_session("d", StudyMode::quiz, {kNow, 3, 4, 90});
    store.record_session("d", StudyMode::matching, {kNow, 4, 4, 30.5});
    const DeckStats stats = compute_deck_stats(store, deck_of(5), kNow, 0, model);
    CHECK(stats.cards == 5);
    CHECK(stats.not_studied == 2);
    CHECK(stats.recall_bands[4] == 1);  // c0, just answered
    CHECK(stats.recall_bands[0] + stats.recall_bands[1] + stats.recall_bands[2] + stats.recall_bands[3] == 2);
    CHECK(stats.reviews == 4);  // "gone" is not counted
    REQUIRE(stats.reviews_per_day.size() == 30);
    CHECK(stats.reviews_per_day[29] == 1);  // today
    CHECK(stats.reviews_per_day[26] == 2);  // 3 days ago
    CHECK(stats.reviews_per_day[0] == 1);   // 29 days ago
    REQUIRE(stats.due_per_day.size() == 14);
    int due = 0;
    for (int count : stats.due_per_day) due += count;
    CHECK(due >= 2);                      // c1 and c2 are due by now (counted today), c0 within days
    CHECK(stats.due_per_day[0] >= 2);
    CHECK(stats.seconds_studied == doctest::Approx(120.5));

    // In UTC-5 the answer an hour before 16:00 UTC is still today; one at 02:00 UTC was yesterday.
    ProgressStore late;
    late.record("d", answer("c0", kNow - 14 * kHour), model);  // 02:00 UTC = 21:00 the day before in New York
    const DeckStats west = compute_deck_stats(late, deck_of(1), kNow, -300, model);
    CHECK(west.reviews_per_day[28] == 1);
    const DeckStats utc = compute_deck_stats(late, deck_of(1), kNow, 0, model);
    CHECK(utc.reviews_per_day[29] == 1);
    const DeckStats empty = compute_deck_stats(ProgressStore{}, deck_of(3), kNow, 0, model);
    CHECK(empty.not_studied == 3);
    CHECK(empty.reviews == 0);
}
