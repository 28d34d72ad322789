// link_screens.h: the screens a launch link can lead to before a game starts: the
// problems of a bad link (with a way to the home screen), and the wait while a deck is
// fetched from its web address.
#pragma once

#include <string>
#include <vector>

#include "core/launch_link.h"
#include "ui/theme.h"

namespace study::ui {

// Lists what is wrong with the link; returns true when "Go to all decks" is pressed.
bool draw_link_problem_screen(const Fonts& fonts, const std::vector<LinkProblem>& problems);

// "Loading the deck from <address>…"
void draw_loading_deck_screen(const Fonts& fonts, const std::string& address);

}  // namespace study::ui
