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

// Adds `deck` to `library` as a user deck and writes it to `folder` (created if needed)
// as <stem>.json; the id is made unique in the library first. Returns the deck's index,
// or -1 with `error` set when the file could not be written (the library is unchanged).
int add_user_deck(DeckLibrary& library, Deck deck, const std::string& folder, std::string& error);

// Loads the user's decks from `folder` into `library` (a missing folder is no problem),
// restores damaged files from their backups or moves them aside (library.damaged_files).
void load_user_decks(DeckLibrary& library, const std::string& folder);

// Deletes user deck `index` from `library` and its file. Returns false with `error` set
// when the deck is not a user deck or the file could not be removed.
bool delete_user_deck(DeckLibrary& library, int index, std::string& error);

// Deletes damaged file `index` of library.damaged_files (and its entry).
bool remove_damaged_file(DeckLibrary& library, int index, std::string& error);

}  // namespace study
