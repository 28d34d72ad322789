// fuzz_regressions_test.cpp: inputs the fuzz harnesses of tests/fuzz found, kept as
// regression cases (each names its harness; the harness header says what it checks).
#include <doctest/doctest.h>

#include <string>

#include "core/deck_import.h"
#include "core/progress_file.h"

using namespace study;

namespace {

// `head` repeated `times` times, then `tail` as often (as fuzz_long_inputs builds them).
std::string nested(const std::string& head, const std::string& tail, int times) {
    std::string text;
    for (int i = 0; i < times; ++i) text += head;
    for (int i = 0; i < times; ++i) text += tail;
    return text;
}

}  // namespace

TEST_CASE("fuzz_long_inputs: a progress file whose Flashcards pass nests 100,000 deep is read and saved without overflowing the stack") {
    const MemoryModel model;
    const std::string text = nested(
        R"({"format":"study-arcade-progress","version":1,"decks":{"d":{"flashcardsPass":{"a":[)", "]}}}}", 20'000);
    const ProgressRead read = progress_from_json(text, model);
    REQUIRE(read.ok);
    CHECK(read.skipped_entries == 1);  // the outermost deck's pass, too deep to be one
    REQUIRE(read.store.find_deck("d") != nullptr);
    CHECK(read.store.find_deck("d")->flashcards_pass.is_null());
    CHECK(progress_from_json(progress_to_json(read.store, 1), model).ok);

    // A pass as FlashcardSession::to_json writes it is kept.
    const ProgressRead shallow = progress_from_json(
        R"({"format":"study-arcade-progress","version":1,"decks":{"d":{"flashcardsPass":{"pile":["a"],"history":[{"card":"a","from":"none","to":"know"}]}}}})",
        model);
    REQUIRE(shallow.ok);
    CHECK(shallow.skipped_entries == 0);
    CHECK(shallow.store.find_deck("d")->flashcards_pass["history"][0]["to"] == "know");
}

TEST_CASE("fuzz regression: thousands of cards with one term get their ids in linear time") {
    // fuzz_long_inputs timed out on Anki notes "a<TAB>b<TAB>c" repeated 43,000 times: each
    // card's id tried "a-2", "a-3"... from the start (quadratic).
    std::string text;
    for (int i = 0; i < 43000; ++i) text += "a\tb\tc\n";
    ImportOptions options;
    options.format = ImportFormat::anki;
    const DeckLoadResult result = import_deck_text(text, "long.txt", options);
    REQUIRE(result.deck);
    REQUIRE(result.deck->cards.size() == 43000);
    CHECK(result.deck->cards[0].id == "a");
    CHECK(result.deck->cards[1].id == "a-2");
    CHECK(result.deck->cards.back().id == "a-43000");
}
