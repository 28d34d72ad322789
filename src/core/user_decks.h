// user_decks.h: the decks a user imported, kept as JSON files in their own folder (the
// browser's persistent storage or the desktop's user data folder), next to the shipped
// ones in the library. Saving picks a file name from the deck id and writes it safely
// (safe_file.h); deleting removes it. A file that cannot be read at start-up is replaced
// by its backup when that is good, else moved aside into "damaged/" and listed so the
// user can see and remove it: nothing is lost silently.
#pragma once

#include <string>

#include "core/deck_library.h"

namespace study {

// Longest file name stem a user deck gets (the id's slug is cut there).
constexpr std::size_t kMaxUserDeckStem = 80;

// The file name stem for a deck id: its slug (no '/', '.', spaces), at most
// kMaxUserDeckStem bytes, never empty.
std::string user_deck_file_stem(const std::string& deck_id);

// What importing a deck whose id an imported deck already has does.
enum class SameIdDeck {
    keep_both,  // the new deck gets a "-2", "-3"... id (pasted text: it has no identity)
    replace,    // a new version of that deck: it takes the old one's place, id and file, so
                // its progress (kept by deck id and card id) stays; the old file is the .bak
};

// A deck added by add_user_deck: where it is, and what it replaced.
struct AddedUserDeck {
    int index = -1;              // in library.decks; -1 when the file could not be written
    bool replaced = false;       // an imported deck with the same id was updated in place
    DeckChanges changes;         // against the replaced deck (all added when nothing was)
    bool copy_of_shipped = false;  // its id is a shipped deck's: it was added as a copy
};

// Adds `deck` to `library` as a user deck and writes it to `folder` (created if needed)
// as <stem>.json. A deck with the same id is replaced or kept beside it as `same_id`
// says; a shipped deck is never replaced. On failure `index` is -1, `error` is set and
// the library is unchanged.
AddedUserDeck add_user_deck(DeckLibrary& library, Deck deck, const std::string& folder, std::string& error,
                            SameIdDeck same_id = SameIdDeck::keep_both);

// Loads the user's decks from `folder` into `library` (a missing folder is no problem),
// restores damaged files from their backups or moves them aside (library.damaged_files).
void load_user_decks(DeckLibrary& library, const std::string& folder);

// Deletes user deck `index` from `library` and its file. Returns false with `error` set
// when the deck is not a user deck or the file could not be removed.
bool delete_user_deck(DeckLibrary& library, int index, std::string& error);

// Deletes damaged file `index` of library.damaged_files (and its entry).
bool remove_damaged_file(DeckLibrary& library, int index, std::string& error);

}  // namespace study
