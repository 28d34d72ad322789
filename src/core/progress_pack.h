// progress_pack.h: one deck's progress as short text, for an LMS's cmi.suspend_data
// (SCORM 1.2 allows 4,096 characters): each card's memory and its last few reviews,
// trimmed until it fits. Unpacking gives a DeckProgress to merge into the store
// (ProgressStore::merge), so a review already known is never counted twice.
//
// Format (JSON, no spaces): {"v":1,"t":BASE_MS,"c":{"CARD":[S,D,AGO,DT,CODE,DT,CODE...]}}
//   BASE_MS  the latest time in the pack (ms since 1970-01-01 UTC);
//   S, D     the card's memory before the kept reviews (stability in days, difficulty;
//            S 0: a new card, the whole history follows), 5 significant digits;
//   AGO      BASE_MS minus the time of that memory (ms; 0 when S is 0);
//   DT, CODE each kept review: ms after the previous time (the memory's, then the last
//            review's), and mode * 9 + format * 3 + outcome (the enums' values).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/memory_model.h"
#include "core/progress_store.h"

namespace study {

// SCORM 1.2's limit for cmi.suspend_data.
constexpr std::size_t kScormSuspendDataChars = 4096;

// Packs `progress` into at most `max_bytes` bytes (UTF-8; so at most that many
// characters too). Keeps up to 8 reviews per card, fewer if needed (the older ones
// folded into the memory), then drops the cards reviewed longest ago. Sessions, best
// times and the open Flashcards pass are not kept.
std::string pack_deck_progress(const DeckProgress& progress, const MemoryModel& model,
                               std::size_t max_bytes = kScormSuspendDataChars);

// Reads what pack_deck_progress wrote; nullopt when the text is not such a pack (empty,
// damaged, another format). Entries of the wrong shape are skipped. Memories are
// replayed, ready to merge.
std::optional<DeckProgress> unpack_deck_progress(const std::string& text, const MemoryModel& model);

}  // namespace study
