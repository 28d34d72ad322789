// mode_screen.h: what every game mode's screen offers the app, so that the app handles
// the four modes alike: start on a deck, draw a frame, say when it changes by itself,
// report the score for the embedding page, and read or write its options as link
// parameters (docs/embedding.md).
#pragma once

#include <cstdint>
#include <vector>

#include "core/deck.h"
#include "core/game_report.h"
#include "core/link_options.h"
#include "ui/theme.h"

namespace study::ui {

class ModeScreen {
public:
    virtual ~ModeScreen() = default;

    // The mode's name in links and reports: "flashcards", "matching", "snowman", "quiz".
    virtual const char* name() const = 0;
    // Starts a new game on `deck` (copied) at time `now` (seconds).
    virtual void start(const Deck& deck, std::uint64_t seed, double now) = 0;
    // Draws a frame; true when the player goes back to the deck.
    virtual bool draw_mode(const Fonts& fonts, double now) = 0;
    // Milliseconds until the screen changes by itself (clock tick, animation), or -1.
    virtual int next_change_ms(double now) const = 0;
    // The score so far (completed once the game is over), for the embedding page.
    virtual GameReport report(double now) const = 0;
    // Goes up by one each time the report changes (a scored move, a restart, the end).
    int report_revision() const { return report_revision_; }
    // Sets the options of the next start() from link parameters, naming each bad one.
    virtual void read_link_options(const LinkParameters& parameters, std::vector<LinkProblem>& problems) = 0;
    // The current options as link parameters.
    virtual LinkParameters link_options() const = 0;
    // Called after start() when a link opened the mode: its settings are final, so a mode
    // with a setup page goes straight to the game.
    virtual void opened_by_link(double /*now*/) {}

protected:
    int report_revision_ = 0;
};

// A mode whose options are a core options struct, read from and written to link
// parameters by core/link_options.h.
template <typename Options>
class ModeScreenWithOptions : public ModeScreen {
public:
    // Options for the next start() (links set them).
    Options& options() { return options_; }
    void read_link_options(const LinkParameters& parameters, std::vector<LinkProblem>& problems) override {
        study::read_link_options(parameters, options_, problems);
    }
    LinkParameters link_options() const override { return link_options_of(options_); }

protected:
    Options options_;
};

}  // namespace study::ui
