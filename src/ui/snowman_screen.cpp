// snowman_screen.cpp: the Snowman mode (see snowman_screen.h). The rules live in core's
// SnowmanGame; this file draws the clue, the blanks, the snowman and the letter pad, and
// turns keys, clicks and the guess box into guesses.
#include "ui/snowman_screen.h"

#include <algorithm>

#include "core/text_fold.h"
#include "ui/automation.h"
#include "ui/past_games.h"
#include "ui/snowman_drawing.h"
#include "ui/theme.h"
#include "ui/deal_order_picker.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {
constexpr double kMeltSeconds = 0.6;
constexpr ImU32 kRight = IM_COL32(33, 140, 74, 255);
constexpr ImU32 kWrong = IM_COL32(196, 43, 54, 255);

// The term as shown: each letter or blank followed by a thin space, word gaps wider.
std::string blanks_text(const std::vector<SnowmanCell>& cells) {
    std::string out;
    for (const SnowmanCell& cell : cells) {
        if (cell.text == " ") out += "   ";
        else out += (cell.revealed ? cell.text : std::string("_")) + "\xE2\x80\x89";  // thin space
    }
    return out;
}

// Draws the term as a row of letter slots: an underline per letter with the letter on it
// once found (missed ones in red when the word is lost), spaces as gaps, punctuation as
// itself. Lines break between words (inside a word only when it is wider than a line).
void draw_term_slots(ImFont* font, const std::vector<SnowmanCell>& cells, float max_width) {
    ImGui::PushFont(font);
    const float size = ImGui::GetFontSize();
    const float letter_w = size * 0.78f;
    const float gap = size * 0.14f;
    const float word_gap = size * 0.55f;
    const float line_h = size * 1.4f;
    const auto cell_width = [&](const SnowmanCell& cell) {
        return cell.is_letter ? letter_w : ImGui::CalcTextSize(cell.text.c_str()).x + gap;
    };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float x = 0, y = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].text == " ") {
            x += word_gap;
            continue;
        }
        // At a word's start: move the whole word to the next line when it does not fit.
        if (i == 0 || cells[i - 1].text == " ") {
            float word_w = 0;
            for (std::size_t j = i; j < cells.size() && cells[j].text != " "; ++j) word_w += cell_width(cells[j]);
            if (x > 0 && x + word_w > max_width) x = 0, y += line_h;
        }
        const float w = cell_width(cells[i]);
        if (x > 0 && x + w > max_width) x = 0, y += line_h;
        const ImVec2 at(origin.x + x, origin.y + y);
        if (cells[i].is_letter) {
            draw->AddLine(ImVec2(at.x + gap * 0.5f, at.y + size * 1.12f), ImVec2(at.x + w - gap * 0.5f, at.y + size * 1.12f),
                          colors::muted, 2.5f);
        }
        if (cells[i].revealed) {
            const float text_w = ImGui::CalcTextSize(cells[i].text.c_str()).x;
            draw->AddText(font, size, ImVec2(at.x + (w - text_w) * 0.5f, at.y), cells[i].missed ? colors::error : colors::text,
                          cells[i].text.c_str());
        }
        x += w;
    }
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(max_width, y + line_h));
}
}  // namespace

void SnowmanScreen::start(const Deck& deck, std::uint64_t seed, double now) {
    seed_ = seed;
    choose_deal_order(deck, DealOrder::shuffled);
    start_game(std::make_unique<SnowmanGame>(deck, options_, seed, now));
    melt_started_ = -1;
    word_guess_.clear();
    feedback_.clear();
    summary_requested_ = false;
}

int SnowmanScreen::next_change_ms(double now) const {
    return melt_started_ >= 0 && now - melt_started_ < kMeltSeconds ? 0 : -1;
}

