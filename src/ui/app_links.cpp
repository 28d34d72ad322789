// app_links.cpp: the App's side of launch links and embedding (docs/embedding.md): it
// opens the deck and mode a link names (or says what is wrong with it), posts ready,
// progress, completed and resize messages for the course page, answers the page's
// messages, and opens the Embed / share screen.
#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/json_fields.h"
#include "ui/app.h"
#include "ui/automation.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {
const std::string kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";

nlohmann::json message_of_type(const char* type) { return {{"source", "study-arcade"}, {"version", 1}, {"type", type}}; }
}  // namespace

void App::start_from_link() {
    const LaunchLinkParse parse = parse_launch_query(options_.launch_query);
    if (parse.empty) return;
    link_ = parse.link;
    embedded_ = link_.embed;
    deck_screen_.set_embedded(embedded_);
    std::vector<LinkProblem> problems = parse.problems;
    if (problems.empty() && is_deck_address(link_.deck)) {
        if (options_.in_browser) {
            requests_.fetch_deck_url = link_.deck;
            screen_ = Screen::loading_deck;
            return;
        }
        problems.push_back({"deck", "Decks from web addresses open in the web version. Download the file and open it "
                                    "with --deck FILE."});
    }
    if (problems.empty()) {
        const int index = library_.find(link_.deck);
        if (index >= 0) return open_linked_deck(index);
        std::string known;
        for (std::size_t i = 0; i < library_.decks.size() && i < 8; ++i) known += (i ? ", " : "") + library_.decks[i].id;
        if (library_.decks.size() > 8) known += "\xE2\x80\xA6";
        problems.push_back({"deck", "There is no deck " + kOpen + link_.deck + kClose + " here. The decks are: " + known + "."});
    }
    link_problems_ = problems;
    screen_ = Screen::link_problem;
    nlohmann::json message = message_of_type("error");
    for (const LinkProblem& problem : problems) message["problems"].push_back({{"parameter", problem.parameter}, {"message", problem.message}});
    post_message(message);
}

void App::open_linked_deck(int index) {
    open_deck(index);
    const Screen mode = screen_of_mode(link_.mode);
    std::vector<LinkProblem> problems;
    if (ModeScreen* screen = mode_screen(mode)) screen->read_link_options(link_.options, problems);
    else LinkOptionReader(link_.options, "", problems).finish();  // the card list has no options
    if (!problems.empty()) {
        link_problems_ = problems;
        screen_ = Screen::link_problem;
        return;
    }
    if (ModeScreen* screen = mode_screen(mode)) {
        start_mode(mode, link_.seed);
        screen->opened_by_link(ImGui::GetTime());
    }
    post_ready();
}

void App::remote_deck_arrived(const std::string& url, const std::string& content, const std::string& error) {
    if (screen_ != Screen::loading_deck || url != link_.deck) return;
    std::vector<LinkProblem> problems;
    if (!error.empty()) {
        problems.push_back({"deck", "The deck could not be loaded from " + url + ": " + error});
    } else {
        DeckLoadResult result = parse_deck_json(content, url);
        for (const DeckProblem& problem : result.problems) {
            if (!result.deck) problems.push_back({"deck", problem.to_text()});
        }
        if (result.deck) {
            result.deck->id = url;  // the link names it by its address
            const int index = library_.add(std::move(result));
            if (index >= 0) return open_linked_deck(index);
        }
    }
    link_problems_ = problems;
    screen_ = Screen::link_problem;
}

void App::post_message(const nlohmann::json& message) { requests_.page_messages.push_back(message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)); }

void App::post_ready() {
    nlohmann::json message = message_of_type("ready");
    const Deck& deck = library_.decks[static_cast<std::size_t>(deck_index_)];
    message["deck"] = {{"id", deck.id}, {"title", deck.title}, {"cards", deck.cards.size()}};
    message["mode"] = in_game_mode() ? mode_name(screen_) : "";
    message["embed"] = embedded_;
    post_message(message);
}

void App::post_changes(float content_height) {
    if (in_game_mode()) {
        const ModeScreen* mode = mode_screen(screen_);
        if (screen_ != posted_mode_ || mode->report_revision() != posted_revision_) {
            posted_mode_ = screen_;
            posted_revision_ = mode->report_revision();
            const Deck& deck = library_.decks[static_cast<std::size_t>(deck_index_)];
            post_message(report_message(mode->report(ImGui::GetTime()), deck.title));
        }
    }
    // The height the content wants, for a host that sizes the iframe to it.
    const float wanted = std::round(std::clamp(content_height, 300.0f, 4000.0f));
    if (std::abs(wanted - posted_height_) >= 1.0f) {
        posted_height_ = wanted;
        nlohmann::json message = message_of_type("resize");
        message["height"] = wanted;
        post_message(message);
    }
}

void App::receive_page_message(const std::string& json_text) {
    const nlohmann::json message = nlohmann::json::parse(json_text, nullptr, false);
    const std::optional<std::string> type = json_field_as<std::string>(message, "type");
    if (!type) return;
    if (*type == "status") {
        if (in_game_mode()) {
            const Deck& deck = library_.decks[static_cast<std::size_t>(deck_index_)];
            post_message(report_message(mode_screen(screen_)->report(ImGui::GetTime()), deck.title));
        } else if (deck_index_ >= 0) {
            post_ready();
        }
    } else if (*type == "restart" && in_game_mode()) {
        start_mode(screen_, link_.seed, false);
        if (!link_.mode.empty()) mode_screen(screen_)->opened_by_link(ImGui::GetTime());
    }
}

void App::open_share() {
    share_return_ = screen_;
    const ModeScreen* mode = mode_screen(screen_);
    share_dialog_.open(library_.decks[static_cast<std::size_t>(deck_index_)], mode ? mode->name() : "",
                       mode ? mode->link_options() : LinkParameters{}, options_.page_url);
    message_lines_.clear();
    screen_ = Screen::share;
}

void App::draw_mode_bar() {
    const Deck& deck = library_.decks[static_cast<std::size_t>(deck_index_)];
    ImGui::PushFont(fonts_.small);
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float buttons = button_width("Share") + (options_.can_fullscreen ? button_width("Full screen") + 8 : 0);
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted);
    ImGui::TextUnformatted(fit_text_to_width(deck.title, std::max(40.0f, right - buttons - 24)).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), right - buttons));
    if (button("share-mode", "Share")) open_share();
    if (options_.can_fullscreen) {
        ImGui::SameLine(0, 8);
        if (button("fullscreen", "Full screen")) requests_.toggle_fullscreen = true;
    }
    ImGui::PopFont();
}

}  // namespace study::ui
