// app_progress.cpp: the app's side of lasting progress (see app.h): loading the progress
// file at start, feeding every answer of the current mode to the memory model, keeping
// the open Flashcards pass and finished sessions, and saving safely now and then.
#include <chrono>

#include "core/progress_file.h"
#include "ui/app.h"

namespace study::ui {

std::int64_t App::wall_clock_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string App::progress_path() const { return options_.user_dir.empty() ? "" : options_.user_dir + "/progress.json"; }

void App::load_progress() {
    if (progress_path().empty()) return;
    ProgressFileLoad load = load_progress_file(progress_path(), options_.user_dir + "/damaged", memory_model_);
    progress_ = std::move(load.store);
    keep_progress_file_ = load.keep_file;
    if (!load.notice.empty()) show_message(load.notice, true);
}

void App::feed_progress() {
    if (!in_game_mode() || deck_index_ < 0) return;
    ModeScreen* mode = mode_screen(screen_);
    const std::string& deck_id = library_.decks[static_cast<std::size_t>(deck_index_)].id;
    const std::int64_t now_ms = wall_clock_ms();
    for (AnswerEvent& event : mode->take_answer_events()) {
        event.time_ms = now_ms;
        progress_.record(deck_id, event, memory_model_);
        progress_dirty_ = true;
    }
    const int game = mode->report_revision() / 65536;
    if (game != progress_game_) {
        progress_game_ = game;
        progress_session_recorded_ = false;
    }
    if (screen_ == Screen::flashcards) {
        nlohmann::json pass = flashcards_screen_.open_pass(ImGui::GetTime());
        if (pass != progress_.deck(deck_id).flashcards_pass) {
            progress_.deck(deck_id).flashcards_pass = std::move(pass);
            progress_dirty_ = true;
        }
    }
    if (!progress_session_recorded_) {
        const GameReport report = mode->report(ImGui::GetTime());
        if (report.completed) {
            progress_.record_session(deck_id, *mode_from_name(mode->name()),
                                     {now_ms, report.score, report.max_score, report.seconds});
            progress_session_recorded_ = true;
            progress_dirty_ = true;
        }
    }
    save_progress(false);
}

void App::save_progress(bool now) {
    if (!progress_dirty_ || progress_path().empty() || keep_progress_file_) return;
    if (!now && ImGui::GetTime() - progress_saved_at_ < kProgressSaveSeconds) return;
    std::string error;
    progress_saved_at_ = ImGui::GetTime();
    progress_dirty_ = false;
    if (!save_progress_file(progress_path(), progress_, wall_clock_ms(), error)) {
        show_message("Your progress could not be saved: " + error, true);
        return;
    }
    requests_.storage_changed = true;
}

}  // namespace study::ui
