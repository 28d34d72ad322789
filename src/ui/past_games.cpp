// past_games.cpp: a mode's past games on a deck (see past_games.h).
#include "ui/past_games.h"

#include <chrono>
#include <ctime>

#include <imgui.h>

#include "core/progress_text.h"
#include "ui/automation.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

constexpr std::size_t kGamesShown = 5;  // the summary line counts them all

// The student's time zone now, in minutes east of UTC (the browser's, on the web).
int utc_offset_minutes(std::time_t now) {
    std::tm local = *std::localtime(&now);
    std::tm utc = *std::gmtime(&now);
    local.tm_isdst = 0;  // both read as standard time: the difference is the whole offset
    utc.tm_isdst = 0;
    return static_cast<int>(std::difftime(std::mktime(&local), std::mktime(&utc)) / 60.0);
}

}  // namespace

void draw_past_games(const Fonts& fonts, const ProgressStore* progress, const std::string& deck_id, StudyMode mode) {
    const DeckProgress* deck = progress ? progress->find_deck(deck_id) : nullptr;
    const auto kept = deck ? deck->sessions.find(mode) : decltype(deck->sessions.end()){};
    if (!deck || kept == deck->sessions.end() || kept->second.empty()) return;
    const auto now = std::chrono::system_clock::now();
    const std::int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const std::vector<HistoryRow> rows =
        session_history(kept->second, now_ms, utc_offset_minutes(std::chrono::system_clock::to_time_t(now)), kGamesShown);
    const std::string summary = session_history_summary(kept->second);

    ImGui::Spacing();
    wrapped_text(fonts.card, colors::text, "Your games on this deck");
    wrapped_text(fonts.small, colors::muted, summary);
    nlohmann::json shown = nlohmann::json::array();
    if (ImGui::BeginTable("past-games", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        for (const char* heading : {"When", "Score", "", "Time"}) ImGui::TableSetupColumn(heading);
        ImGui::TableHeadersRow();
        for (const HistoryRow& row : rows) {
            ImGui::TableNextRow();
            const ImU32 color = row.best ? colors::accent : colors::text;
            const std::string cells[] = {row.when, row.score, row.percent + (row.best ? "  best" : ""), row.time};
            for (const std::string& cell : cells) {
                ImGui::TableNextColumn();
                ImGui::PushStyleColor(ImGuiCol_Text, color);
                ImGui::TextUnformatted(cell.c_str());
                ImGui::PopStyleColor();
            }
            shown.push_back({{"when", row.when}, {"score", row.score}, {"percent", row.percent}, {"time", row.time},
                             {"best", row.best}});
        }
        ImGui::EndTable();
    }
    automation().state()["history"] = {{"summary", summary}, {"games", shown}};
}

}  // namespace study::ui
