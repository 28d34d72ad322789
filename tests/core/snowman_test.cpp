// snowman_test.cpp: the rules of the Snowman game: what is shown from the start, how a
// letter reveals (case and accents ignored), the seven steps, whole-term guesses, the
// hint's cost, the score and streak, and which cards are left out.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/snowman.h"

using namespace study;

namespace {

Deck one_word(const std::string& term, const std::string& definition = "a clue") {
    Deck deck;
    deck.id = "one";
    deck.cards.push_back({"w1", term, definition});
    return deck;
}

std::string shown(const SnowmanGame& game) {
    std::string out;
    for (const SnowmanCell& cell : game.cells()) out += cell.revealed ? cell.text : "_";
    return out;
}

}  // namespace

TEST_SUITE("snowman") {
    TEST_CASE("spaces, digits and punctuation are shown from the start; letters are blanks") {
        SnowmanGame game(one_word("B2B (e-mail) / CRM's"), {}, 1);
        CHECK(shown(game) == "_2_ (_-____) / ___'_");
        CHECK(SnowmanGame::letter_count("B2B (e-mail) / CRM's") == 11);
    }

    TEST_CASE("a letter reveals every place it occurs, in any case") {
        SnowmanGame game(one_word("Sales Process"), {}, 1);
        CHECK(game.guess_letter('s') == SnowmanGuess::right);
        CHECK(shown(game) == "S___s _____ss");
        CHECK(game.guess_letter('E') == SnowmanGuess::right);
        CHECK(shown(game) == "S__es ____ess");
        CHECK(game.letter_state('s') == LetterState::right);
        CHECK(game.steps_melted() == 0);
    }

    TEST_CASE("a letter reveals its accented forms, and an accented guess the plain ones") {
        SnowmanGame game(one_word("Caf\xC3\xA9 r\xC3\xA9sum\xC3\xA9"), {}, 1);  // Café résumé
        CHECK(game.guess_letter('e') == SnowmanGuess::right);
        CHECK(shown(game) == "___\xC3\xA9 _\xC3\xA9___\xC3\xA9");
        SnowmanGame other(one_word("resume"), {}, 1);
        CHECK(other.guess_letter(U'\u00C9') == SnowmanGuess::right);  // É
        CHECK(shown(other) == "_e___e");
    }

    TEST_CASE("a wrong letter melts one step; a letter tried twice or a non-letter costs nothing") {
        SnowmanGame game(one_word("Churn"), {}, 1);
        CHECK(game.guess_letter('z') == SnowmanGuess::wrong);
        CHECK(game.steps_melted() == 1);
        CHECK(game.letter_state('z') == LetterState::wrong);
        CHECK(game.guess_letter('Z') == SnowmanGuess::already_tried);
        CHECK(game.guess_letter('7') == SnowmanGuess::ignored);
        CHECK(game.guess_letter('-') == SnowmanGuess::ignored);
        CHECK(game.steps_melted() == 1);
        CHECK(game.letter_state('q') == LetterState::untried);
    }

    TEST_CASE("after seven wrong steps the word is lost and the whole term is shown") {
        SnowmanGame game(one_word("Lead"), {}, 1);
        const char wrong[] = "bcfghij";
        for (int i = 0; i < 6; ++i) CHECK(game.guess_letter(static_cast<char32_t>(wrong[i])) == SnowmanGuess::wrong);
        CHECK(game.steps_left() == 1);
        CHECK_FALSE(game.word_over());
        CHECK(game.guess_letter('j') == SnowmanGuess::lost);
        CHECK(game.word_over());
        CHECK_FALSE(game.word_solved());
        CHECK(shown(game) == "Lead");
        CHECK(game.guess_letter('l') == SnowmanGuess::ignored);
        CHECK(game.results().back().score == 0);
    }

    TEST_CASE("a lost word marks the letters the player never found, and only those") {
        SnowmanGame game(one_word("Lead"), {}, 1);
        CHECK(game.guess_letter('e') == SnowmanGuess::right);
        for (char c : std::string("bcfghij")) game.guess_letter(static_cast<char32_t>(c));
        REQUIRE(game.word_over());
        std::string missed;
        for (const SnowmanCell& cell : game.cells()) missed += cell.missed ? "x" : ".";
        CHECK(missed == "x.xx");
        SnowmanGame solved(one_word("Lead"), {}, 1);
        solved.guess_term("lead");
        for (const SnowmanCell& cell : solved.cells()) CHECK_FALSE(cell.missed);
    }

    TEST_CASE("guessing the whole term: right ignores case, accents and punctuation; wrong costs a step") {
        SnowmanGame game(one_word("Customer Lifetime-Value"), {}, 1);
        CHECK(game.guess_term("customer lifetime valu") == SnowmanGuess::wrong);
        CHECK(game.steps_melted() == 1);
        CHECK(game.guess_term("   ") == SnowmanGuess::ignored);
        CHECK(game.guess_term("CUSTOMER LIFETIME VALUE") == SnowmanGuess::solved);
        CHECK(shown(game) == "Customer Lifetime-Value");
        CHECK(game.results().back().score == SnowmanGame::word_points(1));
    }

    TEST_CASE("a hint reveals one letter for one step, but never melts the last step") {
        SnowmanGame game(one_word("Upsell"), {}, 1);
        CHECK(game.hint());
        CHECK(shown(game) == "U_____");
        CHECK(game.steps_melted() == 1);
        CHECK(game.letter_state('u') == LetterState::right);
        for (char c : std::string("abcdf")) game.guess_letter(static_cast<char32_t>(c));
        CHECK(game.steps_left() == 1);
        CHECK_FALSE(game.hint());
        CHECK(game.steps_left() == 1);
        CHECK(game.results().empty());
    }

    TEST_CASE("a hint that reveals the last letters solves the word") {
        SnowmanGame game(one_word("Go"), {}, 1);
        game.guess_letter('g');
        CHECK(game.hint());
        CHECK(game.word_solved());
        CHECK(game.results().back().hints == 1);
    }

    TEST_CASE("score per word, streak, solved and missed over a round") {
        Deck deck;
        for (const char* term : {"Alpha", "Beta", "Gamma"}) deck.cards.push_back({term, term, "clue"});
        SnowmanGame game(deck, {}, 3);
        CHECK(game.word_count() == 3);
        game.guess_term(game.card().term);  // solved, no step
        CHECK(game.streak() == 1);
        CHECK(game.next_word());
        game.guess_letter('z');
        game.guess_term(game.card().term);  // solved after one step
        CHECK(game.streak() == 2);
        CHECK(game.next_word());
        for (char c : std::string("qwxyzuv")) game.guess_letter(static_cast<char32_t>(c));  // lost
        CHECK(game.round_over());
        CHECK_FALSE(game.next_word());
        CHECK(game.streak() == 0);
        CHECK(game.best_streak() == 2);
        CHECK(game.solved_count() == 2);
        CHECK(game.missed_count() == 1);
        CHECK(game.score() == SnowmanGame::word_points(0) + SnowmanGame::word_points(1));
    }

    TEST_CASE("words come from term cards only; long terms only when asked; 10 words by default") {
        Deck deck;
        for (int i = 0; i < 14; ++i) deck.cards.push_back({"c" + std::to_string(i), "Term " + std::to_string(i), "clue"});
        deck.cards.push_back({"s1", "CRM is a strategy.", "True", true, true});
        deck.cards.push_back({"long", "Customer relationship management software platforms", "clue"});  // 45 letters
        SnowmanGame game(deck, {}, 4);
        CHECK(game.word_count() == 10);
        CHECK(game.left_out_statements() == 1);
        CHECK(game.left_out_long() == 1);
        SnowmanGame whole(deck, {0, false}, 4);
        CHECK(whole.word_count() == 14);
        SnowmanGame with_long(deck, {0, true}, 4);
        CHECK(with_long.word_count() == 15);
        CHECK(with_long.left_out_long() == 0);
        for (int i = 0; i < with_long.word_count(); ++i) {
            CHECK_FALSE(with_long.card().is_statement);
            with_long.guess_term(with_long.card().term);
            with_long.next_word();
        }
    }

    TEST_CASE("the same seed gives the same words in the same order, however the words are played") {
        Deck deck;
        for (int i = 0; i < 30; ++i) deck.cards.push_back({"c" + std::to_string(i), "Term " + std::to_string(i), "clue"});
        // Plays a whole round, each word solved at once or lost by wrong whole-term
        // guesses; returns every word's card id in playing order.
        const auto play = [&deck](std::uint64_t seed, bool solve) {
            SnowmanGame game(deck, {}, seed);
            std::string order;
            int words = 0;
            do {
                REQUIRE(game.has_word());
                REQUIRE(game.word_number() == words + 1);
                order += game.card().id + ",";
                ++words;
                if (solve) {
                    CHECK(game.guess_term(game.card().term) == SnowmanGuess::solved);
                } else {
                    for (int step = 0; step < SnowmanGame::kSteps; ++step) game.guess_term("not it");
                    CHECK_FALSE(game.word_solved());
                }
                REQUIRE(game.word_over());
            } while (game.next_word());
            CHECK(game.round_over());
            CHECK(words == game.word_count());
            CHECK(static_cast<int>(game.results().size()) == words);
            CHECK(game.solved_count() == (solve ? words : 0));
            return order;
        };
        const std::string first = play(9, true), again = play(9, true), lost = play(9, false), other = play(10, true);
        CHECK(std::count(first.begin(), first.end(), ',') == 10);
        CHECK(first == again);
        CHECK(first == lost);  // the order is the seed's, not the play's
        CHECK(first != other);
        // No word twice in a round.
        std::set<std::string> ids;
        std::size_t start = 0;
        for (std::size_t comma; (comma = first.find(',', start)) != std::string::npos; start = comma + 1) {
            CHECK(ids.insert(first.substr(start, comma - start)).second);
        }
    }
}
