// flashcards_screen.cpp: the Flashcards activity (see flashcards_screen.h). All rules
// live in core's FlashcardSession; this file draws it and turns clicks and keys into
// its actions.
#include "ui/flashcards_screen.h"


#include <algorithm>
#include <cmath>

#include "core/clock_text.h"
#include "ui/automation.h"
#include "ui/deal_order_picker.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

constexpr double kFlipSeconds = 0.28;
constexpr ImU32 kKnowColor = IM_COL32(33, 140, 74, 255);
constexpr ImU32 kKnowSoft = IM_COL32(228, 245, 234, 255);
constexpr ImU32 kDontKnowColor = IM_COL32(196, 43, 54, 255);
constexpr ImU32 kDontKnowSoft = IM_COL32(252, 234, 236, 255);

}  // namespace

void FlashcardsScreen::start(const Deck& deck, std::uint64_t seed, double now) {
    seed_ = seed;
    // The Order button's deck / shuffled are also the `shuffle` link option.
    if (options_.order == DealOrder::shuffled) options_.shuffle = true;
    if (options_.order == DealOrder::deck) options_.shuffle = false;
    choose_deal_order(deck, options_.shuffle ? DealOrder::shuffled : DealOrder::deck);
    start_game(std::make_unique<FlashcardSession>(deck, options_, seed, now));
    flip_started_ = -1;
    help_open_ = false;
    resume_offer_ = nullptr;
}

int FlashcardsScreen::next_change_ms(double now) const {
    if (!game_) return -1;
    if (flip_started_ >= 0 && now - flip_started_ < kFlipSeconds) return 0;  // animating
    if (game_->pass_complete()) return -1;
    const double elapsed = game_->elapsed(now);
    return static_cast<int>((std::floor(elapsed) + 1.0 - elapsed) * 1000.0) + 1;  // next second on the clock
}

void FlashcardsScreen::moved(bool changed) {
        if (changed) flip_started_ = -1;  // another card: no flip animation to finish
}

void FlashcardsScreen::flip(double now) {
    text_before_flip_ = game_->shown_text();
    if (game_->flip()) {
        flip_animated_ = !reduced_motion();  // else the side changes at once
        flip_started_ = flip_animated_ ? now : -1;
    }
}

void FlashcardsScreen::handle_keys(double now, bool& show_help) {
    if (ImGui::GetIO().WantTextInput) return;
    if (key_pressed(ImGuiKey_Space) || key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_UpArrow) ||
        key_pressed(ImGuiKey_DownArrow)) {
        flip(now);
    }
    if (key_pressed(ImGuiKey_RightArrow)) moved(game_->know(now));
    if (key_pressed(ImGuiKey_LeftArrow)) moved(game_->dont_know(now));
    if (key_pressed(ImGuiKey_Backspace) || key_pressed(ImGuiKey_Z)) moved(game_->undo(now));
    if (char_typed('r')) moved(game_->retry(now));
    if (char_typed('?') || char_typed('h')) show_help = !show_help;
}

void FlashcardsScreen::draw_top_bar(const Fonts& fonts, double now, bool& back) {
    if (button("back", "\xE2\x86\x90 Deck")) back = true;
    // The bar wraps onto more lines on a narrow screen.
    const std::string side = options_.term_first ? "Term first" : "Definition first";
    const std::string order = deal_order_label(deal_order_used_);
    same_line_if_fits(button_width("Keys ?"));
    if (button("help", "Keys ?")) help_open_ = !help_open_;
    same_line_if_fits(button_width(side));
    if (button("option-side", side)) {
        options_.term_first = !options_.term_first;
        start(game_->deck(), seed_ + 1, now);
    }
    same_line_if_fits(button_width(order));
    if (deal_order_button(deal_order_used_, options_.order)) start(game_->deck(), seed_ + 1, now);
    ImGui::PushFont(fonts.bold);
    const std::string status = "Remaining cards (" + std::to_string(game_->remaining()) + ")   " +
                               format_clock(game_->elapsed(now));
    const float width = ImGui::CalcTextSize(status.c_str()).x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + 24 + width <= right) ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(status.c_str());
    ImGui::PopFont();
}

