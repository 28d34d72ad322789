// matching_test.cpp: the rules of the Matching game: what counts as a pair, the
// one-second penalty, the clock from the first move, the end of a round and of the
// deck, statements never dealt, and no two cards with one term or definition in a round.
#include <doctest/doctest.h>

#include <set>

#include "core/matching.h"

using namespace study;

namespace {

Deck numbered_deck(int count) {
    Deck deck;
    deck.id = "numbers";
    for (int i = 0; i < count; ++i) {
        deck.cards.push_back({"c" + std::to_string(i), "term " + std::to_string(i), "definition " + std::to_string(i)});
    }
    return deck;
}

// The tile of `card`'s term (or definition) in the current round.
int tile_of(const MatchingGame& game, int card, bool term) {
    for (std::size_t i = 0; i < game.tiles().size(); ++i) {
        if (game.tiles()[i].card == card && game.tiles()[i].is_term == term) return static_cast<int>(i);
    }
    return -1;
}

void match_all(MatchingGame& game, double now) {
    for (std::size_t i = 0; i < game.tiles().size(); ++i) {
        const MatchTile tile = game.tiles()[i];
        if (tile.matched || !tile.is_term) continue;
        game.select(static_cast<int>(i), now);
        game.select(tile_of(game, tile.card, false), now);
    }
}

}  // namespace

