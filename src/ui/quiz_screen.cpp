// quiz_screen.cpp: the Quiz mode's setup and questions (see quiz_screen.h); the results
// are drawn in quiz_results.cpp. Generation and grading live in core's Quiz.
#include "ui/quiz_screen.h"

#include <algorithm>
#include <cmath>

#include "core/clock_text.h"
#include "core/quiz_grading.h"
#include "ui/automation.h"
#include "ui/deal_order_picker.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

const char* type_name(QuestionType type) {
    switch (type) {
        case QuestionType::multiple_choice: return "multiple_choice";
        case QuestionType::true_false: return "true_false";
        case QuestionType::written: return "written";
        case QuestionType::matching: return "matching";
    }
    return "";
}

// A wide answer button that wraps its text; returns true when clicked.
bool answer_button(const Fonts& fonts, const std::string& id, const std::string& label, bool chosen, float width) {
    const float height = wrapped_height(fonts.body, label, width - 28) + 20;
    ImGui::PushStyleColor(ImGuiCol_Button, chosen ? colors::accent_soft : colors::panel);
    ImGui::PushStyleColor(ImGuiCol_Border, chosen ? colors::accent : colors::border);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, chosen ? 2.5f : 1.0f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Button(("##" + id).c_str(), ImVec2(width, height));
    record_last_item(id, label);
    ImGui::GetWindowDrawList()->AddText(fonts.body, fonts.body->FontSize * ImGui::GetIO().FontGlobalScale,
                                        ImVec2(pos.x + 14, pos.y + 10), colors::text, label.c_str(),
                                        label.c_str() + label.size(), width - 28);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    return clicked;
}

}  // namespace

void QuizScreen::start(const Deck& deck, std::uint64_t seed, double) {
    deck_ = deck;
    seed_ = seed;
    game_.reset();
    ++starts_;  // the setup page: a new report (nothing answered)
    stage_ = Stage::setup;
    options_.questions = std::clamp(options_.questions, 1, std::max(1, static_cast<int>(deck_.cards.size())));
    choose_deal_order(deck_, DealOrder::shuffled);  // shows the order the quiz will use
}

void QuizScreen::begin(double now, const std::vector<int>& only_cards) {
    choose_deal_order(deck_, DealOrder::shuffled);
    start_game(std::make_unique<Quiz>(deck_, options_, seed_, now, only_cards));
    ++seed_;  // the next quiz differs
    stage_ = Stage::questions;
    current_ = 0;
    written_.clear();
    focus_written_ = true;
    block_prompt_ = 0;
}

int QuizScreen::next_change_ms(double now) const {
    if (stage_ != Stage::questions || !game_) return -1;
    const double elapsed = game_->seconds(now);
    return static_cast<int>((std::floor(elapsed) + 1.0 - elapsed) * 1000.0) + 1;
}



void QuizScreen::go_to(int index, double now) {
    // A written answer is taken when leaving its question.
    const QuizQuestion& q = game_->questions()[static_cast<std::size_t>(current_)];
    if (q.type == QuestionType::written && written_ != game_->response(current_).text) {
        game_->answer_written(current_, written_);
    }
    if (index >= static_cast<int>(game_->questions().size())) {
        game_->finish(now);
        stage_ = Stage::results;
        return;
    }
    current_ = std::clamp(index, 0, static_cast<int>(game_->questions().size()) - 1);
    written_ = game_->response(current_).text;
    focus_written_ = true;
    block_prompt_ = 0;
}

void QuizScreen::draw_setup(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("quiz-setup");
    if (button("back", "\xE2\x86\x90 Deck")) back = true;
    ImGui::Spacing();
    wrapped_text(fonts.title, colors::text, "Quiz");
    const int most = std::max(1, static_cast<int>(deck_.cards.size()));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Questions:");
    ImGui::SameLine();
    if (button("questions-less", "\xE2\x88\x92", ImVec2(40, 0), options_.questions > 1)) --options_.questions;
    ImGui::SameLine();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(std::to_string(options_.questions).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    if (button("questions-more", "+", ImVec2(40, 0), options_.questions < most)) ++options_.questions;
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colors::muted), "of %d", most);
    ImGui::Spacing();
    ImGui::TextUnformatted("Question types:");
    const auto check = [](const char* id, const char* label, bool& value) {
        same_line_if_fits(button_width(label) + 40);
        ImGui::Checkbox(label, &value);
        record_last_item(id, label);
    };
    ImGui::NewLine();
    check("type-multiple-choice", "Multiple choice", options_.multiple_choice);
    check("type-true-false", "True/false", options_.true_false);
    check("type-written", "Written", options_.written);
    check("type-matching", "Matching", options_.matching);
    ImGui::Spacing();
    ImGui::TextUnformatted("Answer with:");
    const struct { const char* id; const char* label; AnswerWith value; } sides[] = {
        {"answer-term", "the term", AnswerWith::term},
        {"answer-definition", "the definition", AnswerWith::definition},
        {"answer-mixed", "both, mixed", AnswerWith::mixed}};
    ImGui::NewLine();
    for (const auto& side : sides) {
        same_line_if_fits(button_width(side.label) + 40);
        if (ImGui::RadioButton(side.label, options_.answer_with == side.value)) options_.answer_with = side.value;
        record_last_item(side.id, side.label);
    }
    ImGui::Spacing();
    if (deal_order_button(deal_order_used_, options_.order)) choose_deal_order(deck_, DealOrder::shuffled);
    ImGui::Spacing();
    const bool any_type = options_.multiple_choice || options_.true_false || options_.written || options_.matching;
    if (!any_type) wrapped_text(fonts.small, colors::error, "Choose at least one question type.");
    if (button("start-quiz", "Start the quiz", ImVec2(0, 48), any_type) || (any_type && key_pressed(ImGuiKey_Enter))) {
        begin(now);
    }
    nlohmann::json& state = automation().state();
    state["mode"] = "quiz";
    state["questions"] = options_.questions;
    state["order"] = deal_order_name(deal_order_used_);
    state["types"] = {options_.multiple_choice, options_.true_false, options_.written, options_.matching};
}

