// app_decks.cpp: the App's side of the web build's outline decks (core/deck_outline.h).
// The home screen draws them from the index at once; their files are asked for with the
// first frame and complete them as they come. Whatever needs a deck's cards (opening it,
// a review across decks, a launch link) waits for its file, saying so on screen; a file
// that cannot be fetched is said on screen, and the next try asks for it again.
#include <algorithm>

#include "core/deck_outline.h"
#include "core/file_system.h"
#include "ui/app.h"

namespace study::ui {

namespace {
const std::string kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";
}  // namespace

void App::when_decks_loaded(std::vector<std::string> deck_ids, std::function<void()> action) {
    decks_awaited_ = std::move(deck_ids);
    after_decks_load_ = std::move(action);
    request_deck_files();
    take_arrived_decks();
}

void App::request_deck_files() {
    for (const std::string& file : outline_deck_files(library_)) {
        if (deck_files_requested_.insert(file).second) requests_.fetch_deck_files.push_back(file);
    }
}

void App::take_arrived_decks() {
    for (const std::string& file : outline_deck_files(library_)) {
        if (!deck_files_requested_.count(file) || !is_regular_file(join_path(options_.data_dir + "/decks", file))) continue;
        const std::size_t problems_before = library_.problems.size();
        if (complete_deck_outline(library_, file)) {
            deck_files_requested_.erase(file);
            continue;
        }
        std::string not_removed;
        remove_file(join_path(options_.data_dir + "/decks", file), not_removed);  // fetched again on the next try
        const std::string why = library_.problems.size() > problems_before ? library_.problems.back().message : "it is not a deck";
        deck_file_failed(file, why);
    }
    if (!after_decks_load_) return;
    const bool complete = std::none_of(decks_awaited_.begin(), decks_awaited_.end(), [&](const std::string& id) {
        const int index = library_.find(id);
        return index >= 0 && library_.decks[static_cast<std::size_t>(index)].is_outline;
    });
    if (!complete) return;
    const std::function<void()> action = std::move(after_decks_load_);
    after_decks_load_ = nullptr;
    decks_awaited_.clear();
    action();
}

void App::deck_file_failed(const std::string& file_name, const std::string& why) {
    deck_files_requested_.erase(file_name);
    std::string title = file_name;
    bool awaited = false;
    for (const Deck& deck : library_.decks) {
        if (!deck.is_outline || file_name_of(deck.file_path) != file_name) continue;
        title = deck.title;
        awaited = std::find(decks_awaited_.begin(), decks_awaited_.end(), deck.id) != decks_awaited_.end();
    }
    if (!awaited || !after_decks_load_) return;  // asked for ahead of need: the next try asks again
    after_decks_load_ = nullptr;
    decks_awaited_.clear();
    const std::string message = "The deck " + kOpen + title + kClose + " could not be loaded (" + why +
                                "). Check the connection, then try again.";
    if (screen_ == Screen::loading_deck) {  // a launch link waited for it
        link_problems_ = {{"deck", message}};
        screen_ = Screen::link_problem;
    } else {
        show_message(message, true);
    }
}

void App::data_file_failed(const std::string& path, const std::string& why) {
    const std::string folder = "decks/";
    if (path.compare(0, folder.size(), folder) == 0) deck_file_failed(path.substr(folder.size()), why);
}

void App::start_from_link_when_loaded() {
    const LaunchLinkParse parse = parse_launch_query(options_.launch_query);
    if (parse.empty) return;
    link_ = parse.link;
    const int index = library_.find(link_.deck);
    if (index < 0 || !library_.decks[static_cast<std::size_t>(index)].is_outline) return start_from_link();
    screen_ = Screen::loading_deck;
    when_decks_loaded({link_.deck}, [this] { start_from_link(); });
}

void App::open_deck_when_loaded(const std::string& deck_id) {
    const int index = library_.find(deck_id);
    if (index < 0) return;
    const Deck& deck = library_.decks[static_cast<std::size_t>(index)];
    if (deck.is_outline) show_message("Loading " + kOpen + deck.title + kClose + "\xE2\x80\xA6");
    when_decks_loaded({deck_id}, [this, deck_id] {
        const int loaded = library_.find(deck_id);
        if (loaded < 0 || screen_ != Screen::home) return;  // the student went elsewhere meanwhile
        message_lines_.clear();
        open_deck(loaded);
    });
}

void App::start_review_all_when_loaded() {
    std::vector<std::string> every_deck;
    for (const Deck& deck : library_.decks) every_deck.push_back(deck.id);
    if (has_outline_decks(library_)) show_message("Loading the decks\xE2\x80\xA6");
    when_decks_loaded(every_deck, [this] {
        if (screen_ != Screen::home) return;  // the student went elsewhere meanwhile
        message_lines_.clear();
        start_review_all();
    });
}

}  // namespace study::ui
