// learn_screen.cpp: the Learn mode (see learn_screen.h). Draws the core LearnSession's
// question, feedback, round page and summary, and passes clicks, keys and the typed answer
// on to it. Keys: 1-4 pick an option, Enter checks a typed answer or continues.
#include "ui/learn_screen.h"

#include <algorithm>
#include <cmath>

#include "core/clock_text.h"
#include "ui/automation.h"
#include "ui/past_games.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {
constexpr ImU32 kRight = IM_COL32(33, 140, 74, 255);
constexpr ImU32 kRightSoft = IM_COL32(225, 245, 232, 255);
constexpr int kGoalChoices[] = {0, 5, 10, 20};  // minutes; 0: every card learned

std::string goal_label(int minutes) { return minutes == 0 ? "Every card learned" : std::to_string(minutes) + " minutes"; }

const char* phase_name(LearnPhase phase) {
    switch (phase) {
        case LearnPhase::asking: return "asking";
        case LearnPhase::answered: return "answered";
        case LearnPhase::round_over: return "round_over";
        case LearnPhase::finished: return "finished";
    }
    return "";
}

// A wide option button that wraps its text, filled by how it went; true when clicked.
bool option_button(const Fonts& fonts, const std::string& id, const std::string& label, ImU32 fill, ImU32 border,
                   float width, bool enabled) {
    const float height = wrapped_height(fonts.body, label, width - 28) + 20;
    ImGui::PushStyleColor(ImGuiCol_Button, fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, enabled ? colors::panel_hover : fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, enabled ? colors::accent_soft : fill);
    ImGui::PushStyleColor(ImGuiCol_Border, border);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, border == colors::border ? 1.0f : 2.5f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Button(("##" + id).c_str(), ImVec2(width, height)) && enabled;
    record_last_item(id, label, enabled);
    ImGui::GetWindowDrawList()->AddText(fonts.body, fonts.body->FontSize * ImGui::GetIO().FontGlobalScale,
                                        ImVec2(pos.x + 14, pos.y + 10), colors::text, label.c_str(),
                                        label.c_str() + label.size(), width - 28);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    return clicked;
}
}  // namespace

void LearnScreen::start(const Deck& deck, std::uint64_t seed, double) {
    deck_ = deck;
    seed_ = seed;
    game_.reset();
    ++starts_;  // the setup page: a new report (nothing answered)
    in_setup_ = true;
}

void LearnScreen::begin(double now) {
    start_game(std::make_unique<LearnSession>(deck_, options_, seed_, now));
    ++seed_;  // the next session differs
    in_setup_ = false;
    typed_.clear();
    focus_typed_ = true;
}

int LearnScreen::next_change_ms(double now) const {
    if (in_setup_ || !game_ || game_->finished()) return -1;
    const double elapsed = game_->seconds(now);
    return static_cast<int>((std::floor(elapsed) + 1.0 - elapsed) * 1000.0) + 1;
}

// ---- setup ----

