// deck_loader_test.cpp: pins what a deck file must hold and the messages for bad ones.
#include <doctest/doctest.h>

#include "core/deck_export.h"
#include "core/deck_import.h"
#include "core/deck_loader.h"

using namespace study;

namespace {
std::string first_problem(const DeckLoadResult& result) {
    return result.problems.empty() ? "" : result.problems.front().to_text();
}
}  // namespace

TEST_CASE("a well-formed deck loads with its cards and statements") {
    const auto result = parse_deck_json(R"({
        "format": "study-arcade-deck", "version": 1, "id": "crm", "title": "CRM basics",
        "source": {"site": "StudyStack", "author": "mkale"},
        "cards": [
            {"id": "a", "term": "Churn", "definition": "customers who leave"},
            {"id": "b", "statement": "CRM stands for customer relationship management.", "answer": true}
        ]})", "crm.json");
    REQUIRE(result.deck);
    CHECK(result.problems.empty());
    const Deck& deck = *result.deck;
    CHECK(deck.id == "crm");
    CHECK(deck.title == "CRM basics");
    CHECK(deck.source_line() == "StudyStack \xC2\xB7 mkale");
    REQUIRE(deck.cards.size() == 2);
    CHECK(deck.cards[0].term == "Churn");
    CHECK_FALSE(deck.cards[0].is_statement);
    CHECK(deck.cards[1].is_statement);
    CHECK(deck.cards[1].definition == "True");
    CHECK(deck.pair_count() == 1);
    CHECK(deck.statement_count() == 1);
}

TEST_CASE("malformed JSON rejects the deck and says where") {
    const auto result = parse_deck_json("{\n  \"title\": \"x\",\n  \"cards\": [ oops ]\n}", "broken.json");
    CHECK_FALSE(result.deck);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].severity == ProblemSeverity::rejected_deck);
    CHECK(first_problem(result).find("broken.json: is not valid JSON at line 3") == 0);
}

TEST_CASE("invalid UTF-8 rejects the deck with its position") {
    const auto result = parse_deck_json("{\"title\": \"caf\xE9\", \"cards\": []}", "latin1.json");
    CHECK_FALSE(result.deck);
    CHECK(first_problem(result) == "latin1.json: is not valid UTF-8 text (bad byte at line 1, column 15); save it as UTF-8");
}

TEST_CASE("a deck without a card list, or with an empty one, is rejected") {
    CHECK(first_problem(parse_deck_json(R"({"title": "x"})", "a.json")) ==
          "a.json, field \"cards\": is missing (a deck needs a list of cards)");
    CHECK(first_problem(parse_deck_json(R"({"title": "x", "cards": {}})", "b.json")) ==
          "b.json, field \"cards\": should be a list, but is an object");
    CHECK(first_problem(parse_deck_json(R"({"title": "x", "cards": []})", "c.json")) ==
          "c.json, field \"cards\": is empty (a deck needs at least one card)");
    CHECK(first_problem(parse_deck_json(R"([1, 2])", "d.json")).find("should hold a JSON object") != std::string::npos);
}

TEST_CASE("a bad card is skipped, named by index, id and field, and the rest loads") {
    const auto result = parse_deck_json(R"({"title": "x", "cards": [
        {"id": "ok", "term": "A", "definition": "a"},
        {"id": "empty-term", "term": "  ", "definition": "b"},
        {"id": "number-def", "term": "C", "definition": 3},
        {"id": "ok", "term": "D", "definition": "dup"},
        {"id": "no-answer", "statement": "S"},
        "not an object"
    ]})", "mixed.json");
    REQUIRE(result.deck);
    CHECK(result.deck->cards.size() == 1);
    CHECK(result.skipped_cards == 5);
    REQUIRE(result.problems.size() == 5);
    CHECK(result.problems[0].to_text() ==
          "mixed.json, card 2 (id \"empty-term\"), field \"term\": is empty; the card was skipped");
    CHECK(result.problems[1].to_text() ==
          "mixed.json, card 3 (id \"number-def\"), field \"definition\": should be text, but is a number; the card was skipped");
    CHECK(result.problems[2].to_text() ==
          "mixed.json, card 4 (id \"ok\"), field \"id\": is used by an earlier card too (ids must be unique); the card was skipped");
    CHECK(result.problems[3].field == "answer");
    CHECK(result.problems[4].card_index == 5);
}

TEST_CASE("a deck whose every card is bad is rejected") {
    const auto result = parse_deck_json(R"({"title": "x", "cards": [{"term": "A"}]})", "bad.json");
    CHECK_FALSE(result.deck);
    CHECK(result.problems.back().to_text() == "bad.json, field \"cards\": has no usable card (all 1 were skipped)");
}

