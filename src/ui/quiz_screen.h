// quiz_screen.h: the Quiz mode on screen: a setup (number of questions, question types,
// answer with the term, the definition or both), the test one question at a time
// (multiple choice, true/false, written, matching blocks; mouse, touch or keys), and the
// results: score, time, every question with the given and the right answer (differences
// marked on written answers, "I was right"), and "Retake missed".
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/game_report.h"
#include "core/quiz.h"
#include "ui/mode_screen.h"
#include "ui/theme.h"

namespace study::ui {

class QuizScreen : public CoreModeScreen<QuizOptions, Quiz> {
public:

    // Opens the setup for `deck` (copied).
    void start(const Deck& deck, std::uint64_t seed, double now) override;
    bool draw(const Fonts& fonts, double now) override;
    // Milliseconds until the screen changes by itself (the clock's next second), or -1.
    int next_change_ms(double now) const override;
    const char* name() const override { return mode_name(StudyMode::quiz); }
    // A link's quiz starts at once with the link's settings (no setup page).
    void opened_by_link(double now) override { begin(now); }

private:
    enum class Stage { setup, questions, results };

    void begin(double now, const std::vector<int>& only_cards = {});
    void draw_setup(const Fonts& fonts, double now, bool& back);
    void draw_question(const Fonts& fonts, double now, bool& back);
    void draw_choices(const Fonts& fonts, int index);
    void draw_true_false(const Fonts& fonts, int index);
    void draw_written(const Fonts& fonts, int index);
    void draw_matching(const Fonts& fonts, int index);
    void draw_results(const Fonts& fonts, double now, bool& back);
    void draw_result_row(const Fonts& fonts, int index);
    void go_to(int index, double now);
    void record_question_state(int index) const;

    Deck deck_;
    std::uint64_t seed_ = 1;
    Stage stage_ = Stage::setup;
    int current_ = 0;
    std::string written_;       // the text box of a written question
    bool focus_written_ = false;
    int block_prompt_ = 0;      // matching block: the prompt a key answers
};

}  // namespace study::ui
