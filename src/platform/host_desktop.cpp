// host_desktop.cpp: the desktop side of host.h: data folder next to the executable,
// OpenGL 3.0, and a loop that sleeps in SDL_WaitEventTimeout while idle.
#ifndef __EMSCRIPTEN__
#include <cstdio>
#include <cstdlib>
#include <string>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "platform/frame_loop.h"
#include "platform/host.h"

#include "core/file_system.h"
#include "core/safe_file.h"
#include "ui/automation.h"

extern char** environ;

namespace study::platform {

std::string host_data_dir() {
    if (char* base = SDL_GetBasePath()) {
        const std::string beside = join_path(base, "data");
        SDL_free(base);
        if (is_folder(join_path(beside, "decks"))) return beside;  // not when unreadable: use "data"
    }
    return "data";
}

std::string host_user_dir() {
    if (const char* override_dir = std::getenv("STUDY_ARCADE_USER_DIR")) return override_dir;
    std::string dir;
    if (char* pref = SDL_GetPrefPath("StudyArcade", "study-arcade")) {
        dir = pref;
        SDL_free(pref);
    }
    if (!dir.empty() && dir.back() == '/') dir.pop_back();
    return dir.empty() ? "user-data" : dir;
}

void host_start_storage() {}
bool host_storage_ready() { return true; }
void host_persist_storage() {}  // files are on disk already
void host_open_file_picker() {}

std::string host_save_download(const ui::FileDownload& download) {
    std::string folder = host_user_dir() + "/exports";
    if (const char* home = std::getenv("HOME")) {
        if (is_folder(join_path(home, "Downloads"))) folder = join_path(home, "Downloads");
    }
    create_folders(folder);
    // Like a browser's downloads: an existing file is never replaced ("deck (2).json").
    const std::string wanted = join_path(folder, download.file_name);
    std::string path = wanted;
    for (int n = 2; path_exists(path) && n < 1000; ++n) {
        path = join_path(folder, path_stem(wanted) + " (" + std::to_string(n) + ")" + path_extension(wanted));
    }
    std::string write_error;
    return write_file_safely(path, download.content, write_error, false) ? "Saved " + path
                                                                          : "Could not save the file: " + write_error;
}

const char* host_prepare_gl() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    return "#version 130";
}

void host_run(FrameLoop& loop, const HostOptions& options) {
    const Uint32 start = SDL_GetTicks();
    const auto time_left = [&]() -> int {
        if (options.exit_after_ms < 0) return 1 << 30;
        return options.exit_after_ms - static_cast<int>(SDL_GetTicks() - start);
    };
    long frames_written = 0;
    while (time_left() > 0) {
        if (loop.is_idle()) {
            const int wake = loop.ms_until_wake();
            SDL_WaitEventTimeout(nullptr, std::min(time_left(), wake >= 0 ? std::max(wake, 1) : 1000));
        }
        if (!loop.step()) break;
        if (!options.snapshot_file.empty() && loop.frames_drawn() != frames_written) {
            // Written whole, then renamed: a test reading it never sees half a file.
            frames_written = loop.frames_drawn();
            std::string ignored;
            write_file_safely(options.snapshot_file, ui::automation().published_json(), ignored, false);
        }
    }
    if (options.print_snapshot) std::printf("%s\n", ui::automation().published_json().c_str());
}

void host_first_frame_drawn() {}
void host_post_page_message(const std::string&) {}  // no embedding page on the desktop
void host_set_clipboard(const std::string& text) { SDL_SetClipboardText(text.c_str()); }
void host_update_accessibility(const std::string&) {}  // no DOM on the desktop

namespace {
// espeak-ng's path on PATH ("" when it is not installed).
std::string find_espeak() {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        std::size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        const std::string candidate = dirs.substr(start, end - start) + "/espeak-ng";
        if (end > start && access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return "";
}
const std::string& espeak_path() {
    static const std::string path = find_espeak();
    return path;
}
pid_t g_speaking = 0;  // the espeak-ng reading now (stopped when the next one starts)
}  // namespace

bool host_can_speak() { return !espeak_path().empty(); }

void host_speak(const std::string& text, const std::string& language) {
    if (espeak_path().empty()) return;
    if (g_speaking > 0) {
        kill(g_speaking, SIGTERM);
        waitpid(g_speaking, nullptr, 0);
        g_speaking = 0;
    }
    while (waitpid(-1, nullptr, WNOHANG) > 0) {}
    // espeak-ng's voices are named by language ("en", "es", "pt-br"); "--" ends the options.
    std::string voice;
    for (char c : language) voice += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const std::string program = espeak_path();
    char* argv[] = {const_cast<char*>(program.c_str()), const_cast<char*>("-v"), voice.data(),
                    const_cast<char*>("--"), const_cast<char*>(text.c_str()), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, program.c_str(), nullptr, nullptr, argv, environ) == 0) g_speaking = pid;
}
void host_fetch_deck(const std::string&) {}  // the app never asks on the desktop
void host_fetch_data_file(const std::string&, const std::string&) {}  // all in the data folder
void host_mark(const char*) {}  // the font packs are in data/fonts already

void host_toggle_fullscreen(SDL_Window* window) {
    const bool fullscreen = (SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
    SDL_SetWindowFullscreen(window, fullscreen ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

}  // namespace study::platform
#endif
