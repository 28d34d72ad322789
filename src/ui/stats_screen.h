// stats_screen.h: a deck's stats (core/deck_stats.h) drawn as charts with ImGui's draw
// lists: cards by recall chance now, reviews per day over the last 30 days, cards coming
// due over the next 14, and the time studied. The same on the desktop and the web.
#pragma once

#include "core/deck_stats.h"
#include "ui/theme.h"

namespace study::ui {

class StatsScreen {
public:
    // Computes the stats of `deck` now (they do not change while the screen is open).
    void open(const Deck& deck, const ProgressStore& store, const MemoryModel& model, double desired_retention);
    // Draws the screen; true when the student goes back to the deck.
    bool draw(const Fonts& fonts);

private:
    std::string title_;
    DeckStats stats_;
};

}  // namespace study::ui