void QuizScreen::draw_choices(const Fonts& fonts, int index) {
    const QuizQuestion& q = game_->questions()[static_cast<std::size_t>(index)];
    const float width = ImGui::GetContentRegionAvail().x;
    for (int i = 0; i < static_cast<int>(q.options.size()); ++i) {
        const std::string label = std::to_string(i + 1) + ".  " + q.options[static_cast<std::size_t>(i)];
        if (answer_button(fonts, "option-" + std::to_string(i), label, game_->response(index).choice == i, width)) {
            game_->answer_choice(index, i);
        }
    }
    if (!ImGui::GetIO().WantTextInput) {
        for (int i = 0; i < static_cast<int>(q.options.size()); ++i) {
            if (char_typed(static_cast<ImWchar>('1' + i))) {
                game_->answer_choice(index, i);
            }
        }
    }
}

void QuizScreen::draw_true_false(const Fonts& fonts, int index) {
    const int choice = game_->response(index).choice;
    const float width = std::min(220.0f, (ImGui::GetContentRegionAvail().x - 12) / 2);
    if (answer_button(fonts, "answer-true", "True (T)", choice == 1, width) || char_typed('t')) {
        game_->answer_true_false(index, true);
    }
    ImGui::SameLine();
    if (answer_button(fonts, "answer-false", "False (F)", choice == 0, width) || char_typed('f')) {
        game_->answer_true_false(index, false);
    }
}

void QuizScreen::draw_written(const Fonts&, int index) {
    const QuizQuestion& q = game_->questions()[static_cast<std::size_t>(index)];
    text_box("written-answer", q.answer_is_term ? "Type the term\xE2\x80\xA6" : "Type the definition\xE2\x80\xA6", written_,
             ImGui::GetContentRegionAvail().x, focus_written_, kMaxWrittenAnswerBytes);
    focus_written_ = false;
}

void QuizScreen::draw_matching(const Fonts& fonts, int index) {
    const QuizQuestion& q = game_->questions()[static_cast<std::size_t>(index)];
    const QuizResponse& r = game_->response(index);
    wrapped_text(fonts.small, colors::muted, "Answers:");
    for (std::size_t k = 0; k < q.block_options.size(); ++k) {
        wrapped_text(fonts.body, colors::text, std::string(1, static_cast<char>('A' + k)) + ".  " + q.block_options[k]);
    }
    ImGui::Spacing();
    for (int p = 0; p < static_cast<int>(q.block_prompts.size()); ++p) {
        ImGui::Separator();
        wrapped_text(fonts.card, p == block_prompt_ ? colors::accent : colors::text,
                     std::to_string(p + 1) + ".  " + q.block_prompts[static_cast<std::size_t>(p)]);
        for (int k = 0; k < static_cast<int>(q.block_options.size()); ++k) {
            if (k > 0) ImGui::SameLine();
            const bool chosen = r.block_choices[static_cast<std::size_t>(p)] == k;
            ImGui::PushStyleColor(ImGuiCol_Button, chosen ? colors::accent : colors::panel);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, chosen ? colors::accent : colors::panel_hover);
            ImGui::PushStyleColor(ImGuiCol_Text, chosen ? IM_COL32(255, 255, 255, 255) : colors::text);
            const char letter[2] = {static_cast<char>('A' + k), 0};
            if (button("match-" + std::to_string(p) + "-" + letter, letter, ImVec2(48, 40))) {
                game_->answer_matching(index, p, k);
                block_prompt_ = std::min(p + 1, static_cast<int>(q.block_prompts.size()) - 1);
            }
            ImGui::PopStyleColor(3);
        }
    }
    // Keys: A-D answer the highlighted prompt, which then moves on.
    for (int k = 0; k < static_cast<int>(q.block_options.size()); ++k) {
        if (char_typed(static_cast<ImWchar>('a' + k))) {
            game_->answer_matching(index, block_prompt_, k);
            block_prompt_ = std::min(block_prompt_ + 1, static_cast<int>(q.block_prompts.size()) - 1);
        }
    }
}

