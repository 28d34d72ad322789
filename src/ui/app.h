// app.h: the Study Arcade UI as one object: which screen is showing and the state
// behind it. The platform layer creates it, feeds it frames and files, and carries out
// what it asks for (save storage, show the file picker, hand over a download).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/deck_library.h"
#include "ui/deck_screen.h"
#include "ui/flashcards_screen.h"
#include "ui/import_screen.h"
#include "ui/theme.h"

namespace study::ui {

struct AppOptions {
    std::string data_dir;    // holds decks/ and fonts/
    std::string user_dir;    // the user's storage: imported decks go to user_dir/decks
    std::string deck_file;   // optional: open this deck file directly
    bool in_browser = false;
};

// A file the app hands to the user (browser: a download; desktop: saved to a folder).
struct FileDownload {
    std::string file_name;
    std::string mime_type;
    std::string content;
};

// What the app asks of the platform; taken (and cleared) once per frame.
struct HostRequests {
    bool storage_changed = false;      // user storage was written: persist it
    bool open_file_picker = false;     // show the browser's file picker
    std::vector<FileDownload> downloads;
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
    bool is_animating() const;
    // Milliseconds until the screen changes by itself (a clock ticks), or -1 for never.
    int next_change_ms() const;
    // The automation snapshot of the last drawn frame, as JSON text.
    const std::string& snapshot_json() const;

    // A file chosen in the picker or dropped on the window: import it as a new deck.
    void import_file(const std::string& file_name, const std::string& content);
    // A file given by path (dropped on the desktop window): import it as a new deck.
    void import_file_at(const std::string& path);
    // Shows a one-line message at the top of the screen (e.g. where an export went).
    void show_message(const std::string& message, bool is_error = false);
    HostRequests take_requests();

private:
    enum class Screen { home, deck, import, flashcards };

    void open_deck(int index);
    void add_imported_deck(DeckLoadResult result);
    void export_deck(bool as_json);
    void delete_current_deck();
    void draw_message_bar();
    void run_pending_import();

    AppOptions options_;
    DeckLibrary library_;
    Fonts fonts_;
    std::string font_error_;
    float pixel_scale_ = 0;
    Screen screen_ = Screen::home;
    int deck_index_ = -1;
    DeckScreen deck_screen_;
    ImportScreen import_screen_;
    FlashcardsScreen flashcards_screen_;
    std::vector<std::string> message_lines_;
    bool message_is_error_ = false;
    HostRequests requests_;
    // A file handed over by the platform is imported over two frames (import, then save
    // and show), each after a frame that says so: a large file takes a moment.
    std::optional<std::pair<std::string, std::string>> pending_import_;
    std::optional<DeckLoadResult> pending_result_;
    bool import_notice_drawn_ = false;
};

}  // namespace study::ui
