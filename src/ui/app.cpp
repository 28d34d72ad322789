// app.cpp: screen dispatch for the whole UI (see app.h). One switch on the current
// screen per frame; screens return actions and this file decides what comes next.
#include "ui/app.h"

#include <algorithm>
#include <random>

#include "core/deck_export.h"
#include "core/deck_import.h"
#include "core/deck_outline.h"
#include "core/message_text.h"
#include "core/progress_file.h"
#include "core/safe_file.h"
#include "core/progress_text.h"
#include "core/text_fold.h"
#include "core/user_decks.h"
#include "ui/automation.h"
#include "ui/home_screen.h"
#include "ui/link_screens.h"
#include "ui/widgets.h"

namespace study::ui {

DeckLibrary App::load_shipped_decks(const AppOptions& options) {
    DeckLibrary library;
    // The web build's shipped decks are outlines from its index at first (app_decks.cpp).
    if (!load_deck_outlines(library, options.data_dir + "/decks")) library.load_folder(options.data_dir + "/decks");
    return library;
}

App::App(AppOptions options, std::optional<DeckLibrary> shipped_decks)
    : options_(std::move(options)), import_screen_(options_.in_browser) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini next to the app
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep redrawing
    set_speech_available(options_.can_speak);
    set_reduced_motion(options_.reduced_motion);
    apply_style();
    library_ = shipped_decks ? std::move(*shipped_decks) : load_shipped_decks(options_);
    request_deck_files();  // the web build's outline decks: asked for after the first frame is drawn
    if (!options_.user_dir.empty()) load_user_decks(library_, options_.user_dir + "/decks");
    load_progress();
    load_settings();
    for (const Deck& deck : library_.decks) want_fonts_for(deck, false);  // the home screen's titles
    for (ModeScreen* mode : every_mode_screen()) mode->set_progress(&progress_);
    apply_settings();
    if (!options_.deck_file.empty()) {
        const int index = library_.load_file(options_.deck_file);
        if (index >= 0) open_deck(index);
    }
    start_from_link_when_loaded();
}

bool App::update_fonts(float pixel_scale) {
    const std::string font_dir = options_.data_dir + "/fonts";
    font_packs_wanted_ |= take_font_packs_for_typed_text();
    unsigned arrived = 0;
    const int pack_count = static_cast<int>(font_packs().size());
    for (int i = 0; i < pack_count; ++i) {
        const unsigned bit = 1u << i;
        if (!(font_packs_wanted_ & bit) || (font_packs_loaded_ & bit)) continue;
        if (font_pack_present(font_dir, i)) {
            arrived |= bit;
        } else if (!(font_packs_requested_ & bit)) {
            font_packs_requested_ |= bit;
            const FontPack& pack = font_packs()[static_cast<std::size_t>(i)];
            requests_.fetch_font_files.push_back(pack.regular);
            if (std::string(pack.bold) != pack.regular) requests_.fetch_font_files.push_back(pack.bold);
        }
    }
    const float text_scale = static_cast<float>(settings_.text_size) / 100.0f;
    if (pixel_scale == pixel_scale_ && text_scale == fonts_text_scale_ && !arrived) return false;
    pixel_scale_ = pixel_scale;
    fonts_text_scale_ = text_scale;
    font_packs_loaded_ |= arrived;
    // The text size setting: fonts made (crisp) at the larger size, sizes and spacing scaled.
    fonts_ = load_fonts(font_dir, pixel_scale * text_scale, font_packs_loaded_, font_error_);
    ImGui::GetIO().FontGlobalScale = 1.0f / pixel_scale;
    apply_style();
    ImGui::GetStyle().ScaleAllSizes(text_scale);
    return true;
}

void App::want_fonts_for(const Deck& deck, bool every_card) {
    unsigned packs = font_packs_for(deck.title) | font_packs_for(deck.source_line());
    if (every_card) {
        for (const Card& card : deck.cards) packs |= font_packs_for(card.term) | font_packs_for(card.definition);
    }
    font_packs_wanted_ |= packs;
}

