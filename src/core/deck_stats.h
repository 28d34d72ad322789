// deck_stats.h: what the stats screen of a deck shows, computed from the progress store:
// how many cards are in each band of recall chance now, reviews per day over the last 30
// days, cards coming due each day of the next 14, and the time studied. Days are the
// student's calendar days (a UTC offset comes in from the platform); pure function.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "core/deck.h"
#include "core/memory_model.h"
#include "core/progress_store.h"

namespace study {

// Recall bands, lowest first: under 50 %, 50-70 %, 70-80 %, 80-90 %, 90 % and over.
constexpr std::array<double, 4> kRecallBandEdges = {0.5, 0.7, 0.8, 0.9};
constexpr int kStatsPastDays = 30;
constexpr int kStatsFutureDays = 14;

struct DeckStats {
    int cards = 0;
    int not_studied = 0;
    std::array<int, 5> recall_bands{};  // studied cards by recall chance now (kRecallBandEdges)
    std::vector<int> reviews_per_day;   // kStatsPastDays entries, oldest first; the last is today
    std::vector<int> due_per_day;       // kStatsFutureDays entries: [0] today (overdue included), [1] tomorrow...
    int reviews = 0;                    // kept reviews of the deck's cards, all time
    double seconds_studied = 0;         // finished sessions, all modes
};

DeckStats compute_deck_stats(const ProgressStore& store, const Deck& deck, std::int64_t now_ms, int utc_offset_minutes,
                             const MemoryModel& model, double desired_retention = kDefaultDesiredRetention);

}  // namespace study
