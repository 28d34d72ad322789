// past_games.cpp: a mode's past games on a deck (see past_games.h).
#include "ui/past_games.h"

#include <imgui.h>

#include "core/progress_text.h"
#include "ui/automation.h"
#include "ui/local_time.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

constexpr std::size_t kGamesShown = 5;  // the summary line counts them all

}  // namespace

void draw_past_games(const Fonts& fonts, const ProgressStore* progress, const std::string& deck_id, StudyMode mode) {
    const DeckProgress* deck = progress ? progress->find_deck(deck_id) : nullptr;
    const auto kept = deck ? deck->sessions.find(mode) : decltype(deck->sessions.end()){};
    if (!deck || kept == deck->sessions.end() || kept->second.empty()) return;
    const std::vector<HistoryRow> rows =
        session_history(kept->second, wall_clock_now_ms(), local_utc_offset_minutes(), kGamesShown);
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
