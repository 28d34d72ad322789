// review.h: Review mode as a plain object. It asks the cards due now (in one deck or
// across all decks, the weakest first), each in the format its memory calls for:
// recognition (multiple choice) for a new or weak card, recall (a typed answer) for a
// familiar one (review_format). Every answer is an AnswerEvent with the card's deck, for
// the memory model. It goes on until no card is left or the student stops, then sums up.
// Time comes in as arguments (seconds), randomness from the seed.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/deck.h"
#include "core/game_report.h"
#include "core/memory_model.h"
#include "core/quiz_grading.h"
#include "core/study_events.h"

namespace study {

class ProgressStore;

// A card is familiar, and asked as recall, once its stability is at least this many days
// (a first typed answer right, or two recognitions right) ...
constexpr double kFamiliarStabilityDays = 2.0;
// ... and its chance of recall now is still at least this (long overdue: recognition).
constexpr double kFamiliarRecall = 0.7;

// The format to ask a card in: recognition for a new card or a weak one, recall for a
// familiar one (the thresholds above).
AnswerFormat review_format(const MemoryState& memory, double recall_now);

// One card to review.
struct ReviewItem {
    std::size_t deck = 0;   // index in the decks given
    int card = -1;          // index in that deck
    double recall = 0;      // chance of recall now
    AnswerFormat format = AnswerFormat::recognition;
};

// The cards due now in `decks`, weakest first across all of them, each with its format.
std::vector<ReviewItem> due_review_items(const std::vector<Deck>& decks, const ProgressStore& progress,
                                         std::int64_t now_ms, const MemoryModel& model,
                                         double desired_retention = kDefaultDesiredRetention);

// A question: the definition shown, the term to answer (a statement: the statement shown,
// True or False to pick).
struct ReviewQuestion {
    ReviewItem item;
    std::string prompt;
    std::string expected;
    std::vector<std::string> options;  // recognition: the choices
    int correct_option = -1;
};

struct ReviewSummary {
    int answered = 0, right = 0, wrong = 0;
    int left = 0;          // due cards not reached
    double seconds = 0;
};

class ReviewSession {
public:
    static constexpr int kChoices = 4;

    ReviewSession(std::vector<Deck> decks, std::vector<ReviewItem> items, std::uint64_t seed, double now);

    // ---- actions (false when they do not apply) ----
    bool choose(int option, double now);                  // recognition
    bool answer_typed(const std::string& text, double now);  // recall
    bool next(double now);                                // after the feedback, the next card
    void stop(double now);                                // the student stops here

    // ---- queries ----
    bool finished() const { return stopped_ || index_ >= items_.size(); }
    bool has_question() const { return !finished(); }
    const ReviewQuestion& question() const { return question_; }
    bool answered() const { return answered_; }   // the current question has its feedback
    bool last_right() const { return last_right_; }
    int last_choice() const { return last_choice_; }
    const WrittenGrade& last_grade() const { return last_grade_; }
    int position() const { return static_cast<int>(index_) + 1; }
    int total() const { return static_cast<int>(items_.size()); }
    int due_left() const;   // due cards not answered yet
    ReviewSummary summary(double now) const;
    const std::vector<Deck>& decks() const { return decks_; }

    // ---- scores and answers ----
    GameReport report(double now) const;
    int revision() const { return revision_; }
    // The answers since the last call, each with its card's deck id (no time yet).
    std::vector<std::pair<std::string, AnswerEvent>> take_events();

private:
    void build_question();
    void answered_with(bool right, bool with_help, double now);

    std::vector<Deck> decks_;
    std::vector<ReviewItem> items_;
    std::uint64_t seed_;
    std::size_t index_ = 0;
    ReviewQuestion question_;
    bool answered_ = false, last_right_ = false, stopped_ = false;
    int last_choice_ = -1;
    WrittenGrade last_grade_;
    int right_ = 0, wrong_ = 0;
    std::vector<CardOutcome> outcomes_;
    double started_at_ = 0, ended_at_ = -1;
    int revision_ = 0;
    std::vector<std::pair<std::string, AnswerEvent>> events_;
};

}  // namespace study
