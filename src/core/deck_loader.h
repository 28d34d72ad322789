// deck_loader.h: reads a deck from our JSON format (decks/README.md) and reports every
// problem in plain words: which file, which card (index and id), which field, what is
// wrong. Never throws. File-level problems reject the deck; a bad card is skipped.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/deck.h"

namespace study {

enum class ProblemSeverity {
    rejected_deck,  // the deck cannot be used at all
    skipped_card,   // one card was left out, the rest of the deck loads
    warning,        // loaded, but something was fixed up (e.g. a missing id made)
};

struct DeckProblem {
    std::string file;        // file name (or "pasted text")
    int card_index = -1;     // 0-based index in "cards", -1 when not about one card
    std::string card_id;     // the card's id when it has one
    std::string field;       // e.g. "term", "cards", "" when not about one field
    std::string message;     // plain words, e.g. "is empty"
    ProblemSeverity severity = ProblemSeverity::rejected_deck;

    // One line for people: "crm.json, card 3 (id \"x-003\"), field \"term\": is empty".
    std::string to_text() const;
};

struct DeckLoadResult {
    std::optional<Deck> deck;            // empty when the deck was rejected
    std::vector<DeckProblem> problems;   // every problem found, in file order
    int skipped_cards = 0;
};

// Largest deck file accepted (a 20,000-card deck is a few MB).
constexpr std::size_t kMaxDeckFileBytes = 32u * 1024u * 1024u;

// Parses deck JSON. `file_name` is used in messages and to name a deck without an id.
DeckLoadResult parse_deck_json(std::string_view text, const std::string& file_name);

// Validates an already parsed JSON value as a deck (what parse_deck_json does after parsing).
DeckLoadResult parse_deck_value(const nlohmann::json& root, const std::string& file_name);

// Reads and parses one deck file.
DeckLoadResult load_deck_file(const std::string& path);

// Reads a file that should hold a deck (any format) into `text`. On failure (missing,
// unreadable, bigger than kMaxDeckFileBytes) returns false and puts the problem, naming
// the file, into `failure`.
bool read_deck_file(const std::string& path, std::string& text, DeckLoadResult& failure);

// The file name part of a path ("decks/crm.json" -> "crm.json"), used in messages.
std::string file_name_of(const std::string& path);

// Line and column (1-based) of a byte offset, for messages about a position in a file.
std::pair<int, int> line_and_column(std::string_view text, std::size_t offset);

}  // namespace study
