// deck_outline.cpp: outline decks from the web build's deck index (see deck_outline.h).
#include "core/deck_outline.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/file_system.h"
#include "core/json_fields.h"

namespace study {

namespace {

using nlohmann::json;

std::string text_field(const json& object, const char* key) { return json_field_as<std::string>(object, key).value_or(""); }

// One deck of the index, or nothing when the entry lacks what an outline needs.
std::optional<Deck> outline_of(const json& entry, const std::string& folder) {
    const std::string file = text_field(entry, "file");
    const json* cards = json_field(entry, "cards");
    const json* statements = json_field(entry, "statements");
    if (file.empty() || file.find('/') != std::string::npos || text_field(entry, "id").empty() || !cards ||
        !cards->is_array() || cards->empty() || (statements && !statements->is_array())) {
        return std::nullopt;
    }
    Deck deck;
    deck.id = text_field(entry, "id");
    deck.title = text_field(entry, "title");
    if (const json* source = json_field(entry, "source")) {
        deck.source = {text_field(*source, "site"), text_field(*source, "author"), text_field(*source, "page")};
    }
    deck.language = text_field(entry, "language");
    deck.file_path = join_path(folder, file);
    deck.is_outline = true;
    for (const json& id : *cards) {
        if (!id.is_string()) return std::nullopt;
        Card card;
        card.id = id.get<std::string>();
        if (statements && std::find(statements->begin(), statements->end(), id) != statements->end()) {
            card.is_statement = true;
        }
        deck.cards.push_back(std::move(card));
    }
    return deck;
}

}  // namespace

bool load_deck_outlines(DeckLibrary& library, const std::string& folder) {
    const std::string index_path = join_path(folder, kDeckIndexFile);
    if (!is_regular_file(index_path)) return false;
    std::string text;
    DeckLoadResult failure;
    const auto reject = [&](const std::string& message) {
        library.problems.push_back(DeckProblem{kDeckIndexFile, -1, "", "", message, ProblemSeverity::rejected_deck});
        return true;
    };
    if (!read_deck_file(index_path, text, failure)) {
        library.problems.insert(library.problems.end(), failure.problems.begin(), failure.problems.end());
        return true;
    }
    const json root = json::parse(text, nullptr, false);
    const json* decks = json_field(root, "decks");
    if (text_field(root, "format") != "study-arcade-deck-index" || !decks || !decks->is_array()) {
        return reject("is not a Study Arcade deck index: the decks that come with the game are missing");
    }
    int entry_number = 0;
    for (const json& entry : *decks) {
        ++entry_number;
        std::optional<Deck> deck = outline_of(entry, folder);
        if (!deck) {
            reject("deck " + std::to_string(entry_number) + " of the index lacks its file, id or card ids; it was left out");
            continue;
        }
        if (library.find(deck->id) >= 0) continue;  // the index names each deck once
        library.decks.push_back(std::move(*deck));
    }
    library.sort_by_title();
    return true;
}

std::vector<std::string> outline_deck_files(const DeckLibrary& library) {
    std::vector<std::string> files;
    for (const Deck& deck : library.decks) {
        if (deck.is_outline) files.push_back(file_name_of(deck.file_path));
    }
    return files;
}

bool has_outline_decks(const DeckLibrary& library) {
    return std::any_of(library.decks.begin(), library.decks.end(), [](const Deck& deck) { return deck.is_outline; });
}

bool complete_deck_outline(DeckLibrary& library, const std::string& file_name) {
    for (Deck& outline : library.decks) {
        if (!outline.is_outline || file_name_of(outline.file_path) != file_name) continue;
        DeckLoadResult result = load_deck_file(outline.file_path);
        library.problems.insert(library.problems.end(), result.problems.begin(), result.problems.end());
        if (!result.deck) return false;
        result.deck->id = outline.id;
        outline = std::move(*result.deck);
        return true;
    }
    return false;
}

}  // namespace study
