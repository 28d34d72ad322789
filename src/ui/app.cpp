// app.cpp: screen dispatch for the whole UI (see app.h). One switch on the current
// screen per frame; screens return actions and this file decides what comes next.
#include "ui/app.h"

#include "ui/automation.h"
#include "ui/home_screen.h"

namespace study::ui {

App::App(AppOptions options) : options_(std::move(options)) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini next to the app
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep redrawing
    apply_style();
    library_.load_folder(options_.data_dir + "/decks");
    if (!options_.deck_file.empty()) {
        const int index = library_.load_file(options_.deck_file);
        if (index >= 0) open_deck(index);
    }
}

bool App::update_pixel_scale(float pixel_scale) {
    if (pixel_scale == pixel_scale_) return false;
    pixel_scale_ = pixel_scale;
    fonts_ = load_fonts(options_.data_dir + "/fonts", pixel_scale, font_error_);
    return true;
}

void App::open_deck(int index) {
    deck_index_ = index;
    deck_screen_.open(library_.decks[static_cast<std::size_t>(index)]);
    screen_ = Screen::deck;
}

void App::draw_frame() {
    automation().begin_frame();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    // Narrow screens (phones, small iframes) get tighter margins.
    const float margin = viewport->Size.x < 500 ? 10.0f : 24.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin * 0.75f));
    ImGui::Begin("Study Arcade", nullptr, flags);
    ImGui::PopStyleVar();

    switch (screen_) {
        case Screen::home: {
            const int opened = draw_home_screen(library_, fonts_, font_error_);
            if (opened >= 0) open_deck(opened);
            break;
        }
        case Screen::deck:
            if (deck_screen_.draw(fonts_) == DeckScreen::Action::back) screen_ = Screen::home;
            break;
    }

    ImGui::End();
    automation().end_frame();
}

const std::string& App::snapshot_json() const { return automation().published_json(); }

}  // namespace study::ui
