// host_web.cpp: the browser side of host.h: data preloaded at /data, WebGL2 (GLES 3),
// and a main loop that pauses itself while idle and is resumed by the next SDL event
// (no frame is drawn while nothing changes). Also exports the automation snapshot.
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>

#include "platform/frame_loop.h"
#include "platform/host.h"
#include "ui/automation.h"

// Tells the page (web/index.html) that the first frame is on screen.
EM_JS(void, notify_page_first_frame, (), {
    if (Module.onFirstFrame) Module.onFirstFrame();
});

namespace study::platform {

namespace {

FrameLoop* g_loop = nullptr;
bool g_paused = false;

void resume_loop() {
    if (!g_paused) return;
    g_paused = false;
    emscripten_resume_main_loop();
}

int wake_on_event(void*, SDL_Event*) {
    resume_loop();
    return 1;
}

void main_loop_step() {
    g_loop->step();
    if (g_loop->is_idle()) {
        g_paused = true;
        emscripten_pause_main_loop();
    }
}

}  // namespace

std::string host_data_dir() { return "/data"; }

const char* host_prepare_gl() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    return "#version 300 es";
}

void host_run(FrameLoop& loop, const HostOptions&) {
    g_loop = &loop;
    SDL_AddEventWatch(wake_on_event, nullptr);
    // 0 fps = requestAnimationFrame; simulate_infinite_loop keeps main()'s locals alive.
    emscripten_set_main_loop(main_loop_step, 0, 1);
}

void host_first_frame_drawn() { notify_page_first_frame(); }

}  // namespace study::platform

// Called by the page: window.studyArcade.snapshot() parses this JSON.
extern "C" EMSCRIPTEN_KEEPALIVE const char* study_arcade_snapshot_json() {
    return study::ui::automation().published_json().c_str();
}
#endif
