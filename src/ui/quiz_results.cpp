// quiz_results.cpp: the Quiz mode's results (see quiz_screen.h): the score in % and
// n/N, the time, "Retake missed", and every question with the given and the right
// answer; on a written answer the differences are marked and "I was right" counts it.
#include <algorithm>

#include "core/clock_text.h"
#include "core/quiz_grading.h"
#include "ui/automation.h"
#include "ui/past_games.h"
#include "ui/quiz_screen.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

constexpr ImU32 kRight = IM_COL32(33, 140, 74, 255);
constexpr ImU32 kRightSoft = IM_COL32(214, 240, 222, 255);
constexpr ImU32 kWrongSoft = IM_COL32(250, 218, 222, 255);

std::string points_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, value == static_cast<int>(value) ? "%.0f" : "%.1f", value);
    return text;
}

// Draws `pieces` as one wrapped line of text, the pieces of kind `marked` on a
// coloured background (what is missing from, or extra in, an answer).
void draw_marked(ImFont* font, const std::vector<DiffPiece>& pieces, DiffPiece::Kind skip, ImU32 mark) {
    ImGui::PushFont(font);
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float line_h = ImGui::GetTextLineHeight();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImVec2 pos = start;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const DiffPiece& piece : pieces) {
        if (piece.kind == skip) continue;
        // Word by word, so that lines wrap between words.
        std::size_t at = 0;
        while (at < piece.text.size()) {
            std::size_t end = piece.text.find(' ', at);
            end = end == std::string::npos ? piece.text.size() : end + 1;
            const char* begin = piece.text.c_str() + at;
            const float w = ImGui::CalcTextSize(begin, piece.text.c_str() + end).x;
            if (pos.x + w > right && pos.x > start.x) pos = ImVec2(start.x, pos.y + line_h);
            if (piece.kind != DiffPiece::same) draw->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + line_h), mark, 3.0f);
            draw->AddText(pos, colors::text, begin, piece.text.c_str() + end);
            pos.x += w;
            at = end;
        }
    }
    ImGui::Dummy(ImVec2(1, pos.y + line_h - start.y));
    ImGui::PopFont();
}

}  // namespace

