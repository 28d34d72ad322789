// xapi_statement.cpp: xAPI statements in H5P's envelope (see xapi_statement.h).
#include "core/xapi_statement.h"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "core/launch_link.h"

namespace study {

namespace {

const char* kVerbs = "http://adlnet.gov/expapi/verbs/";

nlohmann::json verb(const std::string& name) { return {{"id", kVerbs + name}, {"display", {{"en-US", name}}}}; }

// The student is not known to the game: the course page that receives the statement
// fills in its signed-in user (as H5P's hosts do).
nlohmann::json anonymous_actor(const XapiActivity& activity) {
    return {{"objectType", "Agent"}, {"account", {{"homePage", activity.page_url}, {"name", "anonymous"}}}};
}

nlohmann::json deck_activity(const XapiActivity& activity) {
    return {{"objectType", "Activity"},
            {"id", xapi_activity_id(activity)},
            {"definition",
             {{"name", {{"en-US", activity.deck_title + " (" + activity.mode + ")"}}},
              {"type", "http://adlnet.gov/expapi/activities/assessment"}}}};
}

// ISO 8601 UTC with milliseconds, from ms since 1970.
std::string iso_time(std::int64_t time_ms) {
    const std::time_t seconds = static_cast<std::time_t>(time_ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[96];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                  utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(time_ms % 1000));
    return text;
}

}  // namespace

std::string xapi_activity_id(const XapiActivity& activity) {
    return activity.page_url + "?deck=" + percent_encode(activity.deck_id) + "&mode=" + percent_encode(activity.mode);
}

nlohmann::json xapi_answered(const XapiActivity& activity, const AnswerEvent& event, const std::string& card_text) {
    nlohmann::json statement = {
        {"actor", anonymous_actor(activity)},
        {"verb", verb("answered")},
        {"object",
         {{"objectType", "Activity"},
          {"id", xapi_activity_id(activity) + "&card=" + percent_encode(event.card_id)},
          {"definition",
           {{"name", {{"en-US", card_text}}},
            {"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
            {"interactionType", "other"}}}}},
        {"result", {{"success", event.outcome != AnswerOutcome::wrong}, {"response", outcome_name(event.outcome)}}},
        {"context", {{"contextActivities", {{"parent", nlohmann::json::array({deck_activity(activity)})}}}}}};
    if (event.time_ms > 0) statement["timestamp"] = iso_time(event.time_ms);
    return statement;
}

nlohmann::json xapi_completed(const XapiActivity& activity, const GameReport& report) {
    const double scaled = report.max_score > 0 ? std::round(10000.0 * report.score / report.max_score) / 10000.0 : 0.0;
    char duration[32];
    std::snprintf(duration, sizeof duration, "PT%.1fS", std::max(0.0, report.seconds));
    return {{"actor", anonymous_actor(activity)},
            {"verb", verb("completed")},
            {"object", deck_activity(activity)},
            {"result",
             {{"score", {{"raw", report.score}, {"min", 0}, {"max", report.max_score}, {"scaled", scaled}}},
              {"completion", true},
              {"duration", duration}}}};
}

nlohmann::json h5p_xapi_message(nlohmann::json statement) {
    return {{"context", "h5p"}, {"action", "xAPI"}, {"statement", std::move(statement)}};
}

}  // namespace study
