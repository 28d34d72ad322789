// sim_policies.cpp: StudyStack's pass, Leitner boxes and ours (see sim_policies.h).
#include "sim_policies.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/deck.h"
#include "core/flashcards.h"
#include "core/memory_model.h"
#include "core/progress_store.h"
#include "core/study_events.h"
#include "core/study_order.h"

namespace sim {

bool Sitting::ask(int card) {
    const bool first_sight = !student_.has_seen(card);
    const bool knew = student_.answer(card, day_ + seconds_ / 86400.0, draws_);
    seconds_ += first_sight ? kSecondsFirstSight : knew ? kSecondsKnow : kSecondsDontKnow;
    ++answers_;
    return knew;
}

namespace {

study::Deck numbered_deck(int cards) {
    study::Deck deck;
    deck.id = "simulated";
    for (int c = 0; c < cards; ++c) deck.cards.push_back({"c" + std::to_string(c), "term", "definition"});
    return deck;
}

// StudyStack: the app's Flashcards pass (shuffled), kept from day to day. The student
// takes the retry whenever it is offered (7+ cards in Don't know, or the pile done), and
// starts a new pass when every card is in Know.
class StudyStackPolicy : public Policy {
public:
    StudyStackPolicy(int cards, std::uint64_t seed) : session_(numbered_deck(cards), {}, seed, 0.0) {}

    void study(Sitting& sitting) override {
        while (sitting.time_left()) {
            if (!session_.has_current()) {
                if (!session_.retry(sitting.now_seconds())) session_.restart(sitting.now_seconds());
            }
            const int card = session_.current_card();
            session_.flip();
            if (sitting.ask(card)) {
                session_.know(sitting.now_seconds());
            } else {
                session_.dont_know(sitting.now_seconds());
            }
            if (session_.has_current() && session_.can_retry()) session_.retry(sitting.now_seconds());
        }
        session_.take_events();
    }

private:
    study::FlashcardSession session_;
};

// Leitner: box 1 every day, box 2 every 2 days ... box 5 every 16. A card known moves up
// a box, a card missed goes back to box 1. Due cards first (lowest box first), then new
// cards (which start in box 1, so a first sight known goes to box 2).
class LeitnerPolicy : public Policy {
public:
    explicit LeitnerPolicy(int cards) : box_(cards, 0), last_day_(cards, 0) {}

    void study(Sitting& sitting) override {
        std::vector<int> due, fresh;
        for (int c = 0; c < static_cast<int>(box_.size()); ++c) {
            if (box_[c] == 0) {
                fresh.push_back(c);
            } else if (sitting.day() - last_day_[c] >= kBoxDays[box_[c] - 1]) {
                due.push_back(c);
            }
        }
        std::stable_sort(due.begin(), due.end(), [this](int a, int b) { return box_[a] < box_[b]; });
        due.insert(due.end(), fresh.begin(), fresh.end());
        for (int card : due) {
            if (!sitting.time_left()) break;
            const int box = std::max(box_[card], 1);
            box_[card] = sitting.ask(card) ? std::min(box + 1, kBoxes) : 1;
            last_day_[card] = sitting.day();
        }
    }

private:
    static constexpr int kBoxes = 5;
    static constexpr int kBoxDays[kBoxes] = {1, 2, 4, 8, 16};
    std::vector<int> box_;       // 0: not started
    std::vector<int> last_day_;
};

// Ours: core's memory model (default FSRS-6 weights, a desired retention) fed the
// ratings of core's rule (Know = Good, Don't know = Again); each day the due cards,
// weakest first, then new cards. Nothing is asked that is not due.
class OursPolicy : public Policy {
public:
    OursPolicy(int cards, double desired_retention) : desired_retention_(desired_retention), cards_(cards) {}

    void study(Sitting& sitting) override {
        const std::int64_t now_ms = static_cast<std::int64_t>(sitting.day()) * study::kMsPerDay;
        const study::StudyOrder order = study::due_and_weakest_first(cards_, now_ms, model_, desired_retention_);
        std::vector<std::size_t> asked = order.due;
        asked.insert(asked.end(), order.fresh.begin(), order.fresh.end());
        for (std::size_t card : asked) {
            if (!sitting.time_left()) break;
            const bool knew = sitting.ask(static_cast<int>(card));
            study::AnswerEvent event{"c" + std::to_string(card), study::StudyMode::flashcards,
                                     study::AnswerFormat::self_report,
                                     knew ? study::AnswerOutcome::right : study::AnswerOutcome::wrong, now_ms};
            study::CardSchedule& schedule = cards_[card];
            const double elapsed_days = static_cast<double>(now_ms - schedule.last_review_ms) / study::kMsPerDay;
            schedule.memory = model_.after_review(schedule.memory, elapsed_days, study::rating_for(event));
            schedule.last_review_ms = now_ms;
        }
    }

private:
    study::MemoryModel model_;
    double desired_retention_;
    std::vector<study::CardSchedule> cards_;
};

}  // namespace

const char* policy_name(PolicyKind kind) {
    switch (kind) {
        case PolicyKind::studystack: return "StudyStack pass";
        case PolicyKind::leitner: return "Leitner boxes";
        case PolicyKind::ours: return "ours (FSRS .90)";
        case PolicyKind::ours_095: return "ours (FSRS .95)";
    }
    return "?";
}

std::unique_ptr<Policy> make_policy(PolicyKind kind, int cards, std::uint64_t seed) {
    switch (kind) {
        case PolicyKind::studystack: return std::make_unique<StudyStackPolicy>(cards, seed);
        case PolicyKind::leitner: return std::make_unique<LeitnerPolicy>(cards);
        case PolicyKind::ours: return std::make_unique<OursPolicy>(cards, study::kDefaultDesiredRetention);
        case PolicyKind::ours_095: return std::make_unique<OursPolicy>(cards, 0.95);
    }
    return nullptr;
}

}  // namespace sim
