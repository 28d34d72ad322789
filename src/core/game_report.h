// game_report.h: what a game mode reports about a play: score, time and how each card
// went. The embedding layer posts it to a course page (progress and completed
// messages); each mode's screen fills it from its core session.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace study {

struct CardOutcome {
    std::string card_id;
    bool correct = false;
    int attempts = 1;   // tries it took (wrong pairs, wrong letters + 1, ...)
};

struct GameReport {
    std::string mode;          // "flashcards", "matching", "snowman", "quiz"
    std::string deck_id;
    double score = 0;          // in the mode's own unit (cards known, pairs, words, points)
    double max_score = 0;
    double seconds = 0;        // time played
    bool completed = false;    // the round, pass or quiz is over
    std::vector<CardOutcome> cards;  // in the order they were played
};

// The message posted to a course page (docs/embedding.md): {source: "study-arcade",
// version: 1, type, deck: {id, title}, mode, score, maxScore, percent, seconds,
// completed, cards: [{id, correct, attempts}]}. `type` is "progress" or "completed".
nlohmann::json report_message(const GameReport& report, const std::string& deck_title);

}  // namespace study
