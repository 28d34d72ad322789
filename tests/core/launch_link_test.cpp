// launch_link_test.cpp: the rules of launch links (docs/embedding.md): what is accepted,
// what each bad parameter says, the deck-address rule, and building a link back.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/game_report.h"
#include "core/launch_link.h"
#include "core/link_options.h"

using namespace study;

TEST_SUITE("launch link") {
    TEST_CASE("a full link is read parameter by parameter") {
        const LaunchLinkParse parse =
            parse_launch_query("?deck=crm-11-flashcards&mode=Quiz&embed=1&seed=42&origin=https%3A%2F%2Fschool.example&questions=5");
        CHECK(parse.problems.empty());
        CHECK_FALSE(parse.empty);
        CHECK(parse.link.deck == "crm-11-flashcards");
        CHECK(parse.link.mode == "quiz");
        CHECK(parse.link.embed);
        REQUIRE(parse.link.seed);
        CHECK(*parse.link.seed == 42);
        CHECK(parse.link.origin == "https://school.example");
        CHECK(parse.link.options.at("questions") == "5");
    }

    TEST_CASE("no parameters is the normal home screen") {
        CHECK(parse_launch_query("").empty);
        CHECK(parse_launch_query("?").empty);
        CHECK(parse_launch_query("").problems.empty());
    }

    TEST_CASE("each bad parameter gets its own plain message") {
        const LaunchLinkParse parse = parse_launch_query("mode=poker&embed=maybe&seed=-3&origin=https://a.example/page");
        REQUIRE(parse.problems.size() == 5);
        CHECK(parse.problems[0].parameter == "mode");
        CHECK(parse.problems[0].message.find("poker") != std::string::npos);
        CHECK(parse.problems[1].parameter == "embed");
        CHECK(parse.problems[2].parameter == "seed");
        CHECK(parse.problems[3].parameter == "origin");
        CHECK(parse.problems[4].parameter == "deck");  // a mode with no deck
    }

    TEST_CASE("a seed must fit in 64 bits") {
        CHECK(*parse_launch_query("deck=d&seed=18446744073709551615").link.seed == 18446744073709551615ull);
        CHECK(parse_launch_query("deck=d&seed=18446744073709551616").problems.size() == 1);
        CHECK(parse_launch_query("deck=d&seed=12a").problems.size() == 1);
    }

    TEST_CASE("a deck address is https, or http on this machine only") {
        CHECK(is_deck_address("https://decks.example/crm.json"));
        CHECK(is_deck_address("http://127.0.0.1:8000/deck.json"));
        CHECK(is_deck_address("http://localhost/deck.json"));
        CHECK_FALSE(is_deck_address("http://decks.example/crm.json"));
        CHECK_FALSE(is_deck_address("http://localhost.evil.example/deck.json"));
        CHECK_FALSE(is_deck_address("ftp://decks.example/crm.json"));
        CHECK(parse_launch_query("deck=http%3A%2F%2Fdecks.example%2Fa.json").problems.size() == 1);
        CHECK(parse_launch_query("deck=https%3A%2F%2Fdecks.example%2Fa.json").problems.empty());
    }

    TEST_CASE("origin is a bare origin or *") {
        CHECK(parse_launch_query("deck=d&origin=*").problems.empty());
        CHECK(parse_launch_query("deck=d&origin=http://127.0.0.1:8081").problems.empty());
        CHECK(parse_launch_query("deck=d&origin=school.example").problems.size() == 1);
        CHECK(parse_launch_query("deck=d&origin=https://user@school.example").problems.size() == 1);
    }

    TEST_CASE("a malformed percent escape is reported, not guessed") {
        CHECK_FALSE(percent_decode("%4"));
        CHECK_FALSE(percent_decode("%zz"));
        CHECK(*percent_decode("a+b%C3%A9") == "a b\xC3\xA9");
        CHECK(parse_launch_query("deck=%E2%8").problems.size() == 1);
    }

    TEST_CASE("a built link reads back as the same link") {
        LaunchLink link;
        link.deck = "my deck/é";
        link.mode = "matching";
        link.embed = true;
        link.seed = 7;
        link.origin = "https://school.example";
        link.options["round"] = "8";
        const std::string query = build_launch_query(link);
        CHECK(query.find(' ') == std::string::npos);
        const LaunchLinkParse parse = parse_launch_query(query);
        CHECK(parse.problems.empty());
        CHECK(parse.link.deck == link.deck);
        CHECK(parse.link.mode == "matching");
        CHECK(parse.link.embed);
        CHECK(*parse.link.seed == 7);
        CHECK(parse.link.origin == link.origin);
        CHECK(parse.link.options == link.options);
    }
}

