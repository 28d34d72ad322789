// user_decks_test.cpp: imported decks are saved, found again after a restart, kept
// apart from shipped decks, and can be deleted (shipped decks cannot).
#include <doctest/doctest.h>

#include <filesystem>

#include "core/deck_import.h"
#include "core/user_decks.h"

using namespace study;
namespace fs = std::filesystem;

TEST_CASE("an imported deck is saved, reloaded after a restart, and deleted") {
    const fs::path folder = fs::temp_directory_path() / "study_arcade_user_decks_test";
    fs::remove_all(folder);
    std::string error;

    DeckLibrary library;
    library.load_folder(STUDY_ARCADE_DECKS_DIR);
    const std::size_t shipped = library.decks.size();
    auto imported = import_deck_text("Churn\tcustomers who leave\nCLV\tlifetime value\n", "my terms.txt");
    REQUIRE(imported.deck);
    const int index = add_user_deck(library, *imported.deck, folder.string(), error).index;
    REQUIRE(index >= 0);
    CHECK(library.decks.size() == shipped + 1);
    CHECK(library.decks[static_cast<std::size_t>(index)].is_user_deck);
    CHECK(fs::exists(folder / "my-terms.json"));

    // A second import of the same file gets its own id and file.
    const int second = add_user_deck(library, *imported.deck, folder.string(), error).index;
    CHECK(library.decks[static_cast<std::size_t>(second)].id == "my-terms-2");

    // "Restart": a new library finds both user decks, marked as such.
    DeckLibrary restarted;
    restarted.load_folder(STUDY_ARCADE_DECKS_DIR);
    load_user_decks(restarted, folder.string());
    CHECK(restarted.decks.size() == shipped + 2);
    const int found = restarted.find("my-terms");
    REQUIRE(found >= 0);
    CHECK(restarted.decks[static_cast<std::size_t>(found)].is_user_deck);
    CHECK(restarted.decks[static_cast<std::size_t>(found)].cards.size() == 2);
    CHECK_FALSE(restarted.decks[static_cast<std::size_t>(restarted.find("crm-11-flashcards"))].is_user_deck);

    CHECK(delete_user_deck(restarted, found, error));
    CHECK_FALSE(fs::exists(folder / "my-terms.json"));
    CHECK(restarted.find("my-terms") < 0);

    CHECK_FALSE(delete_user_deck(restarted, restarted.find("crm-11-flashcards"), error));
    CHECK(error == "only imported decks can be deleted");
    fs::remove_all(folder);
}

TEST_CASE("a missing user folder is simply empty") {
    DeckLibrary library;
    load_user_decks(library, "/nonexistent/user/decks");
    CHECK(library.decks.empty());
    CHECK(library.problems.empty());
}

TEST_CASE("a deck id can never write outside the user's folder") {
    const fs::path folder = fs::temp_directory_path() / "study_arcade_user_decks_escape";
    fs::remove_all(folder);
    std::string error;
    DeckLibrary library;
    for (const char* id : {"../../escape", "/tmp/escape", "a/b\\c", ".."}) {
        Deck deck;
        deck.id = id;
        deck.title = "T";
        deck.cards.push_back({"1", "A", "a"});
        const int index = add_user_deck(library, deck, folder.string(), error).index;
        REQUIRE(index >= 0);
        const fs::path saved = library.decks[static_cast<std::size_t>(index)].file_path;
        CHECK(saved.parent_path() == folder);
    }
    CHECK(library.decks[0].id == "escape");
    CHECK(library.decks[2].id == "a-b-c");
    CHECK(library.decks[3].id == "deck");
    fs::remove_all(folder);
}

TEST_CASE("a new version of an imported deck replaces it in place, so its progress (by id) stays") {
    const fs::path folder = fs::temp_directory_path() / "study_arcade_user_decks_replace_test";
    fs::remove_all(folder);
    std::string error;
    DeckLibrary library;
    library.load_folder(STUDY_ARCADE_DECKS_DIR);
    const std::size_t shipped = library.decks.size();
    auto first = import_deck_text("Churn\tcustomers who leave\nCLV\tlifetime value\nNPS\tpromoters\n", "my terms.txt");
    REQUIRE(first.deck);
    const AddedUserDeck added = add_user_deck(library, *first.deck, folder.string(), error, SameIdDeck::replace);
    REQUIRE(added.index >= 0);
    CHECK_FALSE(added.replaced);
    CHECK(added.changes.added == 3);

    // The file again, a card changed, one removed, one added, the order moved.
    auto second = import_deck_text("CAC\tcost to acquire\nCLV\tcustomer lifetime value\nChurn\tcustomers who leave\n",
                                   "my terms.txt");
    REQUIRE(second.deck);
    const AddedUserDeck updated = add_user_deck(library, *second.deck, folder.string(), error, SameIdDeck::replace);
    CHECK(updated.replaced);
    CHECK(updated.index == added.index);
    CHECK(library.decks.size() == shipped + 1);
    const Deck& deck = library.decks[static_cast<std::size_t>(updated.index)];
    CHECK(deck.id == "my-terms");
    CHECK(deck.is_user_deck);
    CHECK(deck.cards.size() == 3);
    CHECK(updated.changes.added == 1);
    CHECK(updated.changes.removed == 1);
    CHECK(updated.changes.changed == 1);
    CHECK(updated.changes.unchanged == 1);
    CHECK(fs::exists(folder / "my-terms.json.bak"));  // the previous version is kept

    // Pasted text keeps both; a shipped deck's id is never replaced, only copied.
    CHECK(add_user_deck(library, *second.deck, folder.string(), error, SameIdDeck::keep_both).index >= 0);
    CHECK(library.find("my-terms-2") >= 0);
    Deck shipped_copy = library.decks[static_cast<std::size_t>(library.find("crm-11-flashcards"))];
    const AddedUserDeck copy = add_user_deck(library, shipped_copy, folder.string(), error, SameIdDeck::replace);
    CHECK_FALSE(copy.replaced);
    CHECK(copy.copy_of_shipped);
    CHECK(library.decks[static_cast<std::size_t>(copy.index)].id == "crm-11-flashcards-2");
    CHECK_FALSE(library.decks[static_cast<std::size_t>(library.find("crm-11-flashcards"))].is_user_deck);
    fs::remove_all(folder);
}
