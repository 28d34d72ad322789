// frame_loop.cpp: event feeding and on-demand drawing (see frame_loop.h).
#include "platform/frame_loop.h"

#include <algorithm>
#include <cfloat>
#include <set>

#include <imgui.h>
#include <imgui_impl_sdl.h>

#include "platform/host.h"
#include "platform/renderer.h"
#include "ui/automation.h"
#include "ui/widgets.h"

#if defined(IMGUI_IMPL_OPENGL_ES3)
#include <SDL_opengles2.h>
#else
#include <SDL_opengl.h>
#endif

namespace study::platform {

namespace {
// ImGui needs a couple of frames to settle after input (hover, click release, layout).
constexpr int kFramesAfterInput = 3;
// SDL user event code of a paste from the browser's clipboard.
constexpr Sint32 kPasteEventCode = 0x5A57E;
}  // namespace

void FrameLoop::request_frames(int count) { frames_due_ = std::max(frames_due_, count); }

bool FrameLoop::is_idle() const {
    return app_ && pending_.empty() && frames_due_ <= 0 && paste_frames_ == 0 && !app_->is_animating();
}

int FrameLoop::ms_until_wake() const {
    if (wake_at_ == 0) return -1;
    const Uint32 now = SDL_GetTicks();
    return wake_at_ > now ? static_cast<int>(wake_at_ - now) : 0;
}

void FrameLoop::import_file(const std::string& name, const std::string& content) {
    if (!app_) return;
    app_->import_file(name, content);
    request_frames(kFramesAfterInput);
}

void FrameLoop::storage_failed(bool while_saving, const std::string& reason) {
    pending_storage_failures_.emplace_back(while_saving, reason);
    if (!app_) return;
    for (const auto& [saving, why] : pending_storage_failures_) app_->storage_failed(saving, why);
    pending_storage_failures_.clear();
    request_frames(kFramesAfterInput);
}

void FrameLoop::page_hidden() {
    if (!app_) return;
    app_->keep_progress_now();
    host_persist_storage();
}

void FrameLoop::page_message(const std::string& json_text) {
    if (!app_) return;
    app_->receive_page_message(json_text);
    request_frames(kFramesAfterInput);
}

std::string FrameLoop::pack_progress(std::size_t max_bytes) { return app_ ? app_->pack_open_deck_progress(max_bytes) : ""; }

bool FrameLoop::restore_progress(const std::string& packed) {
    if (!app_ || !app_->restore_open_deck_progress(packed)) return false;
    request_frames(kFramesAfterInput);
    return true;
}

void FrameLoop::remote_deck(const std::string& url, const std::string& content, const std::string& error) {
    if (!app_) return;
    app_->remote_deck_arrived(url, content, error);
    request_frames(kFramesAfterInput);
}

void FrameLoop::data_file_failed(const std::string& path, const std::string& why) {
    if (!app_) return;
    app_->data_file_failed(path, why);
    request_frames(kFramesAfterInput);
}

void FrameLoop::paste(const std::string& text) {
    // Queued behind the input that came before it (a click into a text box, say), and
    // carried out in a frame of its own, so the paste lands where the caret is by then.
    SDL_SetClipboardText(text.c_str());
    static const Uint32 paste_event = SDL_RegisterEvents(1);
    SDL_Event event{};
    event.type = paste_event;
    event.user.code = kPasteEventCode;
    SDL_PushEvent(&event);
}

void FrameLoop::press_paste_keys() {
    if (paste_frames_ == 0) return;
    ImGuiIO& io = ImGui::GetIO();
    const bool press = paste_frames_ == 2;
    io.KeysDown[SDL_SCANCODE_V] = press;
    // Exactly Ctrl+V for ImGui, whether the person pressed Ctrl+V, Cmd+V or Ctrl+Shift+V.
    const SDL_Keymod mod = SDL_GetModState();
    io.KeyCtrl = press || (mod & KMOD_CTRL) != 0;
    io.KeyShift = !press && (mod & KMOD_SHIFT) != 0;
    io.KeyAlt = !press && (mod & KMOD_ALT) != 0;
    io.KeySuper = !press && (mod & KMOD_GUI) != 0;
    --paste_frames_;
}

void FrameLoop::carry_out_requests() {
    ui::HostRequests requests = app_->take_requests();
    if (requests.storage_changed) host_persist_storage();
    if (requests.open_file_picker) host_open_file_picker();
    for (const std::string& message : requests.page_messages) host_post_page_message(message);
    if (requests.clipboard_text) host_set_clipboard(*requests.clipboard_text);
    if (requests.toggle_fullscreen) host_toggle_fullscreen(window_);
    if (!requests.fetch_deck_url.empty()) host_fetch_deck(requests.fetch_deck_url);
    for (const std::string& file : requests.fetch_font_files) host_fetch_data_file("fonts", file);
    for (const std::string& file : requests.fetch_deck_files) host_fetch_data_file("decks", file);
    for (const ui::FileDownload& download : requests.downloads) {
        app_->show_message(host_save_download(download));
        request_frames(kFramesAfterInput);
    }
}

bool FrameLoop::feed_events() {
    SDL_Event event;
    while (SDL_PollEvent(&event)) pending_.push_back(event);
    // ImGui 1.86 reads key state once per frame: a key pressed and released (or released
    // and pressed again) between two frames would be lost. So a frame takes events up to
    // a key's or button's second change; the rest wait for the next frame.
    std::set<int> keys_changed, buttons_changed;
    bool fed_any = false;
    while (!pending_.empty()) {
        const SDL_Event& next = pending_.front();
        const bool is_key = next.type == SDL_KEYDOWN || next.type == SDL_KEYUP;
        const bool is_button = next.type == SDL_MOUSEBUTTONDOWN || next.type == SDL_MOUSEBUTTONUP;
        if (is_key && next.key.repeat == 0 && keys_changed.count(next.key.keysym.scancode)) break;
        if (is_button && buttons_changed.count(next.button.button)) break;
        // A move after a click waits too: the release belongs where the button went up.
        if (next.type == SDL_MOUSEMOTION && !buttons_changed.empty()) break;
        if (next.type >= SDL_USEREVENT && next.user.code == kPasteEventCode) {
            if (!keys_changed.empty() || !buttons_changed.empty() || fed_any) break;  // next frame
            pending_.pop_front();
            paste_frames_ = 2;
            request_frames(kFramesAfterInput);
            break;
        }
        fed_any = true;
        event = next;
        pending_.pop_front();
        if (event.type == SDL_QUIT) {  // the window closes: nothing answered is lost
            if (app_) app_->keep_progress_now();
            return false;
        }
        if (is_key && event.key.repeat == 0) keys_changed.insert(event.key.keysym.scancode);
        if (is_button) buttons_changed.insert(event.button.button);
        if (event.type == SDL_DROPFILE) {  // a file dropped onto the desktop window
            if (app_) app_->import_file_at(event.drop.file);
            SDL_free(event.drop.file);
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        track_mouse(event);
        if (is_key) {
            // The backend reads modifiers from SDL's current state, which may already be
            // ahead of this event when several arrived together: use the event's own.
            ImGuiIO& io = ImGui::GetIO();
            const Uint16 mod = event.key.keysym.mod;
            io.KeyCtrl = (mod & KMOD_CTRL) != 0;
            io.KeyShift = (mod & KMOD_SHIFT) != 0;
            io.KeyAlt = (mod & KMOD_ALT) != 0;
            io.KeySuper = (mod & KMOD_GUI) != 0;
        }
        request_frames(kFramesAfterInput);
    }
    if (!pending_.empty()) request_frames(1);
    return true;
}

void FrameLoop::track_mouse(const SDL_Event& event) {
    const auto index = [](Uint8 button) { return button == SDL_BUTTON_LEFT ? 0 : button == SDL_BUTTON_RIGHT ? 1 : button == SDL_BUTTON_MIDDLE ? 2 : -1; };
    if (event.type == SDL_MOUSEMOTION) {
        mouse_x_ = static_cast<float>(event.motion.x);
        mouse_y_ = static_cast<float>(event.motion.y);
        mouse_tracked_ = true;
    } else if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) {
        mouse_x_ = static_cast<float>(event.button.x);
        mouse_y_ = static_cast<float>(event.button.y);
        mouse_tracked_ = true;
        if (const int i = index(event.button.button); i >= 0) {
            mouse_held_[i] = event.type == SDL_MOUSEBUTTONDOWN;
            if (mouse_held_[i]) mouse_pressed_[i] = true;
        }
    }
}

void FrameLoop::apply_tracked_mouse() {
    // After the backend's NewFrame, which reads SDL's current mouse state: use the state
    // the events of this frame describe, so clicks queued for later frames land where
    // they happened.
    ImGuiIO& io = ImGui::GetIO();
    if (mouse_tracked_ && io.MousePos.x != -FLT_MAX) io.MousePos = ImVec2(mouse_x_, mouse_y_);
    for (int i = 0; i < 3; ++i) {
        io.MouseDown[i] = mouse_pressed_[i] || mouse_held_[i];
        mouse_pressed_[i] = false;
    }
}

void FrameLoop::prepare() {
    if (!app_ && !shipped_decks_) shipped_decks_ = ui::App::load_shipped_decks(options_);
}

bool FrameLoop::step() {
    if (!app_) {
        prepare();
        if (!host_storage_ready()) return true;
        app_ = std::make_unique<ui::App>(options_, std::move(shipped_decks_));
        shipped_decks_.reset();
        host_mark("decks and progress loaded");
        for (const auto& [saving, why] : pending_storage_failures_) app_->storage_failed(saving, why);
        pending_storage_failures_.clear();
    }
    if (!feed_events()) return false;
    if (wake_at_ != 0 && SDL_GetTicks() >= wake_at_) {
        wake_at_ = 0;
        request_frames(1);
    }
    if (frames_due_ > 0 || paste_frames_ > 0 || app_->is_animating()) {
        draw();
        frames_due_ = std::max(0, frames_due_ - 1);
        carry_out_requests();
        const int wake_in = app_->next_change_ms();
        wake_at_ = wake_in > 0 ? SDL_GetTicks() + static_cast<Uint32>(wake_in) : 0;
    }
    return true;
}

void FrameLoop::draw() {
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(window_, &window_w, &window_h);
    SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
    const float pixel_scale = window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
    if (app_->update_fonts(pixel_scale > 0 ? pixel_scale : 1.0f)) {
        renderer_upload_fonts();
        if (frames_drawn_ == 0) host_mark("font atlas built");
    }
    ImGui_ImplSDL2_NewFrame();
    apply_tracked_mouse();
    press_paste_keys();
    ImGui::NewFrame();
    app_->draw_frame();
    ImGui::Render();
    glViewport(0, 0, drawable_w, drawable_h);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_draw(ImGui::GetDrawData());
    SDL_GL_SwapWindow(window_);
    if (++frames_drawn_ == 1) host_first_frame_drawn();
    if (const auto speech = ui::take_speech_request()) host_speak(speech->text, speech->language);
    if (const long revision = ui::automation().a11y_revision(); revision != a11y_sent_) {
        a11y_sent_ = revision;
        host_update_accessibility(ui::automation().published_a11y());
    }
}

}  // namespace study::platform
