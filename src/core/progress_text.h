// progress_text.h: what a student reads about their memory, in one place: a card's line
// on the deck screen ("Recall 87% · due in 3 days") and a deck's on the home screen
// ("4 due now · 40% mastered"), and a mode's past games ("Today 14:05 · 8 / 10 · 80% · 1:23").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/progress_store.h"

namespace study {

// "Not studied yet", or the chance of recall now and when the card is due: "due now",
// "due in 5 hours", "due tomorrow", "due in 12 days".
std::string card_memory_line(const CardStatus& status, std::int64_t now_ms);

// "" for a deck never studied; else "4 due now · 40% mastered" (or "Nothing due · ...").
std::string deck_progress_line(const DeckSummary& summary);

// One past game of a mode on a deck, in words.
struct HistoryRow {
    std::string when;     // "Today 14:05", "Yesterday 09:30", "Mon 18:02", "2 Dec", "2 Dec 2025"
    std::string score;    // "8 / 10" (points may have a half: "7.5 / 10")
    std::string percent;  // "80%"
    std::string time;     // "1:23"
    bool best = false;    // the best share of all kept games (the first such)
};

// The newest `count` games of `sessions` (oldest first, as the store keeps them), newest
// first. `now_ms` and `utc_offset_minutes` (the student's time zone, from the platform)
// place "Today" and "Yesterday".
std::vector<HistoryRow> session_history(const std::vector<SessionRecord>& sessions, std::int64_t now_ms,
                                        int utc_offset_minutes, std::size_t count);

// "" when none; else "12 games · best 100% · average 78% · 0:42:10 played".
std::string session_history_summary(const std::vector<SessionRecord>& sessions);

}  // namespace study
