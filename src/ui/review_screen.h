// review_screen.h: the Review screen: shows the due card's definition, its choices
// (recognition) or a box to type the term (recall), the feedback and a Next button, a
// Stop button, and the summary at the end. Review's rules are in core/review.h; the
// answers go to the app with their deck (a review can cross decks).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/review.h"
#include "ui/mode_screen.h"

namespace study::ui {

class ReviewScreen : public ModeScreen {
public:
    const char* name() const override { return "review"; }
    // Reviews the cards due now in `deck`.
    void start(const Deck& deck, std::uint64_t seed, double now) override;
    // Reviews the cards due now in all of `decks`.
    void start_all(const std::vector<Deck>& decks, std::uint64_t seed, double now);
    bool draw(const Fonts& fonts, double now) override;
    int next_change_ms(double) const override { return -1; }
    GameReport report(double now) const override;
    int report_revision() const override { return starts_ * 65536 + (game_ ? game_->revision() : 0); }
    // Empty: Review's answers carry their deck (take_deck_answer_events).
    std::vector<AnswerEvent> take_answer_events() override { return {}; }
    // The answers since the last call, each with its deck id.
    std::vector<std::pair<std::string, AnswerEvent>> take_deck_answer_events();
    void read_link_options(const LinkParameters& parameters, std::vector<LinkProblem>& problems) override;
    LinkParameters link_options() const override { return {}; }
    // True when this review crosses all decks (back goes home, not to a deck).
    bool across_decks() const { return across_decks_; }

private:
    void draw_question(const Fonts& fonts, double now);
    void draw_summary(const Fonts& fonts, double now, bool& back);

    std::unique_ptr<ReviewSession> game_;
    std::uint64_t seed_ = 0;
    bool across_decks_ = false;
    std::string typed_;
    bool focus_typed_ = false;
};

}  // namespace study::ui
