// fuzz_progress_pack.cpp: one deck's progress packed for an LMS's cmi.suspend_data
// (unpack_deck_progress), which comes back from the LMS and may be anything. Checks: no
// crash, no abort; what was read packs into at most 4,096 characters, that pack
// reads back, and packing what it reads gives the same text again.
#include "core/progress_pack.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const study::MemoryModel model;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::optional<study::DeckProgress> read = study::unpack_deck_progress(text, model);
    if (!read) return 0;
    const std::string packed = study::pack_deck_progress(*read, model);
    fuzz::check(packed.size() <= study::kScormSuspendDataChars, "a pack fits suspend_data", packed);
    const std::optional<study::DeckProgress> again = study::unpack_deck_progress(packed, model);
    fuzz::check(again.has_value(), "a pack reads back", packed);
    fuzz::check(study::pack_deck_progress(*again, model) == packed, "packing what a pack holds gives the same pack", packed);
    return 0;
}