void App::open_deck(int index) {
    deck_index_ = index;
    const Deck& deck = library_.decks[static_cast<std::size_t>(index)];
    want_fonts_for(deck, true);
    deck_screen_.open(deck, [this, deck_id = deck.id](const Card& card) {
        const std::int64_t now_ms = wall_clock_ms();
        return card_memory_line(progress_.card_status(deck_id, card.id, now_ms, memory_model_, desired_retention()), now_ms);
    });
    show_deck_screen();
}

void App::show_deck_screen() {
    const Deck& deck = library_.decks[static_cast<std::size_t>(deck_index_)];
    deck_screen_.set_due_count(progress_.summarize(deck, wall_clock_ms(), memory_model_, desired_retention()).due_now);
    screen_ = Screen::deck;
}

void App::start_mode(Screen mode, std::optional<std::uint64_t> fixed_seed, bool may_resume) {
    // (After a review across all decks the review screen is no deck's mode until started on one.)
    ModeScreen* screen = mode == Screen::review ? &review_screen_ : mode_screen(mode);
    if (!screen) return;
    message_lines_.clear();
    want_fonts_for(library_.decks[static_cast<std::size_t>(deck_index_)], true);
    screen->start(library_.decks[static_cast<std::size_t>(deck_index_)], fixed_seed ? *fixed_seed : std::random_device{}(),
                  ImGui::GetTime());
    if (mode == Screen::flashcards && may_resume) {  // a pass left open on an earlier visit: Continue / Start over
        const DeckProgress* progress = progress_.find_deck(library_.decks[static_cast<std::size_t>(deck_index_)].id);
        if (progress && !progress->flashcards_pass.is_null()) flashcards_screen_.offer_resume(progress->flashcards_pass);
    }
    screen_ = mode;
    posted_mode_ = mode;
    posted_revision_ = screen->report_revision();  // nothing played yet: nothing to post
}

const char* App::mode_name(Screen screen) const {
    const ModeScreen* mode = mode_screen(screen);
    return mode ? mode->name() : "";
}

App::Screen App::screen_of_mode(const std::string& name) const {
    if (name == review_screen_.name()) return Screen::review;  // a deck's mode even after a review across decks
    for (Screen mode : {Screen::flashcards, Screen::matching, Screen::snowman, Screen::quiz, Screen::learn}) {
        if (name == mode_name(mode)) return mode;
    }
    return Screen::deck;
}

void App::show_message(const std::string& message, bool is_error) {
    message_lines_ = {message};
    message_is_error_ = is_error;
}

HostRequests App::take_requests() { return std::exchange(requests_, HostRequests{}); }

void App::import_file(const std::string& file_name, const std::string& content) {
    pending_import_.emplace(file_name, content);
    show_message("Importing " + file_name + "\xE2\x80\xA6");
}

void App::run_pending_import() {
    // One step per frame, each after a frame that says what is going on.
    if (!import_notice_drawn_) return;
    import_notice_drawn_ = false;
    if (pending_result_) {
        DeckLoadResult result = std::move(*pending_result_);
        pending_result_.reset();
        add_imported_deck(std::move(result));
    } else if (pending_import_) {
        const auto [file_name, content] = std::move(*pending_import_);
        pending_import_.reset();
        if (import_progress(file_name, content)) return;
        pending_result_ = import_deck_text(content, file_name);
        if (pending_result_->deck) show_message("Saving \xE2\x80\x9C" + pending_result_->deck->title + "\xE2\x80\x9D\xE2\x80\xA6");
    }
}

bool App::is_animating() const {
    // (A font pack wanted but not asked for yet: the next frame's update_fonts asks.)
    const bool font_to_ask = (font_packs_wanted_ & ~font_packs_loaded_ & ~font_packs_requested_) != 0;
    return pending_import_ || pending_result_ || redraw_for_progress_ || font_to_ask || (screen_ == Screen::deck && deck_screen_.is_laying_out()) ||
           next_change_ms() == 0;
}

