// game_report.cpp: a game report as the JSON message a course page receives.
#include "core/game_report.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace study {

nlohmann::json report_message(const GameReport& report, const std::string& deck_title) {
    nlohmann::json cards = nlohmann::json::array();
    for (const CardOutcome& card : report.cards) {
        cards.push_back({{"id", card.card_id}, {"correct", card.correct}, {"attempts", card.attempts}});
    }
    const double percent = report.max_score > 0 ? std::round(1000.0 * report.score / report.max_score) / 10.0 : 0.0;
    return {{"source", "study-arcade"},
            {"version", 1},
            {"type", report.completed ? "completed" : "progress"},
            {"deck", {{"id", report.deck_id}, {"title", deck_title}}},
            {"mode", report.mode},
            {"score", report.score},
            {"maxScore", report.max_score},
            {"percent", percent},
            {"seconds", std::round(report.seconds * 10.0) / 10.0},
            {"completed", report.completed},
            {"cards", cards}};
}

}  // namespace study
