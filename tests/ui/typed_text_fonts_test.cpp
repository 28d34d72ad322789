// typed_text_fonts_test.cpp: text typed into a text box asks for the font packs it needs
// (the first fonts are ASCII and punctuation only), so "é" in an answer box is drawn as é
// once the latin-extra pack has come, and Cyrillic as Cyrillic.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include <imgui.h>

#include "headless_imgui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace {

unsigned pack_bit(const char* name) {
    const auto& packs = study::ui::font_packs();
    for (std::size_t i = 0; i < packs.size(); ++i) {
        if (std::strcmp(packs[i].name, name) == 0) return 1u << i;
    }
    FAIL("no font pack named " << name);
    return 0;
}

// Types `utf8` into a box that has the caret; returns the packs asked for since.
unsigned packs_after_typing(const char* utf8) {
    HeadlessImGui imgui;
    std::string answer;
    bool focus = true;
    const auto screen = [&] {
        study::ui::text_box("answer", "Type the term", answer, 200, focus);
        focus = false;
    };
    const ImVec2 outside(390, 290);
    for (int i = 0; i < 3; ++i) imgui.frame(outside, false, screen);  // the caret arrives
    study::ui::take_font_packs_for_typed_text();                       // (nothing before the typing)
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    imgui.frame(outside, false, screen);
    imgui.frame(outside, false, screen);
    CHECK(answer == utf8);
    return study::ui::take_font_packs_for_typed_text();
}

}  // namespace

TEST_CASE("ASCII typed into a text box needs no font pack") {
    CHECK(packs_after_typing("cafe, 42!") == 0u);
}

TEST_CASE("an accented letter typed into a text box asks for the latin-extra pack") {
    CHECK(packs_after_typing("caf\xC3\xA9") == pack_bit("latin-extra"));  // café
}

TEST_CASE("Cyrillic and Greek typed into a text box ask for their packs, once") {
    CHECK(packs_after_typing("\xD0\x96 \xCE\xB1") == (pack_bit("cyrillic") | pack_bit("greek")));  // Ж α
    CHECK(study::ui::take_font_packs_for_typed_text() == 0u);
}
