// flashcards_screen.h: the Flashcards activity on screen: a large card that flips (click,
// tap or Space, with a short animation), the red Don't know and green Know boxes with
// their counts and cards (click a card to take it back), Remaining cards (n), a running
// timer, Retry, undo, the pass summary, options and a help overlay of the keys.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/flashcards.h"
#include "core/game_report.h"
#include "ui/mode_screen.h"
#include "ui/theme.h"

namespace study::ui {

class FlashcardsScreen : public CoreModeScreen<FlashcardsOptions, FlashcardSession> {
public:

    // Starts a new session on `deck` (copied) at time `now` (seconds).
    void start(const Deck& deck, std::uint64_t seed, double now) override;
    bool draw(const Fonts& fonts, double now) override;
    // Milliseconds until the screen changes by itself (timer tick, animation), or -1.
    int next_change_ms(double now) const override;
    const char* name() const override { return mode_name(StudyMode::flashcards); }
    // A pass left open on an earlier visit (FlashcardSession JSON): the screen asks
    // Continue / Start over before the new pass.
    void offer_resume(const nlohmann::json& saved);
    // The pass to keep for the next visit: the session as JSON while some card is in a box
    // and the pass is not complete, else null.
    nlohmann::json open_pass(double now) const;

private:
    void handle_keys(double now, bool& show_help);
    void draw_top_bar(const Fonts& fonts, double now, bool& back);
    void draw_card(const Fonts& fonts, double now);
    void draw_boxes(const Fonts& fonts, double now);
    void draw_summary(const Fonts& fonts, double now, bool& back);
    void draw_help(const Fonts& fonts);
    void draw_resume_offer(const Fonts& fonts, double now, bool& back);
    void flip(double now);
    void moved(bool changed);
    void record_state(double now) const;

    std::uint64_t seed_ = 1;
    double flip_started_ = -1;         // animation start, -1 when none
    bool flip_animated_ = false;       // the last flip was animated (not with reduced motion)
    std::string text_before_flip_;     // shown during the first half of the animation
    bool help_open_ = false;
    nlohmann::json resume_offer_;      // a saved pass to continue, null when none is offered
};

}  // namespace study::ui
