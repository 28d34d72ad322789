// quiz.h: a test generated from a deck, as a plain object (StudyStack's Quiz, Quizlet's
// Test). Question types: multiple choice (four options with plausible distractors),
// true/false (a term with its own or another card's definition; the deck's statements as
// they are), written (graded by quiz_grading.h) and a matching block (up to four pairs).
// Answers are given with the term, the definition or both mixed. Seeded: the same deck,
// options and seed give the same quiz. After the test: the score, every question with
// the given and the right answer, "I was right" on a written answer, and the missed
// cards for a retake.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/deal_order.h"
#include "core/deck.h"
#include "core/game_report.h"
#include "core/study_events.h"
#include "core/quiz_grading.h"

namespace study {

enum class QuestionType { multiple_choice, true_false, written, matching };
enum class AnswerWith { term, definition, mixed };

struct QuizOptions {
    int questions = 10;  // up to the deck's size
    bool multiple_choice = true;
    bool true_false = true;
    bool written = true;
    bool matching = false;
    AnswerWith answer_with = AnswerWith::term;
    std::optional<DealOrder> order;  // chosen by the student or a link (none: the default)
    std::vector<int> deal_order;     // cards to deal, in order (cards_in_deal_order); empty: shuffled
};

struct QuizQuestion {
    QuestionType type = QuestionType::multiple_choice;
    int card = -1;                      // the card asked (the first of a matching block)
    bool answer_is_term = true;         // the player answers with the term (else the definition)
    std::string prompt;                 // what is shown to answer from
    std::string expected;               // the right answer's text
    std::vector<std::string> options;   // multiple choice: the options
    int correct_option = -1;
    std::string shown_definition;       // true/false: the definition shown with the prompt
    bool statement = false;             // true/false: a deck statement asked as it is
    bool true_answer = true;            // true/false: the right answer
    std::vector<int> block_cards;       // matching: the cards, in prompt order
    std::vector<std::string> block_prompts;
    std::vector<std::string> block_options;  // matching: the answers, shuffled
    std::vector<int> block_correct;     // matching: option index right for each prompt
};

struct QuizResponse {
    bool answered = false;
    int choice = -1;                 // multiple choice option / true (1) or false (0)
    std::string text;                // written
    std::vector<int> block_choices;  // matching: option chosen per prompt (-1 none)
    bool overridden = false;         // "I was right"
    WrittenGrade grade;              // written
};

class Random;

// Up to `count` wrong answers for a multiple choice on deck card `card`, most plausible
// first (similar length, shared words; ties broken by `random`): other cards' answers on
// the side answered with, none equal to the right one or to each other, no statements.
std::vector<std::string> plausible_wrong_answers(const Deck& deck, int card, bool answer_is_term, int count,
                                                 Random& random);

class Quiz {
public:
    // `only_cards` (indices) limits the quiz to those cards (a retake of the missed ones).
    Quiz(const Deck& deck, QuizOptions options, std::uint64_t seed, double now,
         const std::vector<int>& only_cards = {});

    // ---- answering ----
    void answer_choice(int question, int option);
    void answer_true_false(int question, bool value);
    void answer_written(int question, const std::string& text);
    void answer_matching(int question, int prompt, int option);
    // Ends the test at `now`: answers are graded, the clock stops.
    void finish(double now);
    // "I was right": a written answer graded wrong counts as right (after finishing).
    bool override_grade(int question);

    // ---- queries ----
    const std::vector<QuizQuestion>& questions() const { return questions_; }
    const QuizResponse& response(int question) const { return responses_[static_cast<std::size_t>(question)]; }
    bool finished() const { return finished_; }
    // Points of one question (a matching block has a point per pair) and the maximum.
    double points(int question) const;
    double max_points(int question) const;
    double score() const;
    double max_score() const;
    int percent() const;
    double seconds(double now) const;
    bool is_correct(int question) const { return points(question) >= max_points(question); }
    // Matching block: whether the answer chosen for prompt `prompt` is right.
    bool block_pair_correct(int question, int prompt) const;
    // Cards of the questions (or block pairs) not answered right, for "Retake missed".
    std::vector<int> missed_cards() const;
    int unanswered() const;
    const Deck& deck() const { return deck_; }
    const QuizOptions& options() const { return options_; }

    // ---- scores and answers ----
    // The test so far for the embedding page: points, time, each card's result (a matching
    // block gives one per pair); completed once finished.
    GameReport report(double now) const;
    // Goes up each time the report changes (an answer, the end, an override).
    int revision() const { return revision_; }
    // Answers since the last call, made final when the test is finished: written answers
    // are recall (right; right with help when a typo was accepted; wrong), multiple choice,
    // true/false and matching pairs recognition; unanswered questions give none. "I was
    // right" retracts the wrong answer and gives a right-with-help one. Without their time.
    std::vector<AnswerEvent> take_events();

private:
    void answered(int card, AnswerFormat format, AnswerOutcome outcome);
    Deck deck_;
    QuizOptions options_;
    std::vector<QuizQuestion> questions_;
    std::vector<QuizResponse> responses_;
    double started_at_ = 0;
    double finished_at_ = 0;
    bool finished_ = false;
    int revision_ = 0;
    AnswerLog answers_{StudyMode::quiz};
};

}  // namespace study