void FlashcardsScreen::draw_card(const Fonts& fonts, double now) {
    const ImGuiIO& io = ImGui::GetIO();
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail_w, 820.0f);
    const float pad = 28.0f;
    const float shadow = 5.0f;
    // Animation: the card (text and all) narrows to an edge, the side changes, and the
    // card widens again.
    double t = flip_started_ >= 0 ? (now - flip_started_) / kFlipSeconds : 1.0;
    if (t >= 1.0) {
        t = 1.0;
        flip_started_ = -1;
    }
    const bool first_half = t < 0.5;
    const std::string& text = first_half ? text_before_flip_ : game_->shown_text();
    const float squash = std::max(0.02f, static_cast<float>(std::abs(std::cos(t * 3.14159265358979))));
    const float inner_w = width - 2 * pad;
    const float text_h = wrapped_height(fonts.card, text, inner_w);
    // A large card; small windows (a 400x300 iframe) keep the boxes below it in view.
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float min_h = std::clamp(std::min(avail_h - 150.0f, avail_h * 0.42f), 80.0f, 320.0f);
    const float max_h = std::max(min_h, avail_h * 0.55f);
    const float height = std::clamp(text_h + 2 * pad + 24, min_h, max_h);

    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail_w - width) / 2);
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    ImGui::BeginChild("card", ImVec2(width, height + shadow), false);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int first_vertex = draw->VtxBuffer.Size;
    const ImVec2 bottom_right(top_left.x + width, top_left.y + height);
    const bool back_side = !game_->showing_front() != first_half;
    draw->AddRectFilled(ImVec2(top_left.x + 2, top_left.y + shadow), ImVec2(bottom_right.x - 2, bottom_right.y + shadow),
                        IM_COL32(0, 0, 0, 20), 16.0f);
    draw->AddRectFilled(top_left, bottom_right, back_side ? colors::accent_soft : colors::panel, 16.0f);
    draw->AddRect(top_left, bottom_right, colors::border, 16.0f);
    const bool term_side = game_->shown_side_is_term() != first_half;
    const bool statement = game_->deck().cards[static_cast<std::size_t>(game_->current_card())].is_statement;
    const char* side_label = statement ? (term_side ? "STATEMENT" : "ANSWER") : (term_side ? "TERM" : "DEFINITION");
    draw->AddText(fonts.small, fonts.small->FontSize * io.FontGlobalScale, ImVec2(top_left.x + pad, top_left.y + 12),
                  colors::muted, side_label);
    ImGui::PushFont(fonts.card);
    const float one_line_w = ImGui::CalcTextSize(text.c_str()).x;
    if (text_h > height - 2 * pad - 14) {  // long text scrolls inside the card
        ImGui::SetCursorPos(ImVec2(pad, pad + 14));
    } else if (one_line_w <= inner_w) {  // one line: in the middle of the card
        ImGui::SetCursorPos(ImVec2((width - one_line_w) * 0.5f, (height - text_h) * 0.5f + 6));
    } else {  // a few lines (a list keeps its left edge): centred vertically
        ImGui::SetCursorPos(ImVec2(pad, (height - text_h) * 0.5f + 6));
    }
    ImGui::PushTextWrapPos(width - pad);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, pad));
    // Squeeze everything drawn on the card towards its middle line while it turns.
    if (squash < 1.0f) {
        const float mid = top_left.x + width * 0.5f;
        for (int i = first_vertex; i < draw->VtxBuffer.Size; ++i) {
            draw->VtxBuffer[i].pos.x = mid + (draw->VtxBuffer[i].pos.x - mid) * squash;
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    // The whole card is the flip button (a tap on a phone).
    if (ImGui::IsItemHovered() && ImGui::IsMouseReleased(0) && io.MouseDragMaxDistanceSqr[0] < 12.0f * 12.0f) flip(now);
    record_last_item("card", text);
    speak_button("speak-card", text, game_->deck().speech_language());
    ImGui::Spacing();
}

void FlashcardsScreen::draw_boxes(const Fonts& fonts, double now) {
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float gap = 16.0f;
    const float box_w = (std::min(avail_w, 820.0f) - gap) / 2;
    const float box_h = std::max(96.0f, std::min(ImGui::GetContentRegionAvail().y - 60.0f, 260.0f));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail_w - (2 * box_w + gap)) / 2);

    struct BoxLook { const char* id; const char* title; const char* hint; ImU32 color, soft; FlashcardBox box; };
    const BoxLook looks[2] = {
        {"box-dont-know", "Don't know", "\xE2\x86\x90", kDontKnowColor, kDontKnowSoft, FlashcardBox::dont_know},
        {"box-know", "Know", "\xE2\x86\x92", kKnowColor, kKnowSoft, FlashcardBox::know}};
    for (int i = 0; i < 2; ++i) {
        const BoxLook& look = looks[i];
        const std::vector<int>& cards = look.box == FlashcardBox::know ? game_->know_box() : game_->dont_know_box();
        if (i == 1) ImGui::SameLine(0, gap);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, look.soft);
        ImGui::PushStyleColor(ImGuiCol_Border, look.color);
        ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 2.0f);
        ImGui::BeginChild(look.id, ImVec2(box_w, box_h), true);
        // The box's heading is the button that puts the current card in it.
        std::string label = std::string(look.title) + " (" + std::to_string(cards.size()) + ")";
        if (box_w > 260) label += std::string("  ") + look.hint;
        ImGui::PushStyleColor(ImGuiCol_Button, look.color);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, look.color);
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        ImGui::PushFont(fonts.bold);
        const bool enabled = game_->has_current();
        if (button(look.id, label, ImVec2(-1, 48), enabled)) {
            moved(look.box == FlashcardBox::know ? game_->know(now) : game_->dont_know(now));
        }
        ImGui::PopFont();
        ImGui::PopStyleColor(3);
        // Cards in the box, newest first: click one to take it back out.
        ImGui::PushFont(fonts.small);
        for (auto it = cards.rbegin(); it != cards.rend(); ++it) {
            const Card& card = game_->deck().cards[static_cast<std::size_t>(*it)];
            const float chip_w = ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().FramePadding.x;
            const std::string chip = fit_text_to_width(card.term, chip_w);
            if (button("boxed:" + card.id, chip, ImVec2(-1, 0))) {
                moved(game_->take_back(*it, now));
                break;
            }
        }
        ImGui::PopFont();
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
    }
    const float retry_x = (avail_w - 200.0f) / 2;
    if (game_->can_retry() && game_->has_current()) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, retry_x));
        if (button("retry", "Retry the " + std::to_string(game_->dont_know_box().size()) + " missed (R)",
                   ImVec2(200, 0))) {
            moved(game_->retry(now));
        }
    }
    wrapped_text(fonts.small, colors::muted,
                 "Space: flip   \xE2\x86\x92 Know   \xE2\x86\x90 Don't know   Backspace/Z: undo   R: retry   ?: all keys");
}

