// deck_stats.cpp: a deck's stats from the progress store (see deck_stats.h).
#include "core/deck_stats.h"

namespace study {

namespace {

// The student's calendar day of a time (days since 1970-01-01 in their time zone).
std::int64_t local_day(std::int64_t time_ms, std::int64_t offset_ms) {
    const std::int64_t local = time_ms + offset_ms;
    return local / kMsPerDay - (local % kMsPerDay < 0 ? 1 : 0);
}

int band_of(double recall) {
    int band = 0;
    while (band < static_cast<int>(kRecallBandEdges.size()) && recall >= kRecallBandEdges[static_cast<std::size_t>(band)]) ++band;
    return band;
}

}  // namespace

DeckStats compute_deck_stats(const ProgressStore& store, const Deck& deck, std::int64_t now_ms, int utc_offset_minutes,
                             const MemoryModel& model, double desired_retention) {
    DeckStats stats;
    stats.cards = static_cast<int>(deck.cards.size());
    stats.reviews_per_day.assign(kStatsPastDays, 0);
    stats.due_per_day.assign(kStatsFutureDays, 0);
    const std::int64_t offset_ms = static_cast<std::int64_t>(utc_offset_minutes) * 60'000;
    const std::int64_t today = local_day(now_ms, offset_ms);
    const DeckProgress* progress = store.find_deck(deck.id);
    for (const Card& card : deck.cards) {
        const CardStatus status = store.card_status(deck.id, card.id, now_ms, model, desired_retention);
        if (!status.studied) {
            ++stats.not_studied;
            continue;
        }
        ++stats.recall_bands[static_cast<std::size_t>(band_of(status.recall))];
        const std::int64_t due_in = local_day(status.due_ms, offset_ms) - today;
        if (due_in < kStatsFutureDays) ++stats.due_per_day[static_cast<std::size_t>(due_in < 0 ? 0 : due_in)];
        const auto studied = progress->cards.find(card.id);  // there, as status.studied
        if (studied == progress->cards.end()) continue;
        for (const ReviewRecord& review : studied->second.reviews) {
            ++stats.reviews;
            const std::int64_t ago = today - local_day(review.time_ms, offset_ms);
            if (ago >= 0 && ago < kStatsPastDays) ++stats.reviews_per_day[static_cast<std::size_t>(kStatsPastDays - 1 - ago)];
        }
    }
    if (progress) stats.seconds_studied = progress->seconds_studied();
    return stats;
}

}  // namespace study
