// user_decks.cpp: saving, loading and deleting imported decks (see user_decks.h).
#include "core/user_decks.h"

#include <filesystem>
#include <fstream>

#include "core/deck_export.h"
#include "core/text_fold.h"

namespace study {

namespace fs = std::filesystem;

int add_user_deck(DeckLibrary& library, Deck deck, const std::string& folder, std::string& error) {
    // The id names the file: only a slug of it, never "../x" or "/tmp/x".
    const std::string base_id = slugify(deck.id);
    deck.id = base_id;
    for (int n = 2; library.find(deck.id) >= 0 || fs::exists(fs::path(folder) / (deck.id + ".json")); ++n) {
        deck.id = base_id + "-" + std::to_string(n);
    }
    std::error_code fs_error;
    fs::create_directories(folder, fs_error);
    const fs::path path = fs::path(folder) / (deck.id + ".json");
    {
        std::ofstream out(path, std::ios::binary);
        out << export_deck_json(deck, -1);
        if (!out) {
            error = "could not save the deck to " + path.string();
            return -1;
        }
    }
    deck.file_path = path.string();
    deck.is_user_deck = true;
    library.decks.push_back(std::move(deck));
    return static_cast<int>(library.decks.size()) - 1;
}

void load_user_decks(DeckLibrary& library, const std::string& folder) {
    if (!fs::is_directory(folder)) return;
    library.load_folder(folder);
    for (Deck& deck : library.decks) {
        std::error_code error;
        if (!deck.file_path.empty() && fs::equivalent(fs::path(deck.file_path).parent_path(), folder, error)) {
            deck.is_user_deck = true;
        }
    }
}

bool delete_user_deck(DeckLibrary& library, int index, std::string& error) {
    if (index < 0 || static_cast<std::size_t>(index) >= library.decks.size() ||
        !library.decks[static_cast<std::size_t>(index)].is_user_deck) {
        error = "only imported decks can be deleted";
        return false;
    }
    const std::string path = library.decks[static_cast<std::size_t>(index)].file_path;
    std::error_code fs_error;
    fs::remove(path, fs_error);
    if (fs_error) {
        error = "could not delete " + path + " (" + fs_error.message() + ")";
        return false;
    }
    library.decks.erase(library.decks.begin() + index);
    return true;
}

}  // namespace study
