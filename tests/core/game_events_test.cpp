// game_events_test.cpp: the answer events and score reports the Snowman and Quiz games
// compute themselves (Flashcards' and Matching's are in their own test files): what a
// teacher's gradebook and the memory model receive from each mode.
#include <doctest/doctest.h>

#include "core/snowman.h"

using namespace study;

namespace {

Deck word_deck(std::initializer_list<const char*> terms) {
    Deck deck;
    deck.id = "words";
    int n = 0;
    for (const char* term : terms) deck.cards.push_back({"w" + std::to_string(n++), term, "a clue"});
    return deck;
}

void type_word(SnowmanGame& game, const std::string& letters) {
    for (char c : letters) game.guess_letter(static_cast<char32_t>(c));
}

}  // namespace

TEST_CASE("Snowman: one recall answer per finished word; hints or many wrong letters make it right with help") {
    const Deck deck = word_deck({"abc", "def", "ghi", "jkl"});
    SnowmanGame game(deck, SnowmanOptions{4, false}, 5, 100.0);
    std::vector<std::string> order;
    const auto play = [&](const std::string& wrong_letters, bool hint, bool solve) {
        order.push_back(game.card().id);
        type_word(game, wrong_letters);
        if (hint) game.hint();
        if (solve) game.guess_term(game.card().term);
        else type_word(game, "mnopqrstuvwxyz");  // seven wrong letters melt it
        CHECK(game.word_over());
    };
    play("", false, true);       // clean: right
    REQUIRE(game.next_word());
    play("xy", false, true);     // two wrong letters: still right
    REQUIRE(game.next_word());
    play("xyz", false, true);    // three: right with help
    REQUIRE(game.next_word());
    const int revision = game.revision();
    play("", true, false);       // a hint, then lost: wrong
    CHECK(game.revision() == revision + 1);
    const std::vector<AnswerEvent> events = game.take_events();
    REQUIRE(events.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(events[i].card_id == order[i]);
        CHECK(events[i].mode == StudyMode::snowman);
        CHECK(events[i].format == AnswerFormat::recall);
    }
    CHECK(events[0].outcome == AnswerOutcome::right);
    CHECK(events[1].outcome == AnswerOutcome::right);
    CHECK(events[2].outcome == AnswerOutcome::right_with_help);
    CHECK(events[3].outcome == AnswerOutcome::wrong);
    CHECK(game.take_events().empty());

    const GameReport report = game.report(160.0);
    CHECK(report.mode == "snowman");
    CHECK(report.deck_id == "words");
    CHECK(report.score == 3);
    CHECK(report.max_score == 4);
    CHECK(report.seconds == doctest::Approx(60.0));  // the clock started with the game
    CHECK(report.completed);
    REQUIRE(report.cards.size() == 4);
    CHECK((report.cards[1].correct && report.cards[1].attempts == 3));
    CHECK_FALSE(report.cards[3].correct);
}
