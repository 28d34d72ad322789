// retention_cost.h: what a desired retention costs. For the cards a student has studied,
// the reviews a day they will need over the coming weeks if every due card is reviewed
// on the day it comes due, simulated with the memory model: at each review the card is
// recalled with its chance of recall then (rated Good, its interval grows) or forgotten
// (rated Again, asked once more that day). Cards never studied are not counted: the
// student decides when to take them on. Deterministic (a fixed seed).
#pragma once

#include <cstdint>
#include <vector>

#include "core/memory_model.h"
#include "core/study_order.h"

namespace study {

constexpr int kRetentionCostDays = 30;

struct RetentionCost {
    double desired_retention = 0;
    int studied_cards = 0;         // cards with a memory (the others are not counted)
    double reviews_per_day = 0;    // expected reviews a day over the next `days`
    double average_recall = 0;     // their mean chance of recall, each morning of the `days`
};

// The cost of `desired_retention` for `cards` (new ones are skipped) from `now_ms` over
// `days`. Over kRetentionCostCardLimit studied cards, an even sample of them is simulated
// and the counts scaled.
RetentionCost estimate_retention_cost(const std::vector<CardSchedule>& cards, std::int64_t now_ms,
                                      const MemoryModel& model, double desired_retention,
                                      int days = kRetentionCostDays);

constexpr std::size_t kRetentionCostCardLimit = 2000;

}  // namespace study
