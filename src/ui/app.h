// app.h: the Study Arcade UI as one object: which screen is showing and the state
// behind it. The platform layer creates it, feeds it frames and files, and carries out
// what it asks for (save storage, show the file picker, hand over a download).
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/deck_library.h"
#include "core/game_report.h"
#include "core/launch_link.h"
#include "core/link_options.h"
#include "core/memory_model.h"
#include "core/progress_folder.h"
#include "core/progress_store.h"
#include "core/study_settings.h"
#include "ui/deck_screen.h"
#include "ui/flashcards_screen.h"
#include "ui/import_screen.h"
#include "ui/learn_screen.h"
#include "ui/mode_screen.h"
#include "ui/matching_screen.h"
#include "ui/quiz_screen.h"
#include "ui/review_screen.h"
#include "ui/settings_screen.h"
#include "ui/share_dialog.h"
#include "ui/snowman_screen.h"
#include "ui/stats_screen.h"
#include "ui/theme.h"

namespace study::ui {

struct AppOptions {
    std::string data_dir;    // holds decks/ and fonts/
    std::string user_dir;    // the user's storage: imported decks go to user_dir/decks
    std::string deck_file;   // optional: open this deck file directly
    bool in_browser = false;
    std::string launch_query;   // a launch link's parameters (docs/embedding.md)
    std::string page_url;       // the web game's address, for shared links ("" on the desktop)
    bool can_fullscreen = true; // the page may go fullscreen (an iframe must allow it)
    bool reduced_motion = false; // no flip, fade or melt animations
    bool can_speak = false;     // a voice reads cards aloud (browser: Web Speech; desktop: espeak-ng)
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
    std::vector<std::string> page_messages;  // JSON for the embedding page (postMessage)
    std::optional<std::string> clipboard_text;  // put on the system clipboard
    bool toggle_fullscreen = false;
    std::string fetch_deck_url;              // fetch this deck; answer with remote_deck_arrived
    // Font files a deck needs that are not in the fonts folder yet (web: fetched on demand
    // into it; the next update_fonts() sees them).
    std::vector<std::string> fetch_font_files;
    // Shipped deck files the web build's index names (core/deck_outline.h), fetched into
    // the data folder's decks/; the app takes each when it is there.
    std::vector<std::string> fetch_deck_files;
};

class App {
public:
    // `shipped_decks`: the decks of data_dir/decks read beforehand (load_shipped_decks),
    // or none to read them here.
    explicit App(AppOptions options, std::optional<DeckLibrary> shipped_decks = std::nullopt);
    // The decks shipped in data_dir/decks (in the web build, outlines from its index:
    // core/deck_outline.h). They do not depend on the user's storage: the browser reads
    // them while it reads IndexedDB, before the app is made.
    static DeckLibrary load_shipped_decks(const AppOptions& options);

    // Rebuilds the font atlas if `pixel_scale` changed or a font pack a deck needs has
    // arrived; returns true when it did (the renderer must then upload the new atlas texture).
    bool update_fonts(float pixel_scale);
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
    // The user's storage could not be read at start or written after a change: says so on
    // screen (and keeps a notice on the home screen), in plain words.
    void storage_failed(bool while_saving, const std::string& reason);
    // The page is being hidden or closed, or the window closes: every answer given so far
    // is written now, not at the next timed save.
    void keep_progress_now();
    HostRequests take_requests();

    // A message from the embedding page (already checked to come from the allowed origin):
    // {"type": "status"} asks for the current score, {"type": "restart"} starts over.
    void receive_page_message(const std::string& json_text);
    // The answer to HostRequests::fetch_deck_url: the file's text, or why it failed.
    void remote_deck_arrived(const std::string& url, const std::string& content, const std::string& error);
    // A file asked for in HostRequests ("decks/x.json") could not be fetched, and why.
    void data_file_failed(const std::string& path, const std::string& why);
    // The open deck's progress packed in at most `max_bytes` (an LMS's cmi.suspend_data,
    // core/progress_pack.h); "" when no deck is open or nothing was studied in it.
    std::string pack_open_deck_progress(std::size_t max_bytes);
    // Merges progress packed by pack_open_deck_progress into the open deck's (nothing is
    // counted twice); false when no deck is open or the text is not such a pack.
    bool restore_open_deck_progress(const std::string& packed);

private:
    enum class Screen { home, deck, import, flashcards, matching, snowman, quiz, learn, review, share, stats, settings, link_problem, loading_deck };

    bool in_game_mode() const;
    // The screen object of a game mode, or nullptr for the other screens.
    const ModeScreen* mode_screen(Screen screen) const;
    ModeScreen* mode_screen(Screen screen);
    // Every screen that plays a deck (the four games, Learn and Review).
    std::array<ModeScreen*, 6> every_mode_screen() {
        return {&flashcards_screen_, &matching_screen_, &snowman_screen_, &quiz_screen_, &learn_screen_, &review_screen_};
    }
    const char* mode_name(Screen screen) const;          // "" for screens that are not modes
    Screen screen_of_mode(const std::string& name) const;  // Screen::deck for "" or unknown
    // ---- app_links.cpp: launch links, the embedding page, sharing ----
    void start_from_link();
    void open_linked_deck(int index);
    void post_message(const nlohmann::json& message);
    void post_ready();
    void post_changes(float content_height);
    void open_share();
    void draw_mode_bar();

