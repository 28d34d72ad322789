// review.cpp: Review mode (see review.h).
#include "core/review.h"

#include <algorithm>

#include "core/deal_order.h"
#include "core/progress_store.h"
#include "core/random.h"

namespace study {

AnswerFormat review_format(const MemoryState& memory, double recall_now) {
    if (memory.is_new()) return AnswerFormat::recognition;
    const bool familiar = memory.stability >= kFamiliarStabilityDays && recall_now >= kFamiliarRecall;
    return familiar ? AnswerFormat::recall : AnswerFormat::recognition;
}

std::vector<ReviewItem> due_review_items(const std::vector<Deck>& decks, const ProgressStore& progress,
                                         std::int64_t now_ms, const MemoryModel& model, double desired_retention) {
    std::vector<ReviewItem> items;
    for (std::size_t d = 0; d < decks.size(); ++d) {
        const std::vector<CardSchedule> schedules = card_schedules(decks[d], progress.find_deck(decks[d].id));
        for (std::size_t card : due_and_weakest_first(schedules, now_ms, model, desired_retention).due) {
            const CardSchedule& schedule = schedules[card];
            const double elapsed_days = static_cast<double>(now_ms - schedule.last_review_ms) / kMsPerDay;
            const double recall = model.recall_probability(schedule.memory, elapsed_days);
            items.push_back({d, static_cast<int>(card), recall, review_format(schedule.memory, recall)});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem& a, const ReviewItem& b) { return a.recall < b.recall; });
    return items;
}

ReviewSession::ReviewSession(std::vector<Deck> decks, std::vector<ReviewItem> items, std::uint64_t seed, double now)
    : decks_(std::move(decks)), seed_(seed), started_at_(now) {
    for (const ReviewItem& item : items) {  // only cards that exist
        if (item.deck < decks_.size() && item.card >= 0 && item.card < static_cast<int>(decks_[item.deck].cards.size())) {
            items_.push_back(item);
        }
    }
    build_question();
}

void ReviewSession::build_question() {
    answered_ = false;
    last_choice_ = -1;
    last_grade_ = {};
    question_ = {};
    if (finished()) return;
    const ReviewItem& item = items_[index_];
    const Deck& deck = decks_[item.deck];
    const Card& card = deck.cards[static_cast<std::size_t>(item.card)];
    question_.item = item;
    Random random(seed_ + 0x5EED5ull * (index_ + 1));
    if (card.is_statement) {  // a statement is always true or false to pick
        question_.item.format = AnswerFormat::recognition;
        question_.prompt = card.term;
        question_.options = {"True", "False"};
        question_.expected = card.definition;
        question_.correct_option = card.definition == "True" ? 0 : 1;
        return;
    }
    question_.prompt = card.definition;
    question_.expected = card.term;
    if (item.format == AnswerFormat::recall) return;
    // Multiple choice: the term and up to three other terms of the same deck.
    std::vector<int> others;
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        const Card& other = deck.cards[i];
        if (static_cast<int>(i) != item.card && !other.is_statement && normalize_answer(other.term) != normalize_answer(card.term)) {
            others.push_back(static_cast<int>(i));
        }
    }
    random.shuffle(others);
    std::vector<std::string> options = {card.term};
    for (std::size_t i = 0; i < others.size() && options.size() < static_cast<std::size_t>(kChoices); ++i) {
        const std::string& term = deck.cards[static_cast<std::size_t>(others[i])].term;
        if (std::find(options.begin(), options.end(), term) == options.end()) options.push_back(term);
    }
    random.shuffle(options);
    question_.options = options;
    question_.correct_option = static_cast<int>(std::find(options.begin(), options.end(), card.term) - options.begin());
}

void ReviewSession::answered_with(bool right, bool with_help, double now) {
    answered_ = true;
    last_right_ = right;
    (right ? right_ : wrong_) += 1;
    const Card& card = decks_[question_.item.deck].cards[static_cast<std::size_t>(question_.item.card)];
    AnswerEvent event;
    event.card_id = card.id;
    event.mode = StudyMode::review;
    event.format = question_.item.format;
    event.outcome = !right ? AnswerOutcome::wrong : with_help ? AnswerOutcome::right_with_help : AnswerOutcome::right;
    events_.push_back({decks_[question_.item.deck].id, event});
    outcomes_.push_back({card.id, right, 1});
    if (index_ + 1 >= items_.size()) ended_at_ = now;
    ++revision_;
}

bool ReviewSession::choose(int option, double now) {
    if (finished() || answered_ || question_.item.format != AnswerFormat::recognition) return false;
    if (option < 0 || option >= static_cast<int>(question_.options.size())) return false;
    last_choice_ = option;
    answered_with(option == question_.correct_option, false, now);
    return true;
}

bool ReviewSession::answer_typed(const std::string& text, double now) {
    if (finished() || answered_ || question_.item.format != AnswerFormat::recall) return false;
    last_grade_ = grade_written(text, question_.expected);
    answered_with(last_grade_.correct, last_grade_.correct && !last_grade_.exact, now);
    return true;
}

bool ReviewSession::next(double now) {
    if (finished() || !answered_) return false;
    ++index_;
    if (finished() && ended_at_ < 0) ended_at_ = now;
    build_question();
    ++revision_;
    return true;
}

void ReviewSession::stop(double now) {
    if (stopped_) return;
    if (answered_) ++index_;  // the card answered is done
    stopped_ = true;
    if (ended_at_ < 0) ended_at_ = now;
    ++revision_;
}

int ReviewSession::due_left() const {
    return static_cast<int>(items_.size()) - right_ - wrong_;
}

ReviewSummary ReviewSession::summary(double now) const {
    ReviewSummary summary;
    summary.right = right_;
    summary.wrong = wrong_;
    summary.answered = right_ + wrong_;
    summary.left = due_left();
    summary.seconds = (ended_at_ >= 0 ? ended_at_ : now) - started_at_;
    return summary;
}

GameReport ReviewSession::report(double now) const {
    GameReport report;
    report.mode = mode_name(StudyMode::review);
    report.deck_id = decks_.size() == 1 ? decks_[0].id : "";
    report.score = right_;
    report.max_score = right_ + wrong_;
    report.seconds = summary(now).seconds;
    report.completed = finished();
    report.cards = outcomes_;
    return report;
}

std::vector<std::pair<std::string, AnswerEvent>> ReviewSession::take_events() {
    std::vector<std::pair<std::string, AnswerEvent>> taken;
    taken.swap(events_);
    return taken;
}

}  // namespace study
