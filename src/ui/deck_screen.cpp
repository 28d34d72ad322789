// deck_screen.cpp: the card table with search (see deck_screen.h). Rows have variable
// heights (wrapped text), so their positions are computed once per width and only the
// rows in view are drawn: a 20,000-card deck scrolls as smoothly as a 20-card one.
#include "ui/deck_screen.h"

#include <algorithm>

#include "core/text_fold.h"
#include <imgui_internal.h>

#include "ui/automation.h"
#include "ui/widgets.h"

namespace study::ui {

namespace {

constexpr float kRowPadX = 16.0f;
constexpr float kRowPadY = 12.0f;
constexpr float kStackedBelow = 640.0f;   // narrower than this: term above definition
constexpr float kTermShare = 0.34f;       // share of the width for the term column
constexpr int kRowsMeasuredPerFrame = 1500;  // wrapped-text measuring spread over frames

float term_column_width(float width, bool stacked) {
    return stacked ? width - 2 * kRowPadX : width * kTermShare - 2 * kRowPadX;
}

// The line under each term that says how well it is remembered.
float memory_line_height(const Fonts& fonts) { return fonts.small->FontSize * ImGui::GetIO().FontGlobalScale + 4; }

float definition_column_x(float width, bool stacked) { return stacked ? kRowPadX : width * kTermShare + kRowPadX; }

float definition_column_width(float width, bool stacked) {
    return stacked ? width - 2 * kRowPadX : width * (1.0f - kTermShare) - 2 * kRowPadX;
}

}  // namespace

void DeckScreen::open(const Deck& deck, MemoryLine memory_line) {
    memory_line_ = std::move(memory_line);
    deck_ = &deck;
    search_index_ = std::make_unique<CardSearchIndex>(deck.cards);
    query_.clear();
    focus_search_ = false;
    confirm_delete_ = false;
    scroll_to_end_ = false;
    apply_filter();
}

DeckScreen::Action DeckScreen::draw_mode_buttons(const Fonts& fonts) {
    Action action = Action::none;
    ImGui::PushFont(fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Button, colors::accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors::accent);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    bool first = true;
    for (StudyMode mode : game_modes()) {
        const char* label = mode_title(mode);
        if (!first) same_line_if_fits(button_width(label));
        first = false;
        if (button(std::string("mode-") + mode_name(mode), label, ImVec2(0, 44))) {
            action = Action::start_mode;
            chosen_mode_ = mode;
        }
    }
    if (due_count_ > 0) {  // the cards of this deck the student is about to forget
        const std::string label = "Review " + std::to_string(due_count_) + " due";
        same_line_if_fits(button_width(label));
        if (button("mode-review", label, ImVec2(0, 44))) {
            action = Action::start_mode;
            chosen_mode_ = StudyMode::review;
        }
    }
    ImGui::PopStyleColor(3);
    ImGui::PopFont();
    return action;
}

DeckScreen::Action DeckScreen::draw_deck_buttons() {
    Action action = Action::none;
    ImGui::SameLine();
    if (button("export-json", "Export JSON")) action = Action::export_json;
    ImGui::SameLine();
    if (button("export-tsv", "Export TSV")) action = Action::export_tsv;
    same_line_if_fits(button_width("Embed / share"));
    if (button("share", "Embed / share")) action = Action::share;
    same_line_if_fits(button_width("Stats"));
    if (button("deck-stats", "Stats")) action = Action::stats;
    if (!deck_->is_user_deck || embedded_) return action;
    ImGui::SameLine();
    if (!confirm_delete_) {
        if (button("delete-deck", "Delete deck")) confirm_delete_ = true;
        return action;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, colors::error);
    if (button("delete-deck-confirm", "Really delete?")) action = Action::delete_deck;
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (button("delete-deck-cancel", "Keep it")) confirm_delete_ = false;
    return action;
}

void DeckScreen::apply_filter() {
    shown_ = search_index_->filter(query_);
    laid_out_width_ = -1;  // rows changed: lay them out again
    scroll_to_top_ = true;
    scroll_to_end_ = false;
}

float DeckScreen::measure_row(const Fonts& fonts, std::size_t row) const {
    const Card& card = deck_->cards[static_cast<std::size_t>(shown_[row])];
    const float term_h = wrapped_height(fonts.card_bold, card.term, term_column_width(laid_out_width_, stacked_)) +
                         memory_line_height(fonts);
    const float def_h = wrapped_height(fonts.card, card.definition, definition_column_width(laid_out_width_, stacked_));
    return (stacked_ ? term_h + 6 + def_h : std::max(term_h, def_h)) + 2 * kRowPadY;
}

void DeckScreen::layout_rows(const Fonts& fonts, float width) {
    const float scale = ImGui::GetIO().FontGlobalScale;
    if (width != laid_out_width_ || scale != laid_out_scale_) {
        // Start over: every row gets an estimate, measured for real a chunk per frame.
        laid_out_width_ = width;
        laid_out_scale_ = scale;
        stacked_ = width < kStackedBelow;
        const float line = fonts.card->FontSize * scale;
        row_height_.assign(shown_.size(), (stacked_ ? 2 * line + 6 : line) + 2 * kRowPadY);
        measured_.assign(shown_.size(), 0);
        next_to_measure_ = 0;
    }
    for (int budget = kRowsMeasuredPerFrame; budget > 0 && next_to_measure_ < shown_.size(); ++next_to_measure_) {
        if (measured_[next_to_measure_]) continue;
        row_height_[next_to_measure_] = measure_row(fonts, next_to_measure_);
        measured_[next_to_measure_] = 1;
        --budget;
    }
    update_row_tops();
}

void DeckScreen::update_row_tops() {
    row_top_.resize(row_height_.size());
    float y = 0;
    for (std::size_t row = 0; row < row_height_.size(); ++row) {
        row_top_[row] = y;
        y += row_height_[row];
    }
    list_height_ = y;
}

std::pair<std::size_t, std::size_t> DeckScreen::rows_in_view(float scroll, float view_height) const {
    const auto first = std::upper_bound(row_top_.begin(), row_top_.end(), scroll);
    const std::size_t begin = first == row_top_.begin() ? 0 : static_cast<std::size_t>(first - row_top_.begin() - 1);
    std::size_t end = begin;
    while (end < row_top_.size() && row_top_[end] < scroll + view_height) ++end;
    return {begin, end};
}

void DeckScreen::measure_rows_in_view(const Fonts& fonts, float scroll, float view_height) {
    // Rows about to be drawn must have their real height. (Measuring never shrinks a row
    // below its one-line estimate, so it cannot pull more rows into view.)
    const auto [begin, end] = rows_in_view(scroll, view_height);
    bool changed = false;
    for (std::size_t row = begin; row < end; ++row) {
        if (measured_[row]) continue;
        row_height_[row] = measure_row(fonts, row);
        measured_[row] = 1;
        changed = true;
    }
    if (changed) update_row_tops();
}

void DeckScreen::draw_header(const Fonts& fonts, Action& action) {
    wrapped_text(fonts.title, colors::text, deck_->title);
    if (const std::string source = deck_->source_line(); !source.empty()) {
        wrapped_text(fonts.small, colors::muted, source);
    }
    if (const Action chosen = draw_mode_buttons(fonts); chosen != Action::none) action = chosen;
    ImGui::Spacing();
    const float width = ImGui::GetContentRegionAvail().x;
    const float box_width = std::min(width, 520.0f);
    if (text_box("search", "Search terms and definitions", query_, box_width, focus_search_)) apply_filter();
    search_active_ = ImGui::IsItemActive();
    focus_search_ = false;
    const std::string count = shown_.size() == deck_->cards.size()
        ? std::to_string(deck_->cards.size()) + (deck_->cards.size() == 1 ? " card" : " cards")
        : "Showing " + std::to_string(shown_.size()) + " of " + std::to_string(deck_->cards.size()) + " cards";
    if (width - box_width > 220.0f) ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted);
    ImGui::TextUnformatted(count.c_str());
    ImGui::PopStyleColor();
    automation().state()["count_text"] = count;
}

