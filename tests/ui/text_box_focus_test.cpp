// text_box_focus_test.cpp: a text box given the caret by code (the next question's
// answer box) must not swallow a click elsewhere in the frame the caret arrives. A person
// clicking Next again at once, the pointer still where it was, must get Next.
#include <doctest/doctest.h>

#include <string>

#include <imgui.h>

#include "headless_imgui.h"
#include "ui/widgets.h"

namespace {

ImVec2 center_of_last_item() {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2);
}

// A question screen: the answer box and a button, in the order given.
struct QuestionScreen {
    bool button_first = false;
    bool focus_box = false;  // the frame a new question appears
    std::string answer;
    bool pressed = false;
    ImVec2 button_center{};
    bool box_has_caret = false;

    void operator()() {
        if (button_first) draw_button();
        study::ui::text_box("answer", "Type the term", answer, 200, focus_box);
        box_has_caret = ImGui::IsItemActive();
        if (!button_first) draw_button();
        focus_box = false;
    }
    void draw_button() {
        pressed = study::ui::button("next", "Next") || pressed;
        button_center = center_of_last_item();
    }
};

// Plays: the question appears (the box asks for the caret), the pointer resting on the
// button; in the next frame the button goes down, in the one after it comes up.
void click_as_caret_arrives(HeadlessImGui& imgui, QuestionScreen& screen) {
    const ImVec2 outside(390, 290);
    imgui.frame(outside, false, screen);  // lays out; the button's place is known
    const ImVec2 on_button = screen.button_center;
    screen.focus_box = true;
    imgui.frame(on_button, false, screen);  // a new question: the box asks for the caret
    imgui.frame(on_button, true, screen);   // the caret arrives; the button goes down
    imgui.frame(on_button, false, screen);  // and up
    imgui.frame(on_button, false, screen);
}

}  // namespace

TEST_CASE("a click on a button below the box wins over the caret arriving in that frame") {
    HeadlessImGui imgui;
    QuestionScreen screen;
    click_as_caret_arrives(imgui, screen);
    CHECK(screen.pressed);
    CHECK_FALSE(screen.box_has_caret);
}

TEST_CASE("a click on a button above the box wins over the caret arriving in that frame") {
    HeadlessImGui imgui;
    QuestionScreen screen;
    screen.button_first = true;
    click_as_caret_arrives(imgui, screen);
    CHECK(screen.pressed);
    CHECK_FALSE(screen.box_has_caret);
}

TEST_CASE("without a click the box gets the caret, and a click then still works") {
    HeadlessImGui imgui;
    QuestionScreen screen;
    const ImVec2 outside(390, 290);
    imgui.frame(outside, false, screen);
    const ImVec2 on_button = screen.button_center;
    screen.focus_box = true;
    for (int i = 0; i < 3; ++i) imgui.frame(on_button, false, screen);  // the pointer rests on the button
    CHECK(screen.box_has_caret);
    CHECK_FALSE(screen.pressed);
    imgui.frame(on_button, true, screen);  // a click without moving the pointer
    imgui.frame(on_button, false, screen);
    CHECK(screen.pressed);
    CHECK_FALSE(screen.box_has_caret);
}
