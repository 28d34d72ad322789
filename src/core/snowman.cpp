// snowman.cpp: the Snowman game's rules (see snowman.h).
#include "core/snowman.h"

#include <algorithm>

#include "core/random.h"
#include "core/text_fold.h"

namespace study {

namespace {

// The guessable letter a character stands for ('a'..'z' with accents and case folded),
// or '\0' for anything else (spaces, digits, punctuation, other scripts).
char folded_letter(char32_t cp) {
    std::string utf8;
    append_utf8(utf8, cp);
    const std::string folded = fold_text(utf8);
    if (folded.size() == 1 && folded[0] >= 'a' && folded[0] <= 'z') return folded[0];
    return '\0';
}

// Letters and digits of `text`, folded: what a whole-term guess is compared on.
std::string comparable(const std::string& text) {
    std::string out;
    for (char c : fold_text(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) out += c;
    }
    return out;
}

}  // namespace

int SnowmanGame::letter_count(const std::string& term) {
    int count = 0;
    for (std::size_t pos = 0; pos < term.size();) count += folded_letter(next_code_point(term, pos)) != '\0';
    return count;
}

SnowmanGame::SnowmanGame(const Deck& deck, SnowmanOptions options, std::uint64_t seed, double now)
    : deck_(deck), started_at_(now) {
    for (std::size_t i = 0; i < deck_.cards.size(); ++i) {
        const Card& card = deck_.cards[i];
        const int letters = letter_count(card.term);
        if (card.is_statement) ++left_out_statements_;
        else if (letters > SnowmanOptions::kLongTerm && !options.long_terms) ++left_out_long_;
        else if (letters > 0) words_.push_back(static_cast<int>(i));
    }
    Random random(seed);
    arrange_for_deal(words_, options.deal_order, random);
    if (options.words > 0 && options.words < static_cast<int>(words_.size())) words_.resize(static_cast<std::size_t>(options.words));
    if (!words_.empty()) start_word();
}

const Card& SnowmanGame::card() const { return deck_.cards[static_cast<std::size_t>(words_[static_cast<std::size_t>(index_)])]; }

void SnowmanGame::start_word() {
    cells_.clear();
    cell_letters_.clear();
    tried_.clear();
    steps_ = 0;
    hints_ = 0;
    solved_ = false;
    const std::string& term = card().term;
    for (std::size_t pos = 0; pos < term.size();) {
        const std::size_t start = pos;
        const char letter = folded_letter(next_code_point(term, pos));
        cells_.push_back({term.substr(start, pos - start), letter != '\0', letter == '\0'});
        cell_letters_.push_back(letter);
    }
}

bool SnowmanGame::reveal(char letter) {
    bool any = false;
    for (std::size_t i = 0; i < cells_.size(); ++i) {
        if (cell_letters_[i] == letter) {
            cells_[i].revealed = true;
            any = true;
        }
    }
    return any;
}

bool SnowmanGame::all_revealed() const {
    return std::all_of(cells_.begin(), cells_.end(), [](const SnowmanCell& c) { return c.revealed; });
}

void SnowmanGame::finish_word() {
    if (solved_) {
        best_streak_ = std::max(best_streak_, ++streak_);
    } else {
        streak_ = 0;
        for (SnowmanCell& cell : cells_) {  // the full term is shown, its missed letters marked
            cell.missed = !cell.revealed;
            cell.revealed = true;
        }
    }
    results_.push_back({words_[static_cast<std::size_t>(index_)], solved_, steps_, hints_, solved_ ? word_points(steps_) : 0});
    answers_.answer(card().id, AnswerFormat::recall,
                    !solved_ ? AnswerOutcome::wrong
                    : hints_ == 0 && steps_ <= kCleanSteps ? AnswerOutcome::right
                                                            : AnswerOutcome::right_with_help);
    ++revision_;
}

std::vector<AnswerEvent> SnowmanGame::take_events() { return answers_.take(); }

GameReport SnowmanGame::report(double now) const {
    GameReport report;
    report.mode = mode_name(StudyMode::snowman);
    report.deck_id = deck_.id;
    report.score = solved_count();
    report.max_score = word_count();
    report.seconds = now - started_at_;
    report.completed = round_over();
    for (const SnowmanWordResult& word : results_) {
        report.cards.push_back({deck_.cards[static_cast<std::size_t>(word.card)].id, word.solved, word.steps + 1});
    }
    return report;
}

SnowmanGuess SnowmanGame::guess_letter(char32_t cp) {
    if (!has_word() || word_over()) return SnowmanGuess::ignored;
    const char letter = folded_letter(cp);
    if (letter == '\0') return SnowmanGuess::ignored;
    if (tried_.find(letter) != std::string::npos) return SnowmanGuess::already_tried;
    tried_ += letter;
    if (!reveal(letter)) return melt();
    return all_revealed() ? solve() : SnowmanGuess::right;
}

SnowmanGuess SnowmanGame::solve() {
    for (SnowmanCell& cell : cells_) cell.revealed = true;
    solved_ = true;
    finish_word();
    return SnowmanGuess::solved;
}

SnowmanGuess SnowmanGame::melt() {
    if (++steps_ < kSteps) return SnowmanGuess::wrong;
    finish_word();
    return SnowmanGuess::lost;
}

SnowmanGuess SnowmanGame::guess_term(const std::string& text) {
    if (!has_word() || word_over() || comparable(text).empty()) return SnowmanGuess::ignored;
    return comparable(text) == comparable(card().term) ? solve() : melt();
}

bool SnowmanGame::hint() {
    if (!has_word() || word_over() || steps_left() <= 1) return false;
    for (std::size_t i = 0; i < cells_.size(); ++i) {
        if (cells_[i].revealed) continue;
        const char letter = cell_letters_[i];
        tried_ += letter;
        reveal(letter);
        ++steps_;
        ++hints_;
        if (all_revealed()) solve();
        return true;
    }
    return false;
}

bool SnowmanGame::next_word() {
    if (!word_over() || index_ + 1 >= word_count()) return false;
    ++index_;
    start_word();
    ++revision_;
    return true;
}

LetterState SnowmanGame::letter_state(char letter) const {
    if (tried_.find(letter) == std::string::npos) return LetterState::untried;
    return std::find(cell_letters_.begin(), cell_letters_.end(), letter) != cell_letters_.end() ? LetterState::right
                                                                                                : LetterState::wrong;
}

int SnowmanGame::score() const {
    int total = 0;
    for (const SnowmanWordResult& result : results_) total += result.score;
    return total;
}

int SnowmanGame::solved_count() const {
    return static_cast<int>(std::count_if(results_.begin(), results_.end(), [](const auto& r) { return r.solved; }));
}

int SnowmanGame::missed_count() const { return static_cast<int>(results_.size()) - solved_count(); }

}  // namespace study
