// matching.h: the Matching game as a plain object (StudyStack's Matching, Quizlet's
// Match). A round deals N cards as 2N tiles (terms and definitions, shuffled); the player
// selects a term and its definition, in either order, to make a pair. A wrong pair costs
// a one-second penalty. The clock starts at the first move and stops when the round is
// over; rounds go on through the deck until every card was matched once. Statements are
// never dealt, nor two cards with the same term or definition in one round.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/deal_order.h"
#include "core/deck.h"
#include "core/game_report.h"
#include "core/study_events.h"

namespace study {

struct MatchingOptions {
    static constexpr int kMinRound = 4, kMaxRound = 10;
    int round_size = 6;  // cards (pairs) per round, kMinRound..kMaxRound
    std::optional<DealOrder> order;  // chosen by the student or a link (none: the default)
    std::vector<int> deal_order;     // cards to deal, in order (cards_in_deal_order); empty: shuffled
};

struct MatchTile {
    int card = -1;        // index in the deck
    bool is_term = true;  // the term side, else the definition side
    bool matched = false;
};

enum class MatchResult { ignored, selected, deselected, matched, mismatched };

struct MatchingRoundResult {
    int pairs = 0;
    int misses = 0;          // wrong pairs
    double seconds = 0;      // clock time, penalties included
    double penalty_seconds = 0;
};

class MatchingGame {
public:
    static constexpr double kPenaltySeconds = 1.0;

    MatchingGame(const Deck& deck, MatchingOptions options, std::uint64_t seed);

    // ---- actions ----
    // Selects tile `index` at time `now` (seconds). With another tile of the other side
    // selected, the two are tried as a pair. Selecting the selected tile unselects it; a
    // tile of the same side as the selected one takes its place.
    MatchResult select(int index, double now);
    // Deals the next round (when this one is over and cards remain).
    bool next_round();

    // ---- queries ----
    const std::vector<MatchTile>& tiles() const { return tiles_; }
    const std::string& tile_text(int index) const;
    int selected() const { return selected_; }
    // The last wrong pair (tile indices), for the red flash; -1s when none.
    std::pair<int, int> last_mismatch() const { return last_mismatch_; }
    bool started() const { return started_; }
    bool round_over() const;
    bool deck_over() const { return round_over() && queue_.empty(); }
    int round_number() const { return round_number_; }
    int pairs_left() const;
    int misses() const { return misses_; }
    double penalty_seconds() const { return misses_ * kPenaltySeconds; }
    // Clock time of this round (penalties included); 0 before the first move.
    double round_seconds(double now) const;
    MatchingRoundResult round_result(double now) const;
    // Every round played so far, this one included once it is over.
    const std::vector<MatchingRoundResult>& finished_rounds() const { return finished_; }
    // Cards that can be dealt at all (statements left out), and cards still to deal.
    int playable_cards() const { return playable_; }
    int cards_left_to_deal() const { return static_cast<int>(queue_.size()); }
    // Wrong pairs each card was part of (index in the deck).
    int misses_of(int card) const;
    // Cards matched so far, in the order they were matched.
    const std::vector<int>& matched_cards() const { return matched_order_; }
    const Deck& deck() const { return deck_; }
    const MatchingOptions& options() const { return options_; }

    // ---- scores and answers ----
    // The game so far for the embedding page: a point per card matched without a miss, out
    // of the playable cards; the time of every round; completed when the deck is done.
    GameReport report(double now) const;
    // Goes up each time the report changes (a pair, a miss, a new round).
    int revision() const { return revision_; }
    // Answers since the last call (recognition): a right pair is right for its card, except
    // the last pair of a round (found by elimination: no answer); a wrong pair is wrong for
    // the card of the tile picked first. Without their time.
    std::vector<AnswerEvent> take_events();

private:
    void answered(int card, AnswerOutcome outcome);
    void deal();

    Deck deck_;
    MatchingOptions options_;
    std::uint64_t seed_;
    std::vector<int> queue_;      // cards not dealt yet, in dealing order
    std::vector<MatchTile> tiles_;
    std::vector<int> card_misses_;
    std::vector<int> matched_order_;
    std::vector<MatchingRoundResult> finished_;
    int playable_ = 0;
    int selected_ = -1;
    std::pair<int, int> last_mismatch_{-1, -1};
    bool started_ = false;
    double started_at_ = 0;
    double ended_at_ = 0;
    int misses_ = 0;
    int round_number_ = 0;
    int revision_ = 0;
    AnswerLog answers_{StudyMode::matching};
};

}  // namespace study
