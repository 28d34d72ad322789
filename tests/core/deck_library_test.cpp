// deck_library_test.cpp: the library loads the shipped decks, and one broken file in
// a folder never stops the others.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/deck_library.h"

using namespace study;
namespace fs = std::filesystem;

TEST_CASE("every shipped deck loads without a single problem") {
    DeckLibrary library;
    library.load_folder(STUDY_ARCADE_DECKS_DIR);
    for (const auto& problem : library.problems) FAIL_CHECK(problem.to_text());
    CHECK(library.decks.size() == 5);
    for (const Deck& deck : library.decks) {
        CHECK_FALSE(deck.title.empty());
        CHECK(deck.cards.size() >= 10);
    }
    for (std::size_t i = 1; i < library.decks.size(); ++i) {
        CHECK(library.decks[i - 1].title <= library.decks[i].title);
    }
}

TEST_CASE("a broken file is reported by name and the other decks still load") {
    const fs::path folder = fs::temp_directory_path() / "study_arcade_library_test";
    fs::remove_all(folder);
    fs::create_directories(folder);
    std::ofstream(folder / "good.json") << R"({"id": "good", "title": "Good", "cards": [{"id": "1", "term": "A", "definition": "a"}]})";
    std::ofstream(folder / "broken.json") << R"({"title": "Broken", "cards": [)";
    std::ofstream(folder / "deck.schema.json") << R"({"$schema": "not a deck"})";
    std::ofstream(folder / "notes.txt") << "not a deck either";

    DeckLibrary library;
    library.load_folder(folder.string());
    REQUIRE(library.decks.size() == 1);
    CHECK(library.decks[0].title == "Good");
    REQUIRE(library.problems.size() == 1);
    CHECK(library.problems[0].file == "broken.json");
    CHECK(library.rejected_file_count() == 1);
    fs::remove_all(folder);
}

TEST_CASE("a missing folder is a problem, not a crash") {
    DeckLibrary library;
    library.load_folder("/nonexistent/decks");
    CHECK(library.decks.empty());
    CHECK(library.problems.size() == 1);
}

TEST_CASE("two files with one deck id both load, the second under a new id") {
    DeckLibrary library;
    const fs::path first = fs::temp_directory_path() / "study_arcade_same_id_1.json";
    const fs::path second = fs::temp_directory_path() / "study_arcade_same_id_2.json";
    for (const fs::path& file : {first, second}) {
        std::ofstream(file) << R"({"id": "same", "title": "Same", "cards": [{"id": "1", "term": "A", "definition": "a"}]})";
    }
    CHECK(library.load_file(first.string()) == 0);
    CHECK(library.load_file(second.string()) == 1);
    CHECK(library.decks[1].id == "same-2");
    CHECK(library.find("same-2") == 1);
    fs::remove(first);
    fs::remove(second);
}

TEST_CASE("a file already in the library is not loaded twice") {
    DeckLibrary library;
    library.load_folder(STUDY_ARCADE_DECKS_DIR);
    const std::size_t count = library.decks.size();
    const int index = library.load_file(std::string(STUDY_ARCADE_DECKS_DIR) + "/../decks/crm-11-flashcards.json");
    CHECK(library.decks.size() == count);
    REQUIRE(index >= 0);
    CHECK(library.decks[static_cast<std::size_t>(index)].id == "crm-11-flashcards");
}
