// deck_export.h: writes a deck out as our JSON format or as term<TAB>definition lines
// (fields holding a tab, a line break or a leading quote are quoted CSV-style, as Anki
// does, so that importing the export gives back the same cards).
#pragma once

#include <string>

#include "core/deck.h"

namespace study {

// The deck as a JSON document in the format of decks/README.md: 2-space indented, or on
// one line with `indent` -1 (smaller and faster, for storage).
std::string export_deck_json(const Deck& deck, int indent = 2);

// The deck as tab-separated text: one "term<TAB>definition" line per card.
std::string export_deck_tsv(const Deck& deck);

}  // namespace study