void SnowmanScreen::guessed(SnowmanGuess result) {
    const double now = ImGui::GetTime();
    switch (result) {
        case SnowmanGuess::right: feedback_ = "Yes!"; feedback_is_bad_ = false; break;
        case SnowmanGuess::wrong: feedback_ = "Not in the term: the snowman melts a little."; feedback_is_bad_ = true; break;
        case SnowmanGuess::solved:
            feedback_ = "Solved! +" + std::to_string(game_->results().back().score) + " points";
            feedback_is_bad_ = false;
            break;
        case SnowmanGuess::lost: feedback_ = "The snowman melted. The term is shown above."; feedback_is_bad_ = true; break;
        case SnowmanGuess::already_tried: feedback_ = "You tried that letter already."; feedback_is_bad_ = false; return;
        case SnowmanGuess::ignored: return;
    }
    if ((result == SnowmanGuess::wrong || result == SnowmanGuess::lost) && !reduced_motion()) melt_started_ = now;
}

void SnowmanScreen::advance() {
    if (game_->next_word()) {
        feedback_.clear();
        melt_started_ = -1;
    } else if (game_->round_over()) {
        summary_requested_ = true;
    }
}

void SnowmanScreen::handle_keys() {
    ImGuiIO& io = ImGui::GetIO();
    // Keys typed while the guess box takes the caret back (after Enter) are the box's.
    if (text_box_taking_focus()) return;
    if (io.WantTextInput) return;
    if (game_->word_over() && !summary_requested_) {
        if (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_Space)) advance();
        return;
    }
    for (ImWchar c : ImGui::GetIO().InputQueueCharacters) guessed(game_->guess_letter(c));
}

void SnowmanScreen::draw_top_bar(const Fonts& fonts, double now, bool& back) {
    if (button("back", "\xE2\x86\x90 Deck")) back = true;
    const std::string words = options_.words == 0 ? "Words: whole deck" : "Words: " + std::to_string(options_.words);
    same_line_if_fits(button_width(words));
    if (button("option-words", words)) {
        options_.words = options_.words == 0 ? 10 : 0;
        start(game_->deck(), seed_ + 1, now);
    }
    const std::string long_terms = options_.long_terms ? "Long terms: in" : "Long terms: out";
    same_line_if_fits(button_width(long_terms));
    if (button("option-long", long_terms)) {
        options_.long_terms = !options_.long_terms;
        start(game_->deck(), seed_ + 1, now);
    }
    same_line_if_fits(button_width(deal_order_label(deal_order_used_)));
    if (deal_order_button(deal_order_used_, options_.order)) start(game_->deck(), seed_ + 1, now);
    if (!game_->has_word()) return;
    ImGui::PushFont(fonts.bold);
    const std::string status = "Word " + std::to_string(game_->word_number()) + " of " +
                               std::to_string(game_->word_count()) + " \xC2\xB7 Score " + std::to_string(game_->score()) +
                               " \xC2\xB7 Streak " + std::to_string(game_->streak());
    const float width = ImGui::CalcTextSize(status.c_str()).x;
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 24 + width <= right) ImGui::SameLine(right - width);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(status.c_str());
    ImGui::PopFont();
}

void SnowmanScreen::draw_letter_pad(const Fonts& fonts) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const int per_row = avail >= 13 * 46.0f ? 13 : avail >= 9 * 44.0f ? 9 : 7;
    const float size = std::min(56.0f, (avail - (per_row - 1) * 6.0f) / static_cast<float>(per_row));
    ImGui::PushFont(fonts.bold);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(6, 6));
    for (int i = 0; i < 26; ++i) {
        const char letter = static_cast<char>('a' + i);
        const LetterState state = game_->letter_state(letter);
        const char label[2] = {static_cast<char>('A' + i), 0};
        if (i % per_row != 0) ImGui::SameLine();
        const ImU32 fill = state == LetterState::right ? kRight : state == LetterState::wrong ? kWrong : colors::panel;
        ImGui::PushStyleColor(ImGuiCol_Button, fill);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, state == LetterState::untried ? colors::panel_hover : fill);
        ImGui::PushStyleColor(ImGuiCol_Text, state == LetterState::untried ? colors::text : IM_COL32(255, 255, 255, 230));
        const bool enabled = state == LetterState::untried && !game_->word_over();
        if (button(std::string("letter-") + letter, label, ImVec2(size, size * 0.85f), enabled)) {
            guessed(game_->guess_letter(static_cast<char32_t>(letter)));
        }
        ImGui::PopStyleColor(3);
    }
    ImGui::PopStyleVar();
    ImGui::PopFont();
}

