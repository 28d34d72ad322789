// wrong_types_test.cpp: values of the wrong type in decks, progress files, saved
// Flashcards passes, settings and packed progress. The project is built without exceptions
// (JSON_NOEXCEPTION: a nlohmann/json read of the wrong type aborts), so each of these is
// checked before it is read; these tests pin the message or the fallback each one gets.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/deck_loader.h"
#include "core/flashcards.h"
#include "core/json_fields.h"
#include "core/progress_file.h"
#include "core/progress_pack.h"
#include "core/study_settings.h"
#include "core/text_fold.h"

using namespace study;

namespace {

std::vector<std::string> problem_texts(const DeckLoadResult& result) {
    std::vector<std::string> texts;
    for (const DeckProblem& problem : result.problems) texts.push_back(problem.to_text());
    return texts;
}

Deck three_card_deck() {
    Deck deck;
    deck.id = "three";
    for (int i = 0; i < 3; ++i) deck.cards.push_back({"c" + std::to_string(i), "term " + std::to_string(i), "definition " + std::to_string(i)});
    return deck;
}

}  // namespace

TEST_SUITE("wrong types") {
    TEST_CASE("deck: a wrong-typed card list, format or version rejects the deck, and says so") {
        CHECK(problem_texts(parse_deck_json(R"({"title": "x", "cards": "a, b"})", "s.json")) ==
              std::vector<std::string>{"s.json, field \"cards\": should be a list, but is text"});
        CHECK(problem_texts(parse_deck_json(R"({"title": "x", "cards": 3})", "n.json")) ==
              std::vector<std::string>{"n.json, field \"cards\": should be a list, but is a number"});
        CHECK(problem_texts(parse_deck_json(R"({"format": 5, "cards": []})", "f.json")) ==
              std::vector<std::string>{"f.json, field \"format\": is 5, not \"study-arcade-deck\": this is not a Study Arcade deck"});
        CHECK(problem_texts(parse_deck_json(R"({"version": "1", "cards": []})", "v.json")) ==
              std::vector<std::string>{"v.json, field \"version\": is \"1\": this deck needs a newer Study Arcade (this one reads version 1)"});
        CHECK(problem_texts(parse_deck_json("\"a deck\"", "t.json")) ==
              std::vector<std::string>{"t.json: should hold a JSON object with \"title\" and \"cards\", but holds text"});
    }

    TEST_CASE("deck: a card field of the wrong type skips that card, named by index, id and field") {
        const DeckLoadResult result = parse_deck_json(R"({"title": "x", "cards": [
            {"id": "a", "term": 12, "definition": "d"},
            {"id": "b", "term": "t", "definition": ["d"]},
            {"id": true, "term": "t", "definition": "d"},
            {"id": 1.5, "term": "t", "definition": "d"},
            {"id": "e", "statement": "s", "answer": "yes"},
            {"id": "f", "statement": {}, "answer": true},
            {"id": 7, "term": "t", "definition": "d"}
        ]})", "types.json");
        REQUIRE(result.deck);
        REQUIRE(result.deck->cards.size() == 1);
        CHECK(result.deck->cards[0].id == "7");
        CHECK(result.skipped_cards == 6);
        CHECK(problem_texts(result) == std::vector<std::string>{
            "types.json, card 1 (id \"a\"), field \"term\": should be text, but is a number; the card was skipped",
            "types.json, card 2 (id \"b\"), field \"definition\": should be text, but is a list; the card was skipped",
            "types.json, card 3, field \"id\": should be text or a whole number, but is true/false; the card was skipped",
            "types.json, card 4, field \"id\": should be text or a whole number, but is a number; the card was skipped",
            "types.json, card 5 (id \"e\"), field \"answer\": should be true or false, but is text; the card was skipped",
            "types.json, card 6 (id \"f\"), field \"statement\": should be text, but is an object; the card was skipped"});
    }

    TEST_CASE("deck: a wrong-typed title, id, source or language is a warning and the default is used") {
        const DeckLoadResult result = parse_deck_json(
            R"({"title": 5, "id": [], "source": "quizlet", "language": 7, "cards": [{"id": "a", "term": "t", "definition": "d"}]})",
            "My Deck.json");
        REQUIRE(result.deck);
        CHECK(result.deck->title == "My Deck");
        CHECK(result.deck->id == "my-deck");
        CHECK(result.deck->language.empty());
        CHECK(problem_texts(result) == std::vector<std::string>{
            "My Deck.json, field \"title\": should be text, but is a number",
            "My Deck.json, field \"title\": is missing; the file name is used instead",
            "My Deck.json, field \"id\": should be text, but is a list",
            "My Deck.json, field \"source\": should be an object, but is text",
            "My Deck.json, field \"language\": is 7, not a language tag like \"en\" or \"pt-BR\"; English is used"});
        const DeckLoadResult source = parse_deck_json(
            R"({"title": "x", "source": {"site": 1, "author": "A"}, "cards": [{"id": "a", "term": "t", "definition": "d"}]})", "s.json");
        REQUIRE(source.deck);
        CHECK(source.deck->source.site.empty());
        CHECK(source.deck->source.author == "A");
        CHECK(problem_texts(source) == std::vector<std::string>{"s.json, field \"site\": should be text, but is a number"});
    }

    TEST_CASE("deck: JSON errors are reported by the parser's handler with the same words as before") {
        // (The texts the try/catch of before gave, byte for byte; the excerpt is nlohmann's "last read".)
        CHECK(problem_texts(parse_deck_json("{\n  \"title\": \"x\",\n  \"cards\": [ oops ]\n}", "broken.json")) ==
              std::vector<std::string>{"broken.json: is not valid JSON at line 3, column 14 (invalid literal near "
                                       "\xE2\x80\x9C\"cards\": [ o\xE2\x80\x9D)"});
        CHECK(problem_texts(parse_deck_json(R"({"cards": [{"weight": 1e999}]})", "huge.json")) ==
              std::vector<std::string>{"huge.json: could not be read as JSON (number overflow parsing '1e999')"});
        CHECK(problem_texts(parse_deck_json("{\"a\":1}}", "tail.json")) ==
              std::vector<std::string>{"tail.json: is not valid JSON at line 1, column 8 (unexpected '}'; expected end of input)"});
        CHECK(problem_texts(parse_deck_json("", "empty.json")) ==
              std::vector<std::string>{"empty.json: is not valid JSON at line 1, column 1 (unexpected end of input; "
                                       "expected '[', '{', or a literal)"});
    }

    TEST_CASE("progress file: a wrong-typed format, version or deck list is named") {
        const MemoryModel model;
        CHECK(progress_from_json(R"({"format": 5, "version": 1, "decks": {}})", model).error == "is not a Study Arcade progress file");
        CHECK(progress_from_json(R"(["study-arcade-progress"])", model).error == "is not a Study Arcade progress file");
        CHECK(progress_from_json(R"({"format": "study-arcade-progress", "version": "1", "decks": {}})", model).error ==
              "has no valid version (got \"1\")");
        CHECK(progress_from_json(R"({"format": "study-arcade-progress", "version": 1.5, "decks": {}})", model).error ==
              "has no valid version (got 1.5)");
        CHECK(progress_from_json(R"({"format": "study-arcade-progress", "version": 1, "decks": []})", model).error ==
              "has no list of decks");
        CHECK(progress_from_json(R"({"format": "study-arcade-progress", "version": 1, "decks": {"a": 1e999}})", model).error ==
              "is not valid JSON (it was cut short or damaged)");
    }

    TEST_CASE("progress file: wrong-typed entries are skipped and counted, wrong-typed extras ignored") {
        const MemoryModel model;
        const ProgressRead read = progress_from_json(R"({"format": "study-arcade-progress", "version": 1, "saved": "now",
            "decks": {"crm": {"cards": {
                "a": {"start": {"stability": "3", "difficulty": 5, "time": 1}, "reviews": []},
                "b": {"start": [], "reviews": []},
                "c": {"reviews": {}},
                "d": {"reviews": [[1767225600000, 1, "recall", "right"], [-5, "quiz", "recall", "right"],
                                  [1.5, "quiz", "recall", "right"], {"time": 1}]}},
              "flashcardsPass": "open", "matchingBestSeconds": {"+6": 3, "1234": 3, "6": "3", "8": 30},
              "sessions": {"quiz": {"a": 1}}, "foldedSeconds": "10"}}})", model);
        REQUIRE(read.ok);
        CHECK(read.skipped_entries == 11);  // cards a b c, d's 4 reviews, 3 best times, the quiz sessions
        const DeckProgress& deck = *read.store.find_deck("crm");
        CHECK(deck.cards.size() == 1);
        CHECK(deck.cards.at("d").reviews.empty());
        CHECK(deck.flashcards_pass.is_null());
        CHECK(deck.matching_best_seconds == std::map<int, double>{{8, 30.0}});
        CHECK(deck.sessions.empty());
        CHECK(deck.folded_seconds == 0.0);
    }

    TEST_CASE("flashcards: a saved pass with any field of the wrong type is refused and changes nothing") {
        const Deck deck = three_card_deck();
        FlashcardSession played(deck, FlashcardsOptions{true, false}, 5, 0.0);
        played.know(1.0);
        const nlohmann::json good = played.to_json(10.0);
        const std::vector<std::pair<const char*, nlohmann::json>> wrong = {
            {"mode", 5}, {"deck", nullptr}, {"pile", "c0"}, {"pile", {0, 1}}, {"know", nlohmann::json::object()},
            {"dont_know", nullptr}, {"history", {5}}, {"history", {{{"card", 0}, {"from", "none"}, {"to", "know"}}}},
            {"history", {{{"card", "c0"}, {"from", 1}, {"to", "know"}}}}, {"history", {{{"card", "c0"}, {"from", "none"}}}},
            {"term_first", "yes"}, {"shuffle", 1}, {"seed", -1}, {"seed", 1.5}, {"seed", "7"}, {"deals", true},
            {"flipped", 0}, {"retries", 1e10}, {"retries", 4294967296LL}, {"retries", "2"}, {"elapsed", "30"}};
        for (const auto& [key, value] : wrong) {
            nlohmann::json saved = good;
            saved[key] = value;
            CAPTURE(saved.dump());
            FlashcardSession session(deck, FlashcardsOptions{true, false}, 1, 0.0);
            CHECK_FALSE(session.restore(saved, 20.0));
            CHECK(session.remaining() == 3);
            CHECK(session.know_box().empty());
            saved.erase(key);
            CHECK_FALSE(session.restore(saved, 20.0));  // missing altogether
        }
        FlashcardSession session(deck, FlashcardsOptions{true, false}, 1, 0.0);
        for (const nlohmann::json& not_a_pass : {nlohmann::json(), nlohmann::json("flashcards"), nlohmann::json::array({good})}) {
            CHECK_FALSE(session.restore(not_a_pass, 20.0));
        }
        nlohmann::json big_seed = good;
        big_seed["seed"] = std::numeric_limits<std::uint64_t>::max();
        REQUIRE(session.restore(big_seed, 20.0));
        CHECK(session.know_box().size() == 1);
        CHECK(session.remaining() == 2);
    }

    TEST_CASE("settings: wrong-typed values are named and the defaults used") {
        CHECK(settings_from_json("[1, 2]").problem == "it is not a settings document (damaged JSON); the defaults are used");
        CHECK(settings_from_json(R"({"format": 5, "version": 1})").problem ==
              "its \"format\" is not \"study-arcade-settings\"; the defaults are used");
        CHECK(settings_from_json(R"({"format": "study-arcade-settings", "version": "1"})").problem ==
              "its \"version\" is missing or not a whole number above 0; the defaults are used");
        const SettingsRead text_size =
            settings_from_json(R"({"format": "study-arcade-settings", "version": 1, "textSize": "125"})");
        CHECK(text_size.problem == "\"textSize\" is \"125\", not 100, 125 or 150; 100% is used");
        CHECK(text_size.settings.text_size == 100);
        const SettingsRead float_size =
            settings_from_json(R"({"format": "study-arcade-settings", "version": 1, "textSize": 125.0})");
        CHECK(float_size.problem == "\"textSize\" is 125.0, not 100, 125 or 150; 100% is used");
        const SettingsRead retention =
            settings_from_json(R"({"format": "study-arcade-settings", "version": 1, "desiredRetention": "0.85"})");
        CHECK(retention.problem == "\"desiredRetention\" is \"0.85\", not a number; 90% is used");
        CHECK(retention.settings.desired_retention == doctest::Approx(0.9));
    }

    TEST_CASE("packed progress: wrong-typed header or entries are refused or skipped") {
        const MemoryModel model;
        CHECK_FALSE(unpack_deck_progress(R"({"v": "1", "t": 1, "c": {}})", model));
        CHECK_FALSE(unpack_deck_progress(R"({"v": 1, "t": "1", "c": {}})", model));
        CHECK_FALSE(unpack_deck_progress(R"({"v": 1, "t": 1.5, "c": {}})", model));
        CHECK_FALSE(unpack_deck_progress(R"({"v": 1, "t": 1, "c": []})", model));
        const auto skipped = unpack_deck_progress(
            R"({"v": 1, "t": 100, "c": {"a": ["1", 5, 0], "b": [1, 5, "0"], "c": {"x": 1}, "d": [0, 0, 0, "1", 2], "e": [0, 0, 0, 0, 2.5]}})",
            model);
        REQUIRE(skipped);
        CHECK(skipped->cards.empty());
    }

    TEST_CASE("small whole numbers: digits only, never thrown on") {
        CHECK(small_whole_number("0", 3) == 0);
        CHECK(small_whole_number("125", 3) == 125);
        CHECK(small_whole_number("999999999", 9) == 999999999);
        CHECK_FALSE(small_whole_number("1234", 3));
        CHECK_FALSE(small_whole_number("9999999999", 12));  // more than 9 digits never fits
        for (const char* text : {"", "-1", "+1", " 1", "1 ", "1e3", "0x1", "1.0", "\xEF\xBC\x91"}) {
            CAPTURE(text);
            CHECK_FALSE(small_whole_number(text, 9));
        }
    }

    TEST_CASE("json_field_as: a member of the asked type, nothing otherwise") {
        const nlohmann::json object = {{"text", "t"}, {"yes", true}, {"half", 0.5}, {"big", 5000000000LL}, {"minus", -1}};
        CHECK(json_field_as<std::string>(object, "text") == "t");
        CHECK_FALSE(json_field_as<std::string>(object, "yes"));
        CHECK(json_field_as<bool>(object, "yes") == true);
        CHECK_FALSE(json_field_as<bool>(object, "missing"));
        CHECK(json_field_as<double>(object, "big") == 5000000000.0);
        CHECK_FALSE(json_field_as<int>(object, "half"));
        CHECK_FALSE(json_field_as<int>(object, "big"));
        CHECK(json_field_as<std::int64_t>(object, "big") == 5000000000LL);
        CHECK_FALSE(json_field_as<std::uint64_t>(object, "minus"));
        CHECK(json_field_as<int>(object, "minus") == -1);
        CHECK_FALSE(json_field_as<std::string>(nlohmann::json::array({"text"}), "text"));
        CHECK(json_field(nlohmann::json("text"), "text") == nullptr);
    }
}
