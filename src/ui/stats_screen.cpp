// stats_screen.cpp: a deck's stats as bar charts (see stats_screen.h).
#include "ui/stats_screen.h"

#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/clock_text.h"
#include "ui/automation.h"
#include "ui/local_time.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

constexpr float kChartHeight = 150;

// Bars for `values` with a label under some of them (every `label_every`-th, and the
// last, never two crowded together), the value over each bar when there is room, and the largest value at the top.
void draw_bar_chart(const std::vector<int>& values, const std::vector<std::string>& labels, ImU32 color,
                    int label_every, const Fonts& fonts) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(120.0f, ImGui::GetContentRegionAvail().x);
    const float label_height = fonts.small->FontSize * ImGui::GetIO().FontGlobalScale + 4;
    const float slot = width / static_cast<float>(values.size());
    const int top = std::max(1, *std::max_element(values.begin(), values.end()));
    const float base = origin.y + kChartHeight;
    draw->AddLine(ImVec2(origin.x, base), ImVec2(origin.x + width, base), colors::border);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const float left = origin.x + slot * static_cast<float>(i) + std::min(4.0f, slot * 0.15f);
        const float right = origin.x + slot * static_cast<float>(i + 1) - std::min(4.0f, slot * 0.15f);
        const float height = (kChartHeight - label_height) * static_cast<float>(values[i]) / static_cast<float>(top);
        if (values[i] > 0) draw->AddRectFilled(ImVec2(left, base - height), ImVec2(right, base), color, 3.0f);
        const std::string value = std::to_string(values[i]);
        const ImVec2 value_size = fonts.small->CalcTextSizeA(fonts.small->FontSize, 1e9f, 0, value.c_str());
        if (values[i] > 0 && value_size.x <= right - left + 6) {
            draw->AddText(fonts.small, fonts.small->FontSize, ImVec2((left + right - value_size.x) / 2, base - height - value_size.y - 1),
                          colors::muted, value.c_str());
        }
        const bool last = i + 1 == values.size();  // always labelled; the regular ones stop short of it
        const bool labelled = last || (static_cast<int>(i) % label_every == 0 && i + static_cast<std::size_t>(label_every) < values.size());
        if (labelled && i < labels.size()) {
            const ImVec2 size = fonts.small->CalcTextSizeA(fonts.small->FontSize, 1e9f, 0, labels[i].c_str());
            const float x = std::clamp((left + right - size.x) / 2, origin.x, origin.x + width - size.x);
            draw->AddText(fonts.small, fonts.small->FontSize, ImVec2(x, base + 3), colors::muted, labels[i].c_str());
        }
    }
    ImGui::Dummy(ImVec2(width, kChartHeight + label_height + 8));
}

std::vector<std::string> day_labels(int count, bool past) {
    std::vector<std::string> labels;
    for (int i = 0; i < count; ++i) {
        const int days = past ? count - 1 - i : i;
        labels.push_back(days == 0 ? (past ? "today" : "now") : (past ? "-" : "+") + std::to_string(days) + "d");
    }
    return labels;
}

}  // namespace

void StatsScreen::open(const Deck& deck, const ProgressStore& store, const MemoryModel& model, double desired_retention) {
    title_ = deck.title;
    stats_ = compute_deck_stats(store, deck, wall_clock_now_ms(), local_utc_offset_minutes(), model, desired_retention);
}

bool StatsScreen::draw(const Fonts& fonts) {
    automation().set_screen("stats");
    bool back = button("back", "\xE2\x86\x90 Deck");
    wrapped_text(fonts.title, colors::text, "Stats: " + title_);
    const int studied = stats_.cards - stats_.not_studied;
    wrapped_text(fonts.body, colors::muted,
                 std::to_string(studied) + " of " + std::to_string(stats_.cards) + " cards studied \xC2\xB7 " +
                     std::to_string(stats_.reviews) + " answers \xC2\xB7 " + format_clock(stats_.seconds_studied) + " played");
    ImGui::BeginChild("stats-charts", ImVec2(0, 0), false);
    swipe_to_scroll();

    ImGui::Spacing();
    wrapped_text(fonts.card, colors::text, "Chance of recalling each card now");
    const std::vector<int> bands = {stats_.not_studied, stats_.recall_bands[0], stats_.recall_bands[1],
                                    stats_.recall_bands[2], stats_.recall_bands[3], stats_.recall_bands[4]};
    const std::vector<std::string> band_labels = {"not studied", "< 50%", "50-70%", "70-80%", "80-90%", "90%+"};
    draw_bar_chart(bands, band_labels, colors::accent, 1, fonts);

    wrapped_text(fonts.card, colors::text, "Answers per day, last 30 days");
    draw_bar_chart(stats_.reviews_per_day, day_labels(kStatsPastDays, true), IM_COL32(33, 140, 74, 255), 7, fonts);

    wrapped_text(fonts.card, colors::text, "Cards coming due, next 14 days");
    draw_bar_chart(stats_.due_per_day, day_labels(kStatsFutureDays, false), IM_COL32(214, 120, 32, 255), 2, fonts);
    ImGui::EndChild();
    if (key_pressed(ImGuiKey_Escape) || key_pressed(ImGuiKey_Backspace)) back = true;

    nlohmann::json& state = automation().state();
    state["cards"] = stats_.cards;
    state["bands"] = nlohmann::json::object();
    for (std::size_t i = 0; i < bands.size(); ++i) state["bands"][band_labels[i]] = bands[i];
    state["reviews_per_day"] = stats_.reviews_per_day;
    state["due_per_day"] = stats_.due_per_day;
    state["reviews"] = stats_.reviews;
    state["time_studied"] = format_clock(stats_.seconds_studied);
    return back;
}

}  // namespace study::ui
