// import_screen.h: bringing a user's deck in: from a file (the browser's file picker; on
// the desktop a path box or a file dropped onto the window) or from pasted text, with
// Quizlet-style separators (tab / comma / custom between term and definition; new
// line / semicolon / custom between cards) and a live preview of the first cards.
#pragma once

#include <optional>
#include <string>

#include "core/deck_import.h"
#include "ui/theme.h"

namespace study::ui {

class ImportScreen {
public:
    struct Action {
        bool back = false;
        bool open_file_picker = false;            // browser: show the page's file picker
        std::optional<std::string> import_path;   // desktop: import this file
        std::optional<DeckLoadResult> imported;   // pasted text was imported
    };

    explicit ImportScreen(bool in_browser) : in_browser_(in_browser) {}
    // Clears the paste box and options (called when the screen is opened).
    void reset();
    Action draw(const Fonts& fonts);

private:
    enum class TermSeparator { tab, comma, custom };
    enum class CardSeparator { new_line, semicolon, custom };

    void draw_file_section(const Fonts& fonts, Action& action);
    void draw_paste_section(const Fonts& fonts, Action& action);
    void draw_preview(const Fonts& fonts);
    ImportOptions paste_options() const;
    void update_preview();

    bool in_browser_;
    std::string path_;
    std::string title_;
    std::string pasted_;
    TermSeparator term_separator_ = TermSeparator::tab;
    CardSeparator card_separator_ = CardSeparator::new_line;
    std::string custom_term_separator_ = " - ";
    std::string custom_card_separator_ = "\n\n";
    std::optional<DeckLoadResult> preview_;
    bool preview_dirty_ = true;
};

}  // namespace study::ui
