// retention_cost.cpp: simulating the reviews a desired retention asks for (see
// retention_cost.h).
#include "core/retention_cost.h"

#include <algorithm>
#include <cmath>

#include "core/random.h"

namespace study {
namespace {

constexpr double kMsPerDay = 86400000.0;

// A chance in [0, 1) from the generator.
double uniform(Random& random) { return static_cast<double>(random.next() >> 11) * (1.0 / 9007199254740992.0); }

struct CardRun {
    double reviews = 0;
    double recall_sum = 0;  // chance of recall each morning, days 1 to `days`, summed
};

// One card's future: reviewed on each due day within the horizon, remembered or not by
// its chance of recall then.
CardRun simulate_card(const CardSchedule& card, double days_since_review, const MemoryModel& model,
                      double desired_retention, int days, Random& random) {
    CardRun run;
    MemoryState memory = card.memory;
    double last = -std::max(0.0, days_since_review);  // day of the last review, today = 0
    int morning = 1;                                  // the next morning to measure
    auto measure_until = [&](double day) {            // mornings up to `day`, before its review
        for (; morning <= day && morning <= days; ++morning) {
            run.recall_sum += model.recall_probability(memory, morning - last);
        }
    };
    for (;;) {
        // Due when the interval from the last review has run out; overdue cards today.
        const double due = std::max(0.0, last + model.interval_days(memory.stability, desired_retention));
        const double review_day = std::floor(due);
        if (review_day >= days) break;
        measure_until(review_day);
        const double elapsed = review_day - last;
        const bool recalled = uniform(random) < model.recall_probability(memory, elapsed);
        run.reviews += 1;
        if (recalled) {
            memory = model.after_review(memory, elapsed, Rating::good);
        } else {
            memory = model.after_review(memory, elapsed, Rating::again);
            memory = model.after_review(memory, 0.0, Rating::good);  // asked again that day, right
            run.reviews += 1;
        }
        last = review_day;
    }
    measure_until(days);
    return run;
}

}  // namespace

RetentionCost estimate_retention_cost(const std::vector<CardSchedule>& cards, std::int64_t now_ms,
                                      const MemoryModel& model, double desired_retention, int days) {
    RetentionCost cost;
    cost.desired_retention = desired_retention;
    std::vector<const CardSchedule*> studied;
    for (const CardSchedule& card : cards) {
        if (!card.memory.is_new()) studied.push_back(&card);
    }
    cost.studied_cards = static_cast<int>(studied.size());
    if (studied.empty() || days <= 0) return cost;
    // An even sample of at most the limit, each card run many times when there are few
    // (about kSimulationBudget runs in all, so a handful of cards does not give noise).
    // Every card's runs draw from their own fixed stream, the same whatever the
    // retention, so that two choices are compared on the same luck.
    const std::size_t sampled = std::min(studied.size(), kRetentionCostCardLimit);
    constexpr std::size_t kSimulationBudget = 32000;
    const int runs = static_cast<int>(std::clamp<std::size_t>(kSimulationBudget / sampled, 1, 1024));
    double reviews = 0, recall = 0;
    for (std::size_t i = 0; i < sampled; ++i) {
        const CardSchedule& card = *studied[i * studied.size() / sampled];
        const double since = static_cast<double>(now_ms - card.last_review_ms) / kMsPerDay;
        Random random(0x5EED'0000'0000'0000ull + 0x9E37'79B9'7F4A'7C15ull * (i + 1));
        for (int r = 0; r < runs; ++r) {
            const CardRun run = simulate_card(card, since, model, desired_retention, days, random);
            reviews += run.reviews;
            recall += run.recall_sum / days;
        }
    }
    const double per_card = 1.0 / (static_cast<double>(sampled) * runs);
    cost.reviews_per_day = reviews * per_card * static_cast<double>(studied.size()) / days;
    cost.average_recall = recall * per_card;
    return cost;
}

}  // namespace study
