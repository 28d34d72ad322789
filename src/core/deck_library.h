// deck_library.h: the set of decks the app offers, loaded from folders and single files,
// with every problem kept so the UI can show it. One broken file never stops the others.
#pragma once

#include <string>
#include <vector>

#include "core/deck.h"
#include "core/deck_loader.h"

namespace study {

struct DeckLibrary {
    std::vector<Deck> decks;             // sorted by title
    std::vector<DeckProblem> problems;   // from every file, in load order

    // Loads every *.json deck file of `folder` (not *.schema.json), sorted by title.
    // A missing folder is reported as a problem.
    void load_folder(const std::string& folder);
    // Loads one deck file; returns its index in `decks`, or -1 if it was rejected. A file
    // that is already in the library is not loaded twice: its index is returned.
    int load_file(const std::string& path);
    // Index of the deck with this id, or -1.
    int find(const std::string& deck_id) const;
    // Number of files that could not be loaded at all.
    int rejected_file_count() const;
    // Adds a loaded deck (at the end; an id already taken gets a -2, -3... suffix) and
    // keeps its problems; returns its index, or -1 if it was rejected.
    int add(DeckLoadResult result);
};

}  // namespace study
