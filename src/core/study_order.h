// study_order.h: the "due and weakest first" dealing order. Given each card's memory
// (FSRS state and last review time) and the time now, it splits the cards into those due
// now (lowest chance of recall first), those never studied (in the order given), and the
// rest (studied, not due yet; lowest chance of recall first). A card is due when its
// interval for the desired retention has run out, as ProgressStore::card_status says.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/memory_model.h"

namespace study {

// What the order needs to know about one card.
struct CardSchedule {
    MemoryState memory;               // new (stability 0) when never studied
    std::int64_t last_review_ms = 0;  // when it was last reviewed (ignored for a new card)
};

// Indices into the cards given, in the order to study them.
struct StudyOrder {
    std::vector<std::size_t> due;       // due now, weakest (lowest recall chance) first
    std::vector<std::size_t> fresh;     // never studied, in the order given
    std::vector<std::size_t> not_due;   // studied and not due yet, weakest first
    // Everything: due, then new, then the cards not due yet.
    std::vector<std::size_t> all() const;
};

// Ties keep the order given (a stable sort), so deck order breaks them.
StudyOrder due_and_weakest_first(const std::vector<CardSchedule>& cards, std::int64_t now_ms,
                                 const MemoryModel& model, double desired_retention = kDefaultDesiredRetention);

}  // namespace study
