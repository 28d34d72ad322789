// learn_screen.h: the Learn mode on screen: a setup page (goal: every card learned or N
// minutes; answer with the term or the definition), then questions one at a time
// (multiple choice buttons, or a box to type the answer with "I don't know"), the
// feedback on each answer with Continue, a page between rounds, and the summary (cards
// learned, answers, accuracy, time). The rules live in core's LearnSession.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/learn.h"
#include "ui/mode_screen.h"
#include "ui/theme.h"

namespace study::ui {

class LearnScreen : public CoreModeScreen<LearnOptions, LearnSession> {
public:
    // Opens the setup page for `deck` (copied).
    void start(const Deck& deck, std::uint64_t seed, double now) override;
    bool draw(const Fonts& fonts, double now) override;
    // Milliseconds until the clock shown changes (once a second while a session runs), or -1.
    int next_change_ms(double now) const override;
    const char* name() const override { return mode_name(StudyMode::learn); }
    // A link's session starts at once with the link's settings (no setup page).
    void opened_by_link(double now) override { begin(now); }

private:
    void begin(double now);
    void draw_setup(const Fonts& fonts, double now, bool& back);
    void draw_top_bar(const Fonts& fonts, double now, bool& back);
    void draw_question(const Fonts& fonts);
    void draw_choices(const Fonts& fonts);
    void draw_typing(const Fonts& fonts);
    void draw_feedback(const Fonts& fonts);
    void draw_round_over(const Fonts& fonts);
    void draw_summary(const Fonts& fonts, double now, bool& back);
    void record_state(double now) const;
    // Acts on the session after this frame is drawn and recorded.
    void act(std::function<void(LearnSession&)> action) { action_ = std::move(action); }

    Deck deck_;
    std::uint64_t seed_ = 1;
    bool in_setup_ = true;
    std::string typed_;          // the answer box
    bool focus_typed_ = false;
    std::function<void(LearnSession&)> action_;
};

}  // namespace study::ui
