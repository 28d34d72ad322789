// past_games.cpp: a mode's past games on a deck (see past_games.h).
#include "ui/past_games.h"

#include <imgui.h>

#include "core/progress_text.h"
#include "ui/automation.h"
#include "ui/grid.h"
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
    std::vector<GridRow> grid_rows;
    for (const HistoryRow& row : rows) {
        const ImU32 color = row.best ? colors::accent : colors::text;
        grid_rows.push_back({{{row.when, nullptr, color}, {row.score, nullptr, color},
                              {row.percent + (row.best ? "  best" : ""), nullptr, color}, {row.time, nullptr, color}}});
        shown.push_back({{"when", row.when}, {"score", row.score}, {"percent", row.percent}, {"time", row.time},
                         {"best", row.best}});
    }
    draw_grid({{"When"}, {"Score"}, {""}, {"Time"}}, grid_rows, GridLines::none);
    automation().state()["history"] = {{"summary", summary}, {"games", shown}};
}

}  // namespace study::ui
