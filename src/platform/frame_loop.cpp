// frame_loop.cpp: event feeding and on-demand drawing (see frame_loop.h).
#include "platform/frame_loop.h"

#include <algorithm>
#include <set>

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include "platform/host.h"

#if defined(IMGUI_IMPL_OPENGL_ES3)
#include <SDL_opengles2.h>
#else
#include <SDL_opengl.h>
#endif

namespace study::platform {

namespace {
// ImGui needs a couple of frames to settle after input (hover, click release, layout).
constexpr int kFramesAfterInput = 3;
}  // namespace

void FrameLoop::request_frames(int count) { frames_due_ = std::max(frames_due_, count); }

bool FrameLoop::is_idle() const {
    return app_ && pending_.empty() && frames_due_ <= 0 && paste_frames_ == 0 && !app_->is_animating();
}

void FrameLoop::import_file(const std::string& name, const std::string& content) {
    if (!app_) return;
    app_->import_file(name, content);
    request_frames(kFramesAfterInput);
}

void FrameLoop::paste(const std::string& text) {
    SDL_SetClipboardText(text.c_str());
    paste_frames_ = 2;
}

void FrameLoop::press_paste_keys() {
    if (paste_frames_ == 0) return;
    ImGuiIO& io = ImGui::GetIO();
    const bool press = paste_frames_ == 2;
    io.KeysDown[SDL_SCANCODE_V] = press;
    io.KeyCtrl = press || (SDL_GetModState() & KMOD_CTRL) != 0;
    --paste_frames_;
}

void FrameLoop::carry_out_requests() {
    ui::HostRequests requests = app_->take_requests();
    if (requests.storage_changed) host_persist_storage();
    if (requests.open_file_picker) host_open_file_picker();
    for (const ui::FileDownload& download : requests.downloads) {
        app_->show_message(host_save_download(download));
        request_frames(kFramesAfterInput);
    }
}

bool FrameLoop::feed_events() {
    SDL_Event event;
    while (SDL_PollEvent(&event)) pending_.push_back(event);
    // ImGui 1.86 reads key state once per frame: a key pressed and released between two
    // frames would be lost. So a frame takes events up to the release of a key (or
    // button) that went down in the same frame; the rest wait for the next frame.
    std::set<int> keys_down, buttons_down;
    while (!pending_.empty()) {
        const SDL_Event& next = pending_.front();
        if (next.type == SDL_KEYUP && keys_down.count(next.key.keysym.scancode)) break;
        if (next.type == SDL_MOUSEBUTTONUP && buttons_down.count(next.button.button)) break;
        event = next;
        pending_.pop_front();
        if (event.type == SDL_QUIT) return false;
        if (event.type == SDL_KEYDOWN) keys_down.insert(event.key.keysym.scancode);
        if (event.type == SDL_MOUSEBUTTONDOWN) buttons_down.insert(event.button.button);
        if (event.type == SDL_DROPFILE) {  // a file dropped onto the desktop window
            if (app_) app_->import_file_at(event.drop.file);
            SDL_free(event.drop.file);
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        request_frames(kFramesAfterInput);
    }
    if (!pending_.empty()) request_frames(1);
    return true;
}

bool FrameLoop::step() {
    if (!app_) {
        if (!host_storage_ready()) return true;
        app_ = std::make_unique<ui::App>(options_);
    }
    if (!feed_events()) return false;
    if (frames_due_ > 0 || paste_frames_ > 0 || app_->is_animating()) {
        draw();
        frames_due_ = std::max(0, frames_due_ - 1);
        carry_out_requests();
    }
    return true;
}

void FrameLoop::draw() {
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(window_, &window_w, &window_h);
    SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
    const float pixel_scale = window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
    if (app_->update_pixel_scale(pixel_scale > 0 ? pixel_scale : 1.0f)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    press_paste_keys();
    ImGui::NewFrame();
    app_->draw_frame();
    ImGui::Render();
    glViewport(0, 0, drawable_w, drawable_h);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(window_);
    if (++frames_drawn_ == 1) host_first_frame_drawn();
}

}  // namespace study::platform
