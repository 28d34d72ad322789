// fuzz_written_answer.cpp: grading of a typed answer (grade_written, diff_answers,
// answer_alternatives): the given answer is typed by the student, the expected one comes
// from an imported deck. Input: given '\0' expected (no '\0': the first half is given).
// Long inputs are allowed (run with -max_len 65536) so quadratic work shows as a timeout.
// Checks: an answer graded against itself is exact; the diff's same + missing pieces spell
// the expected answer (and same + extra have the given answer's length in characters).
#include "core/quiz_grading.h"
#include "fuzz_check.h"

namespace {

std::size_t code_point_count(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size(); ++count) study::next_code_point(text, pos);
    return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::size_t split = input.find('\0');
    const std::size_t skip = split == std::string::npos ? 0 : 1;
    if (split == std::string::npos) split = size / 2;
    const std::string given = input.substr(0, split), expected = input.substr(split + skip);

    const study::WrittenGrade grade = study::grade_written(given, expected);
    fuzz::check(grade.typos >= 0, "typos are not negative");
    fuzz::check(!grade.exact || grade.correct, "an exact answer is correct");
    if (!study::normalize_answer(expected).empty()) {
        const study::WrittenGrade self = study::grade_written(expected, expected);
        fuzz::check(self.correct && self.exact, "the expected answer itself is graded exact", expected);
    }

    const std::vector<study::DiffPiece> pieces = study::diff_answers(given, expected);
    std::string spelled_expected, spelled_given;
    for (const study::DiffPiece& piece : pieces) {
        fuzz::check(!piece.text.empty(), "diff pieces are not empty");
        if (piece.kind != study::DiffPiece::extra) spelled_expected += piece.text;
        if (piece.kind != study::DiffPiece::missing) spelled_given += piece.text;
    }
    const std::string trimmed_expected = study::trim_space(expected), trimmed_given = study::trim_space(given);
    if (study::is_valid_utf8(trimmed_expected)) {
        fuzz::check(spelled_expected == trimmed_expected, "the diff spells the expected answer", expected);
    }
    fuzz::check(code_point_count(spelled_given) == code_point_count(trimmed_given),
                "the diff has the given answer's length", given);
    return 0;
}
