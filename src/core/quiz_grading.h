// quiz_grading.h: how the quiz grades a written answer, fairly. Case, surrounding
// spaces, punctuation, accents and curly-vs-straight quotes are ignored; small typos pass
// in proportion to the answer's length (edit distance, a swap of two letters counting as
// one); any one of the alternatives the card gives ("a / b", "a; b", "a or b") is enough.
// Also the marked differences between the given and the expected answer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace study {

// The form answers are compared in: folded (case, accents, quotes), punctuation dropped,
// spaces collapsed. "  The “Café”-Owner! " -> "the cafe owner".
std::string normalize_answer(std::string_view text);

// Edit distance (insertions, deletions, substitutions, swaps of neighbours) counted in
// characters (code points), so "é" for "e" is one typo. Work is limited to a band of
// `limit` around the diagonal, in memory linear in the length, and stops early: when the
// distance is over `limit` the result is `limit + 1`.
constexpr int kNoTypoLimit = 1 << 29;
int edit_distance(std::string_view a, std::string_view b, int limit = kNoTypoLimit);

// Normalized answers longer than this many characters are graded exactly (equal or
// wrong): typo-tolerant grading of a pasted essay would cost time quadratic in its length.
// The quiz's answer box takes at most kMaxWrittenAnswerBytes.
constexpr std::size_t kMaxTypoGradedChars = 2000;
constexpr std::size_t kMaxWrittenAnswerBytes = 4096;

// Differences counted exactly beyond the typos allowed (to say how far off an answer was).
constexpr int kTyposCountedBeyondAllowed = 10;

// Typos allowed for an expected answer of `length` (normalized) characters (code points): none up to
// 3, one up to 7, two up to 14, then one per 7 characters.
int allowed_typos(int length);

// The answers a card accepts: the whole answer, and its parts when it reads as
// alternatives ("a / b", "a; b", and "a or b" in a short answer of up to six words).
std::vector<std::string> answer_alternatives(const std::string& answer);

struct WrittenGrade {
    bool correct = false;
    bool exact = false;            // no typo at all
    int typos = 0;                 // edit distance to the closest alternative
    bool typos_at_least = false;   // `typos` is a lower bound: the answer was further off
    std::string closest;           // the alternative it was graded against
};

WrittenGrade grade_written(const std::string& given, const std::string& expected);

// A piece of the comparison of a given answer with the expected one, character by
// character (case-insensitive): `same` in both, `missing` from the given answer,
// `extra` in the given answer only.
struct DiffPiece {
    enum Kind { same, missing, extra } kind;
    std::string text;
};

std::vector<DiffPiece> diff_answers(const std::string& given, const std::string& expected);

}  // namespace study
