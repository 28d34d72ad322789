// deck_library.h: the set of decks the app offers, loaded from folders and single files,
// with every problem kept so the UI can show it. One broken file never stops the others.
#pragma once

#include <string>
#include <vector>

#include "core/deck.h"
#include "core/deck_loader.h"

namespace study {

// A user's deck file that could not be read and had no good backup: moved aside so the
// others load, and listed on the home screen until the user removes it.
struct DamagedFile {
    std::string name;      // the file's name as it was ("my-deck.json")
    std::string path;      // where it is now (in the user's "damaged" folder)
    std::string problem;   // what is wrong with it, in one line
};

struct DeckLibrary {
    std::vector<Deck> decks;             // sorted by title
    std::vector<DeckProblem> problems;   // from every file, in load order
    std::vector<DamagedFile> damaged_files;

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
    // Puts the decks in the order the home screen lists them: by title (stable).
    void sort_by_title();
};

}  // namespace study
