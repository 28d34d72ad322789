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

std::vector<char32_t> code_points(const std::string& text) {
    std::vector<char32_t> out;
    for (std::size_t pos = 0; pos < text.size();) out.push_back(next_code_point(text, pos));
    return out;
}

// The largest given x expected answer (in characters) that diff_answers aligns.
constexpr std::size_t kMaxDiffCells = 4'000'000;

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

int edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
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
    grade.typos = 1 << 30;
    if (answer.empty()) return grade;
    for (const std::string& alternative : answer_alternatives(expected)) {
        const std::string target = normalize_answer(alternative);
        if (target.empty()) continue;
        // Lengths further apart than the typos allowed cannot pass: their difference is
        // already a lower bound of the distance (and a pasted essay costs no quadratic work).
        const int length_gap = std::abs(static_cast<int>(answer.size()) - static_cast<int>(target.size()));
        const int typos = length_gap > allowed_typos(static_cast<int>(target.size())) ? length_gap
                                                                                       : edit_distance(answer, target);
        if (typos < grade.typos) {
            grade.typos = typos;
            grade.closest = alternative;
            grade.correct = typos <= allowed_typos(static_cast<int>(target.size()));
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