void QuizScreen::draw_result_row(const Fonts& fonts, int index) {
    const QuizQuestion& q = game_->questions()[static_cast<std::size_t>(index)];
    const QuizResponse& r = game_->response(index);
    const bool right = game_->is_correct(index);
    ImGui::Separator();
    wrapped_text(fonts.bold, right ? kRight : colors::error,
                 std::string(right ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") + std::to_string(index + 1) + ".  " +
                     points_text(game_->points(index)) + "/" + points_text(game_->max_points(index)) +
                     (r.overridden ? "  (you said you were right)" : ""));
    nlohmann::json row = {{"number", index + 1}, {"correct", right}, {"points", game_->points(index)}};
    if (q.type == QuestionType::matching) {
        for (std::size_t k = 0; k < q.block_prompts.size(); ++k) {
            const int chosen = r.block_choices[k];
            const bool pair_right = chosen == q.block_correct[k];
            wrapped_text(fonts.body, colors::text, q.block_prompts[k]);
            wrapped_text(fonts.small, pair_right ? kRight : colors::error,
                         "    Yours: " + (chosen >= 0 ? q.block_options[static_cast<std::size_t>(chosen)] : std::string("(none)")));
            if (!pair_right) {
                wrapped_text(fonts.small, kRight, "    Right: " + q.block_options[static_cast<std::size_t>(q.block_correct[k])]);
            }
        }
        automation().state()["rows"].push_back(row);
        return;
    }
    wrapped_text(fonts.body, colors::text, q.prompt + (q.shown_definition.empty() ? "" : "  \xE2\x80\x94  " + q.shown_definition));
    std::string given = "(no answer)";
    if (q.type == QuestionType::multiple_choice && r.choice >= 0) given = q.options[static_cast<std::size_t>(r.choice)];
    if (q.type == QuestionType::true_false && r.choice >= 0) given = r.choice == 1 ? "True" : "False";
    if (q.type == QuestionType::written && r.answered) given = r.text;
    row["given"] = given;
    row["expected"] = q.expected;
    if (q.type == QuestionType::written && r.answered && !right) {
        // The differences, marked: what the answer lacks (green) and has too much (red).
        const std::vector<DiffPiece> pieces = diff_answers(r.text, r.grade.closest.empty() ? q.expected : r.grade.closest);
        wrapped_text(fonts.small, colors::muted, "Your answer (extra letters in red):");
        draw_marked(fonts.body, pieces, DiffPiece::missing, kWrongSoft);
        wrapped_text(fonts.small, colors::muted, "Right answer (what was missing in green):");
        draw_marked(fonts.body, pieces, DiffPiece::extra, kRightSoft);
        if (button("override-" + std::to_string(index), "I was right")) {
            game_->override_grade(index);
        }
    } else {
        wrapped_text(fonts.small, right ? kRight : colors::error, "Your answer: " + given);
        if (!right || q.type == QuestionType::written) wrapped_text(fonts.small, kRight, "Right answer: " + q.expected);
        if (r.overridden) {
            wrapped_text(fonts.small, colors::muted, "Graded wrong at first (" + std::string(r.grade.typos_at_least ? "at least " : "") +
                                                         std::to_string(r.grade.typos) + " differences)");
        }
    }
    automation().state()["rows"].push_back(row);
}

void QuizScreen::draw_results(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("quiz-results");
    nlohmann::json& state = automation().state();
    state["mode"] = "quiz";
    state["rows"] = nlohmann::json::array();
    if (button("back", "\xE2\x86\x90 Deck")) back = true;
    ImGui::BeginChild("results", ImVec2(0, 0), false);
    swipe_to_scroll();
    wrapped_text(fonts.title, colors::text,
                 "Score: " + std::to_string(game_->percent()) + "%  (" + points_text(game_->score()) + "/" +
                     points_text(game_->max_score()) + ")");
    wrapped_text(fonts.card, colors::text, "Time taken: " + format_clock(game_->seconds(now)));
    automation().set_live("Quiz done. Score " + std::to_string(game_->percent()) + "%, " + points_text(game_->score()) +
                          " of " + points_text(game_->max_score()));
    const std::vector<int> missed = game_->missed_cards();
    // The snapshot gets the score drawn above, in this frame. "I was right", clicked in a
    // row below, changes the score while this frame is drawn: recorded after the rows, the
    // new score went with the old rows (and the old score on screen), a snapshot that was
    // never on screen, which a test under load could read before the next frame.
    state["score"] = game_->score();
    state["max_score"] = game_->max_score();
    state["percent"] = game_->percent();
    state["seconds"] = game_->seconds(now);
    state["time"] = format_clock(game_->seconds(now));
    state["missed"] = missed.size();
    if (!missed.empty() &&
        button("retake-missed", "Retake missed (" + std::to_string(missed.size()) + ")", ImVec2(0, 48))) {
        begin(now, missed);
        ImGui::EndChild();
        return;
    }
    if (!missed.empty()) ImGui::SameLine();
    if (button("new-quiz", "New quiz", ImVec2(0, 48))) {
        stage_ = Stage::setup;
        ImGui::EndChild();
        return;
    }
    same_line_if_fits(button_width("Back to the deck"));
    if (button("back-to-deck", "Back to the deck", ImVec2(0, 48))) back = true;
    ImGui::Spacing();
    for (int i = 0; i < static_cast<int>(game_->questions().size()); ++i) draw_result_row(fonts, i);
    draw_past_games(fonts, progress_, game_->deck().id, StudyMode::quiz);  // after this quiz's answers
    ImGui::EndChild();
}

}  // namespace study::ui