void FlashcardsScreen::draw_summary(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("results");
    const FlashcardsSummary summary = game_->summary(now);
    ImGui::Spacing();
    wrapped_text(fonts.title, colors::text, "Pass complete!");
    wrapped_text(fonts.card, colors::text, "\xE2\x80\x9CKnow\xE2\x80\x9D box contains: " + std::to_string(summary.known) +
                                              " of " + std::to_string(summary.total) + " cards");
    wrapped_text(fonts.card, colors::text, "Time elapsed: " + format_clock(summary.seconds));
    wrapped_text(fonts.card, colors::text, "Retries: " + std::to_string(summary.retries));
    ImGui::Spacing();
    if (summary.not_known > 0 &&
        button("retry-missed", "Retry the " + std::to_string(summary.not_known) + " missed cards", ImVec2(0, 48))) {
        moved(game_->retry(now));
    }
    if (summary.not_known > 0) ImGui::SameLine();
    if (button("restart", "Restart all cards", ImVec2(0, 48))) start(game_->deck(), seed_ + 1, now);
    ImGui::SameLine();
    if (button("back-to-deck", "Back to the deck", ImVec2(0, 48))) back = true;
    nlohmann::json& state = automation().state();
    state["mode"] = "flashcards";
    state["summary"] = {{"known", summary.known}, {"not_known", summary.not_known}, {"total", summary.total},
                        {"time", format_clock(summary.seconds)}, {"seconds", summary.seconds},
                        {"retries", summary.retries}};
}

void FlashcardsScreen::draw_help(const Fonts& fonts) {
    const ImVec2 size(std::min(ImGui::GetMainViewport()->Size.x - 40, 520.0f), 0);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size);
    ImGui::Begin("Keys", nullptr, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    const char* keys[][2] = {{"Space, Enter, \xE2\x86\x91 \xE2\x86\x93", "flip the card (or click / tap it)"},
                             {"\xE2\x86\x92", "Know: put the card in the green box"},
                             {"\xE2\x86\x90", "Don't know: put the card in the red box"},
                             {"Backspace, Z", "undo the last move"},
                             {"click a card in a box", "take it back out"},
                             {"R", "retry the missed cards (7 or more)"},
                             {"?", "show or hide this help"}};
    ImGui::PushFont(fonts.body);
    for (const auto& key : keys) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colors::accent), "%s", key[0]);
        ImGui::SameLine(200);
        ImGui::TextWrapped("%s", key[1]);
    }
    ImGui::PopFont();
    if (button("help-close", "Close", ImVec2(-1, 0))) help_open_ = false;
    ImGui::End();
}

