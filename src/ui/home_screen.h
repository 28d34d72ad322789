// home_screen.h: the deck library: every deck with its title, source and card count,
// the problems of files that could not be loaded, and the user's damaged deck files (moved
// aside at start-up) with a button to remove each.
#pragma once

#include <string>
#include <vector>

#include "core/deck_library.h"
#include "ui/theme.h"

namespace study::ui {

struct HomeAction {
    int open_deck = -1;   // index of the deck the player opened
    bool import = false;  // "Import a deck" was chosen
    int remove_damaged = -1;  // index in library.damaged_files the player chose to remove
    bool export_progress = false;  // "Export progress" was chosen
    bool review_all = false;       // "Review N due" was chosen
    bool text_size = false;        // "Text size: N%" was chosen (the next size)
};

// Draws the home screen and returns what the player chose. `progress_lines` has one line
// per deck of the library ("4 due now · 40% mastered", "" when never studied), and
// `due_counts` the cards due now per deck (a badge on the tile, and "Review N due").
HomeAction draw_home_screen(const DeckLibrary& library, const Fonts& fonts, const std::string& notice,
                            const std::vector<std::string>& progress_lines, const std::vector<int>& due_counts,
                            bool has_progress, int text_percent);

}  // namespace study::ui
