// progress_text_test.cpp: a mode's past games in words: when (today, yesterday, weekday,
// date, in the student's time zone), score, share and time, newest first, the best marked,
// and the one-line summary.
#include <doctest/doctest.h>

#include "core/progress_text.h"

using namespace study;

namespace {
constexpr std::int64_t kNow = 1796227200000;  // Wed 2 Dec 2026 16:00 UTC
}

TEST_CASE("past games are listed newest first, placed in the student's day, the best marked") {
    const std::vector<SessionRecord> sessions = {
        {1766664000000, 5, 10, 83},    // 25 Dec 2025 12:00 UTC
        {1795165200000, 9, 10, 61},    // Fri 20 Nov 2026 09:00 UTC
        {1796032800000, 7.5, 10, 75},  // Mon 30 Nov 2026 10:00 UTC
        {1796167800000, 10, 10, 40},   // Tue 1 Dec 2026 23:30 UTC: Wed 00:30 in Paris (UTC+1)
        {1796220300000, 8, 10, 3725},  // Wed 2 Dec 2026 14:05 UTC
    };
    const auto rows = session_history(sessions, kNow, 60, 10);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].when == "Today 15:05");
    CHECK(rows[0].score == "8 / 10");
    CHECK(rows[0].percent == "80%");
    CHECK(rows[0].time == "1:02:05");
    CHECK(rows[1].when == "Today 00:30");
    CHECK(rows[1].best);
    CHECK(rows[2].when == "Mon 11:00");
    CHECK(rows[2].score == "7.5 / 10");
    CHECK(rows[2].percent == "75%");
    CHECK(rows[3].when == "20 Nov");
    CHECK(rows[4].when == "25 Dec 2025");
    CHECK(rows[4].time == "1:23");
    int best = 0;
    for (const HistoryRow& row : rows) best += row.best ? 1 : 0;
    CHECK(best == 1);

    // In UTC the 23:30 game was yesterday; only the newest `count` are given.
    const auto utc = session_history(sessions, kNow, 0, 2);
    REQUIRE(utc.size() == 2);
    CHECK(utc[0].when == "Today 14:05");
    CHECK(utc[1].when == "Yesterday 23:30");
    // West of Greenwich: 03:00 UTC is still the evening before.
    const auto new_york = session_history({{1796090400000, 2, 2, 5}, {1796176800000, 1, 2, 5}}, 1796180400000, -300, 5);
    CHECK(new_york[0].when == "Today 21:00");
    CHECK(new_york[1].when == "Yesterday 21:00");
    CHECK(new_york[1].best);
}

TEST_CASE("the history summary counts games, the best and average share, and the time played") {
    CHECK(session_history_summary({}) == "");
    CHECK(session_history(std::vector<SessionRecord>{}, kNow, 0, 5).empty());
    const std::vector<SessionRecord> sessions = {{kNow, 5, 10, 60}, {kNow, 10, 10, 90}, {kNow, 0, 0, 30}};
    CHECK(session_history_summary(sessions) == "3 games \xC2\xB7 best 100% \xC2\xB7 average 50% \xC2\xB7 3:00 played");
    CHECK(session_history_summary({{kNow, 1, 4, 5}}) == "1 game \xC2\xB7 best 25% \xC2\xB7 average 25% \xC2\xB7 0:05 played");
}
