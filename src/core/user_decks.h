// user_decks.h: the decks a user imported, kept as JSON files in their own folder (the
// browser's persistent storage or the desktop's user data folder), next to the shipped
// ones in the library. Saving picks a file name from the deck id; deleting removes it.
#pragma once

#include <string>

#include "core/deck_library.h"

namespace study {

// Adds `deck` to `library` as a user deck and writes it to `folder` (created if needed)
// as <id>.json; the id is made unique in the library first. Returns the deck's index,
// or -1 with `error` set when the file could not be written (the library is unchanged).
int add_user_deck(DeckLibrary& library, Deck deck, const std::string& folder, std::string& error);

// Loads the user's decks from `folder` into `library` (a missing folder is no problem).
void load_user_decks(DeckLibrary& library, const std::string& folder);

// Deletes user deck `index` from `library` and its file. Returns false with `error` set
// when the deck is not a user deck or the file could not be removed.
bool delete_user_deck(DeckLibrary& library, int index, std::string& error);

}  // namespace study
