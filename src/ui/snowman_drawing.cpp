// snowman_drawing.cpp: the melting snowman (see snowman_drawing.h). Steps, in order:
// 1 the hat falls off, 2 the arms drop, 3 the scarf slips, 4 the nose falls, 5 the head
// melts, 6 the middle melts, 7 only a puddle with the hat, coal and carrot is left.
#include "ui/snowman_drawing.h"

#include <algorithm>
#include <cmath>

namespace study::ui {

namespace {
constexpr ImU32 kSnow = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kShade = IM_COL32(176, 196, 222, 255);
constexpr ImU32 kCoal = IM_COL32(40, 40, 48, 255);
constexpr ImU32 kCarrot = IM_COL32(240, 122, 30, 255);
constexpr ImU32 kStick = IM_COL32(122, 82, 48, 255);
constexpr ImU32 kScarf = IM_COL32(204, 46, 64, 255);
constexpr ImU32 kHat = IM_COL32(36, 36, 44, 255);
constexpr ImU32 kPuddle = IM_COL32(190, 215, 245, 255);
constexpr ImU32 kGround = IM_COL32(214, 224, 240, 255);

float lerp(float a, float b, float t) { return a + (b - a) * t; }

void snowball(ImDrawList* draw, ImVec2 center, float radius) {
    if (radius < 1.0f) return;
    draw->AddCircleFilled(center, radius, kSnow, 40);
    draw->AddCircle(center, radius, kShade, 40, 2.0f);
}
}  // namespace

void draw_snowman(ImVec2 top_left, ImVec2 size, int steps, int total_steps, float progress) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float unit = std::min(size.x / 200.0f, size.y / 240.0f);
    const float cx = top_left.x + size.x * 0.5f;
    const float ground = top_left.y + size.y - 12 * unit;
    // Melt of each step: 0 (not yet) .. 1 (done); the latest step animates.
    const auto melt = [&](int step) {
        if (steps > step) return 1.0f;
        if (steps == step) return std::clamp(progress, 0.0f, 1.0f);
        return 0.0f;
    };
    (void)total_steps;
    const float puddle = 0.25f + 0.75f * (static_cast<float>(std::min(steps, 7)) / 7.0f);
    draw->AddRectFilled(ImVec2(top_left.x, ground), ImVec2(top_left.x + size.x, ground + 8 * unit), kGround, 4 * unit);
    // Puddle: grows as the snowman melts.
    for (int i = 0; i < 6; ++i) {
        const float w = 90 * unit * puddle * (1.0f - i * 0.08f);
        draw->AddRectFilled(ImVec2(cx - w, ground - 4 * unit + i * 1.5f * unit), ImVec2(cx + w, ground + 4 * unit), kPuddle,
                            6 * unit);
    }
    // Balls: bottom, middle, head; the head melts at step 5, the middle at 6, the bottom at 7.
    const float r_bottom = 46 * unit * (1.0f - 0.75f * melt(7));
    const float r_middle = 34 * unit * (1.0f - melt(6));
    const float r_head = 25 * unit * (1.0f - melt(5));
    const ImVec2 bottom(cx, ground - r_bottom);
    const ImVec2 middle(cx, bottom.y - r_bottom - r_middle * 0.8f);
    const ImVec2 head(cx, middle.y - r_middle - r_head * 0.8f);
    snowball(draw, bottom, r_bottom);
    snowball(draw, middle, r_middle);
    snowball(draw, head, r_head);
    // Arms drop (step 2).
    if (r_middle > 4) {
        const float drop = melt(2);
        const float arm = 42 * unit;
        for (float side : {-1.0f, 1.0f}) {
            const ImVec2 from(cx + side * r_middle * 0.85f, middle.y - 6 * unit);
            const ImVec2 to(cx + side * (r_middle + arm * (1.0f - 0.3f * drop)), lerp(middle.y - 30 * unit, ground - 4 * unit, drop));
            draw->AddLine(from, to, kStick, 4 * unit);
            draw->AddLine(ImVec2(lerp(from.x, to.x, 0.7f), lerp(from.y, to.y, 0.7f)),
                          ImVec2(to.x + side * 4 * unit, to.y - 12 * unit * (1.0f - drop)), kStick, 3 * unit);
        }
        for (int i = 0; i < 3; ++i) draw->AddCircleFilled(ImVec2(cx, middle.y - r_middle * 0.4f + i * r_middle * 0.4f), 3.5f * unit, kCoal);
    } else {
        // Arms and buttons lie in the puddle.
        draw->AddLine(ImVec2(cx - 70 * unit, ground - 2 * unit), ImVec2(cx - 28 * unit, ground - 6 * unit), kStick, 4 * unit);
        draw->AddLine(ImVec2(cx + 30 * unit, ground - 5 * unit), ImVec2(cx + 72 * unit, ground - 1 * unit), kStick, 4 * unit);
    }
    // Scarf slips (step 3).
    if (r_head > 4 && r_middle > 4) {
        const float slip = melt(3) * 26 * unit;
        const float neck = middle.y - r_middle * 0.85f + slip;
        draw->AddRectFilled(ImVec2(cx - r_middle * 0.75f, neck - 5 * unit), ImVec2(cx + r_middle * 0.75f, neck + 6 * unit), kScarf, 4 * unit);
        draw->AddRectFilled(ImVec2(cx + r_middle * 0.3f, neck), ImVec2(cx + r_middle * 0.3f + 10 * unit, neck + 28 * unit), kScarf, 3 * unit);
    }
    // Face: eyes while the head stands; the nose falls (step 4).
    if (r_head > 6) {
        draw->AddCircleFilled(ImVec2(cx - 8 * unit, head.y - 6 * unit), 3.5f * unit, kCoal);
        draw->AddCircleFilled(ImVec2(cx + 8 * unit, head.y - 6 * unit), 3.5f * unit, kCoal);
        if (melt(4) < 1.0f) {
            const float fall = melt(4) * (ground - head.y - 10 * unit);
            draw->AddTriangleFilled(ImVec2(cx, head.y + 1 * unit + fall), ImVec2(cx, head.y + 7 * unit + fall),
                                    ImVec2(cx + 22 * unit, head.y + 4 * unit + fall), kCarrot);
        }
        // A smile that turns down as it melts.
        const float mood = steps >= 3 ? -1.0f : 1.0f;
        for (int i = -2; i <= 2; ++i) {
            draw->AddCircleFilled(ImVec2(cx + i * 5 * unit, head.y + 12 * unit + mood * (4 - i * i) * unit), 1.8f * unit, kCoal);
        }
    }
    if (melt(4) >= 1.0f) {  // the carrot in the puddle
        draw->AddTriangleFilled(ImVec2(cx + 40 * unit, ground - 3 * unit), ImVec2(cx + 40 * unit, ground + 3 * unit),
                                ImVec2(cx + 62 * unit, ground), kCarrot);
    }
    // Hat: on the head, or fallen beside the snowman (step 1).
    const float fall = melt(1);
    const ImVec2 hat_on(cx, head.y - r_head * 0.8f);
    const ImVec2 hat_off(cx - 62 * unit, ground - 2 * unit);
    const ImVec2 hat(lerp(hat_on.x, hat_off.x, fall), lerp(hat_on.y, hat_off.y, fall));
    const float tilt = fall * 10 * unit;
    draw->AddRectFilled(ImVec2(hat.x - 24 * unit, hat.y - 4 * unit + tilt * 0.2f), ImVec2(hat.x + 24 * unit, hat.y + 2 * unit), kHat, 2 * unit);
    draw->AddRectFilled(ImVec2(hat.x - 15 * unit + tilt, hat.y - 30 * unit), ImVec2(hat.x + 15 * unit + tilt, hat.y - 3 * unit), kHat, 3 * unit);
    draw->AddRectFilled(ImVec2(hat.x - 15 * unit + tilt * 0.9f, hat.y - 10 * unit), ImVec2(hat.x + 15 * unit + tilt * 0.9f, hat.y - 5 * unit), kScarf);
}

}  // namespace study::ui