void LearnScreen::draw_setup(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("learn-setup");
    if (button("back", "\xE2\x86\x90 Deck")) back = true;
    ImGui::Spacing();
    wrapped_text(fonts.title, colors::text, "Learn");
    wrapped_text(fonts.body, colors::muted,
                 "Rounds of 7 cards. A new card comes as multiple choice, then you type it. A miss comes back later "
                 "in the round; a card is learned when you type it right the first time it is asked.");
    ImGui::Spacing();
    ImGui::TextUnformatted("Goal:");
    ImGui::NewLine();
    for (int minutes : kGoalChoices) {
        const std::string label = goal_label(minutes);
        same_line_if_fits(button_width(label) + 40);
        if (ImGui::RadioButton(label.c_str(), options_.goal_minutes == minutes)) options_.goal_minutes = minutes;
        record_last_item("goal-" + (minutes == 0 ? std::string("all") : std::to_string(minutes)), label);
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Answer with:");
    ImGui::NewLine();
    same_line_if_fits(button_width("the term") + 40);
    if (ImGui::RadioButton("the term", options_.answer_with_term)) options_.answer_with_term = true;
    record_last_item("answer-term", "the term");
    same_line_if_fits(button_width("the definition") + 40);
    if (ImGui::RadioButton("the definition", !options_.answer_with_term)) options_.answer_with_term = false;
    record_last_item("answer-definition", "the definition");
    ImGui::Spacing();
    if (button("start-learn", "Start learning", ImVec2(0, 48)) || key_pressed(ImGuiKey_Enter)) begin(now);
    nlohmann::json& state = automation().state();
    state["mode"] = "learn";
    state["goal_minutes"] = options_.goal_minutes;
    state["answer_with_term"] = options_.answer_with_term;
}

// ---- a session ----

void LearnScreen::draw_top_bar(const Fonts& fonts, double now, bool& back) {
    if (button("back", "\xE2\x86\x90 Deck")) back = true;
    same_line_if_fits(button_width("End session"));
    if (button("end-session", "End session")) act([now](LearnSession& s) { s.stop(now); });
    ImGui::PushFont(fonts.bold);
    std::string clock = format_clock(game_->seconds(now));
    if (options_.goal_minutes > 0) clock += " of " + std::to_string(options_.goal_minutes) + ":00";
    const std::string status = "Round " + std::to_string(game_->round_number()) + " \xC2\xB7 " +
                               std::to_string(game_->learned_count()) + " of " + std::to_string(game_->card_count()) +
                               " learned \xC2\xB7 " + clock;
    const float width = ImGui::CalcTextSize(status.c_str()).x;
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 24 + width <= right) ImGui::SameLine(right - width);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(status.c_str());
    ImGui::PopFont();
    // How much of the deck is learned.
    const float share = game_->card_count() ? static_cast<float>(game_->learned_count()) / static_cast<float>(game_->card_count()) : 0;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float bar_w = ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + bar_w, at.y + 8), colors::border, 4);
    if (share > 0) draw->AddRectFilled(at, ImVec2(at.x + bar_w * share, at.y + 8), kRight, 4);
    ImGui::Dummy(ImVec2(bar_w, 14));
}

void LearnScreen::draw_choices(const Fonts& fonts) {
    const LearnQuestion& q = game_->question();
    const bool asking = game_->phase() == LearnPhase::asking;
    const float width = ImGui::GetContentRegionAvail().x;
    for (int i = 0; i < static_cast<int>(q.options.size()); ++i) {
        ImU32 fill = colors::panel, border = colors::border;
        if (!asking && i == q.correct_option) fill = kRightSoft, border = kRight;
        else if (!asking && i == game_->feedback().choice) fill = colors::error_soft, border = colors::error;
        const std::string label = std::to_string(i + 1) + ".  " + q.options[static_cast<std::size_t>(i)];
        if (option_button(fonts, "option-" + std::to_string(i), label, fill, border, width, asking)) {
            act([i](LearnSession& s) { s.answer_choice(i); });
        }
    }
    if (!asking || ImGui::GetIO().WantTextInput) return;
    for (int i = 0; i < static_cast<int>(q.options.size()); ++i) {
        if (char_typed(static_cast<ImWchar>('1' + i))) act([i](LearnSession& s) { s.answer_choice(i); });
    }
}

