// progress_store.cpp: recording answers, replaying memories, summaries and merging (see
// progress_store.h).
#include "core/progress_store.h"

#include <algorithm>
#include <tuple>

#include "core/deck.h"

namespace study {

namespace {

double days_between(std::int64_t from_ms, std::int64_t to_ms) {
    return static_cast<double>(to_ms - from_ms) / static_cast<double>(kMsPerDay);
}

bool same_review(const ReviewRecord& a, const ReviewRecord& b) {
    return a.time_ms == b.time_ms && a.mode == b.mode && a.format == b.format && a.outcome == b.outcome;
}

bool earlier(const ReviewRecord& a, const ReviewRecord& b) {
    return std::make_tuple(a.time_ms, static_cast<int>(a.mode), static_cast<int>(a.format), static_cast<int>(a.outcome)) <
           std::make_tuple(b.time_ms, static_cast<int>(b.mode), static_cast<int>(b.format), static_cast<int>(b.outcome));
}

// Applies one review to (memory, last_review_ms).
void apply(MemoryState& memory, std::int64_t& last_review_ms, const ReviewRecord& review, const MemoryModel& model) {
    const AnswerEvent event{"", review.mode, review.format, review.outcome, review.time_ms};
    memory = model.after_review(memory, last_review_ms == 0 ? 0.0 : days_between(last_review_ms, review.time_ms),
                                rating_for(event));
    last_review_ms = review.time_ms;
}

// Folds the oldest reviews into the start state until at most kMaxReviewsPerCard remain.
void cap_reviews(CardProgress& card, const MemoryModel& model) {
    if (card.reviews.size() <= kMaxReviewsPerCard) return;
    const std::size_t drop = card.reviews.size() - kMaxReviewsPerCard;
    for (std::size_t i = 0; i < drop; ++i) apply(card.start, card.start_time_ms, card.reviews[i], model);
    card.reviews.erase(card.reviews.begin(), card.reviews.begin() + static_cast<std::ptrdiff_t>(drop));
}

bool session_less(const SessionRecord& a, const SessionRecord& b) {
    return std::tie(a.time_ms, a.score, a.max_score, a.seconds) < std::tie(b.time_ms, b.score, b.max_score, b.seconds);
}

// Drops the oldest sessions past the cap, keeping their time.
void cap_sessions(std::vector<SessionRecord>& sessions, double& folded_seconds) {
    while (sessions.size() > kMaxSessionsPerMode) {
        folded_seconds += sessions.front().seconds;
        sessions.erase(sessions.begin());
    }
}

}  // namespace

void ProgressStore::replay(CardProgress& card, const MemoryModel& model) {
    card.memory = card.start;
    card.last_review_ms = card.start_time_ms;
    for (const ReviewRecord& review : card.reviews) apply(card.memory, card.last_review_ms, review, model);
}

void ProgressStore::record(const std::string& deck_id, const AnswerEvent& event, const MemoryModel& model) {
    CardProgress& card = decks_[deck_id].cards[event.card_id];
    if (event.retract) {  // the last answer to this card in this mode is taken back
        for (auto it = card.reviews.rbegin(); it != card.reviews.rend(); ++it) {
            if (it->mode == event.mode) {
                card.reviews.erase(std::next(it).base());
                replay(card, model);
                break;
            }
        }
        return;
    }
    const ReviewRecord review{event.time_ms, event.mode, event.format, event.outcome};
    if (!card.reviews.empty() && review.time_ms < card.reviews.back().time_ms) {  // a clock that went back
        card.reviews.push_back(review);
        std::stable_sort(card.reviews.begin(), card.reviews.end(),
                         [](const ReviewRecord& a, const ReviewRecord& b) { return a.time_ms < b.time_ms; });
        replay(card, model);
    } else {
        card.reviews.push_back(review);
        apply(card.memory, card.last_review_ms, review, model);
    }
    cap_reviews(card, model);
}

double DeckProgress::seconds_studied() const {
    double total = folded_seconds;
    for (const auto& [mode, list] : sessions) {
        for (const SessionRecord& session : list) total += session.seconds;
    }
    return total;
}

void ProgressStore::record_session(const std::string& deck_id, StudyMode mode, const SessionRecord& session) {
    DeckProgress& deck = decks_[deck_id];
    std::vector<SessionRecord>& list = deck.sessions[mode];
    list.push_back(session);
    cap_sessions(list, deck.folded_seconds);
}

bool ProgressStore::offer_matching_time(const std::string& deck_id, int round_size, double seconds) {
    auto& best = decks_[deck_id].matching_best_seconds;
    const auto found = best.find(round_size);
    if (found != best.end() && found->second <= seconds) return false;
    best[round_size] = seconds;
    return true;
}

CardStatus ProgressStore::card_status(const std::string& deck_id, const std::string& card_id, std::int64_t now_ms,
                                      const MemoryModel& model, double desired_retention) const {
    CardStatus status;
    const DeckProgress* progress = find_deck(deck_id);
    if (!progress) return status;
    const auto found = progress->cards.find(card_id);
    if (found == progress->cards.end() || found->second.last_review_ms == 0) return status;
    const CardProgress& card = found->second;
    status.studied = true;
    status.recall = model.recall_probability(card.memory, days_between(card.last_review_ms, now_ms));
    status.due_ms = card.last_review_ms +
                    static_cast<std::int64_t>(model.interval_days(card.memory.stability, desired_retention)) * kMsPerDay;
    return status;
}

DeckSummary ProgressStore::summarize(const Deck& deck, std::int64_t now_ms, const MemoryModel& model,
                                     double desired_retention) const {
    DeckSummary summary;
    summary.cards = static_cast<int>(deck.cards.size());
    for (const Card& card : deck.cards) {
        const CardStatus status = card_status(deck.id, card.id, now_ms, model, desired_retention);
        if (!status.studied) continue;
        ++summary.studied;
        if (status.due_ms <= now_ms) ++summary.due_now;
        if (status.recall >= kMasteredRecall) ++summary.mastered;
    }
    return summary;
}

const DeckProgress* ProgressStore::find_deck(const std::string& deck_id) const {
    const auto found = decks_.find(deck_id);
    return found == decks_.end() ? nullptr : &found->second;
}

DeckProgress& ProgressStore::deck(const std::string& deck_id) { return decks_[deck_id]; }

void ProgressStore::merge(const ProgressStore& other, const MemoryModel& model) {
    for (const auto& [deck_id, theirs] : other.decks_) {
        DeckProgress& mine = decks_[deck_id];
        for (const auto& [card_id, their_card] : theirs.cards) {
            CardProgress& card = mine.cards[card_id];
            // The side whose history reaches further back gives the starting state (a start
            // time of 0 means a whole history, from a new card).
            const bool mine_is_empty = card.reviews.empty() && card.start_time_ms == 0;
            if (mine_is_empty) {  // theirs alone (already replayed and capped): as it is
                card = their_card;
                continue;
            }
            if (mine_is_empty || their_card.start_time_ms < card.start_time_ms) {
                card.start = their_card.start;
                card.start_time_ms = their_card.start_time_ms;
            }
            for (const ReviewRecord& review : their_card.reviews) {
                const bool known = std::any_of(card.reviews.begin(), card.reviews.end(),
                                               [&](const ReviewRecord& have) { return same_review(have, review); });
                if (!known) card.reviews.push_back(review);
            }
            std::sort(card.reviews.begin(), card.reviews.end(), earlier);
            // Reviews already folded into the chosen start are not replayed twice.
            card.reviews.erase(std::remove_if(card.reviews.begin(), card.reviews.end(),
                                              [&](const ReviewRecord& r) { return r.time_ms <= card.start_time_ms; }),
                               card.reviews.end());
            replay(card, model);
            cap_reviews(card, model);
        }
        if (mine.flashcards_pass.is_null()) mine.flashcards_pass = theirs.flashcards_pass;
        for (const auto& [size, seconds] : theirs.matching_best_seconds) {
            const auto found = mine.matching_best_seconds.find(size);
            if (found == mine.matching_best_seconds.end() || seconds < found->second) mine.matching_best_seconds[size] = seconds;
        }
        for (const auto& [mode, their_list] : theirs.sessions) {
            std::vector<SessionRecord>& list = mine.sessions[mode];
            for (const SessionRecord& session : their_list) {
                const bool known = std::any_of(list.begin(), list.end(), [&](const SessionRecord& have) {
                    return !session_less(have, session) && !session_less(session, have);
                });
                if (!known) list.push_back(session);
            }
            std::sort(list.begin(), list.end(), session_less);
            cap_sessions(list, mine.folded_seconds);
        }
        mine.folded_seconds = std::max(mine.folded_seconds, theirs.folded_seconds);
    }
}

}  // namespace study
