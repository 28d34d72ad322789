// deck_outline.h: the shipped decks of the web build, known before their files are
// there. The web build's first download holds only an index of them (decks/index.json,
// made by tools/deck_index.py): each deck's file, id, title, source, language and card
// ids. From it the library gets outline decks: cards with their ids and kinds but no text,
// enough for the home screen's titles, card counts and progress. Their files are fetched
// after the home screen is drawn and complete the outlines; a screen that needs the cards'
// text waits for that (ui/app.cpp). The desktop reads the deck files themselves.
#pragma once

#include <string>
#include <vector>

#include "core/deck_library.h"

namespace study {

// Name of the index in a deck folder.
inline constexpr const char* kDeckIndexFile = "index.json";

// If `folder` holds an index, adds its decks to `library` as outlines (Deck::is_outline,
// file_path = folder/FILE), sorted by title as load_folder sorts, and returns true; a
// damaged index is reported in library.problems. False when there is no index.
bool load_deck_outlines(DeckLibrary& library, const std::string& folder);

// The file names (without folder) of the decks that are still outlines.
std::vector<std::string> outline_deck_files(const DeckLibrary& library);

// True while some deck of the library is an outline.
bool has_outline_decks(const DeckLibrary& library);

// Completes the outline deck whose file is `file_name` from its file (now in its folder):
// its cards get their text; its id stays the one the index gave (progress is kept by it).
// False when the file could not be read or is not a deck: the problems are added to
// library.problems and the outline stays.
bool complete_deck_outline(DeckLibrary& library, const std::string& file_name);

}  // namespace study
