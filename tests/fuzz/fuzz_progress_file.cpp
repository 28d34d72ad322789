// fuzz_progress_file.cpp: the student's progress file (progress_from_json), read from
// storage that may be damaged, or from another device's copy to merge. Checks: no crash,
// no abort, the error is valid UTF-8; a store that was read saves and reads back to
// the same document (no entry skipped), and merging a store with itself twice changes
// nothing the second time ("merging the same again changes nothing", progress_store.h).
// Each deck's saved Flashcards pass is restored too (its fields read with their types
// checked: the build has no exceptions): refused without a change, or every card placed once.
#include <nlohmann/json.hpp>

#include "core/flashcards.h"
#include "core/progress_file.h"
#include "fuzz_check.h"

namespace {

// Restores each deck's pass on three cards (a, b, c) of a deck with the deck's id.
void check_pass_restores(const study::ProgressStore& store) {
    for (const auto& [deck_id, progress] : store.decks()) {
        if (progress.flashcards_pass.is_null()) continue;
        study::Deck deck;
        deck.id = deck_id;
        for (const char* id : {"a", "b", "c"}) deck.cards.push_back({id, std::string("term ") + id, std::string("definition ") + id});
        study::FlashcardsOptions in_order;
        in_order.shuffle = false;
        study::FlashcardSession session(deck, in_order, 1, 0.0);
        const bool restored = session.restore(progress.flashcards_pass, 5.0);
        const std::string pass = progress.flashcards_pass.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        fuzz::check(session.know_box().size() + session.dont_know_box().size() + session.remaining() == 3,
                    restored ? "a restored pass places every card once" : "a refused pass changes nothing", pass);
        fuzz::check(restored || session.know_box().empty(), "a refused pass changes nothing", pass);
        fuzz::check(session.elapsed(5.0) >= 0, "a restored pass's time is not negative", pass);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const study::MemoryModel model;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const study::ProgressRead read = study::progress_from_json(text, model);
    if (!read.ok) {
        fuzz::check(!read.error.empty(), "a refused progress file says why");
        fuzz::check_utf8(read.error, "a progress file's error is valid UTF-8");
        return 0;
    }
    check_pass_restores(read.store);
    const std::string saved = study::progress_to_json(read.store, 1);
    const study::ProgressRead again = study::progress_from_json(saved, model);
    fuzz::check(again.ok && again.skipped_entries == 0, "a saved progress file reads back whole", saved);
    fuzz::check(study::progress_to_json(again.store, 1) == saved, "a saved progress file reads back the same", saved);

    study::ProgressStore merged = again.store;
    merged.merge(again.store, model);
    const std::string once = study::progress_to_json(merged, 1);
    merged.merge(again.store, model);
    fuzz::check(study::progress_to_json(merged, 1) == once, "merging the same store again changes nothing", saved);
    return 0;
}