void FlashcardsScreen::record_state(double now) const {
    nlohmann::json& state = automation().state();
    const auto ids = [&](const std::vector<int>& cards) {
        nlohmann::json list = nlohmann::json::array();
        for (int card : cards) list.push_back(game_->deck().cards[static_cast<std::size_t>(card)].id);
        return list;
    };
    state["mode"] = "flashcards";
    state["deck_id"] = game_->deck().id;
    state["card_id"] = game_->has_current()
        ? nlohmann::json(game_->deck().cards[static_cast<std::size_t>(game_->current_card())].id) : nlohmann::json();
    state["shown_text"] = game_->shown_text();
    state["side"] = game_->shown_side_is_term() ? "term" : "definition";
    state["showing_front"] = game_->showing_front();
    state["remaining"] = game_->remaining();
    automation().add_text(std::to_string(game_->remaining()) + " cards left, " + std::to_string(game_->know_box().size()) +
                          " known, " + std::to_string(game_->dont_know_box().size()) + " not known");
    state["know"] = ids(game_->know_box());
    state["dont_know"] = ids(game_->dont_know_box());
    state["timer"] = format_clock(game_->elapsed(now));
    state["retries"] = game_->retries();
    state["can_retry"] = game_->can_retry();
    state["term_first"] = options_.term_first;
    state["shuffle"] = options_.shuffle;
    state["order"] = deal_order_name(deal_order_used_);
    state["help_open"] = help_open_;
    state["flip_animated"] = flip_animated_;
}

void FlashcardsScreen::offer_resume(const nlohmann::json& saved) { resume_offer_ = saved; }

nlohmann::json FlashcardsScreen::open_pass(double now) const {
    if (!game_ || game_->pass_complete() || (game_->know_box().empty() && game_->dont_know_box().empty())) {
        return resume_offer_;  // nothing new yet: an offered pass stays kept until it is answered
    }
    return game_->to_json(now);
}

void FlashcardsScreen::draw_resume_offer(const Fonts& fonts, double now, bool& back) {
    automation().set_screen("flashcards-resume");
    FlashcardSession saved(game_->deck(), options_, seed_, now);
    const bool readable = saved.restore(resume_offer_, now);
    ImGui::Spacing();
    wrapped_text(fonts.title, colors::text, "Welcome back");
    if (readable) {
        const FlashcardsSummary summary = saved.summary(now);
        wrapped_text(fonts.card, colors::text,
                     "Your last pass on this deck is open: " + std::to_string(summary.known) + " in Know, " +
                         std::to_string(summary.not_known) + " in Don\xE2\x80\x99t know, " +
                         std::to_string(saved.remaining()) + " still to go.");
        automation().state()["resume"] = {{"know", summary.known}, {"dont_know", summary.not_known},
                                          {"remaining", saved.remaining()}};
    }
    ImGui::Spacing();
    if (readable && button("resume-continue", "Continue that pass", ImVec2(0, 48))) {
        game_->restore(resume_offer_, now);
        resume_offer_ = nullptr;
    }
    if (readable) ImGui::SameLine();
    if (button("resume-start-over", "Start over", ImVec2(0, 48))) resume_offer_ = nullptr;
    ImGui::SameLine();
    if (button("back", "\xE2\x86\x90 Deck", ImVec2(0, 48))) back = true;
    if (readable && key_pressed(ImGuiKey_Enter)) {
        game_->restore(resume_offer_, now);
        resume_offer_ = nullptr;
    }
}

bool FlashcardsScreen::draw(const Fonts& fonts, double now) {
    bool back = false;
    if (!resume_offer_.is_null()) {
        draw_resume_offer(fonts, now, back);
        if (key_pressed(ImGuiKey_Escape)) back = true;
        return back;
    }
    automation().set_screen("flashcards");
    if (!help_open_ && !ImGui::GetIO().WantTextInput && key_pressed(ImGuiKey_Escape)) back = true;
    if (help_open_ && key_pressed(ImGuiKey_Escape)) help_open_ = false;
    else handle_keys(now, help_open_);
    draw_top_bar(fonts, now, back);  // the deck's title is in the app's bar above
    if (game_->pass_complete()) {
        draw_summary(fonts, now, back);
    } else {
        draw_card(fonts, now);
        draw_boxes(fonts, now);
    }
    if (help_open_) draw_help(fonts);
    record_state(now);
    return back;
}

}  // namespace study::ui
