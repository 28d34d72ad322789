// xapi_statement.h: xAPI statements for course pages that listen to H5P content: an
// "answered" statement per answer and a "completed" one with the score, wrapped in H5P's
// postMessage envelope {context: "h5p", action: "xAPI", statement} (docs/embedding.md).
// Pure functions: the app posts what they return when the link asks for it (xapi=1).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/game_report.h"
#include "core/study_events.h"

namespace study {

// What the statements are about: the game's page address (activity ids are built on it),
// the deck and the mode.
struct XapiActivity {
    std::string page_url;    // e.g. https://games.example/study-arcade/index.html
    std::string deck_id, deck_title;
    std::string mode;        // flashcards, matching, snowman, quiz
};

// The activity id of the deck and mode: page_url?deck=ID&mode=MODE (percent-encoded).
std::string xapi_activity_id(const XapiActivity& activity);

// "answered": one answer to one card (`card_text` names it: the term), result.success.
nlohmann::json xapi_answered(const XapiActivity& activity, const AnswerEvent& event, const std::string& card_text);

// "completed": a finished round, pass or quiz, with result.score {raw, min, max, scaled},
// result.completion and result.duration (ISO 8601, PT74.2S).
nlohmann::json xapi_completed(const XapiActivity& activity, const GameReport& report);

// H5P's envelope: {context: "h5p", action: "xAPI", statement}.
nlohmann::json h5p_xapi_message(nlohmann::json statement);

}  // namespace study
