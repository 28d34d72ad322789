// review_screen.cpp: the Review screen (see review_screen.h).
#include "ui/review_screen.h"

#include <chrono>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "core/clock_text.h"
#include "ui/automation.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {
std::int64_t wall_clock_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
}  // namespace

void ReviewScreen::start(const Deck& deck, std::uint64_t seed, double now) {
    start_all({deck}, seed, now);
    across_decks_ = false;
}

void ReviewScreen::start_all(const std::vector<Deck>& decks, std::uint64_t seed, double now) {
    seed_ = seed;
    across_decks_ = true;
    std::vector<ReviewItem> items;
    if (progress_) items = due_review_items(decks, *progress_, wall_clock_ms(), MemoryModel{}, desired_retention_);
    // Only the decks with a due card are copied into the session.
    std::vector<Deck> used;
    std::vector<int> new_index(decks.size(), -1);
    for (ReviewItem& item : items) {
        if (new_index[item.deck] < 0) {
            new_index[item.deck] = static_cast<int>(used.size());
            used.push_back(decks[item.deck]);
        }
        item.deck = static_cast<std::size_t>(new_index[item.deck]);
    }
    game_ = std::make_unique<ReviewSession>(std::move(used), std::move(items), seed, now);
    ++starts_;
    typed_.clear();
    focus_typed_ = true;
}

void ReviewScreen::read_link_options(const LinkParameters& parameters, std::vector<LinkProblem>& problems) {
    LinkOptionReader reader(parameters, "review", problems);
    reader.finish();
}

GameReport ReviewScreen::report(double now) const {
    if (game_) return game_->report(now);
    GameReport empty;
    empty.mode = name();
    return empty;
}

std::vector<std::pair<std::string, AnswerEvent>> ReviewScreen::take_deck_answer_events() {
    return game_ ? game_->take_events() : std::vector<std::pair<std::string, AnswerEvent>>{};
}

bool ReviewScreen::draw(const Fonts& fonts, double now) {
    bool back = false;
    if (!game_) return true;
    if (button("back", across_decks_ ? "\xE2\x86\x90 Home" : "\xE2\x86\x90 Deck")) back = true;
    nlohmann::json& state = automation().state();
    state["mode"] = "review";
    state["total"] = game_->total();
    state["due_left"] = game_->due_left();
    if (game_->finished()) {
        draw_summary(fonts, now, back);
        return back;
    }
    same_line_if_fits(button_width("Stop"));
    if (button("stop", "Stop")) game_->stop(now);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const std::string status = "Card " + std::to_string(game_->position()) + " of " + std::to_string(game_->total()) +
                               " \xC2\xB7 " + std::to_string(game_->due_left()) + " due";
    ImGui::TextUnformatted(status.c_str());
    if (!game_->finished()) draw_question(fonts, now);
    else draw_summary(fonts, now, back);
    return back;
}

void ReviewScreen::draw_question(const Fonts& fonts, double now) {
    automation().set_screen("review");
    const ReviewQuestion& question = game_->question();
    const bool recognition = question.item.format == AnswerFormat::recognition;
    nlohmann::json& state = automation().state();
    state["position"] = game_->position();
    state["format"] = format_name(question.item.format);
    state["prompt"] = question.prompt;
    state["answered"] = game_->answered();
    state["deck"] = game_->decks()[question.item.deck].title;
    ImGui::Spacing();
    wrapped_text(fonts.small, colors::muted, game_->decks()[question.item.deck].title +
                                                 (recognition ? " \xC2\xB7 Pick the term" : " \xC2\xB7 Type the term"));
    ImGui::Spacing();
    wrapped_text(fonts.card, colors::text, question.prompt);
    speak_button("speak-prompt", question.prompt, game_->decks()[question.item.deck].speech_language());
    ImGui::Spacing();
    const float width = ImGui::GetContentRegionAvail().x;
    if (recognition) {
        state["options"] = question.options;
        for (std::size_t i = 0; i < question.options.size(); ++i) {
            const int option = static_cast<int>(i);
            std::string label = question.options[i];
            if (game_->answered() && option == question.correct_option) label = "\xE2\x9C\x93 " + label;  // ✓
            else if (game_->answered() && option == game_->last_choice()) label = "\xE2\x9C\x97 " + label;  // ✗
            if (button("choice-" + std::to_string(i), label, ImVec2(width, 44), !game_->answered())) game_->choose(option, now);
        }
    } else {
        const bool open = !game_->answered();
        text_box("typed-answer", "Type the term\xE2\x80\xA6", typed_, std::max(120.0f, width - 110), open && focus_typed_);
        focus_typed_ = false;
        ImGui::SameLine();
        const bool check = button("check", "Check", ImVec2(100, 0), open && !typed_.empty()) ||
                           (open && !typed_.empty() && key_pressed(ImGuiKey_Enter));
        if (check) game_->answer_typed(typed_, now);
        state["typed"] = typed_;
    }
    if (!game_->answered()) return;
    ImGui::Spacing();
    state["right"] = game_->last_right();
    if (game_->last_right()) wrapped_text(fonts.bold, colors::accent, "Right!");
    else wrapped_text(fonts.bold, colors::error, "Not quite. The answer: " + question.expected);
    automation().set_live(game_->last_right() ? "Correct" : "Not quite. The answer was " + question.expected, game_->position());
    ImGui::Spacing();
    // Enter goes on too, but not in the frame whose Enter checked the typed answer.
    if (button("next", "Next", ImVec2(120, 44)) || (key_pressed(ImGuiKey_Enter) && !ImGui::IsAnyItemActive() && recognition)) {
        game_->next(now);
        typed_.clear();
        focus_typed_ = true;
    }
}

void ReviewScreen::draw_summary(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("review-summary");
    const ReviewSummary summary = game_->summary(now);
    nlohmann::json& state = automation().state();
    state["answered"] = summary.answered;
    state["right"] = summary.right;
    state["wrong"] = summary.wrong;
    state["left"] = summary.left;
    ImGui::Spacing();
    wrapped_text(fonts.title, colors::text, summary.answered == 0 && summary.left == 0 ? "Nothing is due" : "Review done");
    const std::string line = std::to_string(summary.answered) + (summary.answered == 1 ? " card" : " cards") + " reviewed: " +
                             std::to_string(summary.right) + " right, " + std::to_string(summary.wrong) + " wrong, in " +
                             format_clock(summary.seconds) + ".";
    wrapped_text(fonts.body, colors::text, line);
    if (summary.left > 0) wrapped_text(fonts.body, colors::muted, std::to_string(summary.left) + " still due.");
    ImGui::Spacing();
    if (button("done", "Done", ImVec2(140, 44))) back = true;
}

}  // namespace study::ui
