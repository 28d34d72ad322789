// snowman_screen.h: the Snowman mode on screen: the clue (definition), the hidden term
// as blanks, a snowman drawn with ImGui's draw list that melts a step per wrong letter,
// an A-Z letter pad (used letters greyed, right green, wrong red), a box to guess the
// whole term, a hint, the score and streak, and a summary after the round.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/game_report.h"
#include "core/snowman.h"
#include "ui/mode_screen.h"
#include "ui/theme.h"

namespace study::ui {

class SnowmanScreen : public CoreModeScreen<SnowmanOptions, SnowmanGame> {
public:

    // Starts a new round on `deck` (copied) at time `now` (seconds).
    void start(const Deck& deck, std::uint64_t seed, double now) override;
    bool draw(const Fonts& fonts, double now) override;
    // Milliseconds until the screen changes by itself (the melting animation), or -1.
    int next_change_ms(double now) const override;
    const char* name() const override { return mode_name(StudyMode::snowman); }

private:
    void draw_top_bar(const Fonts& fonts, double now, bool& back);
    void draw_word(const Fonts& fonts, double now);
    void draw_letter_pad(const Fonts& fonts);
    void draw_guess_box(const Fonts& fonts);
    void draw_summary(const Fonts& fonts, double now, bool& back);
    void handle_keys();
    void advance();  // next word, or the summary after the last
    void guessed(SnowmanGuess result);
    void record_state() const;

    std::uint64_t seed_ = 1;
    double melt_started_ = -1;   // a step melted: animate it
    std::string word_guess_;
    std::string feedback_;       // what the last guess did
    bool feedback_is_bad_ = false;
    bool focus_guess_box_ = false;
    bool summary_requested_ = false;
};

}  // namespace study::ui