void QuizScreen::draw_question(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("quiz");
    const int count = static_cast<int>(game_->questions().size());
    const QuizQuestion& q = game_->questions()[static_cast<std::size_t>(current_)];
    if (button("back", "\xE2\x86\x90 Deck")) back = true;
    ImGui::SameLine();
    ImGui::PushFont(fonts.bold);
    const std::string status = "Question " + std::to_string(current_ + 1) + " of " + std::to_string(count) + "   " +
                               format_clock(game_->seconds(now));
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(status.c_str()).x));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(status.c_str());
    ImGui::PopFont();
    const std::string position = "Question " + std::to_string(current_ + 1) + " of " + std::to_string(count);
    automation().add_text(position);
    automation().set_live(position);

    ImGui::BeginChild("question", ImVec2(0, -56), false);
    swipe_to_scroll();
    const char* ask = "";
    switch (q.type) {
        case QuestionType::multiple_choice: ask = q.answer_is_term ? "Choose the term" : "Choose the definition"; break;
        case QuestionType::true_false: ask = q.statement ? "True or false?" : "Does this definition go with this term?"; break;
        case QuestionType::written: ask = q.answer_is_term ? "Write the term" : "Write the definition"; break;
        case QuestionType::matching: ask = "Match each one with its answer (click a letter, or type A-D)"; break;
    }
    wrapped_text(fonts.small, colors::muted, ask);
    if (q.type != QuestionType::matching) {
        wrapped_text(fonts.card, colors::text, q.prompt);
        speak_button("speak-prompt", q.prompt, deck_.speech_language());
    }
    if (q.type == QuestionType::true_false && !q.statement) {
        wrapped_text(fonts.small, colors::muted, "Definition:");
        wrapped_text(fonts.card, colors::text, q.shown_definition);
    }
    ImGui::Spacing();
    switch (q.type) {
        case QuestionType::multiple_choice: draw_choices(fonts, current_); break;
        case QuestionType::true_false: draw_true_false(fonts, current_); break;
        case QuestionType::written: draw_written(fonts, current_); break;
        case QuestionType::matching: draw_matching(fonts, current_); break;
    }
    ImGui::EndChild();

    // Previous, Next (or Enter) move on only once this frame's question is recorded: the
    // snapshot then holds this question's state with the widgets drawn for it, and the
    // next question's from the next frame on. (Moving on mid-frame recorded the next
    // question's state with this one's buttons, a snapshot never on screen, which a test
    // under load could read before the next frame.)
    const bool last = current_ + 1 >= count;
    int move_to = -1;
    if (button("previous", "\xE2\x86\x90 Previous", ImVec2(0, 44), current_ > 0)) move_to = current_ - 1;
    ImGui::SameLine();
    const bool enter = key_pressed(ImGuiKey_Enter);
    if (button("next", last ? "Finish the quiz" : "Next \xE2\x86\x92", ImVec2(0, 44)) || enter) move_to = current_ + 1;
    const int open = game_ ? game_->unanswered() : 0;
    if (last && open > 0) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colors::muted), "%d unanswered", open);
    }
    record_question_state(current_);
    if (move_to >= 0) go_to(move_to, now);
}

void QuizScreen::record_question_state(int index) const {
    const QuizQuestion& q = game_->questions()[static_cast<std::size_t>(index)];
    nlohmann::json& state = automation().state();
    state["mode"] = "quiz";
    state["question"] = index + 1;
    state["count"] = game_->questions().size();
    state["type"] = type_name(q.type);
    state["card_id"] = deck_.cards[static_cast<std::size_t>(q.card)].id;
    state["prompt"] = q.prompt;
    state["answer_is_term"] = q.answer_is_term;
    state["options"] = q.options;
    state["shown_definition"] = q.shown_definition;
    state["block_prompts"] = q.block_prompts;
    state["block_options"] = q.block_options;
    nlohmann::json ids = nlohmann::json::array();
    for (int card : q.block_cards) ids.push_back(deck_.cards[static_cast<std::size_t>(card)].id);
    state["block_card_ids"] = ids;
    state["choice"] = game_->response(index).choice;
    state["written"] = written_;
    state["unanswered"] = game_->unanswered();
}

bool QuizScreen::draw(const Fonts& fonts, double now) {
    bool back = false;
    if (!ImGui::GetIO().WantTextInput && key_pressed(ImGuiKey_Escape)) back = true;
    switch (stage_) {
        case Stage::setup: draw_setup(fonts, now, back); break;
        case Stage::questions: draw_question(fonts, now, back); break;
        case Stage::results: draw_results(fonts, now, back); break;
    }
    return back;
}

}  // namespace study::ui
