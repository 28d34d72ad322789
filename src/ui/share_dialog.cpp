// share_dialog.cpp: the Embed / share screen (see share_dialog.h).
#include "ui/share_dialog.h"

#include "core/study_events.h"

#include <random>

#include <imgui_stdlib.h>

#include "ui/automation.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

struct SizeChoice {
    const char* label;
    int width, height;
};
constexpr SizeChoice kNormal{"Normal (850 \xC3\x97 440)", 850, 440};
constexpr SizeChoice kSmall{"Small (400 \xC3\x97 300)", 400, 300};

std::string escape_html(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

void ShareDialog::open(const Deck& deck, const std::string& mode, const LinkParameters& options,
                       const std::string& page_url) {
    deck_id_ = deck.id;
    deck_title_ = deck.title;
    user_deck_ = deck.is_user_deck;
    mode_ = mode;
    options_ = options;
    options_mode_ = mode;
    page_url_ = page_url;
    // In the browser the shipped decks are the files of decks/ in the source tree.
    const std::string name = deck.file_path.substr(deck.file_path.find_last_of('/') + 1);
    deck_file_ = is_deck_address(deck.id)                   ? "DECK.json"
                 : deck.file_path.empty() || deck.is_user_deck ? deck.id + ".json"
                 : page_url.empty()                         ? deck.file_path
                                                            : "decks/" + name;
    seed_ = std::random_device{}() % 1000000 + 1;
}

std::string ShareDialog::address(bool for_iframe) const {
    LaunchLink link;
    link.deck = deck_id_;
    link.mode = mode_;
    if (mode_ == options_mode_) link.options = options_;
    if (fixed_seed_) link.seed = seed_;
    if (for_iframe) {
        link.embed = true;
        link.origin = origin_;
        link.xapi = xapi_ && !origin_.empty();
    }
    return (page_url_.empty() ? "https://YOUR-SITE/study-arcade/" : page_url_) + "?" + build_launch_query(link);
}

std::string ShareDialog::link() const { return address(false); }

std::string ShareDialog::iframe_code() const {
    const SizeChoice& size = small_size_ ? kSmall : kNormal;
    return "<iframe src=\"" + escape_html(address(true)) + "\" width=\"" + std::to_string(size.width) + "\" height=\"" +
           std::to_string(size.height) +
           "\" style=\"border:0;max-width:100%\" allow=\"fullscreen; clipboard-write\" title=\"Study Arcade: " +
           escape_html(deck_title_) + "\"></iframe>";
}

namespace {
// `text` as one shell word (quoted when it needs to be).
std::string shell_word(const std::string& text) {
    const bool plain = !text.empty() && text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                               "0123456789-_./,=:+@%") == std::string::npos;
    if (plain) return text;
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}
}  // namespace

std::string ShareDialog::scorm_command() const {
    if (mode_.empty()) return "";
    std::string command = "study-deck scorm --deck " + shell_word(deck_file_) + " --mode " + mode_;
    if (mode_ == options_mode_) {
        for (const auto& [name, value] : options_) command += " --" + name + " " + shell_word(value);
    }
    return command + " --mastery 70 -o " + shell_word(deck_id_ + "-" + mode_ + ".zip");
}

void ShareDialog::draw_choices(const Fonts& fonts) {
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted("Mode");
    ImGui::PopFont();
    std::vector<std::pair<std::string, std::string>> choices = {{"", "Card list"}};  // (link name, label)
    for (StudyMode mode : game_modes()) choices.emplace_back(mode_name(mode), mode_title(mode));
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const auto& [mode, label] = choices[i];
        if (i > 0) same_line_if_fits(button_width(label) + 30);
        if (ImGui::RadioButton(label.c_str(), mode_ == mode)) mode_ = mode;
        record_last_item("share-mode-" + (mode.empty() ? std::string("cards") : mode), label);
    }
    if (mode_ == options_mode_ && !options_.empty()) {
        std::string shown;
        for (const auto& [name, value] : options_) shown += (shown.empty() ? "" : ", ") + name + "=" + value;
        wrapped_text(fonts.small, colors::muted, "Options as set now: " + shown);
    }
    ImGui::Checkbox("Same questions for everyone (fixed seed)", &fixed_seed_);
    record_last_item("share-fixed-seed", "Same questions for everyone (fixed seed)");
    ImGui::Spacing();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted("Send scores to the course page at");
    ImGui::PopFont();
    text_box("share-origin", "https://your-school.example (optional)", origin_,
             std::min(520.0f, ImGui::GetContentRegionAvail().x));
    const LaunchLinkParse check = parse_launch_query("deck=x&origin=" + percent_encode(origin_));
    if (!origin_.empty() && !check.problems.empty()) wrapped_text(fonts.small, colors::error, check.problems[0].message);
    if (!origin_.empty()) {
        ImGui::Checkbox("Also as xAPI statements (for pages that listen to H5P)", &xapi_);
        record_last_item("share-xapi", "Also as xAPI statements (for pages that listen to H5P)");
    }
}

