// matching_screen.h: the Matching mode on screen: a board of term and definition tiles
// (each with a key), click a term and its definition (or drag one onto the other) to
// pair them; a right pair fades away, a wrong one flashes red and puts +1 s on the clock.
// Round results with the best time for this deck and round size (kept for the visit),
// "Next round" through the whole deck, then a summary of the deck.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/game_report.h"
#include "core/matching.h"
#include "ui/mode_screen.h"
#include "ui/theme.h"

namespace study::ui {

class MatchingScreen : public CoreModeScreen<MatchingOptions, MatchingGame> {
public:

    // Starts a new game on `deck` (copied) at time `now` (seconds).
    void start(const Deck& deck, std::uint64_t seed, double now) override;
    bool draw(const Fonts& fonts, double now) override;
    // Milliseconds until the screen changes by itself (clock tick, animation), or -1.
    int next_change_ms(double now) const override;
    const char* name() const override { return mode_name(StudyMode::matching); }

private:
    struct Fade {
        int tile;
        double started;
        bool matched;  // fading out (else: flashing red)
    };

    void draw_top_bar(const Fonts& fonts, double now, bool& back);
    void draw_board(const Fonts& fonts, double now);
    void draw_tile(const Fonts& fonts, int index, ImVec2 size, double now);
    void draw_round_result(const Fonts& fonts, double now, bool& back);
    void handle_keys(double now);
    void select(int tile, double now);
    void finish_drag(double now);
    void record_state(double now) const;

    std::uint64_t seed_ = 1;
    std::vector<Fade> fades_;
    std::vector<ImVec4> tile_rects_;   // x, y, x2, y2 of each tile this frame (screen)
    int pressed_tile_ = -1;            // mouse went down on it (a click or a drag)
    double penalty_shown_at_ = -1;     // "+1 s" next to the clock
    bool new_best_ = false;
};

// The key that selects tile `index`: 1-9, 0, then a, b, c...
char matching_tile_key(int index);

}  // namespace study::ui
