// delimited_text.h: splits text into records of fields, for the import formats:
// RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes, CRLF), the same
// rules with a tab or any one-character separator (Anki's notes export, Quizlet's
// tab-separated export), or plain string separators without quoting (Quizlet-style
// paste with custom separators).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace study {

struct DelimitedRecord {
    int line = 1;                     // 1-based line where the record starts
    std::vector<std::string> fields;
};

// RFC 4180 rules with `separator` between fields and LF or CRLF between records. A field
// is quoted only when it starts with '"'; a quote that does not close the field (not
// followed by the separator or a line end) is taken as a literal character. Empty lines
// are skipped.
std::vector<DelimitedRecord> parse_quoted_records(std::string_view text, char separator);

// Plain splitting: records end at `record_separator`, fields at the first
// `field_separator` only (so a definition may contain it). No quoting. Blank records
// are skipped. "\n" as record separator also accepts CRLF.
std::vector<DelimitedRecord> split_plain_records(std::string_view text, const std::string& field_separator,
                                                 const std::string& record_separator);

// Removes a UTF-8 byte order mark at the start of `text`, if there is one.
std::string_view strip_bom(std::string_view text);

}  // namespace study