void LearnScreen::draw_typing(const Fonts&) {
    if (game_->phase() != LearnPhase::asking) return;
    const bool term = options_.answer_with_term;
    const float check_w = button_width("Check");
    const float box_w = std::max(160.0f, ImGui::GetContentRegionAvail().x - check_w - 12);
    text_box("typed-answer", term ? "Type the term\xE2\x80\xA6" : "Type the definition\xE2\x80\xA6", typed_, box_w,
             focus_typed_, kMaxWrittenAnswerBytes);
    focus_typed_ = false;
    const bool enter = (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && key_pressed(ImGuiKey_Enter);
    same_line_if_fits(check_w);
    if (button("check-answer", "Check") || enter) {
        act([typed = typed_](LearnSession& s) { s.answer_typed(typed); });
        typed_.clear();
    }
    if (button("dont-know", "I don't know")) {
        act([](LearnSession& s) { s.dont_know(); });
        typed_.clear();
    }
}

void LearnScreen::draw_feedback(const Fonts& fonts) {
    const LearnQuestion& q = game_->question();
    const LearnFeedback& f = game_->feedback();
    if (f.correct) {
        std::string said = f.learned ? "Right! Learned." : "Right!";
        if (q.format == AnswerFormat::recognition) said = "Right! You will type it later in this round.";
        if (q.format == AnswerFormat::recall && !f.grade.exact) said += " (a small typo: it is \xE2\x80\x9C" + q.expected + "\xE2\x80\x9D)";
        wrapped_text(fonts.card, kRight, said);
        automation().set_live(said, game_->revision());
    } else {
        automation().set_live("Not quite. The answer was " + q.expected, game_->revision());
        if (q.format == AnswerFormat::recall) {
            wrapped_text(fonts.body, colors::muted,
                         f.typed.empty() ? "You did not know it." : "You typed \xE2\x80\x9C" + f.typed + "\xE2\x80\x9D.");
        }
        wrapped_text(fonts.card, colors::error, "Not quite. The answer: " + q.expected);
        wrapped_text(fonts.body, colors::muted, "It comes back later in this round.");
    }
    ImGui::Spacing();
    if (button("continue", "Continue (Enter)", ImVec2(0, 48))) act([now = ImGui::GetTime()](LearnSession& s) { s.next(now); });
}

void LearnScreen::draw_question(const Fonts& fonts) {
    const LearnQuestion& q = game_->question();
    const bool recall = q.format == AnswerFormat::recall;
    const char* ask = recall ? (options_.answer_with_term ? "TYPE THE TERM" : "TYPE THE DEFINITION")
                             : (options_.answer_with_term ? "CHOOSE THE TERM" : "CHOOSE THE DEFINITION");
    wrapped_text(fonts.small, colors::muted, ask);
    wrapped_text(fonts.card, colors::text, q.prompt);
    speak_button("speak-prompt", q.prompt, deck_.speech_language());
    ImGui::Spacing();
    if (recall) draw_typing(fonts);
    else draw_choices(fonts);
    if (game_->phase() == LearnPhase::answered) {
        ImGui::Spacing();
        draw_feedback(fonts);
    }
}

void LearnScreen::draw_round_over(const Fonts& fonts) {
    automation().set_screen("learn-round");
    wrapped_text(fonts.title, colors::text, "Round " + std::to_string(game_->round_number()) + " done");
    automation().set_live("Round " + std::to_string(game_->round_number()) + " done", game_->round_number());
    wrapped_text(fonts.card, colors::text,
                 std::to_string(game_->learned_count()) + " of " + std::to_string(game_->card_count()) + " cards learned.");
    ImGui::Spacing();
    for (int card : game_->round_cards()) {
        const bool learned = game_->stage(card) == LearnStage::learned;
        wrapped_text(fonts.body, learned ? kRight : colors::muted,
                     std::string(learned ? "\xE2\x9C\x93 " : "\xE2\x80\xA6 ") + deck_.cards[static_cast<std::size_t>(card)].term +
                         (learned ? "" : "  (again next round)"));
    }
    ImGui::Spacing();
    if (button("continue", "Next round (Enter)", ImVec2(0, 48))) act([now = ImGui::GetTime()](LearnSession& s) { s.next(now); });
}

void LearnScreen::draw_summary(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("learn-results");
    const LearnSummary s = game_->summary(now);
    wrapped_text(fonts.title, colors::text, s.learned == s.cards && s.cards > 0 ? "Every card learned!" : "Session over");
    if (s.cards == 0) wrapped_text(fonts.card, colors::text, "This deck has no card to learn (true/false statements are left out).");
    wrapped_text(fonts.card, colors::text,
                 std::to_string(s.learned) + " of " + std::to_string(s.cards) + " cards learned \xC2\xB7 " +
                     std::to_string(s.answers) + " answers \xC2\xB7 " + std::to_string(s.accuracy_percent) +
                     "% right \xC2\xB7 " + format_clock(s.seconds));
    ImGui::Spacing();
    if (button("learn-again", "Learn again", ImVec2(0, 48))) in_setup_ = true;
    same_line_if_fits(button_width("Back to the deck"));
    if (button("back-to-deck", "Back to the deck", ImVec2(0, 48))) back = true;
    ImGui::BeginChild("learn-summary", ImVec2(0, 0), false);
    swipe_to_scroll();
    draw_past_games(fonts, progress_, deck_.id, StudyMode::learn);
    ImGui::EndChild();
    automation().state()["summary"] = {{"learned", s.learned}, {"cards", s.cards},       {"answers", s.answers},
                                       {"right", s.right},     {"accuracy", s.accuracy_percent}, {"seconds", s.seconds}};
}

void LearnScreen::record_state(double now) const {
    nlohmann::json& state = automation().state();
    state["mode"] = "learn";
    state["phase"] = phase_name(game_->phase());
    state["round"] = game_->round_number();
    state["learned"] = game_->learned_count();
    state["cards"] = game_->card_count();
    state["seconds"] = std::floor(game_->seconds(now));
    state["goal_minutes"] = options_.goal_minutes;
    state["left_out_statements"] = game_->left_out_statements();
    if (game_->phase() != LearnPhase::asking && game_->phase() != LearnPhase::answered) return;
    const LearnQuestion& q = game_->question();
    state["round_left"] = game_->round_questions_left();
    state["card_id"] = deck_.cards[static_cast<std::size_t>(q.card)].id;
    state["format"] = format_name(q.format);
    state["prompt"] = q.prompt;
    state["options"] = q.options;
    state["typed"] = typed_;
    if (game_->phase() == LearnPhase::answered) {
        state["expected"] = q.expected;
        state["correct"] = game_->feedback().correct;
        state["card_learned"] = game_->feedback().learned;
    }
}

bool LearnScreen::draw(const Fonts& fonts, double now) {
    bool back = false;
    if (!ImGui::GetIO().WantTextInput && key_pressed(ImGuiKey_Escape)) back = true;
    if (in_setup_ || !game_) {
        draw_setup(fonts, now, back);
        return back;
    }
    // Enter continues from feedback or a round's end (checked before drawing, so the Enter
    // that checks a typed answer does not also move on).
    const LearnPhase phase = game_->phase();
    if ((phase == LearnPhase::answered || phase == LearnPhase::round_over) && key_pressed(ImGuiKey_Enter)) {
        game_->next(now);
        focus_typed_ = true;
    }
    if (game_->finished()) {
        draw_summary(fonts, now, back);
        record_state(now);
        return back;
    }
    automation().set_screen("learn");
    draw_top_bar(fonts, now, back);
    ImGui::BeginChild("learn-play", ImVec2(0, 0), false);
    swipe_to_scroll();
    if (game_->phase() == LearnPhase::round_over) draw_round_over(fonts);
    else draw_question(fonts);
    ImGui::EndChild();
    record_state(now);
    // What was clicked or typed acts once this frame is recorded: the snapshot holds the
    // state drawn with its widgets, the change shows from the next frame on.
    if (action_) {
        const LearnPhase before = game_->phase();
        action_(*game_);
        action_ = nullptr;
        if (game_->phase() != before) focus_typed_ = true;
    }
    return back;
}

}  // namespace study::ui
