// app.h: the Study Arcade UI as one object: which screen is showing and the state
// behind it. The platform layer creates it, feeds it frames and reads what it needs
// (font scale, whether it is animating, the automation snapshot).
#pragma once

#include <string>

#include "core/deck_library.h"
#include "ui/deck_screen.h"
#include "ui/theme.h"

namespace study::ui {

struct AppOptions {
    std::string data_dir;    // holds decks/ and fonts/
    std::string deck_file;   // optional: open this deck file directly
};

class App {
public:
    explicit App(AppOptions options);

    // Rebuilds the font atlas if `pixel_scale` changed; returns true when it did (the
    // renderer must then upload the new atlas texture).
    bool update_pixel_scale(float pixel_scale);
    // Draws one frame (between ImGui::NewFrame and ImGui::Render).
    void draw_frame();
    // True while something moves on screen (more frames are needed without input).
    bool is_animating() const { return false; }
    // The automation snapshot of the last drawn frame, as JSON text.
    const std::string& snapshot_json() const;

private:
    enum class Screen { home, deck };

    void open_deck(int index);

    AppOptions options_;
    DeckLibrary library_;
    Fonts fonts_;
    std::string font_error_;
    float pixel_scale_ = 0;
    Screen screen_ = Screen::home;
    int deck_index_ = -1;
    DeckScreen deck_screen_;
};

}  // namespace study::ui