void ShareDialog::draw_copy_box(const Fonts& fonts, const char* id, const char* title, const std::string& text,
                                Action& action) {
    ImGui::Spacing();
    if (*title) {
        ImGui::PushFont(fonts.bold);
        ImGui::TextUnformatted(title);
        ImGui::PopFont();
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::panel);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 padding = ImGui::GetStyle().WindowPadding;
    const float height = wrapped_height(fonts.small, text, width - 2 * padding.x) + 2 * padding.y + 4;
    ImGui::BeginChild(id, ImVec2(width, height), true, ImGuiWindowFlags_NoScrollbar);
    wrapped_text(fonts.small, colors::text, text);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    record_last_item(std::string(id) + "-text", text);
    if (button(std::string("copy-") + id, std::string("Copy ") + (std::string(id) == "link" ? "link" : std::string(id) == "scorm" ? "command" : "code"))) {
        action.copy = text;
    }
}

ShareDialog::Action ShareDialog::draw(const Fonts& fonts) {
    automation().set_screen("share");
    Action action;
    if (button("close-share", "\xE2\x86\x90 Back") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        action.close = true;
    }
    ImGui::BeginChild("share-body", ImVec2(0, 0), false);
    swipe_to_scroll();
    wrapped_text(fonts.title, colors::text, "Embed or share");
    wrapped_text(fonts.body, colors::muted, "\xE2\x80\x9C" + deck_title_ + "\xE2\x80\x9D");
    if (user_deck_) {
        wrapped_text(fonts.small, colors::error,
                     "This deck was imported into this browser only: others will not find it by its id. Put its JSON "
                     "file (Export JSON) on a web server that allows CORS and use its https address as the deck.");
    }
    if (page_url_.empty()) {
        wrapped_text(fonts.small, colors::muted,
                     "Replace https://YOUR-SITE/study-arcade/ with the address where the web build is hosted.");
    }
    ImGui::Spacing();
    draw_choices(fonts);
    draw_copy_box(fonts, "link", "Link", link(), action);
    ImGui::Spacing();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted("Embed code (iframe) for a course page");
    ImGui::PopFont();
    if (ImGui::RadioButton(kNormal.label, !small_size_)) small_size_ = false;
    record_last_item("share-size-normal", kNormal.label);
    same_line_if_fits(button_width(kSmall.label) + 30);
    if (ImGui::RadioButton(kSmall.label, small_size_)) small_size_ = true;
    record_last_item("share-size-small", kSmall.label);
    draw_copy_box(fonts, "embed", "", iframe_code(), action);
    if (!mode_.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(fonts.bold);
        ImGui::TextUnformatted("Scores in an LMS gradebook (Moodle, Canvas): a SCORM package");
        ImGui::PopFont();
        wrapped_text(fonts.small, colors::muted,
                     "Run this where Study Arcade was built, then upload the zip as a SCORM activity. --mastery is the "
                     "percent that passes (leave it out to record completed). See docs/embedding.md.");
        draw_copy_box(fonts, "scorm", "", scorm_command(), action);
    }
    ImGui::EndChild();
    nlohmann::json& state = automation().state();
    state["link"] = link();
    state["iframe"] = iframe_code();
    state["mode"] = mode_;
    state["scorm"] = scorm_command();
    return action;
}

}  // namespace study::ui
