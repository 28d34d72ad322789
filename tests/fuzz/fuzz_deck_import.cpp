// fuzz_deck_import.cpp: the importer with format detection (import_deck_text,
// detect_format), as a dropped or picked file reaches it. Input: byte 0 picks the file
// name's extension (.json .csv .tsv .txt .TXT none), the rest is the file's text.
// Checks: as fuzz_deck_json (problems valid UTF-8, a loaded deck survives a round trip).
#include "core/deck_import.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static const char* const kNames[] = {"deck.json", "deck.csv", "deck.tsv", "deck.txt", "NOTES.TXT", "deck"};
    const std::string name = kNames[data[0] % 6];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    const study::ImportFormat format = study::detect_format(text, name);
    fuzz::check(format != study::ImportFormat::automatic && format != study::ImportFormat::custom,
                "detect_format names a real format");
    fuzz::check_deck_result(study::import_deck_text(text, name));
    return 0;
}
