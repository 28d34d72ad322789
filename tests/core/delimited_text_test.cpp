// delimited_text_test.cpp: pins the CSV (RFC 4180) and plain splitting rules.
#include <doctest/doctest.h>

#include "core/delimited_text.h"

using namespace study;

namespace {
std::vector<std::vector<std::string>> fields_of(const std::vector<DelimitedRecord>& records) {
    std::vector<std::vector<std::string>> out;
    for (const auto& record : records) out.push_back(record.fields);
    return out;
}
using Rows = std::vector<std::vector<std::string>>;
}  // namespace

TEST_CASE("CSV: plain fields, quoted fields, doubled quotes") {
    CHECK(fields_of(parse_quoted_records("a,b\nc,d\n", ',')) == Rows{{"a", "b"}, {"c", "d"}});
    CHECK(fields_of(parse_quoted_records("\"a, with comma\",\"say \"\"hi\"\"\"", ',')) ==
          Rows{{"a, with comma", "say \"hi\""}});
}

TEST_CASE("CSV: newlines inside quotes stay in the field, and line numbers follow them") {
    const auto records = parse_quoted_records("\"multi\nline\",def\nnext,one\n", ',');
    CHECK(fields_of(records) == Rows{{"multi\nline", "def"}, {"next", "one"}});
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 3);
}

TEST_CASE("CSV: CRLF line ends, a final line without end, blank lines skipped") {
    CHECK(fields_of(parse_quoted_records("a,b\r\n\r\nc,d", ',')) == Rows{{"a", "b"}, {"c", "d"}});
    CHECK(fields_of(parse_quoted_records("\"a\r\nb\",c\r\n", ',')) == Rows{{"a\r\nb", "c"}});
}

TEST_CASE("CSV: empty fields and a quote that does not close a field is literal") {
    CHECK(fields_of(parse_quoted_records("a,,c", ',')) == Rows{{"a", "", "c"}});
    CHECK(fields_of(parse_quoted_records("\"Quoted\" term,def", ',')) == Rows{{"\"Quoted\" term", "def"}});
    CHECK(fields_of(parse_quoted_records("say \"hi\",x", ',')) == Rows{{"say \"hi\"", "x"}});
}

TEST_CASE("the same rules with a tab separator (Anki, Quizlet)") {
    CHECK(fields_of(parse_quoted_records("term\tdef, with comma\n", '\t')) == Rows{{"term", "def, with comma"}});
    CHECK(fields_of(parse_quoted_records("t\t\"line 1\nline 2\"\n", '\t')) == Rows{{"t", "line 1\nline 2"}});
}

TEST_CASE("plain splitting with custom separators splits a card once") {
    CHECK(fields_of(split_plain_records("a - b - c;d - e", " - ", ";")) == Rows{{"a", "b - c"}, {"d", "e"}});
    CHECK(fields_of(split_plain_records("a,b\r\nc,d\r\n", ",", "\n")) == Rows{{"a", "b"}, {"c", "d"}});
    CHECK(fields_of(split_plain_records("no separator\n", "\t", "\n")) == Rows{{"no separator"}});
    const auto records = split_plain_records("a\tb\n\nc\td", "\t", "\n");
    CHECK(records[1].line == 3);
}

TEST_CASE("a UTF-8 byte order mark is removed") {
    CHECK(strip_bom("\xEF\xBB\xBFterm") == "term");
    CHECK(strip_bom("term") == "term");
}
