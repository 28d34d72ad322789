// memory_model.h: FSRS-6, the memory model every answer feeds (../shared/MEMORY_MODEL.md
// has the formulas, the default weights and the test vectors this port is pinned to).
// A card's memory is its stability S (days until the chance of recalling it falls to
// 90 %) and difficulty D (1..10); each review with a rating moves both. Pure functions
// of their arguments: time comes in as elapsed days, nothing is read from a clock.
#pragma once

#include <array>

namespace study {

// How a review went: Again (forgot), Hard (recalled with help), Good, Easy.
enum class Rating { again = 1, hard = 2, good = 3, easy = 4 };

// A card's memory; a card never reviewed has stability 0.
struct MemoryState {
    double stability = 0.0;   // days
    double difficulty = 0.0;  // 1..10
    bool is_new() const { return stability <= 0.0; }
};

// The 21 FSRS-6 weights.
using FsrsWeights = std::array<double, 21>;

// The default FSRS-6 weights (the same in fsrs-rs, py-fsrs and ts-fsrs).
const FsrsWeights& default_fsrs_weights();

constexpr double kMinStability = 0.001, kMaxStability = 36500.0;
constexpr int kMaxIntervalDays = 36500;
constexpr double kDefaultDesiredRetention = 0.9;

class MemoryModel {
public:
    explicit MemoryModel(const FsrsWeights& weights = default_fsrs_weights());

    // Chance of recalling a card with `state` after `elapsed_days` (1 for a new card: it
    // has no memory to lose yet, and callers treat it apart).
    double recall_probability(const MemoryState& state, double elapsed_days) const;

    // The memory after a review rated `rating`, `elapsed_days` after the previous review
    // (ignored for a new card). Under one day apart it is a same-day review.
    MemoryState after_review(const MemoryState& state, double elapsed_days, Rating rating) const;

    // Days until recall falls to `desired_retention`, unrounded and unbounded.
    double exact_interval(double stability, double desired_retention) const;
    // The same, rounded to whole days, from 1 to kMaxIntervalDays.
    int interval_days(double stability, double desired_retention = kDefaultDesiredRetention) const;

    const FsrsWeights& weights() const { return w_; }

private:
    double initial_difficulty(Rating rating) const;  // unclamped D0
    double next_difficulty(double difficulty, Rating rating) const;
    double stability_after_recall(const MemoryState& state, double recall, Rating rating) const;
    double stability_after_forgetting(const MemoryState& state, double recall) const;
    double same_day_stability(const MemoryState& state, Rating rating) const;

    FsrsWeights w_;
    double factor_;  // F = 0.9^(-1/decay) - 1, so that R(S, S) = 0.9
};

}  // namespace study
