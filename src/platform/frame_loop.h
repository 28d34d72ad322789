// frame_loop.h: one step of the main loop, shared by the desktop and the browser.
// It feeds SDL events to ImGui, draws only when something changed (a few frames after
// input, or while the app animates) and reports whether it is idle, so the host can
// sleep until the next event instead of redrawing an unchanged screen.
#pragma once

#include <deque>

#include <SDL.h>

#include "ui/app.h"

namespace study::platform {

class FrameLoop {
public:
    FrameLoop(SDL_Window* window, ui::App& app) : window_(window), app_(app) {}

    // Handles pending input and draws a frame if one is due. Returns false on quit.
    bool step();
    // True when nothing is due: no queued input, no pending frame, no animation.
    bool is_idle() const;
    // Asks for frames without input (e.g. after a resize the host noticed itself).
    void request_frames(int count);
    // Number of frames drawn so far.
    long frames_drawn() const { return frames_drawn_; }

private:
    bool feed_events();  // false on quit
    void draw();

    SDL_Window* window_;
    ui::App& app_;
    std::deque<SDL_Event> pending_;  // events held back for the next frame
    int frames_due_ = 3;             // first frames: lay out and settle
    long frames_drawn_ = 0;
};

}  // namespace study::platform
