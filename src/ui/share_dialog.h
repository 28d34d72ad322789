// share_dialog.h: the Embed / share screen: the link and the iframe code (Normal or
// Small size) for the current deck, mode and options, with Copy buttons. A teacher can
// add the origin of the course page (to receive scores, and xAPI statements if asked)
// and fix the seed; for a game mode, the `study-deck scorm` command that builds a SCORM
// package of the same deck, mode and options (for an LMS's gradebook).
#pragma once

#include <optional>
#include <string>

#include "core/deck.h"
#include "core/launch_link.h"
#include "core/link_options.h"
#include "ui/theme.h"

namespace study::ui {

class ShareDialog {
public:
    struct Action {
        bool close = false;
        std::optional<std::string> copy;  // text for the system clipboard
    };

    // `mode` "" is the card list; `options` are the mode's link parameters as they are now;
    // `page_url` is the address of the web game (empty on the desktop).
    void open(const Deck& deck, const std::string& mode, const LinkParameters& options, const std::string& page_url);
    Action draw(const Fonts& fonts);

    // The link and the iframe code as shown (for tests of the exact text).
    std::string link() const;
    std::string iframe_code() const;
    // The command line that builds a SCORM 1.2 package of this deck and mode ("" for the
    // card list).
    std::string scorm_command() const;

private:
    // The game's address with the link's parameters; for an iframe with embed=1 and origin.
    std::string address(bool for_iframe) const;
    void draw_choices(const Fonts& fonts);
    void draw_copy_box(const Fonts& fonts, const char* id, const char* title, const std::string& text, Action& action);

    std::string deck_id_;
    std::string deck_title_;
    bool user_deck_ = false;
    std::string mode_;
    LinkParameters options_;
    std::string options_mode_;  // the mode `options_` belong to
    std::string page_url_;
    std::string origin_;
    std::string deck_file_;     // the deck's file, for the scorm command
    bool xapi_ = false;
    bool fixed_seed_ = false;
    std::uint64_t seed_ = 1;
    bool small_size_ = false;
};

}  // namespace study::ui
