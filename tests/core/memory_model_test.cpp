// memory_model_test.cpp: the FSRS-6 port against every test vector of
// ../shared/MEMORY_MODEL.md (within 1e-4), and the properties a scheduler relies on.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/memory_model.h"

using namespace study;

namespace {
constexpr double kTolerance = 1e-4;
}

TEST_SUITE("memory model (FSRS-6)") {
    TEST_CASE("vector 1: the first review of a new card, for each rating") {
        const MemoryModel model;
        const double stability[] = {0.212, 1.2931, 2.3065, 8.2956};
        const double difficulty[] = {6.4133, 5.11217071, 2.11810397, 1.0};
        for (int g = 1; g <= 4; ++g) {
            const MemoryState state = model.after_review({}, 0.0, static_cast<Rating>(g));
            CAPTURE(g);
            CHECK(state.stability == doctest::Approx(stability[g - 1]).epsilon(kTolerance));
            CHECK(state.difficulty == doctest::Approx(difficulty[g - 1]).epsilon(kTolerance));
        }
    }

    TEST_CASE("vector 2: Again then five Goods at day gaps 0, 0, 1, 3, 8, 21") {
        const Rating ratings[] = {Rating::again, Rating::good, Rating::good, Rating::good, Rating::good, Rating::good};
        const double gaps[] = {0, 0, 1, 3, 8, 21};
        const double expected[][2] = {{0.212, 6.4133},    {0.246689, 6.40212},   {2.021477, 6.39094},
                                      {7.863699, 6.37978}, {21.917713, 6.36863}, {53.626903, 6.35749}};
        const MemoryModel model;
        MemoryState state;
        for (int i = 0; i < 6; ++i) {
            state = model.after_review(state, gaps[i], ratings[i]);
            CAPTURE(i);
            CHECK(std::abs(state.stability - expected[i][0]) < kTolerance * std::max(1.0, expected[i][0]));
            CHECK(std::abs(state.difficulty - expected[i][1]) < kTolerance * 10);
        }
        CHECK(state.stability == doctest::Approx(53.62691).epsilon(kTolerance));
        CHECK(state.difficulty == doctest::Approx(6.3574867).epsilon(kTolerance));

        // Without the same-day weights (w17 = w18 = w19 = 0).
        FsrsWeights weights = default_fsrs_weights();
        weights[17] = weights[18] = weights[19] = 0.0;
        const MemoryModel flat(weights);
        MemoryState other;
        for (int i = 0; i < 6; ++i) other = flat.after_review(other, gaps[i], ratings[i]);
        CHECK(other.stability == doctest::Approx(53.335106).epsilon(kTolerance));
        CHECK(other.difficulty == doctest::Approx(6.3574867).epsilon(kTolerance));
    }

    TEST_CASE("vector 3: intervals at S = 1 for desired retention 0.1 ... 1.0") {
        const MemoryModel model;
        const double expected[] = {3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
        for (int i = 0; i < 10; ++i) {
            const double retention = (i + 1) / 10.0;
            CAPTURE(retention);
            const double exact = model.exact_interval(1.0, retention);
            CHECK(std::max(1.0, std::round(exact)) == doctest::Approx(expected[i]).epsilon(kTolerance));
            CHECK(model.interval_days(1.0, retention) == std::min<double>(expected[i], kMaxIntervalDays));
        }
    }

    TEST_CASE("vector 4: recall probability with decay 0.2") {
        FsrsWeights weights = default_fsrs_weights();
        weights[20] = 0.2;
        const MemoryModel model(weights);
        const MemoryState state{1.0, 5.0};
        const double expected[] = {1.0, 0.9, 0.84028935, 0.7985001};
        for (int t = 0; t < 4; ++t) CHECK(model.recall_probability(state, t) == doctest::Approx(expected[t]).epsilon(kTolerance));
    }

    TEST_CASE("vector 5: a new card rated Hard, then Hard again the same day") {
        const MemoryModel model;
        MemoryState state = model.after_review({}, 0.0, Rating::hard);
        state = model.after_review(state, 0.0, Rating::hard);
        CHECK(state.stability == doctest::Approx(1.2931).epsilon(kTolerance));  // floored: a pass never lowers it
        CHECK(state.difficulty == doctest::Approx(6.74046).epsilon(kTolerance));
    }

    TEST_CASE("recall at the stability is 90 %, and stability and difficulty stay in range") {
        const MemoryModel model;
        for (double s : {0.5, 3.0, 40.0, 900.0}) CHECK(model.recall_probability({s, 5.0}, s) == doctest::Approx(0.9));
        MemoryState state;
        for (int i = 0; i < 50; ++i) state = model.after_review(state, 30000.0, Rating::easy);
        CHECK(state.stability <= kMaxStability);
        CHECK(state.difficulty >= 1.0);
        for (int i = 0; i < 50; ++i) state = model.after_review(state, 0.2, Rating::again);
        CHECK(state.stability >= kMinStability);
        CHECK(state.difficulty <= 10.0);
    }
}
