// quiz_grading.cpp: grading of written answers (see quiz_grading.h).
#include "core/quiz_grading.h"

#include <algorithm>
#include <cstdlib>

#include "core/text_fold.h"

namespace study {

namespace {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

std::vector<std::string> split_on(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        parts.push_back(trim_space(text.substr(start, at == std::string::npos ? std::string::npos : at - start)));
        if (at == std::string::npos) break;
        start = at + separator.size();
    }
    return parts;
}

std::vector<char32_t> code_points(std::string_view text) {
    std::vector<char32_t> out;
    for (std::size_t pos = 0; pos < text.size();) out.push_back(next_code_point(text, pos));
    return out;
}

// The largest given x expected answer (in characters) that diff_answers aligns.
constexpr std::size_t kMaxDiffCells = 250'000;

char32_t fold_char(char32_t cp) {
    std::string utf8;
    append_utf8(utf8, cp);
    const std::string folded = fold_text(utf8);
    std::size_t pos = 0;
    return folded.empty() ? cp : next_code_point(folded, pos);
}

}  // namespace

std::string normalize_answer(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : fold_text(text)) {
        if (is_word_char(c)) {
            if (space && !out.empty()) out += ' ';
            out += c;
            space = false;
        } else {
            space = true;  // punctuation and spaces both separate words
        }
    }
    return out;
}

int edit_distance(std::string_view a_text, std::string_view b_text, int limit) {
    const std::vector<char32_t> a = code_points(a_text), b = code_points(b_text);
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (limit < 0) limit = 0;
    if (std::abs(n - m) > limit) return limit + 1;
    limit = std::min(limit, std::max(n, m));
    const int over = limit + 1;
    // Three rows (i-2, i-1, i) of the optimal-string-alignment table; only cells within
    // `limit` of the diagonal are computed, the cell on each side of the band is `over`.
    std::vector<int> before(static_cast<std::size_t>(m) + 1, over), previous(before), row(before);
    for (int j = 0; j <= std::min(m, limit); ++j) previous[static_cast<std::size_t>(j)] = j;
    int previous_min = 0;
    for (int i = 1; i <= n; ++i) {
        const int low = std::max(1, i - limit), high = std::min(m, i + limit);
        row[static_cast<std::size_t>(low - 1)] = low == 1 ? i : over;
        if (high < m) row[static_cast<std::size_t>(high + 1)] = over;
        int row_min = row[static_cast<std::size_t>(low - 1)];
        for (int j = low; j <= high; ++j) {
            const std::size_t J = static_cast<std::size_t>(j);
            const int cost = a[static_cast<std::size_t>(i - 1)] == b[J - 1] ? 0 : 1;
            int cell = std::min({previous[J] + 1, row[J - 1] + 1, previous[J - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[J - 2] && a[static_cast<std::size_t>(i - 2)] == b[J - 1]) {
                cell = std::min(cell, before[J - 2] + 1);
            }
            row[J] = std::min(cell, over);
            row_min = std::min(row_min, row[J]);
        }
        // Every alignment passes through this row or (by a swap) the one before it.
        if (row_min > limit && previous_min > limit) return over;
        previous_min = row_min;
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return std::min(previous[static_cast<std::size_t>(m)], over);
}

int allowed_typos(int length) {
    if (length <= 3) return 0;
    if (length <= 7) return 1;
    if (length <= 14) return 2;
    return length / 7;
}

std::vector<std::string> answer_alternatives(const std::string& answer) {
    std::vector<std::string> alternatives = {trim_space(answer)};
    const auto add_parts = [&](const std::vector<std::string>& parts) {
        if (parts.size() < 2) return;
        for (const std::string& part : parts) {
            if (!normalize_answer(part).empty() &&
                std::find(alternatives.begin(), alternatives.end(), part) == alternatives.end()) {
                alternatives.push_back(part);
            }
        }
    };
    add_parts(split_on(answer, "/"));
    add_parts(split_on(answer, ";"));
    const std::string normalized = normalize_answer(answer);
    if (std::count(normalized.begin(), normalized.end(), ' ') < 6) add_parts(split_on(answer, " or "));
    return alternatives;
}

WrittenGrade grade_written(const std::string& given, const std::string& expected) {
    WrittenGrade grade;
    const std::string answer = normalize_answer(given);
    grade.typos = kNoTypoLimit;
    grade.typos_at_least = true;
    if (answer.empty()) return grade;
    const int answer_length = static_cast<int>(code_points(answer).size());
    for (const std::string& alternative : answer_alternatives(expected)) {
        const std::string target = normalize_answer(alternative);
        if (target.empty()) continue;
        const int target_length = static_cast<int>(code_points(target).size());
        const int allowed = allowed_typos(target_length);
        const bool too_long = static_cast<std::size_t>(std::max(answer_length, target_length)) > kMaxTypoGradedChars;
        // Count exactly up to a little past the typos allowed; further off, a lower bound.
        const int limit = too_long ? 0 : allowed + kTyposCountedBeyondAllowed;
        int typos = edit_distance(answer, target, limit);
        bool at_least = typos > limit;
        if (at_least) typos = std::max(typos, std::abs(answer_length - target_length));
        const bool correct = too_long ? typos == 0 : typos <= allowed;
        if (typos < grade.typos || (correct && !grade.correct)) {
            grade.typos = typos;
            grade.typos_at_least = at_least;
            grade.closest = alternative;
            grade.correct = correct;
        }
    }
    grade.exact = grade.typos == 0;
    return grade;
}

std::vector<DiffPiece> diff_answers(const std::string& given, const std::string& expected) {
    const std::vector<char32_t> a = code_points(trim_space(given)), b = code_points(trim_space(expected));
    const std::size_t n = a.size(), m = b.size();
    std::vector<DiffPiece> pieces;
    const auto push = [&pieces](DiffPiece::Kind kind, char32_t cp) {
        if (pieces.empty() || pieces.back().kind != kind) pieces.push_back({kind, ""});
        append_utf8(pieces.back().text, cp);
    };
    if (n * m > kMaxDiffCells) {  // far too long to be a typo: all extra, all missing
        for (char32_t cp : a) push(DiffPiece::extra, cp);
        for (char32_t cp : b) push(DiffPiece::missing, cp);
        return pieces;
    }
    std::vector<char32_t> folded_a(n), folded_b(m);
    std::transform(a.begin(), a.end(), folded_a.begin(), fold_char);
    std::transform(b.begin(), b.end(), folded_b.begin(), fold_char);
    // Longest common subsequence, comparing folded characters.
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] = folded_a[i] == folded_b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && folded_a[i] == folded_b[j]) {
            push(DiffPiece::same, b[j]);
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            push(DiffPiece::missing, b[j++]);
        } else {
            push(DiffPiece::extra, a[i++]);
        }
    }
    return pieces;
}

}  // namespace study
