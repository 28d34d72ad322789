// deal_order_test.cpp: the order each game mode deals in, from given memory states: "due
// and weakest first" puts due cards (weakest first), then new ones, then the rest; deck
// order and shuffled; the default once a deck has progress; the four games deal in the
// order given; links carry order=due|deck|shuffle.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "core/deal_order.h"
#include "core/flashcards.h"
#include "core/link_options.h"
#include "core/matching.h"
#include "core/progress_store.h"
#include "core/quiz.h"
#include "core/snowman.h"

using namespace study;

namespace {

constexpr std::int64_t kDay = kMsPerDay;
constexpr std::int64_t kNow = 1'767'225'600'000 + 40 * kDay;

Deck five_card_deck() {
    Deck deck;
    deck.id = "five";
    const char* terms[] = {"alpha", "bravo", "charlie", "delta", "echo"};
    for (int i = 0; i < 5; ++i) deck.cards.push_back({"c" + std::to_string(i), terms[i], std::string("meaning of ") + terms[i]});
    return deck;
}

// Cards 1 and 3 answered days ago (3 is weaker: answered wrong, longer ago), 4 just now.
DeckProgress studied_progress(const MemoryModel& model) {
    ProgressStore store;
    const auto answer = [&](const char* card, AnswerOutcome outcome, std::int64_t when) {
        store.record("five", AnswerEvent{card, StudyMode::quiz, AnswerFormat::recall, outcome, when}, model);
    };
    answer("c1", AnswerOutcome::right, kNow - 5 * kDay);
    answer("c3", AnswerOutcome::wrong, kNow - 6 * kDay);
    answer("c4", AnswerOutcome::right, kNow - kDay / 24);
    return store.deck("five");
}

}  // namespace

TEST_SUITE("deal order") {
    TEST_CASE("due and weakest first from the deck's progress; deck order; shuffled is left to the game") {
        const MemoryModel model;
        const Deck deck = five_card_deck();
        const DeckProgress progress = studied_progress(model);
        const std::vector<CardSchedule> schedules = card_schedules(deck, &progress);
        CHECK(schedules[0].memory.is_new());
        CHECK_FALSE(schedules[3].memory.is_new());
        CHECK(cards_in_deal_order(DealOrder::due_first, schedules, kNow, model) == std::vector<int>{3, 1, 0, 2, 4});
        CHECK(cards_in_deal_order(DealOrder::deck, schedules, kNow, model) == std::vector<int>{0, 1, 2, 3, 4});
        CHECK(cards_in_deal_order(DealOrder::shuffled, schedules, kNow, model).empty());
        // Without progress every card is new: due first is deck order.
        CHECK(cards_in_deal_order(DealOrder::due_first, card_schedules(deck, nullptr), kNow, model) ==
              std::vector<int>{0, 1, 2, 3, 4});
    }

    TEST_CASE("due first is the default once the deck has progress, else the mode's") {
        CHECK(effective_deal_order(std::nullopt, true, DealOrder::shuffled) == DealOrder::due_first);
        CHECK(effective_deal_order(std::nullopt, false, DealOrder::shuffled) == DealOrder::shuffled);
        CHECK(effective_deal_order(std::nullopt, false, DealOrder::deck) == DealOrder::deck);
        CHECK(effective_deal_order(DealOrder::deck, true, DealOrder::shuffled) == DealOrder::deck);
    }

    TEST_CASE("arranging keeps cards missing from the order after the others") {
        Random random(1);
        std::vector<int> cards = {0, 1, 2, 3, 4};
        arrange_for_deal(cards, {4, 2}, random);
        CHECK(cards == std::vector<int>{4, 2, 0, 1, 3});
    }

    TEST_CASE("the four games deal in the order given") {
        const Deck deck = five_card_deck();
        const std::vector<int> order = {3, 1, 0, 2, 4};

        FlashcardsOptions flashcards;
        flashcards.deal_order = order;
        FlashcardSession session(deck, flashcards, 7, 0.0);
        std::vector<int> dealt;
        while (session.has_current()) {
            dealt.push_back(session.current_card());
            session.know(1.0);
        }
        CHECK(dealt == order);

        SnowmanOptions snowman;
        snowman.deal_order = order;
        snowman.words = 2;
        SnowmanGame game(deck, snowman, 7);
        CHECK(game.card().id == "c3");

        QuizOptions quiz;
        quiz.deal_order = order;
        quiz.questions = 3;
        Quiz test(deck, quiz, 7, 0.0);
        REQUIRE(test.questions().size() == 3);
        CHECK(test.questions()[0].card == 3);
        CHECK(test.questions()[1].card == 1);
        CHECK(test.questions()[2].card == 0);

        MatchingOptions matching;
        matching.deal_order = order;
        matching.round_size = 4;
        MatchingGame board(deck, matching, 7);
        std::vector<int> round_cards;
        for (const MatchTile& tile : board.tiles()) {
            if (tile.is_term) round_cards.push_back(tile.card);
        }
        std::sort(round_cards.begin(), round_cards.end());
        CHECK(round_cards == std::vector<int>{0, 1, 2, 3});  // the first four of the order; 4 waits
    }

    TEST_CASE("links carry order=due|deck|shuffle") {
        std::vector<LinkProblem> problems;
        MatchingOptions matching;
        read_link_options({{"order", "due"}}, matching, problems);
        CHECK(matching.order == DealOrder::due_first);
        CHECK(link_options_of(matching).at("order") == "due");
        read_link_options({{"order", "sideways"}}, matching, problems);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].parameter == "order");

        FlashcardsOptions flashcards;
        problems.clear();
        read_link_options({{"shuffle", "0"}}, flashcards, problems);
        CHECK(flashcards.order == DealOrder::deck);
        read_link_options({{"order", "shuffle"}}, flashcards, problems);
        CHECK(flashcards.shuffle);
        read_link_options({{"order", "due"}}, flashcards, problems);
        CHECK(link_options_of(flashcards).at("order") == "due");
        CHECK(problems.empty());

        SnowmanOptions snowman;
        CHECK(link_options_of(snowman).count("order") == 0);  // the default is not written
        QuizOptions quiz;
        read_link_options({{"order", "deck"}}, quiz, problems);
        CHECK(link_options_of(quiz).at("order") == "deck");
    }
}
