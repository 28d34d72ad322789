// flashcards_test.cpp: pins the Flashcards rules: dealing and shuffling by seed, flip,
// the Know / Don't know counts, undo from either box, the retry threshold, the pass
// summary, the timer from explicit times, statements, and save/restore.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/flashcards.h"

using namespace study;

namespace {
Deck make_deck(int cards) {
    Deck deck;
    deck.id = "test";
    for (int i = 0; i < cards; ++i) {
        deck.cards.push_back({"c" + std::to_string(i), "term " + std::to_string(i), "definition " + std::to_string(i)});
    }
    return deck;
}
const FlashcardsOptions in_order{true, false};
}  // namespace

TEST_CASE("a pass deals every card once, in deck order without shuffle") {
    const Deck deck = make_deck(5);
    FlashcardSession session(deck, in_order, 1, 0.0);
    CHECK(session.remaining() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(session.current_card() == i);
        CHECK(session.know(1.0 + i));
    }
    CHECK(session.pass_complete());
    CHECK_FALSE(session.has_current());
    CHECK_FALSE(session.know(9.0));
}

TEST_CASE("shuffle is replayed by the seed and differs between seeds") {
    const Deck deck = make_deck(20);
    const auto order = [&](std::uint64_t seed) {
        FlashcardSession session(deck, FlashcardsOptions{true, true}, seed, 0.0);
        std::vector<int> cards;
        while (session.has_current()) {
            cards.push_back(session.current_card());
            session.know(0.0);
        }
        return cards;
    };
    CHECK(order(42) == order(42));
    CHECK(order(42) != order(43));
    std::vector<int> sorted = order(42);
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < 20; ++i) CHECK(sorted[static_cast<std::size_t>(i)] == i);
}

TEST_CASE("flip shows the other side; a new card starts on its front") {
    const Deck deck = make_deck(2);
    FlashcardSession session(deck, in_order, 1, 0.0);
    CHECK(session.shown_text() == "term 0");
    CHECK(session.showing_front());
    CHECK(session.flip());
    CHECK(session.shown_text() == "definition 0");
    CHECK(session.hidden_text() == "term 0");
    session.dont_know(1.0);
    CHECK(session.showing_front());
    CHECK(session.shown_text() == "term 1");

    FlashcardSession definition_first(deck, FlashcardsOptions{false, false}, 1, 0.0);
    CHECK(definition_first.shown_text() == "definition 0");
}

TEST_CASE("statements show the statement first and True or False on the back, whatever the side option") {
    Deck deck;
    deck.id = "s";
    deck.cards.push_back({"s1", "CRM unifies customer data.", "True", true, true});
    FlashcardSession session(deck, FlashcardsOptions{false, false}, 1, 0.0);
    CHECK(session.shown_text() == "CRM unifies customer data.");
    session.flip();
    CHECK(session.shown_text() == "True");
}

TEST_CASE("the boxes count their cards and remaining goes down") {
    const Deck deck = make_deck(4);
    FlashcardSession session(deck, in_order, 1, 0.0);
    session.know(1.0);
    session.dont_know(2.0);
    session.know(3.0);
    CHECK(session.know_box() == std::vector<int>{0, 2});
    CHECK(session.dont_know_box() == std::vector<int>{1});
    CHECK(session.remaining() == 1);
    CHECK(session.box_of(1) == FlashcardBox::dont_know);
    CHECK(session.box_of(3) == FlashcardBox::none);
}

TEST_CASE("undo takes the last card back out of either box, onto the top of the pile") {
    const Deck deck = make_deck(3);
    FlashcardSession session(deck, in_order, 1, 0.0);
    CHECK_FALSE(session.undo(0.0));
    session.know(1.0);
    session.dont_know(2.0);
    CHECK(session.undo(3.0));
    CHECK(session.dont_know_box().empty());
    CHECK(session.current_card() == 1);
    CHECK(session.undo(3.0));
    CHECK(session.know_box().empty());
    CHECK(session.current_card() == 0);
    CHECK(session.remaining() == 3);
}

TEST_CASE("a card clicked in a box comes back out, and undo puts it back") {
    const Deck deck = make_deck(3);
    FlashcardSession session(deck, in_order, 1, 0.0);
    session.know(1.0);
    session.dont_know(2.0);
    CHECK(session.take_back(0, 3.0));
    CHECK(session.current_card() == 0);
    CHECK(session.know_box().empty());
    CHECK_FALSE(session.take_back(2, 3.0));  // not in a box
    CHECK(session.undo(4.0));                 // undo the take-back
    CHECK(session.know_box() == std::vector<int>{0});
    CHECK(session.current_card() == 2);
}

TEST_CASE("retry needs seven cards in Don't know mid-pass, and puts them back on top") {
    const Deck deck = make_deck(10);
    FlashcardSession session(deck, in_order, 1, 0.0);
    for (int i = 0; i < 6; ++i) session.dont_know(1.0);
    CHECK_FALSE(session.can_retry());
    CHECK_FALSE(session.retry(1.0));
    session.dont_know(1.0);
    CHECK(session.can_retry());
    CHECK(session.retry(2.0));
    CHECK(session.retries() == 1);
    CHECK(session.dont_know_box().empty());
    CHECK(session.remaining() == 10);            // 7 again + 3 never seen
    CHECK(session.current_card() == 0);          // the missed cards come first
    CHECK_FALSE(session.can_undo());             // a retry starts a fresh stretch
}