TEST_CASE("missing ids and titles are made up, with a warning") {
    const auto result = parse_deck_json(R"({"cards": [{"term": "A", "definition": "a"}]})", "My Deck.json");
    REQUIRE(result.deck);
    CHECK(result.deck->title == "My Deck");
    CHECK(result.deck->id == "my-deck");
    CHECK(result.deck->cards[0].id == "card-1");
    CHECK(result.problems.size() == 2);
    for (const auto& problem : result.problems) CHECK(problem.severity == ProblemSeverity::warning);
}

TEST_CASE("text is trimmed and line breaks inside definitions are kept") {
    const auto result = parse_deck_json(R"({"title": " T ", "cards": [{"id": "1", "term": " A ", "definition": "- one\n- two\n"}]})", "t.json");
    REQUIRE(result.deck);
    CHECK(result.deck->title == "T");
    CHECK(result.deck->cards[0].term == "A");
    CHECK(result.deck->cards[0].definition == "- one\n- two");
}

TEST_CASE("a file too big to be a deck is rejected before parsing") {
    const std::string huge(kMaxDeckFileBytes + 1, ' ');
    CHECK(first_problem(parse_deck_json(huge, "huge.json")).find("too big to be a deck") != std::string::npos);
}

TEST_CASE("a missing file is reported, not thrown") {
    const auto result = load_deck_file("/nonexistent/folder/deck.json");
    CHECK_FALSE(result.deck);
    CHECK(first_problem(result) == "deck.json: could not be opened (missing, or not readable)");
}

TEST_CASE("another format or a newer version is rejected; unknown fields are ignored with a warning") {
    CHECK(first_problem(parse_deck_json(R"({"format": "anki", "cards": []})", "a.json")) ==
          "a.json, field \"format\": is \"anki\", not \"study-arcade-deck\": this is not a Study Arcade deck");
    CHECK(first_problem(parse_deck_json(R"({"version": 2, "cards": []})", "v.json")).find("needs a newer Study Arcade") !=
          std::string::npos);
    const auto result = parse_deck_json(
        R"({"title": "T", "color": "red", "cards": [{"id": "1", "term": "A", "defintion": "typo", "definition": "a"}]})",
        "typo.json");
    REQUIRE(result.deck);
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].to_text() == "typo.json, field \"color\": is not a field of the deck format; it was ignored");
    CHECK(result.problems[1].to_text() ==
          "typo.json, card 1 (id \"1\"), field \"defintion\": is not a field of the deck format; it was ignored");
}

TEST_CASE("a number too large for JSON is a rejected deck, not a crash") {
    const auto result = parse_deck_json(R"({"title": "x", "cards": [{"term": "A", "definition": "a", "weight": 1e999}]})", "huge-number.json");
    CHECK_FALSE(result.deck);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].to_text().find("huge-number.json: could not be read as JSON") == 0);
}

TEST_CASE("a deck's language: a BCP 47 tag is kept and exported; a bad one warns and English is used") {
    const auto spanish = parse_deck_json(R"({"title": "Vocabulario", "language": "es-MX",
        "cards": [{"id": "a", "term": "perro", "definition": "dog"}]})", "es.json");
    REQUIRE(spanish.deck);
    CHECK(spanish.problems.empty());
    CHECK(spanish.deck->language == "es-MX");
    CHECK(spanish.deck->speech_language() == "es-MX");
    const auto again = parse_deck_json(export_deck_json(*spanish.deck), "again.json");
    REQUIRE(again.deck);
    CHECK(again.deck->language == "es-MX");

    const auto bad = parse_deck_json(R"({"title": "T", "language": "spanish please",
        "cards": [{"id": "a", "term": "perro", "definition": "dog"}]})", "bad.json");
    REQUIRE(bad.deck);
    CHECK(bad.deck->language.empty());
    CHECK(bad.deck->speech_language() == "en");
    CHECK(first_problem(bad).find("language") != std::string::npos);

    CHECK(is_language_tag("en"));
    CHECK(is_language_tag("zh-Hant-TW"));
    CHECK_FALSE(is_language_tag("e"));
    CHECK_FALSE(is_language_tag("en_US"));
    CHECK_FALSE(is_language_tag("en-"));
    CHECK_FALSE(is_language_tag(""));
}

TEST_CASE("importers take the language given for the cards") {
    ImportOptions options;
    options.language = "fr";
    const auto pasted = import_deck_text("chien\tdog\nchat\tcat\n", "words.txt", options);
    REQUIRE(pasted.deck);
    CHECK(pasted.deck->language == "fr");
    const auto json_deck = import_deck_text(R"({"title": "T", "language": "de",
        "cards": [{"id": "a", "term": "Hund", "definition": "dog"}]})", "d.json", options);
    REQUIRE(json_deck.deck);
    CHECK(json_deck.deck->language == "de");  // the deck's own wins
}
