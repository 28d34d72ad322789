// fuzz_progress_file.cpp: the student's progress file (progress_from_json), read from
// storage that may be damaged, or from another device's copy to merge. Checks: no crash,
// no exception, the error is valid UTF-8; a store that was read saves and reads back to
// the same document (no entry skipped), and merging a store with itself twice changes
// nothing the second time ("merging the same again changes nothing", progress_store.h).
#include "core/progress_file.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const study::MemoryModel model;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const study::ProgressRead read = study::progress_from_json(text, model);
    if (!read.ok) {
        fuzz::check(!read.error.empty(), "a refused progress file says why");
        fuzz::check_utf8(read.error, "a progress file's error is valid UTF-8");
        return 0;
    }
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
