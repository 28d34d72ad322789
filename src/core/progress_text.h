// progress_text.h: what a student reads about their memory, in one place: a card's line
// on the deck screen ("Recall 87% · due in 3 days") and a deck's on the home screen
// ("4 due now · 40% mastered").
#pragma once

#include <cstdint>
#include <string>

#include "core/progress_store.h"

namespace study {

// "Not studied yet", or the chance of recall now and when the card is due: "due now",
// "due in 5 hours", "due tomorrow", "due in 12 days".
std::string card_memory_line(const CardStatus& status, std::int64_t now_ms);

// "" for a deck never studied; else "4 due now · 40% mastered" (or "Nothing due · ...").
std::string deck_progress_line(const DeckSummary& summary);

}  // namespace study
