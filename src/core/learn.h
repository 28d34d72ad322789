// learn.h: the Learn mode (Quizlet's Learn) as a plain object. The deck's cards (those
// whose answer is a term or definition; true/false statements are left out) are studied
// in rounds of up to kRoundSize cards. A new card is asked first as recognition (multiple
// choice), then, once picked right, as recall (typed, graded by quiz_grading.h). A miss
// goes to the end of the round and comes back in it. A card is learned when its recall is
// answered right the first time it is asked in a round (a typo the grader accepts counts);
// a recall right only after a miss in the round is asked again in the next round. Rounds
// take the cards under way first, then new ones. The session ends at the goal the student
// picked: every card learned, or N minutes (checked when moving on from an answer), or
// when the student stops. Every answer is an answer event for the memory model.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/deck.h"
#include "core/game_report.h"
#include "core/quiz_grading.h"
#include "core/study_events.h"

namespace study {

struct LearnOptions {
    static constexpr int kMaxMinutes = 120;
    int goal_minutes = 0;         // 0: until every card is learned; else a session of N minutes
    bool answer_with_term = true; // the student answers with the term (the definition is shown)
};

// Where a card is in Learn: never asked or still to be recognised, to be recalled, learned.
enum class LearnStage { recognize, recall, learned };

// What the session is showing: a question, the feedback on the answer just given, the
// end of a round, or the summary.
enum class LearnPhase { asking, answered, round_over, finished };

struct LearnQuestion {
    int card = -1;                     // index in the deck
    AnswerFormat format = AnswerFormat::recognition;
    std::string prompt;                // the side shown
    std::string expected;              // the side to answer with
    std::vector<std::string> options;  // recognition: the choices (the right one among them)
    int correct_option = -1;
};

// How the last answer went (shown until the student moves on).
struct LearnFeedback {
    bool correct = false;
    bool learned = false;              // this answer made the card learned
    int choice = -1;                   // recognition: the option picked
    std::string typed;                 // recall: what was typed ("" for "I don't know")
    WrittenGrade grade;                // recall
};

// The end-of-session numbers.
struct LearnSummary {
    int learned = 0;   // cards learned in this session
    int cards = 0;     // cards in the session
    int answers = 0;
    int right = 0;     // answers right (typos accepted included)
    int accuracy_percent = 0;
    double seconds = 0;
};

class LearnSession {
public:
    static constexpr int kRoundSize = 7;
    static constexpr int kWrongOptions = 3;  // a multiple choice shows up to 3 wrong answers

    // The session's clock starts at `now` (seconds); `seed` orders the new cards and the options.
    LearnSession(const Deck& deck, LearnOptions options, std::uint64_t seed, double now);

    // ---- actions ----
    // Recognition: picks option `option` of the current question.
    void answer_choice(int option);
    // Recall: the typed answer ("" or dont_know(): a miss that shows the answer).
    void answer_typed(const std::string& text);
    void dont_know() { answer_typed(""); }
    // Moves on from the feedback to the next question, or to the round's end; from the
    // round's end to the next round. Ends the session when its goal is reached at `now`.
    void next(double now);
    // The student stops: the session ends at `now` with its summary.
    void stop(double now);

    // ---- queries ----
    LearnPhase phase() const { return phase_; }
    bool finished() const { return phase_ == LearnPhase::finished; }
    const LearnQuestion& question() const { return question_; }
    const LearnFeedback& feedback() const { return feedback_; }
    int round_number() const { return round_number_; }
    // Questions left in the round (the current one included) and the round's cards.
    int round_questions_left() const;
    const std::vector<int>& round_cards() const { return round_cards_; }
    LearnStage stage(int card) const;
    int card_count() const { return static_cast<int>(cards_.size()); }
    int learned_count() const;
    int left_out_statements() const { return left_out_statements_; }
    LearnSummary summary(double now) const;
    double seconds(double now) const { return (finished() ? finished_at_ : now) - started_at_; }
    const LearnOptions& options() const { return options_; }
    const Deck& deck() const { return deck_; }

    // ---- scores and answers ----
    // The session so far for the embedding page: cards learned out of the session's
    // cards, the time, each card (learned or not, answers given); completed at the end.
    GameReport report(double now) const;
    // Goes up each time the report changes (an answer, a round, the end).
    int revision() const { return revision_; }
    // Answers since the last call: multiple choice recognition (right or wrong), typed
    // recall (right; right with help when a typo was accepted; wrong). Without their time.
    std::vector<AnswerEvent> take_events();

private:
    struct CardProgress {
        int card = -1;            // index in the deck
        LearnStage stage = LearnStage::recognize;
        bool recall_missed = false;  // a recall miss in the current round
        int answers = 0;
        int first_asked = -1;     // order of the first ask (for the report)
    };

    void start_round();
    void ask_next();
    void answered(bool correct, AnswerFormat format, AnswerOutcome outcome);
    bool goal_reached(double now) const;
    void finish(double now);
    CardProgress& progress_of(int card);
    const CardProgress* find_progress(int card) const;
    LearnQuestion make_question(int card);

    Deck deck_;
    LearnOptions options_;
    std::uint64_t seed_;
    std::vector<CardProgress> cards_;  // in the order new cards are taken
    std::vector<int> round_cards_;
    std::vector<int> queue_;           // cards still to ask in this round, the current one first
    LearnQuestion question_;
    LearnFeedback feedback_;
    LearnPhase phase_ = LearnPhase::asking;
    int round_number_ = 0;
    int asked_ = 0;
    int answers_ = 0;
    int right_ = 0;
    int left_out_statements_ = 0;
    double started_at_ = 0;
    double finished_at_ = 0;
    int revision_ = 0;
    AnswerLog log_{StudyMode::learn};
};

}  // namespace study
