// xapi_statement_test.cpp: the xAPI statements a link with xapi=1 posts, in H5P's
// envelope: "answered" per answer (success, the card as an interaction under the deck's
// activity), "completed" with result.score {raw, min, max, scaled}; and the xapi
// parameter of links.
#include <doctest/doctest.h>

#include "core/launch_link.h"
#include "core/xapi_statement.h"

using namespace study;

TEST_CASE("xAPI statements in H5P's envelope") {
    const XapiActivity activity{"https://games.example/sa/index.html", "crm 11", "11 Flashcards", "quiz"};
    CHECK(xapi_activity_id(activity) == "https://games.example/sa/index.html?deck=crm%2011&mode=quiz");

    const AnswerEvent wrong{"c1", StudyMode::quiz, AnswerFormat::recognition, AnswerOutcome::wrong, 1767225600123};
    const nlohmann::json answered = h5p_xapi_message(xapi_answered(activity, wrong, "Churn"));
    CHECK(answered["context"] == "h5p");
    CHECK(answered["action"] == "xAPI");
    const nlohmann::json& statement = answered["statement"];
    CHECK(statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(statement["object"]["id"] == "https://games.example/sa/index.html?deck=crm%2011&mode=quiz&card=c1");
    CHECK(statement["object"]["definition"]["name"]["en-US"] == "Churn");
    CHECK(statement["result"]["success"] == false);
    CHECK(statement["timestamp"] == "2026-01-01T00:00:00.123Z");
    CHECK(statement["context"]["contextActivities"]["parent"][0]["id"] == xapi_activity_id(activity));
    CHECK(statement["actor"]["account"]["name"] == "anonymous");

    GameReport report;
    report.mode = "quiz";
    report.score = 4;
    report.max_score = 5;
    report.seconds = 74.25;
    report.completed = true;
    const nlohmann::json completed = xapi_completed(activity, report);
    CHECK(completed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(completed["object"]["id"] == xapi_activity_id(activity));
    CHECK(completed["result"]["score"]["raw"] == 4.0);
    CHECK(completed["result"]["score"]["min"] == 0);
    CHECK(completed["result"]["score"]["max"] == 5.0);
    CHECK(completed["result"]["score"]["scaled"] == doctest::Approx(0.8));
    CHECK(completed["result"]["completion"] == true);
    CHECK(completed["result"]["duration"] == "PT74.2S");
}

TEST_CASE("links take xapi=1 or 0 (like embed)") {
    const LaunchLinkParse on = parse_launch_query("deck=d&mode=quiz&origin=https://school.example&xapi=1");
    CHECK(on.problems.empty());
    CHECK(on.link.xapi);
    CHECK(on.link.options.empty());
    CHECK(build_launch_query(on.link) == "deck=d&mode=quiz&origin=https://school.example&xapi=1");
    const LaunchLinkParse bad = parse_launch_query("deck=d&xapi=maybe");
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].parameter == "xapi");
}
