// past_games.h: a mode's past games on a deck, drawn under its results (Snowman, Quiz):
// a summary line and the newest games (when, score, share, time), the best marked, from
// the progress store; also put in the automation snapshot as state.history.
#pragma once

#include <string>

#include "core/progress_store.h"
#include "ui/theme.h"

namespace study::ui {

// Draws "Your games on this deck" for `mode` on `deck_id` (nothing when none is kept).
void draw_past_games(const Fonts& fonts, const ProgressStore* progress, const std::string& deck_id, StudyMode mode);

}  // namespace study::ui