void DeckScreen::draw_card_rows(const Fonts& fonts) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::panel);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("cards", ImVec2(0, 0), true);
    ImGui::PopStyleVar();
    const float width = ImGui::GetContentRegionAvail().x;
    layout_rows(fonts, width);
    if (scroll_to_top_) {
        ImGui::SetScrollY(0);
        scroll_to_top_ = false;
    }

    // Keyboard scrolling when the search box is not being typed in.
    if (!search_active_) {
        const float page = ImGui::GetWindowHeight() * 0.9f;
        const float before = ImGui::GetScrollY();
        float target = before;
        if (key_pressed(ImGuiKey_PageDown, true) || key_pressed(ImGuiKey_Space, true)) target += page;
        if (key_pressed(ImGuiKey_PageUp, true)) target -= page;
        if (key_pressed(ImGuiKey_DownArrow, true)) target += 60;
        if (key_pressed(ImGuiKey_UpArrow, true)) target -= 60;
        if (key_pressed(ImGuiKey_Home, true)) target = 0;
        if (target != before) {
            ImGui::SetScrollY(target);
            scroll_to_end_ = false;  // any other move ends "stay at the end"
        }
        if (key_pressed(ImGuiKey_End, true)) scroll_to_end_ = true;
    }
    // End: the list grows while its rows are measured, so stay at the end until the
    // measuring is done and the scroll has arrived there.
    if (scroll_to_end_) {
        ImGui::SetScrollY(list_height_);
        const bool at_end = ImGui::GetScrollY() + 1 >= list_height_ - ImGui::GetWindowHeight();
        scroll_to_end_ = next_to_measure_ < shown_.size() || !at_end;
    }
    swipe_to_scroll();

    const float scroll = ImGui::GetScrollY();
    measure_rows_in_view(fonts, scroll, ImGui::GetWindowHeight());
    const auto [first_row, end_row] = rows_in_view(scroll, ImGui::GetWindowHeight());

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y);
    const float scale = ImGui::GetIO().FontGlobalScale;
    const float term_w = term_column_width(width, stacked_);
    const float def_x = definition_column_x(width, stacked_);
    const float def_w = definition_column_width(width, stacked_);
    nlohmann::json visible = nlohmann::json::array();
    for (std::size_t row = first_row; row < end_row; ++row) {
        const Card& card = deck_->cards[static_cast<std::size_t>(shown_[row])];
        const float top = origin.y + row_top_[row];
        const float bottom = top + row_height_[row];
        if (row % 2 == 1) draw->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + width, bottom), colors::row_alt);
        draw->AddLine(ImVec2(origin.x, bottom - 1), ImVec2(origin.x + width, bottom - 1), colors::border);
        const ImVec2 term_at(origin.x + kRowPadX, top + kRowPadY);
        draw->AddText(fonts.card_bold, fonts.card_bold->FontSize * scale, term_at, colors::text, card.term.c_str(),
                      nullptr, term_w);
        const float term_h = wrapped_height(fonts.card_bold, card.term, term_w);
        const std::string memory = memory_line_ ? memory_line_(card) : "";
        if (!memory.empty()) {
            draw->AddText(fonts.small, fonts.small->FontSize * scale, ImVec2(term_at.x, term_at.y + term_h + 2), colors::muted,
                          memory.c_str(), nullptr, term_w);
        }
        const float def_y = stacked_ ? term_at.y + term_h + memory_line_height(fonts) + 6 : term_at.y;
        draw->AddText(fonts.card, fonts.card->FontSize * scale, ImVec2(origin.x + def_x, def_y),
                      card.is_statement ? colors::accent : colors::text, card.definition.c_str(), nullptr, def_w);
        visible.push_back({{"id", card.id}, {"term", card.term}, {"definition", card.definition}, {"memory", memory}});
        automation().add_text(card.term + ": " + card.definition);
    }
    ImGui::Dummy(ImVec2(width, std::max(list_height_, 1.0f)));
    if (shown_.empty()) {
        ImGui::SetCursorPos(ImVec2(kRowPadX, kRowPadY));
        wrapped_text(fonts.body, colors::muted, "No card matches \xE2\x80\x9C" + query_ + "\xE2\x80\x9D.");
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    automation().state()["visible_cards"] = visible;
}