TEST_SUITE("matching") {
    TEST_CASE("a round deals N cards as 2N tiles, a term and a definition each") {
        MatchingGame game(numbered_deck(20), {}, 1);
        REQUIRE(game.tiles().size() == 12);
        std::multiset<int> cards;
        int terms = 0;
        for (const MatchTile& tile : game.tiles()) {
            cards.insert(tile.card);
            terms += tile.is_term;
        }
        CHECK(terms == 6);
        for (int card : cards) CHECK(cards.count(card) == 2);
        CHECK(MatchingGame(numbered_deck(20), {4}, 1).tiles().size() == 8);
        CHECK(MatchingGame(numbered_deck(20), {10}, 1).tiles().size() == 20);
        CHECK(MatchingGame(numbered_deck(20), {99}, 1).tiles().size() == 20);  // clamped to 10
    }

    TEST_CASE("a term and its definition make a pair, in either order") {
        MatchingGame game(numbered_deck(6), {}, 2);
        const int card = game.tiles()[0].card;
        CHECK(game.select(tile_of(game, card, false), 0) == MatchResult::selected);
        CHECK(game.select(tile_of(game, card, true), 1) == MatchResult::matched);
        CHECK(game.tiles()[static_cast<std::size_t>(tile_of(game, card, true))].matched);
        int other = -1;
        for (const MatchTile& tile : game.tiles()) {
            if (tile.card != card) other = tile.card;
        }
        CHECK(game.select(tile_of(game, other, true), 2) == MatchResult::selected);
        CHECK(game.select(tile_of(game, other, false), 3) == MatchResult::matched);
        CHECK(game.pairs_left() == 4);
        CHECK(game.misses() == 0);
    }

    TEST_CASE("two tiles of one side do not pair: the second takes the selection; a matched tile is ignored") {
        MatchingGame game(numbered_deck(6), {}, 3);
        const int a = tile_of(game, game.tiles()[0].card, true);
        int b = -1;
        for (std::size_t i = 0; i < game.tiles().size(); ++i) {
            if (game.tiles()[i].is_term && static_cast<int>(i) != a) b = static_cast<int>(i);
        }
        CHECK(game.select(a, 0) == MatchResult::selected);
        CHECK(game.select(b, 0) == MatchResult::selected);
        CHECK(game.selected() == b);
        CHECK(game.select(b, 0) == MatchResult::deselected);
        CHECK(game.selected() == -1);
        const int card = game.tiles()[static_cast<std::size_t>(a)].card;
        game.select(a, 0);
        game.select(tile_of(game, card, false), 0);
        CHECK(game.select(a, 0) == MatchResult::ignored);
        CHECK(game.misses() == 0);
    }

    TEST_CASE("a wrong pair is a miss with a one-second penalty on the clock") {
        MatchingGame game(numbered_deck(6), {}, 4);
        const int first = game.tiles()[0].card;
        int second = -1;
        for (const MatchTile& tile : game.tiles()) {
            if (tile.card != first) second = tile.card;
        }
        CHECK(game.round_seconds(5) == 0);  // the clock starts at the first move
        CHECK(game.select(tile_of(game, first, true), 10) == MatchResult::selected);
        CHECK(game.select(tile_of(game, second, false), 11) == MatchResult::mismatched);
        CHECK(game.misses() == 1);
        CHECK(game.penalty_seconds() == 1.0);
        CHECK(game.round_seconds(12.5) == doctest::Approx(3.5));  // 2.5 s played + 1 s penalty
        CHECK(game.last_mismatch().first == tile_of(game, first, true));
        CHECK(game.misses_of(first) == 1);
        CHECK(game.misses_of(second) == 1);
        CHECK(game.selected() == -1);
    }

    TEST_CASE("the round ends when every pair is matched; the clock stops there") {
        MatchingGame game(numbered_deck(6), {}, 5);
        const int first = game.tiles()[0].card;
        game.select(tile_of(game, first, true), 100);
        int other = -1;
        for (const MatchTile& tile : game.tiles()) {
            if (tile.card != first) other = tile.card;
        }
        game.select(tile_of(game, other, false), 101);  // one miss
        CHECK_FALSE(game.round_over());
        match_all(game, 110);
        CHECK(game.round_over());
        CHECK(game.deck_over());
        const MatchingRoundResult result = game.round_result(500);
        CHECK(result.pairs == 6);
        CHECK(result.misses == 1);
        CHECK(result.seconds == doctest::Approx(11.0));  // 10 s + 1 s penalty, not 400 s
        CHECK(game.finished_rounds().size() == 1);
        CHECK_FALSE(game.next_round());
    }

    TEST_CASE("rounds go on through the deck until every card was matched once") {
        MatchingGame game(numbered_deck(14), {6}, 6);
        std::set<int> seen;
        int rounds = 1;
        while (true) {
            for (const MatchTile& tile : game.tiles()) seen.insert(tile.card);
            match_all(game, rounds * 10.0);
            if (!game.next_round()) break;
            ++rounds;
        }
        CHECK(rounds == 3);  // 6 + 6 + 2
        CHECK(seen.size() == 14);
        CHECK(game.deck_over());
        CHECK(game.matched_cards().size() == 14);
        CHECK(game.finished_rounds().size() == 3);
        CHECK(game.finished_rounds()[2].pairs == 2);
    }

    TEST_CASE("statements are never dealt") {
        Deck deck = numbered_deck(5);
        deck.cards.push_back({"s1", "CRM is a strategy.", "True", true, true});
        deck.cards.push_back({"s2", "Churn is good.", "False", true, false});
        MatchingGame game(deck, {10}, 7);
        CHECK(game.playable_cards() == 5);
        CHECK(game.tiles().size() == 10);
        for (const MatchTile& tile : game.tiles()) CHECK_FALSE(deck.cards[static_cast<std::size_t>(tile.card)].is_statement);
    }

    TEST_CASE("two cards with the same term or definition are never in one round") {
        Deck deck;
        deck.cards = {{"a", "CRM", "customer relationship management"},
                      {"b", "crm ", "a kind of software"},                 // same term, folded
                      {"c", "Churn", "Customer Relationship Management"},  // same definition, folded
                      {"d", "Lead", "a possible customer"},
                      {"e", "Upsell", "selling a pricier version"}};
        for (std::uint64_t seed = 1; seed <= 30; ++seed) {
            MatchingGame game(deck, {4}, seed);
            std::set<std::string> cards_in_round;
            for (const MatchTile& tile : game.tiles()) cards_in_round.insert(deck.cards[static_cast<std::size_t>(tile.card)].id);
            CHECK_FALSE((cards_in_round.count("a") && cards_in_round.count("b")));
            CHECK_FALSE((cards_in_round.count("a") && cards_in_round.count("c")));
            // ...and the card left out comes in a later round.
            int dealt = static_cast<int>(game.tiles().size() / 2);
            while (true) {
                match_all(game, 1);
                if (!game.next_round()) break;
                dealt += static_cast<int>(game.tiles().size() / 2);
            }
            CHECK(dealt == 5);
        }
    }

    TEST_CASE("the same seed deals the same tiles") {
        MatchingGame a(numbered_deck(30), {}, 99), b(numbered_deck(30), {}, 99), c(numbered_deck(30), {}, 100);
        std::vector<int> ta, tb, tc;
        for (const MatchTile& t : a.tiles()) ta.push_back(t.card * 2 + t.is_term);
        for (const MatchTile& t : b.tiles()) tb.push_back(t.card * 2 + t.is_term);
        for (const MatchTile& t : c.tiles()) tc.push_back(t.card * 2 + t.is_term);
        CHECK(ta == tb);
        CHECK(ta != tc);
    }
}

