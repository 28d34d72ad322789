// settings_screen.cpp: the desired retention and its cost (see settings_screen.h).
#include "ui/settings_screen.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "ui/automation.h"
#include "ui/grid.h"
#include "ui/local_time.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

int percent(double retention) { return static_cast<int>(std::lround(retention * 100)); }

std::string reviews_text(double per_day) {
    if (per_day <= 0) return "none";
    char text[32];
    if (per_day < 10) std::snprintf(text, sizeof text, "%.1f", per_day);
    else std::snprintf(text, sizeof text, "%.0f", per_day);
    return text;
}

}  // namespace

void SettingsScreen::open(const StudySettings& settings, std::vector<CardSchedule> cards, int studied_decks,
                          const MemoryModel& model) {
    settings_ = settings;
    cards_ = std::move(cards);
    studied_decks_ = studied_decks;
    model_ = model;
    costs_.clear();
}

void SettingsScreen::draw_text_size(const Fonts& fonts) {
    wrapped_text(fonts.card, colors::text, "Text size");
    for (int size : kTextSizes) {
        const std::string label = std::to_string(size) + "%";
        const bool current = settings_.text_size == size;
        if (size != kTextSizes[0]) same_line_if_fits(button_width(label));
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::accent_soft));
        if (button("text-size-" + std::to_string(size), label + (current ? " \xE2\x9C\x93" : ""))) {
            text_size_chosen_ = size;
        }
        if (current) ImGui::PopStyleColor();
    }
    automation().state()["text_size"] = settings_.text_size;
}

const RetentionCost& SettingsScreen::cost_of(double retention) {
    for (const RetentionCost& cost : costs_) {
        if (percent(cost.desired_retention) == percent(retention)) return cost;
    }
    costs_.push_back(estimate_retention_cost(cards_, wall_clock_now_ms(), model_, retention));
    return costs_.back();
}

bool SettingsScreen::draw(const Fonts& fonts, bool& changed) {
    automation().set_screen("settings");
    bool back = button("back", "\xE2\x86\x90 Home");
    wrapped_text(fonts.title, colors::text, "Settings");

    draw_text_size(fonts);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    wrapped_text(fonts.card, colors::text, "How well do you want to remember?");
    wrapped_text(fonts.body, colors::muted,
                 "A card comes due when your chance of recalling it falls to this. Higher keeps more in memory "
                 "and asks for more reviews; lower asks for fewer and forgets more.");
    ImGui::Spacing();
    const int current = percent(settings_.desired_retention);
    int chosen = current;
    ImGui::PushFont(fonts.title);  // the buttons and the value in one font: one line, one height
    if (button("retention-down", "\xE2\x88\x92", ImVec2(56, 0), current > percent(kMinDesiredRetention))) --chosen;
    ImGui::SameLine();
    const std::string shown = std::to_string(current) + "%";
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(shown.c_str());
    record_last_item("retention", "Desired retention " + shown);
    ImGui::SameLine();
    if (button("retention-up", "+", ImVec2(56, 0), current < percent(kMaxDesiredRetention))) ++chosen;
    ImGui::PopFont();
    if (key_pressed(ImGuiKey_LeftArrow, true)) --chosen;
    if (key_pressed(ImGuiKey_RightArrow, true)) ++chosen;

    ImGui::Spacing();
    const RetentionCost& now = cost_of(settings_.desired_retention);
    nlohmann::json& state = automation().state();
    state["retention"] = current;
    state["studied_cards"] = now.studied_cards;
    nlohmann::json rows = nlohmann::json::array();
    if (now.studied_cards == 0) {
        wrapped_text(fonts.body, colors::muted,
                     "Study some cards first: the estimate of what each choice costs is based on the cards you "
                     "have studied.");
    } else {
        wrapped_text(fonts.body, colors::text,
                     "For the " + std::to_string(now.studied_cards) + (now.studied_cards == 1 ? " card" : " cards") +
                         " you have studied in " + std::to_string(studied_decks_) +
                         (studied_decks_ == 1 ? " deck" : " decks") + ", over the next 30 days (new cards not counted):");
        ImGui::Spacing();
        std::vector<int> shown_rows = {80, 85, 90, 95};
        if (current % 5 != 0) shown_rows.insert(std::upper_bound(shown_rows.begin(), shown_rows.end(), current), current);
        std::vector<GridRow> grid_rows;
        for (int row : shown_rows) {
            const RetentionCost& cost = cost_of(row / 100.0);
            const bool is_current = row == current;
            grid_rows.push_back({{{std::to_string(row) + "%" + (is_current ? " (yours)" : "")},
                                  {reviews_text(cost.reviews_per_day)},
                                  {std::to_string(percent(cost.average_recall)) + "%"}},
                                 is_current ? colors::accent_soft : 0u,
                                 "retention-" + std::to_string(row)});
            rows.push_back({{"retention", row}, {"reviews_per_day", cost.reviews_per_day},
                            {"remembered", percent(cost.average_recall)}});
        }
        const int clicked = draw_grid({{"Retention", 1}, {"Reviews a day", 1}, {"Remembered", 1}}, grid_rows,
                                      GridLines::between_rows);
        if (clicked >= 0) chosen = shown_rows[static_cast<std::size_t>(clicked)];
        wrapped_text(fonts.small, colors::muted,
                     "Remembered: the average chance of recalling these cards over the 30 days. Estimated with the "
                     "memory model, as if every due card is reviewed the day it comes due.");
    }
    state["costs"] = rows;

    chosen = std::max(percent(kMinDesiredRetention), std::min(percent(kMaxDesiredRetention), chosen));
    changed = chosen != current || (text_size_chosen_ != 0 && text_size_chosen_ != settings_.text_size);
    settings_.desired_retention = chosen / 100.0;
    if (text_size_chosen_ != 0) settings_.text_size = text_size_chosen_;
    text_size_chosen_ = 0;
    if (key_pressed(ImGuiKey_Escape) || key_pressed(ImGuiKey_Backspace)) back = true;
    return back;
}

}  // namespace study::ui
