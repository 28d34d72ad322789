// learn.cpp: the Learn mode's rules (see learn.h): building rounds, the order of asking,
// misses coming back, learning after a first-try recall, the session's goal.
#include "core/learn.h"

#include <algorithm>

#include "core/quiz.h"
#include "core/random.h"

namespace study {

LearnSession::LearnSession(const Deck& deck, LearnOptions options, std::uint64_t seed, double now)
    : deck_(deck), options_(options), seed_(seed), started_at_(now) {
    std::vector<int> order;
    for (std::size_t i = 0; i < deck_.cards.size(); ++i) {
        if (deck_.cards[i].is_statement) ++left_out_statements_;
        else order.push_back(static_cast<int>(i));
    }
    Random random(seed);
    random.shuffle(order);
    for (int card : order) cards_.push_back(CardProgress{card});
    start_round();
}

// ---- rounds ----

void LearnSession::start_round() {
    round_cards_.clear();
    // Cards under way (to recall) first, then new ones, in the session's order.
    for (LearnStage wanted : {LearnStage::recall, LearnStage::recognize}) {
        for (CardProgress& progress : cards_) {
            if (static_cast<int>(round_cards_.size()) >= kRoundSize) break;
            if (progress.stage != wanted) continue;
            round_cards_.push_back(progress.card);
        }
    }
    for (CardProgress& progress : cards_) progress.recall_missed = false;
    queue_ = round_cards_;
    ++round_number_;
    if (queue_.empty()) {  // nothing left to learn (or nothing to learn at all)
        finish(started_at_);
        return;
    }
    ask_next();
}

void LearnSession::ask_next() {
    question_ = make_question(queue_.front());
    feedback_ = LearnFeedback{};
    phase_ = LearnPhase::asking;
    CardProgress& progress = progress_of(question_.card);
    if (progress.first_asked < 0) progress.first_asked = asked_++;
}

LearnQuestion LearnSession::make_question(int card) {
    LearnQuestion question;
    question.card = card;
    const Card& c = deck_.cards[static_cast<std::size_t>(card)];
    question.prompt = options_.answer_with_term ? c.definition : c.term;
    question.expected = options_.answer_with_term ? c.term : c.definition;
    question.format = progress_of(card).stage == LearnStage::recognize ? AnswerFormat::recognition : AnswerFormat::recall;
    if (question.format == AnswerFormat::recognition) {
        // The same options each time this card is asked in this session's round.
        Random random(seed_ ^ (static_cast<std::uint64_t>(card + 1) * 0x9E3779B97F4A7C15ull) ^
                      static_cast<std::uint64_t>(round_number_));
        question.options = plausible_wrong_answers(deck_, card, options_.answer_with_term, kWrongOptions, random);
        if (question.options.empty()) {  // no other card to choose from: straight to recall
            progress_of(card).stage = LearnStage::recall;
            question.format = AnswerFormat::recall;
            return question;
        }
        question.options.push_back(question.expected);
        random.shuffle(question.options);
        question.correct_option = static_cast<int>(
            std::find(question.options.begin(), question.options.end(), question.expected) - question.options.begin());
    }
    return question;
}

// ---- answering ----

void LearnSession::answer_choice(int option) {
    if (phase_ != LearnPhase::asking || question_.format != AnswerFormat::recognition) return;
    if (option < 0 || option >= static_cast<int>(question_.options.size())) return;
    feedback_.choice = option;
    const bool correct = option == question_.correct_option;
    answered(correct, AnswerFormat::recognition, correct ? AnswerOutcome::right : AnswerOutcome::wrong);
}

void LearnSession::answer_typed(const std::string& text) {
    if (phase_ != LearnPhase::asking || question_.format != AnswerFormat::recall) return;
    feedback_.typed = text.substr(0, kMaxWrittenAnswerBytes);
    const bool blank = normalize_answer(feedback_.typed).empty();
    if (!blank) feedback_.grade = grade_written(feedback_.typed, question_.expected);
    const bool correct = !blank && feedback_.grade.correct;
    const AnswerOutcome outcome = !correct ? AnswerOutcome::wrong
                                  : feedback_.grade.exact ? AnswerOutcome::right
                                                          : AnswerOutcome::right_with_help;
    answered(correct, AnswerFormat::recall, outcome);
}

void LearnSession::answered(bool correct, AnswerFormat format, AnswerOutcome outcome) {
    CardProgress& progress = progress_of(question_.card);
    ++progress.answers;
    ++answers_;
    if (correct) ++right_;
    log_.answer(deck_.cards[static_cast<std::size_t>(question_.card)].id, format, outcome);
    feedback_.correct = correct;
    queue_.erase(queue_.begin());
    if (!correct) {
        // A miss comes back at the end of the round, asked the same way.
        if (format == AnswerFormat::recall) progress.recall_missed = true;
        queue_.push_back(question_.card);
    } else if (format == AnswerFormat::recognition) {
        progress.stage = LearnStage::recall;  // recognised: recalled later in this round
        queue_.push_back(question_.card);
    } else if (!progress.recall_missed) {
        progress.stage = LearnStage::learned;  // a first-try recall
        feedback_.learned = true;
    }
    // A recall right after a miss in this round: asked again in the next round.
    phase_ = LearnPhase::answered;
    ++revision_;
}

void LearnSession::next(double now) {
    if (phase_ == LearnPhase::asking || phase_ == LearnPhase::finished) return;
    if (goal_reached(now)) return finish(now);
    if (phase_ == LearnPhase::answered && !queue_.empty()) return ask_next();
    if (phase_ == LearnPhase::answered) {
        phase_ = LearnPhase::round_over;
        ++revision_;
        return;
    }
    start_round();
    ++revision_;
}

void LearnSession::stop(double now) {
    if (!finished()) finish(now);
}

bool LearnSession::goal_reached(double now) const {
    if (learned_count() == card_count()) return true;
    return options_.goal_minutes > 0 && now - started_at_ >= options_.goal_minutes * 60.0;
}

void LearnSession::finish(double now) {
    phase_ = LearnPhase::finished;
    finished_at_ = std::max(now, started_at_);
    queue_.clear();
    ++revision_;
}

// ---- queries ----

LearnSession::CardProgress& LearnSession::progress_of(int card) {
    return const_cast<CardProgress&>(*static_cast<const LearnSession*>(this)->find_progress(card));
}

const LearnSession::CardProgress* LearnSession::find_progress(int card) const {
    for (const CardProgress& progress : cards_) {
        if (progress.card == card) return &progress;
    }
    return nullptr;
}

LearnStage LearnSession::stage(int card) const {
    const CardProgress* progress = find_progress(card);
    return progress ? progress->stage : LearnStage::recognize;
}

int LearnSession::round_questions_left() const { return static_cast<int>(queue_.size()); }

int LearnSession::learned_count() const {
    return static_cast<int>(std::count_if(cards_.begin(), cards_.end(),
                                          [](const CardProgress& p) { return p.stage == LearnStage::learned; }));
}

LearnSummary LearnSession::summary(double now) const {
    LearnSummary summary;
    summary.learned = learned_count();
    summary.cards = card_count();
    summary.answers = answers_;
    summary.right = right_;
    summary.accuracy_percent = answers_ ? (100 * right_ + answers_ / 2) / answers_ : 0;
    summary.seconds = seconds(now);
    return summary;
}

GameReport LearnSession::report(double now) const {
    GameReport report;
    report.mode = mode_name(StudyMode::learn);
    report.deck_id = deck_.id;
    report.score = learned_count();
    report.max_score = card_count();
    report.seconds = seconds(now);
    report.completed = finished();
    std::vector<const CardProgress*> asked;
    for (const CardProgress& progress : cards_) {
        if (progress.first_asked >= 0 && progress.answers > 0) asked.push_back(&progress);
    }
    std::sort(asked.begin(), asked.end(), [](const CardProgress* a, const CardProgress* b) { return a->first_asked < b->first_asked; });
    for (const CardProgress* progress : asked) {
        report.cards.push_back({deck_.cards[static_cast<std::size_t>(progress->card)].id, progress->stage == LearnStage::learned,
                                progress->answers});
    }
    return report;
}

std::vector<AnswerEvent> LearnSession::take_events() { return log_.take(); }

}  // namespace study
