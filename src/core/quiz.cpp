// quiz.cpp: generating and scoring a quiz (see quiz.h).
#include "core/quiz.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/random.h"
#include "core/text_fold.h"

namespace study {

namespace {

const std::string& side_of(const Card& card, bool term) { return term ? card.term : card.definition; }

std::set<std::string> content_words(const std::string& text) {
    std::set<std::string> words;
    const std::string normalized = normalize_answer(text);
    std::size_t start = 0;
    while (start < normalized.size()) {
        std::size_t end = normalized.find(' ', start);
        if (end == std::string::npos) end = normalized.size();
        if (end - start >= 4) words.insert(normalized.substr(start, end - start));  // skips "a", "the", "of"...
        start = end + 1;
    }
    return words;
}

// How plausible `candidate` is as a wrong option next to `right`: similar length, shared words.
double plausibility(const std::string& right, const std::string& candidate) {
    const double a = static_cast<double>(right.size()), b = static_cast<double>(candidate.size());
    const double length = std::min(a, b) / std::max(1.0, std::max(a, b));
    const std::set<std::string> x = content_words(right), y = content_words(candidate);
    std::size_t shared = 0;
    for (const std::string& word : x) shared += y.count(word);
    const std::size_t all = x.size() + y.size() - shared;
    return length + 2.0 * (all ? static_cast<double>(shared) / static_cast<double>(all) : 0.0);
}

}  // namespace

std::vector<std::string> plausible_wrong_answers(const Deck& deck, int card, bool answer_is_term, int count,
                                                 Random& random) {
    const std::string& right = side_of(deck.cards[static_cast<std::size_t>(card)], answer_is_term);
    std::vector<std::pair<double, std::string>> wrong;
    std::set<std::string> seen = {fold_text(trim_space(right))};
    for (std::size_t other = 0; other < deck.cards.size(); ++other) {
        const Card& c = deck.cards[other];
        if (static_cast<int>(other) == card || c.is_statement) continue;
        const std::string& text = side_of(c, answer_is_term);
        if (!seen.insert(fold_text(trim_space(text))).second) continue;
        wrong.push_back({plausibility(right, text) + 0.001 * static_cast<double>(random.below(100)), text});
    }
    std::sort(wrong.begin(), wrong.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> picks;
    for (std::size_t k = 0; k < wrong.size() && static_cast<int>(k) < count; ++k) picks.push_back(wrong[k].second);
    return picks;
}

Quiz::Quiz(const Deck& deck, QuizOptions options, std::uint64_t seed, double now, const std::vector<int>& only_cards)
    : deck_(deck), options_(options), started_at_(now) {
    Random random(seed);
    std::vector<int> pool = only_cards;
    if (pool.empty()) {
        for (std::size_t i = 0; i < deck_.cards.size(); ++i) pool.push_back(static_cast<int>(i));
    }
    arrange_for_deal(pool, options_.deal_order, random);
    std::vector<QuestionType> types;
    if (options_.multiple_choice) types.push_back(QuestionType::multiple_choice);
    if (options_.true_false) types.push_back(QuestionType::true_false);
    if (options_.written) types.push_back(QuestionType::written);
    if (options_.matching) types.push_back(QuestionType::matching);
    if (types.empty()) types.push_back(QuestionType::multiple_choice);
    const int wanted = std::clamp(options_.questions, 1, std::max(1, static_cast<int>(pool.size())));
    std::vector<bool> used(deck_.cards.size(), false);
    std::vector<int> answer_cards;  // cards whose answer side can be a wrong option
    for (std::size_t i = 0; i < deck_.cards.size(); ++i) {
        if (!deck_.cards[i].is_statement) answer_cards.push_back(static_cast<int>(i));
    }

    for (std::size_t next = 0, turn = 0; static_cast<int>(questions_.size()) < wanted && next < pool.size(); ++next) {
        const int index = pool[next];
        if (used[static_cast<std::size_t>(index)]) continue;
        const Card& card = deck_.cards[static_cast<std::size_t>(index)];
        QuizQuestion q;
        q.type = types[turn % types.size()];
        q.card = index;
        if (card.is_statement) {
            if (!options_.true_false) continue;
            q.type = QuestionType::true_false;
        }
        ++turn;
        used[static_cast<std::size_t>(index)] = true;
        q.answer_is_term = options_.answer_with == AnswerWith::term ||
                           (options_.answer_with == AnswerWith::mixed && random.below(2) == 0);
        q.prompt = side_of(card, !q.answer_is_term);
        q.expected = side_of(card, q.answer_is_term);
        const std::string right_folded = fold_text(trim_space(q.expected));
        // Other cards' answers that differ from the right one (and from each other).
        std::vector<std::pair<double, std::string>> wrong;
        std::set<std::string> seen = {right_folded};
        for (int other : answer_cards) {
            const std::string& text = side_of(deck_.cards[static_cast<std::size_t>(other)], q.answer_is_term);
            if (other == index || !seen.insert(fold_text(trim_space(text))).second) continue;
            wrong.push_back({plausibility(q.expected, text) + 0.001 * static_cast<double>(random.below(100)), text});
        }
        std::sort(wrong.begin(), wrong.end(), [](const auto& a, const auto& b) { return a.first > b.first; });

        if (q.type == QuestionType::matching) {
            q.block_cards = {index};
            std::set<std::string> terms = {fold_text(trim_space(card.term))}, definitions = {fold_text(trim_space(card.definition))};
            for (std::size_t k = next + 1; k < pool.size() && q.block_cards.size() < 4; ++k) {
                const int other = pool[k];
                const Card& c = deck_.cards[static_cast<std::size_t>(other)];
                if (used[static_cast<std::size_t>(other)] || c.is_statement || !terms.insert(fold_text(trim_space(c.term))).second ||
                    !definitions.insert(fold_text(trim_space(c.definition))).second) continue;
                q.block_cards.push_back(other);
                used[static_cast<std::size_t>(other)] = true;
            }
            if (q.block_cards.size() >= 2) {
                std::vector<int> order(q.block_cards.size());
                for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
                random.shuffle(order);
                q.block_correct.assign(order.size(), -1);
                for (std::size_t slot = 0; slot < order.size(); ++slot) {
                    const Card& c = deck_.cards[static_cast<std::size_t>(q.block_cards[static_cast<std::size_t>(order[slot])])];
                    q.block_options.push_back(side_of(c, q.answer_is_term));
                    q.block_correct[static_cast<std::size_t>(order[slot])] = static_cast<int>(slot);
                }
                for (int c : q.block_cards) q.block_prompts.push_back(side_of(deck_.cards[static_cast<std::size_t>(c)], !q.answer_is_term));
                q.prompt = "Match each one with its answer.";
                q.expected.clear();
                questions_.push_back(std::move(q));
                continue;
            }
            q.block_cards.clear();
            q.type = QuestionType::multiple_choice;  // too few cards left for a block
        }
        if (q.type == QuestionType::multiple_choice && wrong.empty()) q.type = QuestionType::written;
        if (q.type == QuestionType::multiple_choice) {
            // The three most plausible wrong answers (ties broken at random), and the right one, shuffled.
            std::vector<std::string> picks;
            for (std::size_t k = 0; k < wrong.size() && k < 3; ++k) picks.push_back(wrong[k].second);
            picks.push_back(q.expected);
            random.shuffle(picks);
            q.options = picks;
            q.correct_option = static_cast<int>(std::find(picks.begin(), picks.end(), q.expected) - picks.begin());
        } else if (q.type == QuestionType::true_false) {
            if (card.is_statement) {
                q.statement = true;
                q.prompt = card.term;
                q.true_answer = card.statement_is_true;
                q.expected = card.statement_is_true ? "True" : "False";
            } else {
                q.prompt = card.term;
                q.true_answer = random.below(2) == 0 || wrong.empty();
                // A false pair: another card's definition, never one identical to the right one.
                std::vector<std::string> others;
                for (int other : answer_cards) {
                    const std::string& text = deck_.cards[static_cast<std::size_t>(other)].definition;
                    if (other != index && fold_text(trim_space(text)) != fold_text(trim_space(card.definition))) others.push_back(text);
                }
                if (others.empty()) q.true_answer = true;
                q.shown_definition = q.true_answer ? card.definition : others[random.below(others.size())];
                q.expected = q.true_answer ? "True" : "False";
            }
        }
        questions_.push_back(std::move(q));
    }
    responses_.resize(questions_.size());
    for (std::size_t i = 0; i < questions_.size(); ++i) responses_[i].block_choices.assign(questions_[i].block_cards.size(), -1);
}

void Quiz::answer_choice(int question, int option) {
    if (finished_) return;
    QuizResponse& r = responses_[static_cast<std::size_t>(question)];
    r.choice = option;
    r.answered = true;
    ++revision_;
}

void Quiz::answer_true_false(int question, bool value) { answer_choice(question, value ? 1 : 0); }

void Quiz::answer_written(int question, const std::string& text) {
    if (finished_) return;
    QuizResponse& r = responses_[static_cast<std::size_t>(question)];
    r.text = text;
    r.answered = !normalize_answer(text).empty();
    r.grade = grade_written(text, questions_[static_cast<std::size_t>(question)].expected);
    ++revision_;
}

void Quiz::answer_matching(int question, int prompt, int option) {
    if (finished_) return;
    QuizResponse& r = responses_[static_cast<std::size_t>(question)];
    for (int& chosen : r.block_choices) {
        if (chosen == option) chosen = -1;  // an answer goes with one prompt only
    }
    r.block_choices[static_cast<std::size_t>(prompt)] = option;
    r.answered = std::all_of(r.block_choices.begin(), r.block_choices.end(), [](int c) { return c >= 0; });
    ++revision_;
}

void Quiz::finish(double now) {
    if (finished_) return;
    finished_ = true;
    finished_at_ = now;
    ++revision_;
    for (std::size_t i = 0; i < questions_.size(); ++i) {
        const QuizQuestion& q = questions_[i];
        const QuizResponse& r = responses_[i];
        const int question = static_cast<int>(i);
        if (q.type == QuestionType::matching) {
            for (std::size_t k = 0; k < q.block_cards.size(); ++k) {
                if (r.block_choices[k] < 0) continue;
                answered(q.block_cards[k], AnswerFormat::recognition,
                         block_pair_correct(question, static_cast<int>(k)) ? AnswerOutcome::right : AnswerOutcome::wrong);
            }
        } else if (r.answered) {
            const bool right = is_correct(question);
            if (q.type == QuestionType::written) {
                answered(q.card, AnswerFormat::recall,
                         !right ? AnswerOutcome::wrong : r.grade.exact ? AnswerOutcome::right : AnswerOutcome::right_with_help);
            } else {
                answered(q.card, AnswerFormat::recognition, right ? AnswerOutcome::right : AnswerOutcome::wrong);
            }
        }
    }
}

void Quiz::answered(int card, AnswerFormat format, AnswerOutcome outcome) {
    answers_.answer(deck_.cards[static_cast<std::size_t>(card)].id, format, outcome);
}

std::vector<AnswerEvent> Quiz::take_events() { return answers_.take(); }

bool Quiz::block_pair_correct(int question, int prompt) const {
    const QuizQuestion& q = questions_[static_cast<std::size_t>(question)];
    const QuizResponse& r = responses_[static_cast<std::size_t>(question)];
    const std::size_t k = static_cast<std::size_t>(prompt);
    return k < q.block_correct.size() && k < r.block_choices.size() && r.block_choices[k] == q.block_correct[k];
}

GameReport Quiz::report(double now) const {
    GameReport report;
    report.mode = mode_name(StudyMode::quiz);
    report.deck_id = deck_.id;
    report.score = score();
    report.max_score = max_score();
    report.seconds = seconds(now);
    report.completed = finished_;
    for (std::size_t i = 0; i < questions_.size(); ++i) {
        const QuizQuestion& q = questions_[i];
        const int question = static_cast<int>(i);
        if (q.type == QuestionType::matching) {
            for (std::size_t k = 0; k < q.block_cards.size(); ++k) {
                report.cards.push_back({deck_.cards[static_cast<std::size_t>(q.block_cards[k])].id,
                                        block_pair_correct(question, static_cast<int>(k)), 1});
            }
        } else {
            report.cards.push_back({deck_.cards[static_cast<std::size_t>(q.card)].id, is_correct(question), 1});
        }
    }
    return report;
}

bool Quiz::override_grade(int question) {
    const QuizQuestion& q = questions_[static_cast<std::size_t>(question)];
    QuizResponse& r = responses_[static_cast<std::size_t>(question)];
    if (!finished_ || q.type != QuestionType::written || is_correct(question) || !r.answered) return false;
    r.overridden = true;
    answers_.retract(deck_.cards[static_cast<std::size_t>(q.card)].id);
    answered(q.card, AnswerFormat::recall, AnswerOutcome::right_with_help);
    ++revision_;
    return true;
}

double Quiz::points(int question) const {
    const QuizQuestion& q = questions_[static_cast<std::size_t>(question)];
    const QuizResponse& r = responses_[static_cast<std::size_t>(question)];
    switch (q.type) {
        case QuestionType::multiple_choice: return r.choice == q.correct_option ? 1 : 0;
        case QuestionType::true_false: return r.answered && (r.choice == 1) == q.true_answer ? 1 : 0;
        case QuestionType::written: return r.answered && (r.grade.correct || r.overridden) ? 1 : 0;
        case QuestionType::matching: {
            int right = 0;
            for (std::size_t i = 0; i < q.block_correct.size(); ++i) right += block_pair_correct(question, static_cast<int>(i));
            return right;
        }
    }
    return 0;
}

double Quiz::max_points(int question) const {
    const QuizQuestion& q = questions_[static_cast<std::size_t>(question)];
    return q.type == QuestionType::matching ? static_cast<double>(q.block_cards.size()) : 1.0;
}

double Quiz::score() const {
    double total = 0;
    for (int i = 0; i < static_cast<int>(questions_.size()); ++i) total += points(i);
    return total;
}

double Quiz::max_score() const {
    double total = 0;
    for (int i = 0; i < static_cast<int>(questions_.size()); ++i) total += max_points(i);
    return total;
}

int Quiz::percent() const {
    const double max = max_score();
    return max > 0 ? static_cast<int>(std::lround(100.0 * score() / max)) : 0;
}

double Quiz::seconds(double now) const { return (finished_ ? finished_at_ : now) - started_at_; }

std::vector<int> Quiz::missed_cards() const {
    std::vector<int> missed;
    for (int i = 0; i < static_cast<int>(questions_.size()); ++i) {
        const QuizQuestion& q = questions_[static_cast<std::size_t>(i)];
        if (q.type == QuestionType::matching) {
            const QuizResponse& r = responses_[static_cast<std::size_t>(i)];
            for (std::size_t k = 0; k < q.block_cards.size(); ++k) {
                if (r.block_choices[k] != q.block_correct[k]) missed.push_back(q.block_cards[k]);
            }
        } else if (!is_correct(i)) {
            missed.push_back(q.card);
        }
    }
    return missed;
}

int Quiz::unanswered() const {
    return static_cast<int>(std::count_if(responses_.begin(), responses_.end(), [](const QuizResponse& r) { return !r.answered; }));
}

}  // namespace study
