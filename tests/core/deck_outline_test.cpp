// deck_outline_test.cpp: the web build's deck index (tools/deck_index.py) gives outlines
// that match what the loader makes of the shipped decks, and an outline is completed from
// its file, keeping its id; a bad index or file is reported, never a crash.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/deck_library.h"
#include "core/deck_outline.h"
#include "fresh_folder.h"

using namespace study;
using study::testing::fresh_folder;
namespace fs = std::filesystem;

TEST_CASE("the deck index's outlines are the shipped decks as the loader reads them, without the text") {
    DeckLibrary loaded, outlined;
    loaded.load_folder(STUDY_ARCADE_DECKS_DIR);
    REQUIRE(load_deck_outlines(outlined, STUDY_ARCADE_DECK_INDEX_DIR));
    CHECK(outlined.problems.empty());
    REQUIRE(outlined.decks.size() == loaded.decks.size());
    for (std::size_t i = 0; i < loaded.decks.size(); ++i) {
        const Deck& deck = loaded.decks[i];
        const Deck& outline = outlined.decks[i];
        CAPTURE(deck.id);
        CHECK(outline.is_outline);
        CHECK_FALSE(deck.is_outline);
        CHECK(outline.id == deck.id);
        CHECK(outline.title == deck.title);
        CHECK(outline.source_line() == deck.source_line());
        CHECK(outline.language == deck.language);
        CHECK(outline.pair_count() == deck.pair_count());
        CHECK(outline.statement_count() == deck.statement_count());
        REQUIRE(outline.cards.size() == deck.cards.size());
        for (std::size_t c = 0; c < deck.cards.size(); ++c) {
            CHECK(outline.cards[c].id == deck.cards[c].id);
            CHECK(outline.cards[c].is_statement == deck.cards[c].is_statement);
            CHECK(outline.cards[c].term.empty());
        }
        CHECK(file_name_of(outline.file_path) == file_name_of(deck.file_path));
    }
}

TEST_CASE("an outline deck is completed from its file and keeps the id the index gave it") {
    const fs::path folder = fresh_folder("study_arcade_outline_test");
    std::ofstream(folder / "index.json") << R"({"format": "study-arcade-deck-index", "version": 1, "decks": [
        {"file": "b.json", "id": "b", "title": "Bees", "cards": ["b1", "b2"], "statements": ["b2"]},
        {"file": "a.json", "id": "a", "title": "Ants", "cards": ["a1"]}]})";
    DeckLibrary library;
    REQUIRE(load_deck_outlines(library, folder.string()));
    REQUIRE(library.decks.size() == 2);
    CHECK(library.decks[0].title == "Ants");  // sorted by title, as load_folder sorts
    CHECK(library.decks[1].statement_count() == 1);
    CHECK(has_outline_decks(library));
    CHECK(outline_deck_files(library) == std::vector<std::string>{"a.json", "b.json"});

    SUBCASE("its file has come") {
        std::ofstream(folder / "b.json") << R"({"id": "b-renamed", "title": "Bees", "cards": [
            {"id": "b1", "term": "Worker", "definition": "gathers"},
            {"id": "b2", "statement": "Bees sleep", "answer": true}]})";
        REQUIRE(complete_deck_outline(library, "b.json"));
        const Deck& bees = library.decks[1];
        CHECK_FALSE(bees.is_outline);
        CHECK(bees.id == "b");
        CHECK(bees.cards[0].term == "Worker");
        CHECK(bees.cards[1].is_statement);
        CHECK(outline_deck_files(library) == std::vector<std::string>{"a.json"});
        std::ofstream(folder / "a.json") << R"({"id": "a", "title": "Ants", "cards": [{"id": "a1", "term": "Q", "definition": "lays"}]})";
        REQUIRE(complete_deck_outline(library, "a.json"));
        CHECK_FALSE(has_outline_decks(library));
    }
    SUBCASE("its file is missing or damaged: reported, and the outline stays") {
        CHECK_FALSE(complete_deck_outline(library, "a.json"));
        std::ofstream(folder / "b.json") << "<html>not found</html>";
        CHECK_FALSE(complete_deck_outline(library, "b.json"));
        CHECK(library.decks[1].is_outline);
        REQUIRE(library.problems.size() == 2);
        CHECK(library.problems[0].file == "a.json");
        CHECK(library.problems[1].file == "b.json");
        CHECK_FALSE(complete_deck_outline(library, "unknown.json"));
    }
    fs::remove_all(folder);
}

TEST_CASE("a folder without an index is not outlined; a damaged index is a problem, not a crash") {
    const fs::path folder = fresh_folder("study_arcade_outline_bad_test");
    DeckLibrary library;
    CHECK_FALSE(load_deck_outlines(library, folder.string()));
    CHECK(library.problems.empty());
    for (const char* index : {"{\"format\": \"study-arcade-deck-index\", \"decks\": 3}", "[1, 2", "{}",
                              R"({"format": "study-arcade-deck-index", "decks": [{"file": "../x.json", "id": "x", "cards": ["1"]},
                                  {"file": "y.json", "id": "y", "cards": []}, {"file": "z.json", "id": "z", "cards": [1]}, 7]})"}) {
        CAPTURE(index);
        std::ofstream(folder / "index.json") << index;
        DeckLibrary damaged;
        CHECK(load_deck_outlines(damaged, folder.string()));
        CHECK(damaged.decks.empty());
        CHECK_FALSE(damaged.problems.empty());
        CHECK(damaged.problems[0].file == "index.json");
    }
    fs::remove_all(folder);
}
