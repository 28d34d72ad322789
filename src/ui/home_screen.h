// home_screen.h: the deck library: every deck with its title, source and card count,
// and the problems of files that could not be loaded.
#pragma once

#include <string>

#include "core/deck_library.h"
#include "ui/theme.h"

namespace study::ui {

struct HomeAction {
    int open_deck = -1;   // index of the deck the player opened
    bool import = false;  // "Import a deck" was chosen
};

// Draws the home screen and returns what the player chose.
HomeAction draw_home_screen(const DeckLibrary& library, const Fonts& fonts, const std::string& notice);

}  // namespace study::ui
