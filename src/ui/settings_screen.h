// settings_screen.h: the student's settings (core/study_settings.h): the desired
// retention, 80 % to 95 %, with what each choice costs for the cards studied so far
// (core/retention_cost.h: reviews a day over the next 30 days, and how much of it is
// still remembered then). The screen only shows and chooses; the app keeps the file.
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
    // Draws the screen. `changed` is set when the student picked another retention;
    // returns true when the student goes back home.
    bool draw(const Fonts& fonts, bool& changed);
    const StudySettings& settings() const { return settings_; }

private:
    const RetentionCost& cost_of(double retention);

    StudySettings settings_;
    std::vector<CardSchedule> cards_;
    int studied_decks_ = 0;
    MemoryModel model_;
    std::vector<RetentionCost> costs_;  // estimated so far, by retention
};

}  // namespace study::ui
