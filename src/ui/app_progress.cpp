// app_progress.cpp: the app's side of lasting progress (see app.h): loading the progress
// file at start, feeding every answer of the current mode to the memory model, keeping
// the open Flashcards pass and finished sessions, and saving safely now and then.
#include <algorithm>
#include <chrono>

#include "core/file_system.h"
#include "core/message_text.h"
#include "core/progress_file.h"
#include "core/progress_pack.h"
#include "core/xapi_statement.h"
#include "ui/app.h"
#include "ui/automation.h"

namespace study::ui {

std::int64_t App::wall_clock_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string App::progress_path() const { return options_.user_dir.empty() ? "" : options_.user_dir + "/progress"; }

namespace {

// Milliseconds since `start`, for the progress figures in the snapshot's diagnostics.
double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Records how long loading or saving the progress took, and the bytes of its files.
void note_progress_timing(const char* what, double ms, const std::string& folder) {
    std::vector<std::string> names;
    std::string error;
    list_folder(folder, names, error);
    std::uint64_t bytes = 0;
    for (const std::string& name : names) {
        if (path_extension(name) == ".json") bytes += regular_file_size(join_path(folder, name));
    }
    nlohmann::json& figures = automation().diagnostics()["progress"];
    figures[std::string(what) + "_ms"] = ms;
    figures["bytes"] = bytes;
    if (std::string(what) == "save") {
        figures["saves"] = figures.value("saves", 0) + 1;
        figures["longest_save_ms"] = std::max(figures.value("longest_save_ms", 0.0), ms);
    }
}

}  // namespace

void App::load_progress() {
    if (progress_path().empty()) return;
    const auto started = std::chrono::steady_clock::now();
    progress_folder_ = ProgressFolder(progress_path());
    // Before the folder, progress was one file: read (and moved into the folder at the next save).
    ProgressFileLoad load = progress_folder_.load(options_.user_dir + "/progress.json", options_.user_dir + "/damaged", memory_model_);
    note_progress_timing("load", ms_since(started), progress_path());
    progress_ = std::move(load.store);
    keep_progress_file_ = load.keep_file;
    if (!load.notice.empty()) show_message(load.notice, true);
}

void App::feed_review_progress() {
    if (screen_ != Screen::review) return;
    const std::int64_t now_ms = wall_clock_ms();
    for (auto& [deck_id, event] : review_screen_.take_deck_answer_events()) {
        event.time_ms = now_ms;
        progress_.record(deck_id, event, memory_model_);
        progress_dirty_ = true;
    }
    const GameReport report = review_screen_.report(ImGui::GetTime());
    const int game = review_screen_.report_revision() / 65536;
    if (report.completed && report.max_score > 0 && review_recorded_game_ != game) {
        review_recorded_game_ = game;
        if (!report.deck_id.empty()) {
            progress_.record_session(report.deck_id, StudyMode::review, {now_ms, report.score, report.max_score, report.seconds});
        }
        progress_dirty_ = true;
        save_progress(true);
    }
    save_progress(false);
}

void App::feed_progress() {
    if (!in_game_mode() || deck_index_ < 0 || screen_ == Screen::review) return;
    ModeScreen* mode = mode_screen(screen_);
    const std::string& deck_id = library_.decks[static_cast<std::size_t>(deck_index_)].id;
    const std::int64_t now_ms = wall_clock_ms();
    const Deck& deck = library_.decks[static_cast<std::size_t>(deck_index_)];
    const XapiActivity activity{options_.page_url, deck_id, deck.title, mode->name()};
    for (AnswerEvent& event : mode->take_answer_events()) {
        event.time_ms = now_ms;
        progress_.record(deck_id, event, memory_model_);
        progress_dirty_ = true;
        if (link_.xapi && !event.retract) {  // the course page asked for xAPI statements too
            const auto card = std::find_if(deck.cards.begin(), deck.cards.end(), [&](const Card& c) { return c.id == event.card_id; });
            post_message(h5p_xapi_message(xapi_answered(activity, event, card == deck.cards.end() ? event.card_id : card->term)));
        }
    }
    if (mode->take_progress_changed()) {  // a new best time: kept at once, like a finished game
        progress_dirty_ = true;
        save_progress(true);
    }
    const int revision = mode->report_revision();
    if (revision / 65536 != progress_game_) {
        progress_game_ = revision / 65536;
        progress_session_recorded_ = false;
    }
    // The pass and the report change only with the revision: not rebuilt on every frame.
    if (revision == progress_revision_fed_ && screen_ == progress_screen_fed_) {
        save_progress(false);
        return;
    }
    progress_revision_fed_ = revision;
    progress_screen_fed_ = screen_;
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
            if (link_.xapi) post_message(h5p_xapi_message(xapi_completed(activity, report)));
            redraw_for_progress_ = true;
            save_progress(true);  // a finished game is kept at once: the tab may close next
        }
    }
    save_progress(false);
}