void SnowmanScreen::draw_guess_box(const Fonts&) {
    const float width = std::min(340.0f, ImGui::GetContentRegionAvail().x - button_width("Guess") - 12);
    text_box("guess-word", "Type the whole term\xE2\x80\xA6", word_guess_, width, focus_guess_box_);
    focus_guess_box_ = false;
    const bool enter = (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && key_pressed(ImGuiKey_Enter);
    ImGui::SameLine();
    if (button("guess-word-go", "Guess") || enter) {
        const std::string guess = word_guess_;
        const SnowmanGuess result = game_->guess_term(guess);
        guessed(result);
        if (result == SnowmanGuess::wrong) feedback_ = "\xE2\x80\x9C" + guess + "\xE2\x80\x9D is not it: the snowman melts a little.";
        if (result != SnowmanGuess::ignored) word_guess_.clear();
        focus_guess_box_ = enter && !game_->word_over();
    }
    same_line_if_fits(button_width("Hint (costs a step)"));
    if (button("hint", "Hint (costs a step)", ImVec2(0, 0), game_->steps_left() > 1)) {
        if (game_->hint()) {
            feedback_ = game_->word_solved() ? "Solved with a hint! +" + std::to_string(game_->results().back().score) + " points"
                                             : "A letter for a step.";
            feedback_is_bad_ = false;
            if (!reduced_motion()) melt_started_ = ImGui::GetTime();
        }
    }
}

void SnowmanScreen::draw_word(const Fonts& fonts, double now) {
    const float avail_w = ImGui::GetContentRegionAvail().x;
    // The snowman beside the clue; smaller on a narrow screen.
    const bool wide = avail_w >= 640;
    const ImVec2 snow_size = wide ? ImVec2(210, 250) : ImVec2(110, 132);
    const float gap = wide ? 24.0f : 10.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float progress = melt_started_ >= 0 ? static_cast<float>((now - melt_started_) / kMeltSeconds) : 1.0f;
    draw_snowman(origin, snow_size, game_->steps_melted(), SnowmanGame::kSteps, progress);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + snow_size.x + gap, origin.y));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + avail_w - snow_size.x - gap);
    ImGui::PushFont(fonts.small);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colors::muted), "CLUE \xC2\xB7 %d of %d steps left",
                       game_->steps_left(), SnowmanGame::kSteps);
    // On the clue's header line, in its small font: a row of its own would push the
    // letter pad below a phone's screen.
    if (speech_available()) ImGui::SameLine();
    speak_button("speak-clue", game_->card().definition, game_->deck().speech_language());
    ImGui::PopFont();
    ImGui::PushFont(fonts.card);
    ImGui::TextUnformatted(game_->card().definition.c_str());
    ImGui::PopFont();
    automation().add_text("Clue: " + game_->card().definition);
    ImGui::Spacing();
    const float text_w = avail_w - snow_size.x - gap;
    draw_term_slots(text_w >= 480 ? fonts.title : fonts.card, game_->cells(), text_w);
    if (!feedback_.empty()) wrapped_text(fonts.body, feedback_is_bad_ ? colors::error : kRight, feedback_);
    automation().set_live(feedback_, game_->revision());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    // Below both the snowman and the text, whichever is taller.
    const float bottom = std::max(ImGui::GetItemRectMax().y, origin.y + snow_size.y) + 10;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
}

