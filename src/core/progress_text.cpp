// progress_text.cpp: memory and progress in words (see progress_text.h).
#include "core/progress_text.h"

#include <cmath>

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

}  // namespace

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
