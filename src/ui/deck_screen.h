// deck_screen.h: one deck's card table (StudyStack's "card list"): every card with its
// term and definition, wrapped and scrollable, and a search box that filters as you type.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/card_search.h"
#include "core/deck.h"
#include "core/study_events.h"
#include "ui/theme.h"

namespace study::ui {

class DeckScreen {
public:
    enum class Action { none, back, export_json, export_tsv, delete_deck, start_mode, share, stats };

    // What the student's memory of a card is now ("Recall 87% · due in 3 days").
    using MemoryLine = std::function<std::string(const Card&)>;

    // Shows `deck` (which must outlive this screen or the next open()); each card's row
    // carries its memory line under the term.
    void open(const Deck& deck, MemoryLine memory_line);
    // Draws the screen; returns what the player asked for.
    Action draw(const Fonts& fonts);
    // The game chosen when draw() returned start_mode.
    StudyMode chosen_mode() const { return chosen_mode_; }
    // True while row heights of a large deck are still being measured (keep drawing).
    bool is_laying_out() const { return next_to_measure_ < shown_.size() || scroll_to_end_; }
    // The deck's cards due now: "Review N due" is offered beside the modes when there are any.
    void set_due_count(int due) { due_count_ = due; }
    // Embedded in a course page: no way back to all decks, no deleting.
    void set_embedded(bool embedded) { embedded_ = embedded; }

private:
    bool embedded_ = false;
    int due_count_ = 0;
    void apply_filter();
    void layout_rows(const Fonts& fonts, float width);
    float measure_row(const Fonts& fonts, std::size_t row) const;
    void update_row_tops();
    std::pair<std::size_t, std::size_t> rows_in_view(float scroll, float view_height) const;
    void measure_rows_in_view(const Fonts& fonts, float scroll, float view_height);
    void draw_header(const Fonts& fonts, Action& action);
    Action draw_deck_buttons();
    Action draw_mode_buttons(const Fonts& fonts);
    void draw_card_rows(const Fonts& fonts);

    const Deck* deck_ = nullptr;
    std::unique_ptr<CardSearchIndex> search_index_;
    StudyMode chosen_mode_ = StudyMode::flashcards;
    MemoryLine memory_line_;
    std::string query_;
    std::vector<int> shown_;            // indices of the cards that match the query
    // Row layout, redone when the width, font scale or filter changes: heights start as
    // estimates and are measured a chunk per frame (rows in view first).
    std::vector<float> row_height_;
    std::vector<char> measured_;
    std::size_t next_to_measure_ = 0;
    std::vector<float> row_top_;        // y of each shown row inside the list
    float list_height_ = 0;
    float laid_out_width_ = -1;
    float laid_out_scale_ = -1;
    bool stacked_ = false;              // narrow screen: term above definition
    bool focus_search_ = false;         // "/" or a letter typed: put the caret in the search box
    bool search_active_ = false;        // the search box has the caret (as of the last frame)
    bool scroll_to_top_ = false;        // the filter changed
    bool scroll_to_end_ = false;        // End pressed
    bool confirm_delete_ = false;       // "Delete deck" pressed once: ask again
};

}  // namespace study::ui