bool App::import_progress(const std::string& file_name, const std::string& content) {
    if (!looks_like_progress(content)) return false;
    ProgressRead read = progress_from_json(content, memory_model_);
    if (!read.ok) {
        show_message("Nothing was imported: " + message_excerpt(file_name, 80) + " " + read.error + ".", true);
        return true;
    }
    std::size_t cards = 0;
    for (const auto& [deck_id, deck] : read.store.decks()) cards += deck.cards.size();
    progress_.merge(read.store, memory_model_);
    progress_dirty_ = true;
    save_progress(true);
    std::string summary = "Progress imported from " + message_excerpt(file_name, 80) + ": " + std::to_string(cards) +
                          (cards == 1 ? " card in " : " cards in ") + std::to_string(read.store.decks().size()) +
                          (read.store.decks().size() == 1 ? " deck" : " decks") + ", merged with yours.";
    if (read.skipped_entries > 0) summary += " " + std::to_string(read.skipped_entries) + " unreadable entries were left out.";
    show_message(summary, false);
    screen_ = Screen::home;
    return true;
}

void App::export_progress() {
    requests_.downloads.push_back({"study-arcade-progress.json", "application/json", progress_to_json(progress_, wall_clock_ms())});
    show_message("Your progress was exported as study-arcade-progress.json: import it on another device to carry it there.");
}

std::string App::pack_open_deck_progress(std::size_t max_bytes) {
    if (deck_index_ < 0) return "";
    feed_progress();  // the answers of this frame too
    const DeckProgress* deck = progress_.find_deck(library_.decks[static_cast<std::size_t>(deck_index_)].id);
    if (!deck || deck->cards.empty()) return "";  // nothing studied yet: nothing to keep
    return pack_deck_progress(*deck, memory_model_, max_bytes);
}

bool App::restore_open_deck_progress(const std::string& packed) {
    if (deck_index_ < 0) return false;
    std::optional<DeckProgress> unpacked = unpack_deck_progress(packed, memory_model_);
    if (!unpacked) return false;
    ProgressStore incoming;
    incoming.deck(library_.decks[static_cast<std::size_t>(deck_index_)].id) = std::move(*unpacked);
    progress_.merge(incoming, memory_model_);
    progress_dirty_ = true;
    redraw_for_progress_ = true;
    save_progress(true);
    return true;
}

void App::keep_progress_now() {
    feed_progress();
    save_progress(true);
}

void App::save_progress(bool now) {
    if (!progress_dirty_ || progress_path().empty() || keep_progress_file_) return;
    if (!now && ImGui::GetTime() - progress_saved_at_ < kProgressSaveSeconds) return;
    std::string error;
    progress_saved_at_ = ImGui::GetTime();
    progress_dirty_ = false;
    const auto started = std::chrono::steady_clock::now();
    if (!progress_folder_.save(progress_, wall_clock_ms(), error)) {
        show_message("Your progress could not be saved: " + error, true);
        return;
    }
    note_progress_timing("save", ms_since(started), progress_path());
    automation().diagnostics()["progress"]["files_written"] = progress_folder_.files_written();
    requests_.storage_changed = true;
}

}  // namespace study::ui
