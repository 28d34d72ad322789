// fuzz_regressions_test.cpp: inputs the fuzz harnesses of tests/fuzz found, kept as
// regression cases (each names its harness; the harness header says what it checks).
#include <doctest/doctest.h>

#include <string>

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