TEST_CASE("at the end of a pass, any missed card can be retried") {
    const Deck deck = make_deck(3);
    FlashcardSession session(deck, in_order, 1, 0.0);
    session.know(1.0);
    session.dont_know(2.0);
    CHECK_FALSE(session.can_retry());
    session.know(3.0);
    CHECK(session.pass_complete());
    CHECK(session.can_retry());
    CHECK(session.retry(4.0));
    CHECK(session.remaining() == 1);
    CHECK(session.current_card() == 1);
}

TEST_CASE("the timer runs from explicit times and stops when the pass is complete") {
    const Deck deck = make_deck(2);
    FlashcardSession session(deck, in_order, 1, 100.0);
    CHECK(session.elapsed(100.0) == 0.0);
    CHECK(session.elapsed(161.5) == doctest::Approx(61.5));
    session.know(130.0);
    session.dont_know(172.0);
    CHECK(session.pass_complete());
    CHECK(session.elapsed(500.0) == doctest::Approx(72.0));   // stopped
    const FlashcardsSummary summary = session.summary(500.0);
    CHECK(summary.known == 1);
    CHECK(summary.not_known == 1);
    CHECK(summary.total == 2);
    CHECK(summary.seconds == doctest::Approx(72.0));
    CHECK(summary.retries == 0);
    session.retry(600.0);                                     // the clock goes on
    CHECK(session.elapsed(610.0) == doctest::Approx(82.0));
    session.restart(700.0);
    CHECK(session.elapsed(700.0) == 0.0);
    CHECK(session.retries() == 0);
    CHECK(session.know_box().empty());
}

TEST_CASE("a session saved to JSON restores the same state, by card id") {
    const Deck deck = make_deck(6);
    FlashcardSession session(deck, FlashcardsOptions{false, true}, 7, 0.0);
    session.know(1.0);
    session.dont_know(2.0);
    session.flip();
    const nlohmann::json saved = nlohmann::json::parse(session.to_json(30.0).dump());

    FlashcardSession restored(deck, FlashcardsOptions{}, 99, 1000.0);
    REQUIRE(restored.restore(saved, 1000.0));
    CHECK(restored.know_box() == session.know_box());
    CHECK(restored.dont_know_box() == session.dont_know_box());
    CHECK(restored.current_card() == session.current_card());
    CHECK(restored.remaining() == session.remaining());
    CHECK_FALSE(restored.showing_front());
    CHECK_FALSE(restored.options().term_first);
    CHECK(restored.elapsed(1010.0) == doctest::Approx(40.0));
    CHECK(restored.undo(1010.0));  // history survives too
    CHECK(restored.dont_know_box().empty());

    // The deck gained a card and lost one: the lost one is dropped, the new one dealt.
    Deck changed = make_deck(6);
    changed.cards.erase(changed.cards.begin() + session.current_card());
    changed.cards.push_back({"new", "new term", "new definition"});
    FlashcardSession on_changed(changed, FlashcardsOptions{}, 1, 0.0);
    REQUIRE(on_changed.restore(saved, 0.0));
    CHECK(on_changed.remaining() + static_cast<int>(on_changed.know_box().size() + on_changed.dont_know_box().size()) == 6);

    FlashcardSession untouched(deck, in_order, 1, 0.0);
    CHECK_FALSE(untouched.restore(nlohmann::json{{"mode", "flashcards"}}, 0.0));
    CHECK(untouched.remaining() == 6);
}

TEST_CASE("answers: Know and Don't know are self-reports; an undo or a take-back retracts, its undo answers again") {
    const Deck deck = make_deck(3);
    FlashcardSession session(deck, FlashcardsOptions{true, false}, 1, 0.0);
    const int start_revision = session.revision();
    session.know(1.0);        // card 0
    session.dont_know(2.0);   // card 1
    std::vector<AnswerEvent> events = session.take_events();
    REQUIRE(events.size() == 2);
    CHECK(events[0].card_id == deck.cards[0].id);
    CHECK(events[0].mode == StudyMode::flashcards);
    CHECK(events[0].format == AnswerFormat::self_report);
    CHECK(events[0].outcome == AnswerOutcome::right);
    CHECK_FALSE(events[0].retract);
    CHECK(events[1].outcome == AnswerOutcome::wrong);
    CHECK(session.take_events().empty());  // taken once
    CHECK(session.revision() == start_revision + 2);

    session.undo(3.0);             // card 1 back on the pile: its Don't know taken back
    session.take_back(0, 4.0);     // card 0 out of Know: taken back too
    session.undo(5.0);             // card 0 back into Know: answered Know again
    events = session.take_events();
    REQUIRE(events.size() == 3);
    CHECK((events[0].retract && events[0].card_id == deck.cards[1].id));
    CHECK((events[1].retract && events[1].card_id == deck.cards[0].id));
    CHECK((!events[2].retract && events[2].card_id == deck.cards[0].id && events[2].outcome == AnswerOutcome::right));
}

TEST_CASE("the report: cards known out of all, the time, each card's result, completed at the end") {
    const Deck deck = make_deck(2);
    FlashcardSession session(deck, FlashcardsOptions{true, false}, 1, 0.0);
    session.know(3.0);
    GameReport report = session.report(4.0);
    CHECK(report.mode == "flashcards");
    CHECK(report.deck_id == deck.id);
    CHECK(report.score == 1);
    CHECK(report.max_score == 2);
    CHECK_FALSE(report.completed);
    session.dont_know(10.0);
    report = session.report(20.0);
    CHECK(report.completed);
    CHECK(report.seconds == doctest::Approx(10.0));
    REQUIRE(report.cards.size() == 2);
    CHECK((report.cards[0].card_id == deck.cards[0].id && report.cards[0].correct));
    CHECK((report.cards[1].card_id == deck.cards[1].id && !report.cards[1].correct));
}
