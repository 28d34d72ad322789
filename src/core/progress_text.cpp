// progress_text.cpp: memory and progress in words (see progress_text.h).
#include "core/progress_text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "core/clock_text.h"

namespace study {

namespace {

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

std::string due_text(std::int64_t due_ms, std::int64_t now_ms) {
    const std::int64_t wait = due_ms - now_ms;
    if (wait <= 0) return "due now";
    const std::int64_t hour = kMsPerDay / 24;
    const std::int64_t hours = std::max<std::int64_t>(1, (wait + hour - 1) / hour);
    if (hours < 24) return hours == 1 ? "due in an hour" : "due in " + std::to_string(hours) + " hours";
    const std::int64_t days = (wait + kMsPerDay - 1) / kMsPerDay;
    return days == 1 ? "due tomorrow" : "due in " + std::to_string(days) + " days";
}

std::string points(double value) {
    const double halves = std::round(value * 2.0);
    std::string text = std::to_string(static_cast<long long>(halves / 2.0));
    if (std::fmod(std::abs(halves), 2.0) == 1.0) text += ".5";
    return text;
}

double share_of(const SessionRecord& session) { return session.max_score > 0 ? session.score / session.max_score : 0.0; }

// Days since 1970-01-01 to a (year, month, day) date (Howard Hinnant's civil_from_days).
std::array<int, 3> civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

std::string when_text(std::int64_t time_ms, std::int64_t now_ms, int utc_offset_minutes) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char* const kWeekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday
    const std::int64_t offset_ms = static_cast<std::int64_t>(utc_offset_minutes) * 60'000;
    const std::int64_t local_ms = time_ms + offset_ms;
    const std::int64_t day = floor_div(local_ms, kMsPerDay);
    const std::int64_t today = floor_div(now_ms + offset_ms, kMsPerDay);
    const std::int64_t minute_of_day = floor_div(local_ms - day * kMsPerDay, 60'000);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(minute_of_day / 60), static_cast<int>(minute_of_day % 60));
    if (day == today) return std::string("Today ") + clock;
    if (day == today - 1) return std::string("Yesterday ") + clock;
    if (day < today && day > today - 7) return std::string(kWeekdays[((day % 7) + 7) % 7]) + " " + clock;
    const auto [year, month, date] = civil_from_days(day);
    std::string text = std::to_string(date) + " " + kMonths[month - 1];
    if (year != civil_from_days(today)[0]) text += " " + std::to_string(year);
    return text;
}

}  // namespace

std::vector<HistoryRow> session_history(const std::vector<SessionRecord>& sessions, std::int64_t now_ms,
                                        int utc_offset_minutes, std::size_t count) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < sessions.size(); ++i) {
        if (share_of(sessions[i]) > share_of(sessions[best])) best = i;
    }
    std::vector<HistoryRow> rows;
    for (std::size_t i = sessions.size(); i-- > 0 && rows.size() < count;) {
        const SessionRecord& session = sessions[i];
        rows.push_back({when_text(session.time_ms, now_ms, utc_offset_minutes),
                        points(session.score) + " / " + points(session.max_score), percent(share_of(session)),
                        format_clock(session.seconds), i == best});
    }
    return rows;
}

std::string session_history_summary(const std::vector<SessionRecord>& sessions) {
    if (sessions.empty()) return "";
    double best = 0, total_share = 0, seconds = 0;
    for (const SessionRecord& session : sessions) {
        best = std::max(best, share_of(session));
        total_share += share_of(session);
        seconds += session.seconds;
    }
    const std::size_t games = sessions.size();
    return std::to_string(games) + (games == 1 ? " game" : " games") + " \xC2\xB7 best " + percent(best) +
           " \xC2\xB7 average " + percent(total_share / static_cast<double>(games)) + " \xC2\xB7 " +
           format_clock(seconds) + " played";
}

std::string card_memory_line(const CardStatus& status, std::int64_t now_ms) {
    if (!status.studied) return "Not studied yet";
    return "Recall " + percent(status.recall) + " \xC2\xB7 " + due_text(status.due_ms, now_ms);
}

std::string deck_progress_line(const DeckSummary& summary) {
    if (summary.studied == 0) return "";
    const std::string due = summary.due_now == 0 ? "Nothing due" : std::to_string(summary.due_now) + " due now";
    return due + " \xC2\xB7 " + percent(summary.mastered_share()) + " mastered";
}

}  // namespace study