int App::next_change_ms() const {
    const ModeScreen* mode = mode_screen(screen_);
    int wake = mode ? mode->next_change_ms(ImGui::GetTime()) : -1;
    if (progress_dirty_ && !keep_progress_file_) {  // a frame when the progress is due to be saved
        const int save_in = static_cast<int>((progress_saved_at_ + kProgressSaveSeconds - ImGui::GetTime()) * 1000.0) + 1;
        wake = wake < 0 ? std::max(save_in, 1) : std::min(wake, std::max(save_in, 1));
    }
    return wake;
}

bool App::in_game_mode() const { return mode_screen(screen_) != nullptr; }

const ModeScreen* App::mode_screen(Screen screen) const {
    switch (screen) {
        case Screen::flashcards: return &flashcards_screen_;
        case Screen::matching: return &matching_screen_;
        case Screen::snowman: return &snowman_screen_;
        case Screen::quiz: return &quiz_screen_;
        case Screen::learn: return &learn_screen_;
        // A review across all decks has no deck of its own: not a deck's mode.
        case Screen::review: return review_screen_.across_decks() ? nullptr : &review_screen_;
        default: return nullptr;
    }
}

ModeScreen* App::mode_screen(Screen screen) {
    return const_cast<ModeScreen*>(static_cast<const App*>(this)->mode_screen(screen));
}

void App::import_file_at(const std::string& path) {
    std::string content, error;
    if (read_whole_file(path, content, error, kMaxProgressFileBytes) && import_progress(file_name_of(path), content)) return;
    add_imported_deck(import_deck_file(path));
}

void App::add_imported_deck(DeckLoadResult result, bool from_paste) {
    message_lines_.clear();
    for (const DeckProblem& problem : result.problems) message_lines_.push_back(problem.to_text());
    if (!result.deck) {
        message_lines_.insert(message_lines_.begin(), "Nothing was imported.");
        message_is_error_ = true;
        return;
    }
    std::string error;
    const SameIdDeck same_id = from_paste ? SameIdDeck::keep_both : SameIdDeck::replace;
    const AddedUserDeck added = add_user_deck(library_, std::move(*result.deck), options_.user_dir + "/decks", error, same_id);
    if (added.index < 0) {
        show_message("The deck could not be saved: " + error, true);
        return;
    }
    const Deck& deck = library_.decks[static_cast<std::size_t>(added.index)];
    const auto cards = [](int count) { return std::to_string(count) + (count == 1 ? " card" : " cards"); };
    std::string summary = (added.replaced ? "Updated \xE2\x80\x9C" : "Imported \xE2\x80\x9C") + deck.title +
                          "\xE2\x80\x9D: " + cards(static_cast<int>(deck.cards.size()));
    if (added.replaced) {
        summary += " (" + std::to_string(added.changes.added) + " new, " + std::to_string(added.changes.changed) +
                   " changed, " + std::to_string(added.changes.removed) + " removed); your progress on it is kept";
    }
    if (result.skipped_cards > 0) summary += ", " + std::to_string(result.skipped_cards) + " skipped";
    message_lines_.insert(message_lines_.begin(), summary + ".");
    if (added.copy_of_shipped) {
        message_lines_.insert(message_lines_.begin() + 1, "It has the id of a deck that comes with the game, so it was "
                                                          "added as a copy (" + deck.id + ").");
    }
    message_is_error_ = false;
    requests_.storage_changed = true;
    open_deck(added.index);
}

void App::export_deck(bool as_json) {
    const Deck& deck = library_.decks[static_cast<std::size_t>(deck_index_)];
    if (as_json) {
        requests_.downloads.push_back({slugify(deck.id) + ".json", "application/json", export_deck_json(deck)});
    } else {
        requests_.downloads.push_back({slugify(deck.id) + ".tsv", "text/tab-separated-values", export_deck_tsv(deck)});
    }
}

void App::delete_current_deck() {
    const std::string title = library_.decks[static_cast<std::size_t>(deck_index_)].title;
    std::string error;
    if (!delete_user_deck(library_, deck_index_, error)) {
        show_message("Could not delete the deck: " + error, true);
        return;
    }
    requests_.storage_changed = true;
    deck_index_ = -1;
    screen_ = Screen::home;
    show_message("Deleted \xE2\x80\x9C" + title + "\xE2\x80\x9D.");
}