DeckScreen::Action DeckScreen::draw(const Fonts& fonts) {
    automation().set_screen("deck");
    Action action = Action::none;
    if (!embedded_ && button("back", "\xE2\x86\x90 All decks")) action = Action::back;  // ←
    if (embedded_) ImGui::Dummy(ImVec2(0, 0));  // the buttons below follow on its line
    if (const Action chosen = draw_deck_buttons(); chosen != Action::none) action = chosen;
    ImGuiIO& io = ImGui::GetIO();
    if (!embedded_ && !search_active_ && (key_pressed(ImGuiKey_Escape, true) || key_pressed(ImGuiKey_Backspace, true))) action = Action::back;
    if (search_active_ && key_pressed(ImGuiKey_Escape, true)) {
        query_.clear();
        apply_filter();
        ImGui::ClearActiveID();  // leave the box without ImGui restoring the old text
        search_active_ = false;
    }
    // Type to search: "/" or any letter typed while the box is not active puts the caret
    // in the box; what was typed before the box takes keys goes into the query here.
    if (!search_active_ && !io.KeyCtrl && !io.InputQueueCharacters.empty()) {
        std::string typed;
        for (ImWchar c : io.InputQueueCharacters) {
            if (c == '/' && !focus_search_) focus_search_ = true;
            else if (c > ' ' || (c == ' ' && focus_search_)) append_utf8(typed, c);
        }
        if (!typed.empty()) {
            focus_search_ = true;
            query_ += typed;
            apply_filter();
        }
        if (focus_search_) io.InputQueueCharacters.resize(0);
    }
    draw_header(fonts, action);
    draw_card_rows(fonts);

    nlohmann::json& state = automation().state();
    state["deck_id"] = deck_->id;
    state["deck_title"] = deck_->title;
    state["card_count"] = deck_->cards.size();
    state["shown_count"] = shown_.size();
    state["query"] = query_;
    return action;
}

}  // namespace study::ui
