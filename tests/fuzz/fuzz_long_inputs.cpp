// fuzz_long_inputs.cpp: the text entry points on LONG inputs made by repeating a short
// fuzzed pattern, so that time or stack growing faster than the input shows up as a
// libFuzzer timeout (10 s), an out-of-memory or a stack overflow; short inputs cannot show
// it, and the fuzzer alone rarely grows an input to thousands of nested brackets or "&"s.
// Input: byte 0 picks the entry point, the rest is the pattern: HEAD '\0' TAIL (no '\0':
// all HEAD). The text is HEAD repeated k times then TAIL k times, e.g. '{"format":[' and
// ']}' nest a deck 90,000 deep. Sizes stay below what a user can hand the game (a deck
// file or paste of up to 32 MB, a link, an expected answer from an imported deck) and are
// chosen per entry point so that linear work takes well under a second: 1 MB of deck JSON,
// CSV or text to fold, 4 MB of HTML, 256 KB of Anki notes, pasted text or link, 64 KB for
// each of a typed and an expected answer, 1 MB of progress file. Checks: no crash, no
// timeout, no out-of-memory.
#include <algorithm>

#include "core/deck_import.h"
#include "core/delimited_text.h"
#include "core/html_text.h"
#include "core/launch_link.h"
#include "core/progress_file.h"
#include "core/quiz_grading.h"
#include "fuzz_check.h"

namespace {

// HEAD x k + TAIL x k, about `size` bytes.
std::string repeat(std::string_view head, std::string_view tail, std::size_t size) {
    const std::size_t k = size / std::max<std::size_t>(1, head.size() + tail.size());
    std::string text;
    text.reserve(k * (head.size() + tail.size()));
    for (std::size_t i = 0; i < k; ++i) text += head;
    for (std::size_t i = 0; i < k; ++i) text += tail;
    return text;
}

constexpr std::size_t kMB = 1u << 20, kKB = 1u << 10;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const std::string_view pattern(reinterpret_cast<const char*>(data + 1), size - 1);
    const std::size_t zero = pattern.find('\0');
    const std::string_view head = pattern.substr(0, zero);
    const std::string_view tail = zero == std::string_view::npos ? std::string_view() : pattern.substr(zero + 1);
    study::ImportOptions options;
    switch (data[0] % 9) {
        case 0:  // a deck file
            study::parse_deck_json(repeat(head, tail, kMB), "long.json");
            break;
        case 1: {  // Anki notes (headers, quoted fields, HTML)
            options.format = study::ImportFormat::anki;
            study::import_deck_text(repeat(head, tail, 256 * kKB), "long.txt", options);
            break;
        }
        case 2: {  // CSV and TSV
            const std::string text = repeat(head, tail, kMB);
            study::parse_quoted_records(text, ',');
            study::parse_quoted_records(text, '\t');
            break;
        }
        case 3: {  // pasted text; the separators are the first and last byte of HEAD
            if (head.empty()) return 0;
            options.format = study::ImportFormat::custom;
            options.term_separator = std::string(1, head.front());
            options.card_separator = std::string(1, head.back());
            study::import_deck_text(repeat(head, tail, 256 * kKB), "pasted text", options);
            break;
        }
        case 4:  // an Anki field's HTML
            study::html_to_text(repeat(head, tail, 4 * kMB));
            break;
        case 5:  // a launch link
            study::parse_launch_query(repeat(head, tail, 256 * kKB));
            break;
        case 6: {  // a typed answer (HEAD repeated) against an expected one (TAIL, or HEAD, repeated)
            const std::string given = repeat(head, {}, 64 * kKB);
            const std::string expected = tail.empty() ? given : repeat(tail, {}, 64 * kKB);
            study::grade_written(given, expected);
            study::diff_answers(given, expected);
            break;
        }
        case 8: {  // a progress file, read and saved again
            static const study::MemoryModel model;
            const study::ProgressRead read = study::progress_from_json(repeat(head, tail, kMB), model);
            if (read.ok) study::progress_to_json(read.store, 1);
            break;
        }
        default: {  // folding, as search, slugs and grading use it
            const std::string text = repeat(head, tail, kMB);
            study::fold_text(text);
            study::slugify(text);
            study::normalize_answer(text);
            break;
        }
    }
    return 0;
}