void App::storage_failed(bool while_saving, const std::string& reason) {
    std::string said = message_excerpt(reason, 100);
    while (!said.empty() && (said.back() == '.' || said.back() == ' ')) said.pop_back();
    const std::string why = " (the browser said: " + said + ")";
    if (while_saving) {
        storage_notice_ = "Your imported decks and progress could not be saved in this browser" + why +
                          ". They will be gone when you close or reload the page: export them to keep a copy.";
        show_message(storage_notice_, true);  // said where the student is now, and kept on the home screen
    } else {
        storage_notice_ = "This browser does not let the game keep your decks and progress here (a private window, "
                          "or storage blocked in an embedded page)" + why +
                          ". You can still play and import, but nothing is kept after this visit: export what you want to keep.";
    }
}

void App::remove_damaged_file_at(int index) {
    const std::string name = library_.damaged_files[static_cast<std::size_t>(index)].name;
    std::string error;
    if (!remove_damaged_file(library_, index, error)) {
        show_message("Could not remove the damaged file: " + error, true);
        return;
    }
    requests_.storage_changed = true;
    show_message("Removed the damaged file \xE2\x80\x9C" + name + "\xE2\x80\x9D.");
}

void App::draw_message_bar() {
    if (message_lines_.empty()) return;
    const ImU32 color = message_is_error_ ? colors::error : colors::accent;
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - 110);
    for (std::size_t i = 0; i < message_lines_.size() && i < 6; ++i) ImGui::TextUnformatted(message_lines_[i].c_str());
    if (message_lines_.size() > 6) ImGui::Text("\xE2\x80\xA6 and %d more", static_cast<int>(message_lines_.size() - 6));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - 100);
    if (button("dismiss-message", "Dismiss", ImVec2(100, 0))) message_lines_.clear();
    automation().state()["message"] = message_lines_;
    ImGui::Separator();
}

