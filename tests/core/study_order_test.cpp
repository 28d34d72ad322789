// study_order_test.cpp: the "due and weakest first" dealing order, pinned from given
// memory states: due cards by lowest recall chance, then new cards in deck order, then
// the cards not due yet; the due boundary agrees with ProgressStore::card_status; ties
// keep deck order; a higher desired retention makes more cards due.
#include <doctest/doctest.h>

#include <vector>

#include "core/progress_store.h"
#include "core/study_order.h"

using namespace study;

namespace {

constexpr std::int64_t kDay = kMsPerDay;
constexpr std::int64_t kNow = 1'767'225'600'000 + 40 * kDay;  // 2026-02-10 00:00 UTC

CardSchedule studied(double stability, double days_ago) {
    return {MemoryState{stability, 5.0}, kNow - static_cast<std::int64_t>(days_ago * kDay)};
}
CardSchedule never_studied() { return {}; }

using Indices = std::vector<std::size_t>;

}  // namespace

TEST_SUITE("study order (due and weakest first)") {
    TEST_CASE("due cards weakest first, then new cards in deck order, then the rest weakest first") {
        const MemoryModel model;
        const std::vector<CardSchedule> cards = {
            never_studied(),      // 0
            studied(2.0, 3.0),    // 1: interval 2 days, recall 0.870: due
            studied(10.0, 12.0),  // 2: interval 10 days, recall 0.887: due
            studied(30.0, 1.0),   // 3: recall 0.995: not due
            never_studied(),      // 4
            studied(1.0, 0.5),    // 5: interval 1 day, recall 0.940: not due
            studied(0.5, 4.0),    // 6: recall 0.740: due, the weakest
        };
        const StudyOrder order = due_and_weakest_first(cards, kNow, model);
        CHECK(order.due == Indices{6, 1, 2});
        CHECK(order.fresh == Indices{0, 4});
        CHECK(order.not_due == Indices{5, 3});
        CHECK(order.all() == Indices{6, 1, 2, 0, 4, 5, 3});
    }

    TEST_CASE("a card is due once its whole interval has passed, as the progress store says") {
        const MemoryModel model;
        REQUIRE(model.interval_days(2.3065) == 2);
        const MemoryState memory{2.3065, 2.118};
        const std::vector<CardSchedule> cards = {
            {memory, kNow - 2 * kDay},      // exactly two days ago: due
            {memory, kNow - 2 * kDay + 1},  // a millisecond later: not yet
        };
        const StudyOrder order = due_and_weakest_first(cards, kNow, model);
        CHECK(order.due == Indices{0});
        CHECK(order.not_due == Indices{1});

        ProgressStore store;
        store.record("deck", AnswerEvent{"card", StudyMode::quiz, AnswerFormat::recall, AnswerOutcome::right, kNow - 2 * kDay},
                     model);
        CHECK(store.card_status("deck", "card", kNow, model).due_ms == kNow);
    }

    TEST_CASE("equal memories keep the order given") {
        const MemoryModel model;
        const std::vector<CardSchedule> cards = {studied(3.0, 5.0), never_studied(), studied(3.0, 5.0),
                                                 studied(3.0, 5.0), never_studied()};
        const StudyOrder order = due_and_weakest_first(cards, kNow, model);
        CHECK(order.due == Indices{0, 2, 3});
        CHECK(order.fresh == Indices{1, 4});
        CHECK(order.not_due.empty());
    }

    TEST_CASE("a higher desired retention makes cards due sooner") {
        const MemoryModel model;
        const std::vector<CardSchedule> cards = {studied(10.0, 5.0)};  // interval 10 days at 0.9, 4 at 0.95
        CHECK(due_and_weakest_first(cards, kNow, model, 0.9).due.empty());
        CHECK(due_and_weakest_first(cards, kNow, model, 0.95).due == Indices{0});
    }

    TEST_CASE("no cards, no order") {
        const StudyOrder order = due_and_weakest_first({}, kNow, MemoryModel{});
        CHECK(order.all().empty());
    }
}
