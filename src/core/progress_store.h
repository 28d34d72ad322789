// progress_store.h: what a student has done, per deck and card, kept across visits: each
// card's memory (FSRS state, rebuilt from a capped review log) and per mode the open
// Flashcards pass, Matching's best times and Snowman / Quiz history. Every answer event
// goes through record(); the views ask for recall chances, due dates and deck summaries.
// Stored as one versioned JSON document (progress_file.h, docs/progress-format.md).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/memory_model.h"
#include "core/study_events.h"

namespace study {

struct Deck;

constexpr std::int64_t kMsPerDay = 86'400'000;
// Reviews kept per card; older ones are folded into the card's starting state.
constexpr std::size_t kMaxReviewsPerCard = 200;
// Sessions kept per mode and deck.
constexpr std::size_t kMaxSessionsPerMode = 200;
// A card counts as mastered while its chance of recall is at least this.
constexpr double kMasteredRecall = 0.9;

struct ReviewRecord {
    std::int64_t time_ms = 0;
    StudyMode mode = StudyMode::flashcards;
    AnswerFormat format = AnswerFormat::recall;
    AnswerOutcome outcome = AnswerOutcome::right;
};

// One card's progress. Its memory is always `start` replayed through `reviews`.
struct CardProgress {
    MemoryState start;                  // the memory before the first kept review (new at first)
    std::int64_t start_time_ms = 0;     // when `start` was last reviewed (0: never)
    std::vector<ReviewRecord> reviews;  // oldest first, at most kMaxReviewsPerCard
    MemoryState memory;                 // after the last review
    std::int64_t last_review_ms = 0;    // 0: never reviewed
};

// A finished round, game or quiz.
struct SessionRecord {
    std::int64_t time_ms = 0;
    double score = 0, max_score = 0, seconds = 0;
};

struct DeckProgress {
    std::map<std::string, CardProgress> cards;     // by card id
    nlohmann::json flashcards_pass;                 // FlashcardsSession::save(), null when none is open
    std::map<int, double> matching_best_seconds;   // by round size (pairs on the board)
    std::map<StudyMode, std::vector<SessionRecord>> sessions;  // finished ones, oldest first, per mode
    double folded_seconds = 0;  // time of sessions dropped past kMaxSessionsPerMode

    // Time studied in this deck, all modes.
    double seconds_studied() const;
};

// What a card looks like now.
struct CardStatus {
    bool studied = false;
    double recall = 0;          // chance of recalling it now (0 when never studied)
    std::int64_t due_ms = 0;    // when recall falls to the desired retention
};

// What a deck looks like now (home screen).
struct DeckSummary {
    int cards = 0, studied = 0, due_now = 0, mastered = 0;
    double mastered_share() const { return cards > 0 ? static_cast<double>(mastered) / cards : 0.0; }
};

class ProgressStore {
public:
    // Feeds one answer to the card's memory (a card never seen starts new); a retraction
    // removes the card's last answer in that mode and rebuilds its memory.
    void record(const std::string& deck_id, const AnswerEvent& event, const MemoryModel& model);
    // A finished session of a mode (a Flashcards pass, a Matching round, a Snowman game, a
    // quiz), with its score and time.
    void record_session(const std::string& deck_id, StudyMode mode, const SessionRecord& session);
    // Keeps a Matching time if it is the best for this deck and round size; true if it is.
    bool offer_matching_time(const std::string& deck_id, int round_size, double seconds);

    CardStatus card_status(const std::string& deck_id, const std::string& card_id, std::int64_t now_ms,
                           const MemoryModel& model, double desired_retention = kDefaultDesiredRetention) const;
    // Over the cards the deck has now (cards removed from the deck are left out).
    DeckSummary summarize(const Deck& deck, std::int64_t now_ms, const MemoryModel& model,
                          double desired_retention = kDefaultDesiredRetention) const;

    const DeckProgress* find_deck(const std::string& deck_id) const;  // nullptr when never studied
    DeckProgress& deck(const std::string& deck_id);
    const std::map<std::string, DeckProgress>& decks() const { return decks_; }

    // Adds everything of `other` (review logs united without duplicates, memories rebuilt,
    // best times kept, sessions united); nothing of this store is dropped.
    void merge(const ProgressStore& other, const MemoryModel& model);

    // Rebuilds a card's memory from its start and reviews (after loading or merging).
    static void replay(CardProgress& card, const MemoryModel& model);

private:
    std::map<std::string, DeckProgress> decks_;
};

}  // namespace study
