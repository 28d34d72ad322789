// retention_cost_test.cpp: the reviews a day a desired retention costs, from given
// memories: nothing studied costs nothing; a card far from due costs nothing within the
// horizon; an overdue card is reviewed; a higher retention costs more reviews and keeps
// more in memory, also for two cards; the result is the same every time; large
// collections are sampled and scaled, not cut.
#include <doctest/doctest.h>

#include <vector>

#include "core/progress_store.h"
#include "core/retention_cost.h"

using namespace study;

namespace {

constexpr std::int64_t kDay = kMsPerDay;
constexpr std::int64_t kNow = 1'767'225'600'000 + 40 * kDay;

CardSchedule studied(double stability, double days_ago, double difficulty = 5.0) {
    return {MemoryState{stability, difficulty}, kNow - static_cast<std::int64_t>(days_ago * kDay)};
}

// A mixed collection: young and old memories, some due, some not.
std::vector<CardSchedule> mixed_cards() {
    std::vector<CardSchedule> cards;
    for (int i = 0; i < 200; ++i) {
        const double stability = 0.5 + (i % 20) * 1.5;
        cards.push_back(studied(stability, (i % 7) * 1.3, 3.0 + (i % 5)));
    }
    return cards;
}

}  // namespace

TEST_SUITE("retention cost") {
    const MemoryModel model;

    TEST_CASE("new cards cost nothing and are not counted") {
        const RetentionCost cost = estimate_retention_cost({CardSchedule{}, CardSchedule{}}, kNow, model, 0.9);
        CHECK(cost.studied_cards == 0);
        CHECK(cost.reviews_per_day == 0);
    }

    TEST_CASE("a card far from due costs nothing within the horizon; an overdue one is reviewed") {
        const RetentionCost far = estimate_retention_cost({studied(3000, 1)}, kNow, model, 0.9);
        CHECK(far.studied_cards == 1);
        CHECK(far.reviews_per_day == 0);
        CHECK(far.average_recall > 0.98);
        const RetentionCost overdue = estimate_retention_cost({studied(2, 30)}, kNow, model, 0.9);
        CHECK(overdue.reviews_per_day * kRetentionCostDays >= 1.0);
    }

    TEST_CASE("a higher retention costs more reviews a day and keeps more remembered") {
        const std::vector<CardSchedule> cards = mixed_cards();
        double previous_reviews = 0, previous_recall = 0;
        for (double retention : {0.80, 0.85, 0.90, 0.95}) {
            CAPTURE(retention);
            const RetentionCost cost = estimate_retention_cost(cards, kNow, model, retention);
            CHECK(cost.studied_cards == 200);
            CHECK(cost.reviews_per_day > previous_reviews);
            CHECK(cost.average_recall > previous_recall);
            previous_reviews = cost.reviews_per_day;
            previous_recall = cost.average_recall;
        }
        // 95% asks for well over the reviews of 80% (FSRS: intervals about 4x shorter).
        const double low = estimate_retention_cost(cards, kNow, model, 0.80).reviews_per_day;
        const double high = estimate_retention_cost(cards, kNow, model, 0.95).reviews_per_day;
        CHECK(high > 1.8 * low);
    }

    TEST_CASE("two cards: each is run many times on fixed luck, so the choices do not swap places") {
        // A card missed five days ago and one known three days ago (as after one quiz each).
        const std::vector<CardSchedule> cards = {
            {model.after_review(MemoryState{}, 0, Rating::again), kNow - 5 * kDay},
            {model.after_review(MemoryState{}, 0, Rating::good), kNow - 3 * kDay}};
        double previous_reviews = 0, previous_recall = 0;
        for (double retention : {0.80, 0.85, 0.90, 0.95}) {
            CAPTURE(retention);
            const RetentionCost cost = estimate_retention_cost(cards, kNow, model, retention);
            CHECK(cost.reviews_per_day >= previous_reviews);
            CHECK(cost.average_recall > previous_recall);
            previous_reviews = cost.reviews_per_day;
            previous_recall = cost.average_recall;
        }
    }

    TEST_CASE("the same cards give the same estimate") {
        const std::vector<CardSchedule> cards = mixed_cards();
        CHECK(estimate_retention_cost(cards, kNow, model, 0.9).reviews_per_day ==
              estimate_retention_cost(cards, kNow, model, 0.9).reviews_per_day);
    }

    TEST_CASE("over the card limit a sample is simulated and scaled to all the cards") {
        std::vector<CardSchedule> many;
        for (std::size_t i = 0; i < 2 * kRetentionCostCardLimit; ++i) many.push_back(studied(4, 2));
        const std::vector<CardSchedule> half(many.begin(), many.begin() + static_cast<long>(kRetentionCostCardLimit));
        const double all = estimate_retention_cost(many, kNow, model, 0.9).reviews_per_day;
        const double some = estimate_retention_cost(half, kNow, model, 0.9).reviews_per_day;
        CHECK(all == doctest::Approx(2 * some).epsilon(0.1));
        CHECK(estimate_retention_cost(many, kNow, model, 0.9).studied_cards == static_cast<int>(2 * kRetentionCostCardLimit));
    }
}
