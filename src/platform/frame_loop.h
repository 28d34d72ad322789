// frame_loop.h: one step of the main loop, shared by the desktop and the browser.
// It feeds SDL events to ImGui, draws only when something changed (a few frames after
// input, or while the app animates) and reports whether it is idle, so the host can
// sleep until the next event instead of redrawing an unchanged screen.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SDL.h>

#include "ui/app.h"

namespace study::platform {

class FrameLoop {
public:
    // The app is created on the first step once the host's storage is ready (in the
    // browser, the user's saved decks are read asynchronously first).
    FrameLoop(SDL_Window* window, ui::AppOptions options) : window_(window), options_(std::move(options)) {}

    // Reads what the app needs that does not depend on the user's storage (the shipped
    // decks), so that the browser does it while it reads IndexedDB. (Else the first step does.)
    void prepare();
    // Handles pending input and draws a frame if one is due. Returns false on quit.
    bool step();
    // True when nothing is due: no queued input, no pending frame, no animation.
    bool is_idle() const;
    // While idle: milliseconds until the app wants a frame by itself (a clock tick), or -1.
    int ms_until_wake() const;
    // Asks for frames without input (e.g. after a resize the host noticed itself).
    void request_frames(int count);
    // Number of frames drawn so far.
    long frames_drawn() const { return frames_drawn_; }
    // A file chosen in the browser's picker: import it.
    void import_file(const std::string& name, const std::string& content);
    // Text from the browser's clipboard (Ctrl+V): pasted into the text box with the caret,
    // as a Ctrl+V on the desktop would.
    void paste(const std::string& text);
    // A message from the embedding page (origin already checked by the page).
    void page_message(const std::string& json_text);
    // The user's storage failed (browser: IndexedDB blocked, full or gone): the app says so.
    // Kept until the app exists when it comes before the first frame.
    void storage_failed(bool while_saving, const std::string& reason);
    // The page is hidden or going away (browser): progress is saved and stored now.
    void page_hidden();
    // The answer to host_fetch_deck: the text, or an error message.
    void remote_deck(const std::string& url, const std::string& content, const std::string& error);
    // A file asked for by host_fetch_data_file ("decks/x.json") could not be loaded, and why.
    void data_file_failed(const std::string& path, const std::string& why);
    // The open deck's progress as short text for an LMS (ui::App::pack_open_deck_progress),
    // and back; "" / false before the app exists.
    std::string pack_progress(std::size_t max_bytes);
    bool restore_progress(const std::string& packed);

private:
    bool feed_events();  // false on quit
    void draw();
    void carry_out_requests();
    void press_paste_keys();
    void track_mouse(const SDL_Event& event);
    void apply_tracked_mouse();

    SDL_Window* window_;
    ui::AppOptions options_;
    std::unique_ptr<ui::App> app_;
    std::optional<DeckLibrary> shipped_decks_;  // read by prepare(), until the app takes them
    std::vector<std::pair<bool, std::string>> pending_storage_failures_;
    int paste_frames_ = 0;           // 2: press Ctrl+V this frame, 1: release it
    Uint32 wake_at_ = 0;             // SDL ticks when the app wants a frame (0: never)
    std::deque<SDL_Event> pending_;  // events held back for the next frame
    // The mouse as the events fed so far say (SDL's own state is already ahead when
    // events wait for the next frame): position, buttons held, buttons pressed this frame.
    float mouse_x_ = -1, mouse_y_ = -1;
    bool mouse_tracked_ = false;
    bool mouse_held_[3] = {false, false, false};
    bool mouse_pressed_[3] = {false, false, false};
    int frames_due_ = 3;             // first frames: lay out and settle
    long frames_drawn_ = 0;
    long a11y_sent_ = -1;            // revision of the accessibility model the page has
};

}  // namespace study::platform
