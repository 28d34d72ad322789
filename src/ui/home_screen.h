// home_screen.h: the deck library: every deck with its title, source and card count,
// and the problems of files that could not be loaded.
#pragma once

#include <string>

#include "core/deck_library.h"
#include "ui/theme.h"

namespace study::ui {

// Draws the home screen; returns the index of the deck the player opened, or -1.
int draw_home_screen(const DeckLibrary& library, const Fonts& fonts, const std::string& notice);

}  // namespace study::ui