void App::draw_frame() {
    redraw_for_progress_ = false;
    take_arrived_decks();
    run_pending_import();
    // Keyboard navigation (Tab, arrows, Space on the focused widget) everywhere but in
    // the game modes, whose keys (Space, arrows) mean something else.
    ImGuiIO& io = ImGui::GetIO();
    if (in_game_mode()) io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    else io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    automation().begin_frame();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    // Narrow screens (phones, small iframes) get tighter margins.
    const float margin = viewport->Size.x < 500 ? 10.0f : 24.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin * 0.75f));
    ImGui::Begin("Study Arcade", nullptr, flags);
    ImGui::PopStyleVar();
    draw_message_bar();
    if (in_game_mode()) draw_mode_bar();

    switch (screen_) {
        case Screen::home: {
            // The storage notice stays on the home screen, unless the message bar says it already.
            const bool notice_in_bar = std::find(message_lines_.begin(), message_lines_.end(), storage_notice_) != message_lines_.end();
            const std::string notice = notice_in_bar ? "" : storage_notice_;
            std::vector<std::string> progress_lines;
            std::vector<int> due_counts;
            const std::int64_t now_ms = wall_clock_ms();
            for (const Deck& deck : library_.decks) {
                const DeckSummary summary = progress_.summarize(deck, now_ms, memory_model_, desired_retention());
                progress_lines.push_back(deck_progress_line(summary));
                due_counts.push_back(summary.due_now);
            }
            const HomeAction action = draw_home_screen(
                library_, fonts_, font_error_.empty() || notice.empty() ? font_error_ + notice : font_error_ + "\n" + notice,
                progress_lines, due_counts, !progress_.decks().empty());
            if (action.open_deck >= 0) {
                message_lines_.clear();
                open_deck_when_loaded(library_.decks[static_cast<std::size_t>(action.open_deck)].id);
            } else if (action.import) {
                message_lines_.clear();
                import_screen_.reset();
                screen_ = Screen::import;
            } else if (action.export_progress) {
                export_progress();
            } else if (action.settings) {
                message_lines_.clear();
                open_settings();
            } else if (action.review_all) {
                message_lines_.clear();
                start_review_all_when_loaded();
            } else if (action.remove_damaged >= 0) {
                remove_damaged_file_at(action.remove_damaged);
            }
            break;
        }
        case Screen::deck:
            switch (deck_screen_.draw(fonts_)) {
                case DeckScreen::Action::back: screen_ = Screen::home; message_lines_.clear(); break;
                case DeckScreen::Action::export_json: export_deck(true); break;
                case DeckScreen::Action::export_tsv: export_deck(false); break;
                case DeckScreen::Action::delete_deck: delete_current_deck(); break;
                case DeckScreen::Action::start_mode:
                    start_mode(screen_of_mode(study::mode_name(deck_screen_.chosen_mode())));
                    break;
                case DeckScreen::Action::share: open_share(); break;
                case DeckScreen::Action::stats:
                    stats_screen_.open(library_.decks[static_cast<std::size_t>(deck_index_)], progress_, memory_model_,
                                      desired_retention());
                    screen_ = Screen::stats;
                    break;
                case DeckScreen::Action::none: break;
            }
            break;
        case Screen::stats:
            if (stats_screen_.draw(fonts_)) screen_ = Screen::deck;
            break;
        case Screen::settings: {
            bool changed = false;
            if (settings_screen_.draw(fonts_, changed)) screen_ = Screen::home;
            if (changed) {
                settings_ = settings_screen_.settings();
                apply_settings();
                save_settings();
            }
            break;
        }
        case Screen::share: {
            const ShareDialog::Action action = share_dialog_.draw(fonts_);
            if (action.copy) {
                requests_.clipboard_text = *action.copy;
                show_message("Copied to the clipboard.");
            }
            if (action.close) {
                screen_ = share_return_;
                message_lines_.clear();
            }
            break;
        }
        case Screen::link_problem:
            if (draw_link_problem_screen(fonts_, link_problems_)) {
                embedded_ = false;
                deck_screen_.set_embedded(false);
                screen_ = Screen::home;
            }
            break;
        case Screen::loading_deck: draw_loading_deck_screen(fonts_, link_.deck); break;
        case Screen::flashcards:
        case Screen::matching:
        case Screen::snowman:
        case Screen::quiz:
        case Screen::learn:
            if (mode_screen(screen_)->draw(fonts_, ImGui::GetTime())) {
                feed_progress();
                save_progress(true);  // leaving the game: keep everything now
                show_deck_screen();
            }
            break;
        case Screen::review:
            if (review_screen_.draw(fonts_, ImGui::GetTime())) {
                feed_review_progress();
                save_progress(true);
                if (review_screen_.across_decks() || deck_index_ < 0) screen_ = Screen::home;
                else show_deck_screen();
            }
            break;
        case Screen::import: {
            ImportScreen::Action action = import_screen_.draw(fonts_);
            if (action.back) screen_ = Screen::home;
            if (action.open_file_picker) requests_.open_file_picker = true;
            if (action.import_path) import_file_at(*action.import_path);
            if (action.imported) add_imported_deck(std::move(*action.imported), true);
            break;
        }
    }

    const float content_height = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
    ImGui::End();
    post_changes(content_height);
    feed_progress();
    feed_review_progress();
    if (!in_game_mode()) save_progress(false);
    automation().state()["decksToLoad"] = outline_deck_files(library_).size();  // web: shipped decks not here yet
    nlohmann::json& loaded_packs = automation().state()["fontPacks"] = nlohmann::json::array();
    for (std::size_t i = 0; i < font_packs().size(); ++i) {
        if (font_packs_loaded_ & (1u << i)) loaded_packs.push_back(font_packs()[i].name);
    }
    automation().end_frame();
    if (pending_import_ || pending_result_) import_notice_drawn_ = true;
}

void App::start_review_all() {
    for (const Deck& deck : library_.decks) want_fonts_for(deck, true);
    review_screen_.start_all(library_.decks, std::random_device{}(), ImGui::GetTime());
    screen_ = Screen::review;
}

const std::string& App::snapshot_json() const { return automation().published_json(); }

}  // namespace study::ui