TEST_SUITE("game report") {
    TEST_CASE("the completed message carries score, maximum, percent, time and each card") {
        GameReport report;
        report.mode = "matching";
        report.deck_id = "crm-11";
        report.score = 5;
        report.max_score = 6;
        report.seconds = 41.26;
        report.completed = true;
        report.cards = {{"card-1", true, 1}, {"card-2", false, 3}};
        const nlohmann::json message = report_message(report, "CRM 11");
        CHECK(message["source"] == "study-arcade");
        CHECK(message["type"] == "completed");
        CHECK(message["deck"]["title"] == "CRM 11");
        CHECK(message["maxScore"] == 6.0);
        CHECK(message["percent"] == 83.3);
        CHECK(message["seconds"] == 41.3);
        CHECK(message["cards"].size() == 2);
        CHECK(message["cards"][1]["attempts"] == 3);
        report.completed = false;
        CHECK(report_message(report, "CRM 11")["type"] == "progress");
    }
}

TEST_SUITE("link options") {
    TEST_CASE("flashcards read side and shuffle, and write them back") {
        FlashcardsOptions options;
        std::vector<LinkProblem> problems;
        read_link_options({{"side", "definition"}, {"shuffle", "0"}}, options, problems);
        CHECK(problems.empty());
        CHECK_FALSE(options.term_first);
        CHECK_FALSE(options.shuffle);
        CHECK(link_options_of(options) == LinkParameters{{"side", "definition"}, {"shuffle", "0"}});
    }

    TEST_CASE("a bad value or a parameter of another mode is named, and the option keeps its default") {
        FlashcardsOptions options;
        std::vector<LinkProblem> problems;
        read_link_options({{"side", "back"}, {"round", "6"}}, options, problems);
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].parameter == "side");
        CHECK(problems[0].message == "side must be term or definition (got \xE2\x80\x9C" "back\xE2\x80\x9D).");
        CHECK(problems[1].parameter == "round");
        CHECK(problems[1].message.find("not a parameter of flashcards") != std::string::npos);
        CHECK(options.term_first);
    }

    TEST_CASE("numbers are checked against their range") {
        std::vector<LinkProblem> problems;
        LinkOptionReader reader({{"round", "12"}, {"words", "x"}, {"ok", "5"}}, "test", problems);
        int round = 6, words = 10, ok = 0;
        reader.number("round", round, 4, 10);
        reader.number("words", words, 1, 100);
        reader.number("ok", ok, 1, 9);
        reader.finish();
        CHECK(problems.size() == 2);
        CHECK(round == 6);
        CHECK(words == 10);
        CHECK(ok == 5);
    }
}

TEST_SUITE("link options") {
    TEST_CASE("matching, snowman and quiz read their own parameters and write them back") {
        std::vector<LinkProblem> problems;
        MatchingOptions matching;
        read_link_options({{"round", "8"}}, matching, problems);
        CHECK(matching.round_size == 8);
        SnowmanOptions snowman;
        read_link_options({{"words", "all"}, {"long", "1"}}, snowman, problems);
        CHECK(snowman.words == 0);
        CHECK(snowman.long_terms);
        QuizOptions quiz;
        read_link_options({{"questions", "5"}, {"types", "tf,written"}, {"answer", "mixed"}}, quiz, problems);
        CHECK(problems.empty());
        CHECK(quiz.questions == 5);
        CHECK_FALSE(quiz.multiple_choice);
        CHECK(quiz.true_false);
        CHECK(quiz.written);
        CHECK(quiz.answer_with == AnswerWith::mixed);
        CHECK(link_options_of(quiz) == LinkParameters{{"questions", "5"}, {"types", "tf,written"}, {"answer", "mixed"}});
        CHECK(link_options_of(snowman) == LinkParameters{{"words", "all"}, {"long", "1"}});
    }

    TEST_CASE("bad quiz types and round sizes are named") {
        std::vector<LinkProblem> problems;
        QuizOptions quiz;
        read_link_options({{"types", "mc,essay"}}, quiz, problems);
        MatchingOptions matching;
        read_link_options({{"round", "3"}}, matching, problems);
        SnowmanOptions snowman;
        read_link_options({{"words", "0"}}, snowman, problems);
        REQUIRE(problems.size() == 3);
        CHECK(problems[0].parameter == "types");
        CHECK(quiz.multiple_choice);  // unchanged
        CHECK(problems[1].message == "round must be a whole number from 4 to 10 (got \xE2\x80\x9C" "3\xE2\x80\x9D).");
        CHECK(problems[2].parameter == "words");
    }
}
