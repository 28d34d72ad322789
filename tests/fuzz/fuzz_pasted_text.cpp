// fuzz_pasted_text.cpp: pasted text with custom separators (Quizlet's import box):
// split_plain_records and import_deck_text with ImportFormat::custom. Input: byte 0 is
// the term separator's length (0-3), byte 1 the card separator's length (0-3), then the
// two separators' bytes, then the pasted text. Separators that are not valid UTF-8 are
// not tried: the import box's text fields only give valid UTF-8 (and one byte of a
// character as a separator would cut characters in two). Checks: as fuzz_deck_json, and
// a record never has more than two fields.
#include "core/deck_import.h"
#include "core/delimited_text.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const std::size_t term_length = data[0] % 4, card_length = data[1] % 4;
    if (size < 2 + term_length + card_length) return 0;
    const char* bytes = reinterpret_cast<const char*>(data);
    study::ImportOptions options;
    options.format = study::ImportFormat::custom;
    options.term_separator.assign(bytes + 2, term_length);
    options.card_separator.assign(bytes + 2 + term_length, card_length);
    if (!study::is_valid_utf8(options.term_separator) || !study::is_valid_utf8(options.card_separator)) return 0;
    const std::string_view text(bytes + 2 + term_length + card_length, size - 2 - term_length - card_length);
    for (const auto& record : study::split_plain_records(text, options.term_separator, options.card_separator)) {
        fuzz::check(record.fields.size() == 1 || record.fields.size() == 2, "a pasted card has one or two fields");
    }
    fuzz::check_deck_result(study::import_deck_text(text, "pasted text", options));
    return 0;
}
