// mode_screen.h: what every game mode's screen offers the app, so that the app handles
// the modes alike: start on a deck, draw a frame, say when it changes by itself,
// pass on the score and the answers its core game computed (for the embedding page and
// the memory model), and read or write its options as link parameters
// (docs/embedding.md). The screens draw and pass input on; rules and scores are in core.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "core/deal_order.h"
#include "core/deck.h"
#include "core/game_report.h"
#include "core/link_options.h"
#include "core/progress_store.h"
#include "core/study_events.h"
#include "ui/theme.h"

namespace study::ui {

class ModeScreen {
public:
    virtual ~ModeScreen() = default;

    // The mode's name in links and reports: "flashcards", "matching", "snowman", "quiz", "learn".
    virtual const char* name() const = 0;
    // Starts a new game on `deck` (copied) at time `now` (seconds).
    virtual void start(const Deck& deck, std::uint64_t seed, double now) = 0;
    // Draws a frame; true when the player goes back to the deck.
    virtual bool draw(const Fonts& fonts, double now) = 0;
    // Milliseconds until the screen changes by itself (clock tick, animation), or -1.
    virtual int next_change_ms(double now) const = 0;
    // The score so far (completed once the game is over), for the embedding page: the
    // core game's report.
    virtual GameReport report(double now) const = 0;
    // Changes each time the report changes (a scored move, a restart, the end).
    virtual int report_revision() const = 0;
    // The answers given since the last call (the core game's events, without their time).
    virtual std::vector<AnswerEvent> take_answer_events() = 0;
    // Sets the options of the next start() from link parameters, naming each bad one.
    virtual void read_link_options(const LinkParameters& parameters, std::vector<LinkProblem>& problems) = 0;
    // The current options as link parameters.
    virtual LinkParameters link_options() const = 0;
    // Called after start() when a link opened the mode: its settings are final, so a mode
    // with a setup page goes straight to the game.
    virtual void opened_by_link(double /*now*/) {}
    // The student's lasting progress (best times, open passes), kept by the app.
    void set_progress(ProgressStore* progress) { progress_ = progress; }
    // The chance of recall at which a card comes due (the student's setting).
    void set_desired_retention(double retention) { desired_retention_ = retention; }
    // True once after the screen changed the progress itself (a new best time): the app
    // saves it at once.
    bool take_progress_changed() { return std::exchange(progress_changed_, false); }

protected:
    // The cards to deal in the order chosen, or by default due and weakest first once
    // the deck has progress, else `mode_default` (core/deal_order.h); `used` is the order.
    std::vector<int> deal_order_for(const Deck& deck, std::optional<DealOrder> chosen, DealOrder mode_default,
                                    DealOrder& used) const {
        const DeckProgress* progress = progress_ ? progress_->find_deck(deck.id) : nullptr;
        used = effective_deal_order(chosen, progress && !progress->cards.empty(), mode_default);
        const std::int64_t now_ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
        return cards_in_deal_order(used, card_schedules(deck, progress), now_ms, MemoryModel{}, desired_retention_);
    }

    int starts_ = 0;  // games started: each start is a new report revision
    ProgressStore* progress_ = nullptr;
    double desired_retention_ = kDefaultDesiredRetention;
    bool progress_changed_ = false;
};

// A mode played by one core game (`Game`: FlashcardSession, MatchingGame, SnowmanGame,
// Quiz), whose options are a core options struct read from and written to link
// parameters by core/link_options.h. The report, its revision and the answer events are
// the core game's own.
template <typename Options, typename Game>
class CoreModeScreen : public ModeScreen {
public:
    GameReport report(double now) const override {
        if (game_) return game_->report(now);
        GameReport empty;
        empty.mode = name();
        return empty;
    }
    int report_revision() const override { return starts_ * 65536 + (game_ ? game_->revision() : 0); }
    std::vector<AnswerEvent> take_answer_events() override {
        return game_ ? game_->take_events() : std::vector<AnswerEvent>{};
    }

    // Options for the next start() (links set them).
    Options& options() { return options_; }
    void read_link_options(const LinkParameters& parameters, std::vector<LinkProblem>& problems) override {
        study::read_link_options(parameters, options_, problems);
    }
    LinkParameters link_options() const override { return link_options_of(options_); }

protected:
    // A new game: a new report (its revision changes even when the game's starts at 0).
    void start_game(std::unique_ptr<Game> game) {
        game_ = std::move(game);
        ++starts_;
    }

    // Works out options_.deal_order for `deck` (and deal_order_used_); `mode_default` is
    // the order without progress.
    void choose_deal_order(const Deck& deck, DealOrder mode_default) {
        options_.deal_order = deal_order_for(deck, options_.order, mode_default, deal_order_used_);
    }

    Options options_;
    std::unique_ptr<Game> game_;
    DealOrder deal_order_used_ = DealOrder::shuffled;  // the order of the game dealt last
};

}  // namespace study::ui
