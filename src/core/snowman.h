// snowman.h: the Snowman game (hangman with a snowman that melts) as a plain object.
// The definition is the clue; the term is hidden letter by letter (spaces, digits and
// punctuation shown from the start). Guesses ignore case and accents (e reveals é). A
// wrong letter, a wrong whole-term guess or a hint melts the snowman one step; after
// kSteps steps the word is lost. A round is a list of words from the deck's cards
// whose answer is a term (never true/false statements; very long terms only on request).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/deal_order.h"
#include "core/deck.h"
#include "core/game_report.h"
#include "core/study_events.h"

namespace study {

struct SnowmanOptions {
    static constexpr int kLongTerm = 32;  // terms with more letters are left out by default
    static constexpr int kMaxWords = 100;
    int words = 10;           // words per round; 0 = the whole deck
    bool long_terms = false;  // also terms longer than kLongTerm letters
    std::optional<DealOrder> order;  // chosen by the student or a link (none: the default)
    std::vector<int> deal_order;     // cards to deal, in order (cards_in_deal_order); empty: shuffled
};

enum class SnowmanGuess { ignored, already_tried, right, wrong, solved, lost };
enum class LetterState { untried, right, wrong };

// One character of the hidden term as shown.
struct SnowmanCell {
    std::string text;   // the character (UTF-8)
    bool is_letter = false;
    bool revealed = false;
    bool missed = false;  // a letter the player never found, shown when the word is lost
};

struct SnowmanWordResult {
    int card = -1;       // index in the deck
    bool solved = false;
    int steps = 0;       // steps melted on this word (wrong letters, wrong words, hints)
    int hints = 0;
    int score = 0;
};

class SnowmanGame {
public:
    static constexpr int kSteps = 7;

    // The round's clock starts at `now` (seconds).
    SnowmanGame(const Deck& deck, SnowmanOptions options, std::uint64_t seed, double now = 0.0);

    // ---- actions ----
    // A letter (any case, accented or not). Not a Latin letter: ignored.
    SnowmanGuess guess_letter(char32_t letter);
    // The whole term; right when it matches ignoring case, accents, spaces and punctuation.
    SnowmanGuess guess_term(const std::string& text);
    // Reveals the first hidden letter (everywhere it occurs) for one step; refused when
    // that step would melt the snowman completely.
    bool hint();
    // Goes to the next word once this one is over; false at the end of the round.
    bool next_word();

    // ---- queries ----
    int word_count() const { return static_cast<int>(words_.size()); }
    int word_number() const { return index_ + 1; }
    bool has_word() const { return index_ < word_count(); }
    const Card& card() const;  // the current word's card
    const std::vector<SnowmanCell>& cells() const { return cells_; }
    int steps_melted() const { return steps_; }
    int steps_left() const { return kSteps - steps_; }
    LetterState letter_state(char letter) const;  // 'a'..'z'
    bool word_over() const { return solved_ || steps_ >= kSteps; }
    bool word_solved() const { return solved_; }
    bool round_over() const { return word_over() && index_ + 1 >= word_count(); }
    int score() const;
    int streak() const { return streak_; }
    int best_streak() const { return best_streak_; }
    int solved_count() const;
    int missed_count() const;
    // Words finished so far (the current one included once it is over).
    const std::vector<SnowmanWordResult>& results() const { return results_; }
    // Cards left out: statements, and long terms unless asked for.
    int left_out_statements() const { return left_out_statements_; }
    int left_out_long() const { return left_out_long_; }
    const Deck& deck() const { return deck_; }

    // ---- scores and answers ----
    // The round so far for the embedding page: words solved out of the round's words,
    // the time since the round started, each word's result; completed at the end.
    GameReport report(double now) const;
    // Goes up each time the report changes (a word over, the next word).
    int revision() const { return revision_; }
    // Answers since the last call, one per finished word (recall): solved with no hint and
    // at most kCleanSteps wrong steps is right, solved otherwise right with help, lost
    // wrong. Without their time.
    std::vector<AnswerEvent> take_events();
    static constexpr int kCleanSteps = 2;

    // Letters of `term` that are guessed (Latin letters, accents folded).
    static int letter_count(const std::string& term);
    // Points for a solved word after `steps` steps melted.
    static int word_points(int steps) { return 10 * (kSteps - steps) + 10; }

private:
    void start_word();
    bool reveal(char letter);  // reveals every cell of `letter`; true if any
    bool all_revealed() const;
    void finish_word();
    SnowmanGuess solve();  // the word is solved: all shown, scored
    SnowmanGuess melt();   // one step melts; the word is lost after the last

    Deck deck_;
    std::vector<int> words_;  // card indices, in playing order
    int index_ = 0;
    std::vector<SnowmanCell> cells_;
    std::vector<char> cell_letters_;  // folded letter of each cell ('\0' for non-letters)
    std::string tried_;               // letters tried on this word
    int steps_ = 0;
    int hints_ = 0;
    bool solved_ = false;
    int streak_ = 0;
    int best_streak_ = 0;
    int left_out_statements_ = 0;
    int left_out_long_ = 0;
    std::vector<SnowmanWordResult> results_;
    double started_at_ = 0;
    int revision_ = 0;
    AnswerLog answers_{StudyMode::snowman};
};

}  // namespace study
