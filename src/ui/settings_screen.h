// settings_screen.h: the student's settings (core/study_settings.h): the text size
// (100, 125, 150 %) and the desired retention, 80 % to 95 %, with what each choice costs
// for the cards studied so far (core/retention_cost.h: reviews a day over the next 30
// days, and how much is remembered on average). The screen only shows and chooses; the
// app keeps the file and applies it.
#pragma once

#include <string>
#include <vector>

#include "core/retention_cost.h"
#include "core/study_settings.h"
#include "ui/theme.h"

namespace study::ui {

class SettingsScreen {
public:
    // Opens the screen for `settings`, estimating from `cards` (all studied decks' cards).
    void open(const StudySettings& settings, std::vector<CardSchedule> cards, int studied_decks, const MemoryModel& model);
    // Draws the screen. `changed` is set when the student picked another setting;
    // returns true when the student goes back home.
    bool draw(const Fonts& fonts, bool& changed);
    const StudySettings& settings() const { return settings_; }

private:
    const RetentionCost& cost_of(double retention);
    void draw_text_size(const Fonts& fonts);

    StudySettings settings_;
    std::vector<CardSchedule> cards_;
    int studied_decks_ = 0;
    MemoryModel model_;
    std::vector<RetentionCost> costs_;  // estimated so far, by retention
    int text_size_chosen_ = 0;          // a text size button clicked this frame, else 0
};

}  // namespace study::ui
