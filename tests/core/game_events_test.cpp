// game_events_test.cpp: the answer events and score reports the Snowman and Quiz games
// compute themselves (Flashcards' and Matching's are in their own test files): what a
// teacher's gradebook and the memory model receive from each mode.
#include <doctest/doctest.h>

#include "core/quiz.h"
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

TEST_CASE("Quiz: answers are final at the end; written ones are recall, the rest recognition; I was right retracts") {
    Deck deck;
    deck.id = "crm";
    const char* terms[] = {"Churn", "Loyalty", "Segment", "Pipeline", "Upsell", "Lead"};
    for (int i = 0; i < 6; ++i) deck.cards.push_back({"c" + std::to_string(i), terms[i], "definition number " + std::to_string(i)});
    QuizOptions options;
    options.questions = 6;
    options.multiple_choice = options.true_false = true;
    options.written = true;
    options.matching = false;
    options.answer_with = AnswerWith::term;
    Quiz quiz(deck, options, 11, 0.0);
    const auto& questions = quiz.questions();
    REQUIRE(questions.size() == 6);
    int written = -1, typo = -1, chosen = -1, skipped = -1;
    for (int i = 0; i < 6; ++i) {
        const QuizQuestion& q = questions[static_cast<std::size_t>(i)];
        if (q.type == QuestionType::written && written < 0) written = i;
        else if (q.type == QuestionType::written && typo < 0) typo = i;
        else if (q.type != QuestionType::written && chosen < 0) chosen = i;
        else if (skipped < 0) skipped = i;
    }
    REQUIRE(written >= 0);
    REQUIRE(chosen >= 0);
    const int revision = quiz.revision();
    quiz.answer_written(written, "nothing like it");                           // wrong
    const QuizQuestion& mc = questions[static_cast<std::size_t>(chosen)];
    if (mc.type == QuestionType::multiple_choice) quiz.answer_choice(chosen, mc.correct_option);
    else quiz.answer_true_false(chosen, mc.true_answer);                      // right
    for (int i = 0; i < 6; ++i) {                                              // the others, except one left blank
        if (i == written || i == chosen || i == skipped) continue;
        const QuizQuestion& q = questions[static_cast<std::size_t>(i)];
        if (q.type == QuestionType::written) quiz.answer_written(i, i == typo ? q.expected + "x" : q.expected);
        else if (q.type == QuestionType::multiple_choice) quiz.answer_choice(i, q.correct_option);
        else quiz.answer_true_false(i, q.true_answer);
    }
    CHECK(quiz.revision() > revision);
    CHECK(quiz.take_events().empty());  // nothing is final before the end
    quiz.finish(30.0);
    std::vector<AnswerEvent> events = quiz.take_events();
    CHECK(events.size() == 5);  // the blank question gives none
    const auto event_of = [&](int question) {
        const std::string& id = deck.cards[static_cast<std::size_t>(questions[static_cast<std::size_t>(question)].card)].id;
        for (const AnswerEvent& e : events) {
            if (e.card_id == id) return e;
        }
        FAIL("no event for question " << question);
        return AnswerEvent{};
    };
    CHECK(event_of(written).format == AnswerFormat::recall);
    CHECK(event_of(written).outcome == AnswerOutcome::wrong);
    CHECK(event_of(chosen).format == AnswerFormat::recognition);
    CHECK(event_of(chosen).outcome == AnswerOutcome::right);
    REQUIRE(typo >= 0);  // seed 11 asks two written questions
    CHECK(event_of(typo).outcome == AnswerOutcome::right_with_help);  // a typo accepted
    for (const AnswerEvent& e : events) CHECK(e.mode == StudyMode::quiz);

    REQUIRE(quiz.override_grade(written));
    events = quiz.take_events();
    REQUIRE(events.size() == 2);
    CHECK(events[0].retract);
    CHECK((!events[1].retract && events[1].outcome == AnswerOutcome::right_with_help && events[1].format == AnswerFormat::recall));

    const GameReport report = quiz.report(40.0);
    CHECK(report.mode == "quiz");
    CHECK(report.completed);
    CHECK(report.seconds == doctest::Approx(30.0));
    CHECK(report.score == 5);  // all but the blank one (the wrong one overridden)
    CHECK(report.max_score == 6);
    CHECK(report.cards.size() == 6);
}
