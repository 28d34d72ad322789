// fuzz_deck_json.cpp: the deck JSON loader (parse_deck_json) on any bytes, as a deck
// file, a pasted deck or a deck fetched from a link would reach it. Checks: no crash,
// no abort, every problem valid UTF-8, a loaded deck survives export + reload.
// Seeds: decks/*.json, tests/desktop/schema_fixtures, JSON strings of tests/core.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz::check_deck_result(study::parse_deck_json(text, "fuzz.json"));
    return 0;
}
