// flashcards.h: StudyStack's Flashcards activity as a plain object. A pass deals the
// deck's cards one at a time; the player flips the card and puts it in the Know or the
// Don't know box; a card in a box can be taken back out; the last move can be undone;
// with seven or more cards in Don't know, "retry" puts those cards back on the pile.
// Time comes in as arguments (seconds), randomness from the seed; the whole session can
// be saved to JSON and restored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/deal_order.h"
#include "core/deck.h"
#include "core/game_report.h"
#include "core/study_events.h"

namespace study {

struct FlashcardsOptions {
    bool term_first = true;   // show the term first (else the definition)
    bool shuffle = true;      // deal in a seeded random order (else deck order)
    std::optional<DealOrder> order;  // chosen by the student or a link (none: the default)
    std::vector<int> deal_order;     // cards to deal, in order (cards_in_deal_order); empty: `shuffle` decides
};

enum class FlashcardBox { none, know, dont_know };

struct FlashcardsSummary {
    int known = 0;        // cards in the Know box
    int not_known = 0;    // cards in the Don't know box
    int total = 0;
    double seconds = 0;   // time elapsed in this pass (since start or restart)
    int retries = 0;
};

class FlashcardSession {
public:
    // Cards a retry needs in the Don't know box while cards remain (StudyStack's rule).
    static constexpr int kRetryThreshold = 7;

    FlashcardSession(const Deck& deck, FlashcardsOptions options, std::uint64_t seed, double now);

    // ---- actions (each returns false when it does not apply) ----
    bool flip();
    bool know(double now);
    bool dont_know(double now);
    // Undoes the last move (into a box, or out of one).
    bool undo(double now);
    // Takes card `card_index` out of its box; it becomes the current card again.
    bool take_back(int card_index, double now);
    // Puts the Don't know cards back on top of the pile for another go.
    bool retry(double now);
    // Starts over with every card (new order when shuffling), timer and retries reset.
    void restart(double now);

    // ---- queries ----
    bool has_current() const { return !pile_.empty(); }
    int current_card() const { return pile_.empty() ? -1 : pile_.front(); }  // index in the deck
    bool showing_front() const { return !flipped_; }
    // Text of the side shown now, and of the other side. Statements always show the
    // statement first and "True"/"False" on the back.
    const std::string& shown_text() const;
    const std::string& hidden_text() const;
    bool shown_side_is_term() const;
    int remaining() const { return static_cast<int>(pile_.size()); }
    const std::vector<int>& know_box() const { return know_; }
    const std::vector<int>& dont_know_box() const { return dont_know_; }
    FlashcardBox box_of(int card_index) const;
    bool can_undo() const { return !history_.empty(); }
    // Retry is offered with 7+ cards in Don't know, or at the end of a pass with any.
    bool can_retry() const;
    bool pass_complete() const { return pile_.empty(); }
    int retries() const { return retries_; }
    double elapsed(double now) const;
    FlashcardsSummary summary(double now) const;
    const FlashcardsOptions& options() const { return options_; }
    const Deck& deck() const { return deck_; }

    // ---- scores and answers ----
    // The pass so far for the embedding page (completed once the pile is empty).
    GameReport report(double now) const;
    // Goes up each time the report changes (a move, an undo, a retry, a restart).
    int revision() const { return revision_; }
    // The answers given since the last call (Know / Don't know as self-reports; an undo or
    // a card taken back out of its box retracts its answer), without their time.
    std::vector<AnswerEvent> take_events();

    // ---- saving ----
    nlohmann::json to_json(double now) const;
    // Restores a saved session against this deck (cards that no longer exist are dropped,
    // new cards join the pile); on bad data returns false and changes nothing.
    bool restore(const nlohmann::json& saved, double now);

private:
    struct Move {
        int card;
        FlashcardBox from;  // none = the top of the pile
        FlashcardBox to;
    };

    // The cards the saved field `key` lists by id, each marked in `placed` (a card already
    // placed, or one no longer in the deck, is left out); nothing when it is not a list of text.
    static std::optional<std::vector<int>> saved_cards(const nlohmann::json& saved, const char* key,
                                                       const std::vector<std::string>& ids, std::vector<bool>& placed);
    // The saved moves of cards still in the deck; nothing when "history" is not a list of
    // moves (objects with "card", "from" and "to" as text).
    static std::optional<std::vector<Move>> saved_history(const nlohmann::json& saved, const std::vector<std::string>& ids);

    void deal(double now);
    bool move_current(FlashcardBox to, double now);
    std::vector<int>& box(FlashcardBox which) { return which == FlashcardBox::know ? know_ : dont_know_; }
    void remove_from_box(int card, FlashcardBox which);
    void stop_clock_if_done(double now);
    void answered(int card, FlashcardBox box);   // an answer event for `card` put in `box`
    void retracted(int card);                    // its answer taken back

    Deck deck_;  // a copy: the session never points into a library that may change
    FlashcardsOptions options_;
    std::uint64_t seed_;
    std::uint64_t deals_ = 0;     // how many times cards were dealt (varies the shuffle)
    std::vector<int> pile_;       // cards still to study, top first
    std::vector<int> know_;
    std::vector<int> dont_know_;
    std::vector<Move> history_;
    bool flipped_ = false;
    int retries_ = 0;
    int revision_ = 0;
    AnswerLog answers_{StudyMode::flashcards};
    double started_at_ = 0;       // clock: start of the running stretch
    double banked_seconds_ = 0;   // time from earlier stretches (e.g. before a save)
    bool clock_running_ = true;
};

}  // namespace study
