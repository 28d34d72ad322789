// memory_model.cpp: the FSRS-6 formulas (see memory_model.h and ../shared/MEMORY_MODEL.md).
#include "core/memory_model.h"

#include <algorithm>
#include <cmath>

namespace study {

namespace {

double clamp_stability(double s) { return std::clamp(s, kMinStability, kMaxStability); }
double clamp_difficulty(double d) { return std::clamp(d, 1.0, 10.0); }
double grade(Rating rating) { return static_cast<double>(static_cast<int>(rating)); }

}  // namespace

const FsrsWeights& default_fsrs_weights() {
    static const FsrsWeights weights = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                        0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    return weights;
}

MemoryModel::MemoryModel(const FsrsWeights& weights)
    : w_(weights), factor_(std::pow(0.9, -1.0 / weights[20]) - 1.0) {}

double MemoryModel::recall_probability(const MemoryState& state, double elapsed_days) const {
    if (state.is_new()) return 1.0;
    return std::pow(1.0 + factor_ * std::max(0.0, elapsed_days) / state.stability, -w_[20]);
}

double MemoryModel::initial_difficulty(Rating rating) const {
    return w_[4] - std::exp(w_[5] * (grade(rating) - 1.0)) + 1.0;
}

double MemoryModel::next_difficulty(double difficulty, Rating rating) const {
    const double delta = -w_[6] * (grade(rating) - 3.0);
    const double damped = difficulty + (10.0 - difficulty) / 9.0 * delta;  // smaller steps near 10
    return clamp_difficulty(w_[7] * initial_difficulty(Rating::easy) + (1.0 - w_[7]) * damped);
}

double MemoryModel::stability_after_recall(const MemoryState& state, double recall, Rating rating) const {
    const double hard_penalty = rating == Rating::hard ? w_[15] : 1.0;
    const double easy_bonus = rating == Rating::easy ? w_[16] : 1.0;
    return state.stability * (1.0 + std::exp(w_[8]) * (11.0 - state.difficulty) * std::pow(state.stability, -w_[9]) *
                                        (std::exp(w_[10] * (1.0 - recall)) - 1.0) * hard_penalty * easy_bonus);
}

double MemoryModel::stability_after_forgetting(const MemoryState& state, double recall) const {
    const double long_term = w_[11] * std::pow(state.difficulty, -w_[12]) *
                             (std::pow(state.stability + 1.0, w_[13]) - 1.0) * std::exp(w_[14] * (1.0 - recall));
    const double short_term_cap = state.stability / std::exp(w_[17] * w_[18]);
    return std::min(long_term, short_term_cap);
}

double MemoryModel::same_day_stability(const MemoryState& state, Rating rating) const {
    double multiplier = std::exp(w_[17] * (grade(rating) - 3.0 + w_[18])) * std::pow(state.stability, -w_[19]);
    if (rating != Rating::again) multiplier = std::max(multiplier, 1.0);  // a pass never lowers it
    return state.stability * multiplier;
}

MemoryState MemoryModel::after_review(const MemoryState& state, double elapsed_days, Rating rating) const {
    if (state.is_new()) {
        return {clamp_stability(w_[static_cast<int>(rating) - 1]), clamp_difficulty(initial_difficulty(rating))};
    }
    MemoryState next;
    if (elapsed_days < 1.0) {
        next.stability = same_day_stability(state, rating);
    } else {
        const double recall = recall_probability(state, elapsed_days);
        next.stability = rating == Rating::again ? stability_after_forgetting(state, recall)
                                                 : stability_after_recall(state, recall, rating);
    }
    next.stability = clamp_stability(next.stability);
    next.difficulty = next_difficulty(state.difficulty, rating);
    return next;
}

double MemoryModel::exact_interval(double stability, double desired_retention) const {
    return stability / factor_ * (std::pow(desired_retention, -1.0 / w_[20]) - 1.0);
}

int MemoryModel::interval_days(double stability, double desired_retention) const {
    const double days = std::round(exact_interval(stability, desired_retention));
    return static_cast<int>(std::clamp(days, 1.0, static_cast<double>(kMaxIntervalDays)));
}

}  // namespace study
