// snowman_drawing.h: the snowman of the Snowman mode, drawn with ImGui's draw list: a
// hat, a scarf, stick arms, a carrot nose, coal eyes and buttons on three snowballs. Each
// step melts it further (the hat falls, the arms drop, the balls shrink into a puddle).
#pragma once

#include <imgui.h>

namespace study::ui {

// Draws the snowman after `steps` of `total_steps` melted, in the rectangle at `top_left`
// of `size`; `progress` (0..1) animates the last step.
void draw_snowman(ImVec2 top_left, ImVec2 size, int steps, int total_steps, float progress);

}  // namespace study::ui
