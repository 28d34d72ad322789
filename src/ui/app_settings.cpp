// app_settings.cpp: the app's side of the student's settings (see app.h): read from
// user_dir/settings.json at start (a bad file is named, the defaults used, and the file
// left alone), written safely when the student changes one, and handed to the screens.
#include "core/deal_order.h"
#include "core/file_system.h"
#include "core/safe_file.h"
#include "ui/app.h"

namespace study::ui {

namespace {

std::string settings_path(const std::string& user_dir) { return user_dir + "/settings.json"; }

constexpr std::size_t kMaxSettingsFileBytes = 64 * 1024;

}  // namespace

void App::load_settings() {
    if (options_.user_dir.empty()) return;
    const std::string path = settings_path(options_.user_dir);
    restore_interrupted_write(path);
    if (!path_exists(path)) return;
    std::string content, error;
    if (!read_whole_file(path, content, error, kMaxSettingsFileBytes)) {
        keep_settings_file_ = true;
        show_message("Your settings could not be read (settings.json: " + error + "); the defaults are used.", true);
        return;
    }
    const SettingsRead read = settings_from_json(content);
    settings_ = read.settings;
    keep_settings_file_ = read.newer_version;
    if (!read.problem.empty()) show_message("Your settings file settings.json: " + read.problem + ".", true);
}

void App::save_settings() {
    if (options_.user_dir.empty()) return;
    if (keep_settings_file_) {
        show_message("Your settings were changed for now but not saved: settings.json is from a newer version of "
                     "Study Arcade or could not be read, and is left as it is.", true);
        return;
    }
    std::string error;
    if (!write_file_safely(settings_path(options_.user_dir), settings_to_json(settings_), error)) {
        show_message("Your settings could not be saved: " + error, true);
        return;
    }
    requests_.storage_changed = true;
}

void App::apply_settings() {
    for (ModeScreen* mode : every_mode_screen()) mode->set_desired_retention(settings_.desired_retention);
}

void App::open_settings() {
    std::vector<CardSchedule> cards;
    int studied_decks = 0;
    for (const Deck& deck : library_.decks) {
        const DeckProgress* progress = progress_.find_deck(deck.id);
        if (!progress || progress->cards.empty()) continue;
        ++studied_decks;
        for (CardSchedule& card : card_schedules(deck, progress)) {
            if (!card.memory.is_new()) cards.push_back(card);
        }
    }
    settings_screen_.open(settings_, std::move(cards), studied_decks, memory_model_);
    screen_ = Screen::settings;
}

}  // namespace study::ui