    void open_deck(int index);
    // ---- app_decks.cpp: the web build's outline decks, completed when their files come ----
    // Runs `action` once none of `deck_ids` is an outline any more: now, or when their
    // files have come (a failure says so on screen and drops it). One action waits at a time.
    void when_decks_loaded(std::vector<std::string> deck_ids, std::function<void()> action);
    // Asks for the files of the outline decks not asked for yet.
    void request_deck_files();
    // Completes the outline decks whose files have come; runs the waiting action when it can.
    void take_arrived_decks();
    void deck_file_failed(const std::string& file_name, const std::string& why);
    // A launch link's deck may be an outline: the link is followed once it is complete.
    void start_from_link_when_loaded();
    // Opens the deck with this id from the home screen, once its cards are there.
    void open_deck_when_loaded(const std::string& deck_id);
    // The home screen's review across decks, once every deck's cards are there.
    void start_review_all_when_loaded();
    // Asks for the font packs `deck` needs (its title and source only, or every card).
    void want_fonts_for(const Deck& deck, bool every_card);
    // Starts a game; `may_resume`: offer to continue a Flashcards pass left open (not when
    // the course page asks for a restart).
    void start_mode(Screen mode, std::optional<std::uint64_t> seed = std::nullopt, bool may_resume = true);
    // Adds an imported deck; a file's deck replaces an imported deck with its id (a new
    // version: progress kept), pasted text's never does.
    void add_imported_deck(DeckLoadResult result, bool from_paste = false);
    // Shows the open deck's screen with its due count brought up to date.
    void show_deck_screen();
    void export_deck(bool as_json);
    void delete_current_deck();
    void remove_damaged_file_at(int index);
    void draw_message_bar();
    void run_pending_import();

    // ---- progress (app_progress.cpp): kept in user_dir/progress.json ----
    static constexpr double kProgressSaveSeconds = 3.0;  // at most one save per this, while playing
    void load_progress();
    // After each frame: the mode's answers to the memory model, the open Flashcards pass,
    // a finished game's session; then a save when due.
    void feed_progress();
    // Review's answers (each with its deck) to the memory model; a finished review kept.
    void feed_review_progress();
    // Review of the cards due now in every deck (the home screen's button).
    void start_review_all();
    // Writes the progress file if it changed (at most every kSaveEverySeconds unless `now`).
    void save_progress(bool now);
    // Milliseconds since 1970 (UTC): the time stamped on answers.
    static std::int64_t wall_clock_ms();
    // A progress file brought from another device (chosen like a deck): merged, never
    // replacing anything; says what it did. False when `content` is not a progress file.
    bool import_progress(const std::string& file_name, const std::string& content);
    void export_progress();
    std::string progress_path() const;
    // ---- settings (app_settings.cpp): kept in user_dir/settings.json ----
    void load_settings();
    // Writes the settings file safely; says on screen when that fails.
    void save_settings();
    // Opens the settings screen with every studied card's memory for its estimates.
    void open_settings();
    // Hands the desired retention to every screen that deals or counts due cards.
    void apply_settings();
    double desired_retention() const { return settings_.desired_retention; }

    AppOptions options_;
    DeckLibrary library_;
    Fonts fonts_;
    std::string font_error_;
    std::set<std::string> deck_files_requested_;      // outline decks' files asked for, not taken yet
    std::vector<std::string> decks_awaited_;          // ids the waiting action needs complete
    std::function<void()> after_decks_load_;          // the waiting action (none: empty)
    std::string storage_notice_;  // shown on the home screen while storage does not work
    float pixel_scale_ = 0;
    float fonts_text_scale_ = 0;     // the text scale (settings_.text_size / 100) the fonts were made for
    unsigned font_packs_wanted_ = 0;     // masks over font_packs() (ui/theme.h)
    unsigned font_packs_loaded_ = 0;
    unsigned font_packs_requested_ = 0;
    Screen screen_ = Screen::home;
    int deck_index_ = -1;
    DeckScreen deck_screen_;
    ImportScreen import_screen_;
    FlashcardsScreen flashcards_screen_;
    MatchingScreen matching_screen_;
    SnowmanScreen snowman_screen_;
    QuizScreen quiz_screen_;
    LearnScreen learn_screen_;
    ReviewScreen review_screen_;
    ShareDialog share_dialog_;
    StatsScreen stats_screen_;
    SettingsScreen settings_screen_;
    Screen share_return_ = Screen::deck;   // where the share screen goes back to
    LaunchLink link_;                      // the link the app was opened with
    std::vector<LinkProblem> link_problems_;
    bool embedded_ = false;
    Screen posted_mode_ = Screen::home;    // the mode whose report was posted last
    int posted_revision_ = -1;
    float posted_height_ = 0;
    std::vector<std::string> message_lines_;
    bool message_is_error_ = false;
    HostRequests requests_;
    // A file handed over by the platform is imported over two frames (import, then save
    // and show), each after a frame that says so: a large file takes a moment.
    std::optional<std::pair<std::string, std::string>> pending_import_;
    std::optional<DeckLoadResult> pending_result_;
    bool import_notice_drawn_ = false;

    MemoryModel memory_model_;
    ProgressStore progress_;
    StudySettings settings_;
    bool keep_settings_file_ = false;    // written by a newer app (or unreadable): never saved over
    ProgressFolder progress_folder_;     // where progress is kept: a save writes only the files that changed
    bool progress_dirty_ = false;
    bool keep_progress_file_ = false;    // written by a newer app: never saved over
    double progress_saved_at_ = -1e9;    // ImGui time of the last save
    int progress_game_ = -1;             // report_revision() / 65536 of the game being fed
    bool progress_session_recorded_ = false;
    bool redraw_for_progress_ = false;   // a session was just kept: the results show it next frame
    int progress_revision_fed_ = -1;           // the report revision whose pass and session were kept
    Screen progress_screen_fed_ = Screen::home;
    int review_recorded_game_ = -1;            // the review whose session was kept
};

}  // namespace study::ui