void SnowmanScreen::draw_summary(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("snowman-results");
    wrapped_text(fonts.title, colors::text, "Round complete!");
    wrapped_text(fonts.card, colors::text,
                 "Solved " + std::to_string(game_->solved_count()) + " of " + std::to_string(game_->word_count()) +
                     " \xC2\xB7 missed " + std::to_string(game_->missed_count()) + " \xC2\xB7 score " +
                     std::to_string(game_->score()) + " \xC2\xB7 best streak " + std::to_string(game_->best_streak()));
    ImGui::Spacing();
    if (button("play-again", "Play again (new words)", ImVec2(0, 48))) start(game_->deck(), seed_ + 1, now);
    same_line_if_fits(button_width("Back to the deck"));
    if (button("back-to-deck", "Back to the deck", ImVec2(0, 48))) back = true;
    ImGui::Spacing();
    nlohmann::json words = nlohmann::json::array();
    ImGui::BeginChild("summary-words", ImVec2(0, 0), false);
    swipe_to_scroll();
    for (const SnowmanWordResult& word : game_->results()) {
        const Card& card = game_->deck().cards[static_cast<std::size_t>(word.card)];
        wrapped_text(fonts.body, word.solved ? kRight : kWrong,
                     std::string(word.solved ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") + card.term + "  (" +
                         std::to_string(word.score) + " points" + (word.hints ? ", " + std::to_string(word.hints) + " hints" : "") + ")");
        words.push_back({{"card_id", card.id}, {"term", card.term}, {"solved", word.solved}, {"score", word.score},
                         {"steps", word.steps}});
    }
    draw_past_games(fonts, progress_, game_->deck().id, StudyMode::snowman);  // after this game's words
    ImGui::EndChild();
    automation().state()["summary"] = {{"solved", game_->solved_count()}, {"missed", game_->missed_count()},
                                       {"score", game_->score()}, {"best_streak", game_->best_streak()},
                                       {"words", words}};
}

void SnowmanScreen::record_state() const {
    nlohmann::json& state = automation().state();
    state["mode"] = "snowman";
    state["order"] = deal_order_name(deal_order_used_);
    state["words"] = game_->word_count();
    state["left_out_statements"] = game_->left_out_statements();
    state["left_out_long"] = game_->left_out_long();
    if (!game_->has_word()) return;
    state["word_number"] = game_->word_number();
    state["card_id"] = game_->card().id;
    state["clue"] = game_->card().definition;
    state["shown"] = blanks_text(game_->cells());
    automation().add_text("The term: " + state["shown"].get<std::string>());
    state["steps_melted"] = game_->steps_melted();
    state["steps_left"] = game_->steps_left();
    state["word_over"] = game_->word_over();
    state["word_solved"] = game_->word_solved();
    state["score"] = game_->score();
    state["streak"] = game_->streak();
    state["feedback"] = feedback_;
    automation().add_text("Score " + std::to_string(game_->score()) + ", " + std::to_string(game_->steps_left()) + " steps left");
    if (game_->word_over()) state["term"] = game_->card().term;
}

bool SnowmanScreen::draw(const Fonts& fonts, double now) {
    automation().set_screen("snowman");
    bool back = false;
    if (!game_) return true;
    if (!ImGui::GetIO().WantTextInput && key_pressed(ImGuiKey_Escape)) back = true;
    handle_keys();
    draw_top_bar(fonts, now, back);
    if (!game_->has_word()) {
        wrapped_text(fonts.card, colors::text,
                     "This deck has no card whose answer is a term" +
                         std::string(game_->left_out_long() ? " short enough (turn Long terms in)." : "."));
    } else if (summary_requested_) {
        draw_summary(fonts, now, back);
    } else {
        ImGui::BeginChild("snowman-play", ImVec2(0, 0), false);
        swipe_to_scroll();
        draw_word(fonts, now);
        if (game_->word_over()) {
            const bool last = !game_->has_word() || game_->word_number() >= game_->word_count();
            if (button("next-word", last ? "See the results (Enter)" : "Next word (Enter)", ImVec2(0, 48))) advance();
        } else {
            draw_guess_box(fonts);
            ImGui::Spacing();
            draw_letter_pad(fonts);
        }
        ImGui::EndChild();
    }
    record_state();
    return back;
}

}  // namespace study::ui
