// matching.cpp: the Matching game's rules (see matching.h).
#include "core/matching.h"

#include <algorithm>
#include <set>

#include "core/random.h"
#include "core/text_fold.h"

namespace study {

MatchingGame::MatchingGame(const Deck& deck, MatchingOptions options, std::uint64_t seed)
    : deck_(deck), options_(options), seed_(seed), card_misses_(deck.cards.size(), 0) {
    options_.round_size = std::clamp(options_.round_size, MatchingOptions::kMinRound, MatchingOptions::kMaxRound);
    for (std::size_t i = 0; i < deck_.cards.size(); ++i) {
        if (!deck_.cards[i].is_statement) queue_.push_back(static_cast<int>(i));
    }
    playable_ = static_cast<int>(queue_.size());
    Random random(seed_);
    arrange_for_deal(queue_, options_.deal_order, random);
    deal();
}

void MatchingGame::deal() {
    // Take cards in queue order, skipping any whose term or definition (folded) is already
    // in the round: that pair would be ambiguous. Skipped cards wait for a later round.
    std::set<std::string> terms, definitions;
    std::vector<int> round, later;
    for (int card : queue_) {
        const Card& c = deck_.cards[static_cast<std::size_t>(card)];
        const std::string term = fold_text(trim_space(c.term)), definition = fold_text(trim_space(c.definition));
        if (static_cast<int>(round.size()) < options_.round_size && !terms.count(term) && !definitions.count(definition)) {
            round.push_back(card);
            terms.insert(term);
            definitions.insert(definition);
        } else {
            later.push_back(card);
        }
    }
    queue_ = later;
    tiles_.clear();
    for (int card : round) {
        tiles_.push_back({card, true, false});
        tiles_.push_back({card, false, false});
    }
    Random random(seed_ + 0x9E37ull * static_cast<std::uint64_t>(++round_number_));
    random.shuffle(tiles_);
    selected_ = -1;
    last_mismatch_ = {-1, -1};
    started_ = false;
    misses_ = 0;
}

const std::string& MatchingGame::tile_text(int index) const {
    const MatchTile& tile = tiles_[static_cast<std::size_t>(index)];
    const Card& card = deck_.cards[static_cast<std::size_t>(tile.card)];
    return tile.is_term ? card.term : card.definition;
}

bool MatchingGame::round_over() const {
    return std::all_of(tiles_.begin(), tiles_.end(), [](const MatchTile& t) { return t.matched; });
}

int MatchingGame::pairs_left() const {
    return static_cast<int>(std::count_if(tiles_.begin(), tiles_.end(), [](const MatchTile& t) { return !t.matched; })) / 2;
}

MatchResult MatchingGame::select(int index, double now) {
    if (index < 0 || index >= static_cast<int>(tiles_.size()) || round_over()) return MatchResult::ignored;
    MatchTile& tile = tiles_[static_cast<std::size_t>(index)];
    if (tile.matched) return MatchResult::ignored;
    if (!started_) {
        started_ = true;
        started_at_ = now;
    }
    last_mismatch_ = {-1, -1};
    if (selected_ == index) {
        selected_ = -1;
        return MatchResult::deselected;
    }
    if (selected_ < 0 || tiles_[static_cast<std::size_t>(selected_)].is_term == tile.is_term) {
        selected_ = index;
        return MatchResult::selected;
    }
    MatchTile& other = tiles_[static_cast<std::size_t>(selected_)];
    const int other_index = selected_;
    selected_ = -1;
    if (other.card == tile.card) {
        other.matched = tile.matched = true;
        matched_order_.push_back(tile.card);
        if (!round_over()) answered(tile.card, AnswerOutcome::right);  // the last pair is no answer
        ++revision_;
        if (round_over()) {
            ended_at_ = now;
            finished_.push_back(round_result(now));
        }
        return MatchResult::matched;
    }
    ++misses_;
    ++card_misses_[static_cast<std::size_t>(tile.card)];
    ++card_misses_[static_cast<std::size_t>(other.card)];
    last_mismatch_ = {other_index, index};
    answered(other.card, AnswerOutcome::wrong);
    ++revision_;
    return MatchResult::mismatched;
}

void MatchingGame::answered(int card, AnswerOutcome outcome) {
    answers_.answer(deck_.cards[static_cast<std::size_t>(card)].id, AnswerFormat::recognition, outcome);
}

std::vector<AnswerEvent> MatchingGame::take_events() { return answers_.take(); }

GameReport MatchingGame::report(double now) const {
    GameReport report;
    report.mode = mode_name(StudyMode::matching);
    report.deck_id = deck_.id;
    report.max_score = playable_;
    for (const MatchingRoundResult& round : finished_) report.seconds += round.seconds;
    if (!round_over()) report.seconds += round_seconds(now);
    for (int card : matched_order_) {
        const int misses = misses_of(card);
        report.score += misses == 0 ? 1 : 0;
        report.cards.push_back({deck_.cards[static_cast<std::size_t>(card)].id, misses == 0, misses + 1});
    }
    report.completed = deck_over();
    return report;
}

bool MatchingGame::next_round() {
    if (!round_over() || queue_.empty()) return false;
    deal();
    ++revision_;
    return true;
}

double MatchingGame::round_seconds(double now) const {
    if (!started_) return 0;
    const double end = round_over() ? ended_at_ : now;
    return std::max(0.0, end - started_at_) + penalty_seconds();
}

MatchingRoundResult MatchingGame::round_result(double now) const {
    MatchingRoundResult result;
    result.pairs = static_cast<int>(tiles_.size() / 2);
    result.misses = misses_;
    result.penalty_seconds = penalty_seconds();
    result.seconds = round_seconds(now);
    return result;
}

int MatchingGame::misses_of(int card) const { return card_misses_[static_cast<std::size_t>(card)]; }

}  // namespace study