TEST_CASE("answers: a right pair is a recognition of its card, the last pair of a round none; a wrong pair is wrong for the tile picked first") {
    const Deck deck = numbered_deck(4);
    MatchingGame game(deck, MatchingOptions{4}, 3);
    std::vector<int> cards;
    for (const MatchTile& tile : game.tiles()) {
        if (tile.is_term) cards.push_back(tile.card);
    }
    REQUIRE(cards.size() == 4);
    const int revision = game.revision();
    // Wrong: the term of cards[0] (picked first) with the definition of cards[1].
    CHECK(game.select(tile_of(game, cards[0], true), 1.0) == MatchResult::selected);
    CHECK(game.select(tile_of(game, cards[1], false), 1.5) == MatchResult::mismatched);
    std::vector<AnswerEvent> events = game.take_events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].card_id == deck.cards[static_cast<std::size_t>(cards[0])].id);
    CHECK(events[0].mode == StudyMode::matching);
    CHECK(events[0].format == AnswerFormat::recognition);
    CHECK(events[0].outcome == AnswerOutcome::wrong);
    CHECK(game.revision() == revision + 1);
    // Definition first works too: the pair is right for its card.
    game.select(tile_of(game, cards[1], false), 2.0);
    game.select(tile_of(game, cards[1], true), 2.5);
    game.select(tile_of(game, cards[0], true), 3.0);
    game.select(tile_of(game, cards[0], false), 3.5);
    game.select(tile_of(game, cards[2], true), 4.0);
    game.select(tile_of(game, cards[2], false), 4.5);
    game.select(tile_of(game, cards[3], true), 5.0);   // the last pair: found by elimination
    game.select(tile_of(game, cards[3], false), 5.5);
    CHECK(game.round_over());
    events = game.take_events();
    REQUIRE(events.size() == 3);
    for (const AnswerEvent& event : events) CHECK(event.outcome == AnswerOutcome::right);
    CHECK(events[0].card_id == deck.cards[static_cast<std::size_t>(cards[1])].id);
    CHECK(events[2].card_id == deck.cards[static_cast<std::size_t>(cards[2])].id);

    const GameReport report = game.report(9.0);
    CHECK(report.mode == "matching");
    CHECK(report.completed);
    CHECK(report.max_score == 4);
    CHECK(report.score == 2);  // cards[0] and cards[1] were in a wrong pair
    CHECK(report.seconds == doctest::Approx(4.5 + MatchingGame::kPenaltySeconds));
    REQUIRE(report.cards.size() == 4);
    CHECK(report.cards[0].attempts == 2);
}
