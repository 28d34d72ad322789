// fuzz_anki_notes.cpp: Anki's "Notes in Plain Text" reader (import_deck_text with
// ImportFormat::anki): #separator:, #html:, #columns:, #guid column:, #notetype column:,
// #deck column:, #tags column: headers, then CSV-style notes, HTML fields made plain.
// Dictionary: anki.dict. Checks: as fuzz_deck_json.
#include "core/deck_import.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    study::ImportOptions options;
    options.format = study::ImportFormat::anki;
    fuzz::check_deck_result(study::import_deck_text(text, "notes.txt", options));
    return 0;
}
