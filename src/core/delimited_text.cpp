// delimited_text.cpp: CSV-style and plain record splitting (see delimited_text.h).
#include "core/delimited_text.h"

namespace study {

namespace {

bool is_line_end(std::string_view text, std::size_t pos) {
    return pos >= text.size() || text[pos] == '\n' || (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ||
           (text[pos] == '\r' && pos + 1 == text.size());
}

// Skips the line end at `pos` (LF, CRLF or a final CR); returns the new position.
std::size_t skip_line_end(std::string_view text, std::size_t pos, int& line) {
    if (pos < text.size() && text[pos] == '\r') ++pos;
    if (pos < text.size() && text[pos] == '\n') ++pos;
    ++line;
    return pos;
}

bool is_blank(const std::vector<std::string>& fields) {
    for (const std::string& field : fields) {
        if (field.find_first_not_of(" \t\r\n") != std::string::npos) return false;
    }
    return true;
}

}  // namespace

std::string_view strip_bom(std::string_view text) {
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(3);
    return text;
}

std::vector<DelimitedRecord> parse_quoted_records(std::string_view text, char separator) {
    std::vector<DelimitedRecord> records;
    std::size_t pos = 0;
    int line = 1;
    while (pos < text.size()) {
        DelimitedRecord record;
        record.line = line;
        while (true) {
            std::string field;
            bool quoted_ok = false;
            if (pos < text.size() && text[pos] == '"') {
                // Try a quoted field; fall back to a literal one if the quote never closes properly.
                std::size_t scan = pos + 1;
                int scan_line = line;
                std::string value;
                while (scan < text.size()) {
                    if (text[scan] == '"') {
                        if (scan + 1 < text.size() && text[scan + 1] == '"') {
                            value += '"';
                            scan += 2;
                            continue;
                        }
                        ++scan;
                        break;
                    }
                    if (text[scan] == '\n') ++scan_line;
                    value += text[scan++];
                }
                const bool closed = scan <= text.size() && scan > pos + 1 && text[scan - 1] == '"';
                if (closed && (scan == text.size() || text[scan] == separator || is_line_end(text, scan))) {
                    field = std::move(value);
                    pos = scan;
                    line = scan_line;
                    quoted_ok = true;
                }
            }
            if (!quoted_ok) {
                while (pos < text.size() && text[pos] != separator && !is_line_end(text, pos)) field += text[pos++];
            }
            record.fields.push_back(std::move(field));
            if (pos < text.size() && text[pos] == separator) {
                ++pos;
                continue;
            }
            pos = skip_line_end(text, pos, line);
            break;
        }
        if (!is_blank(record.fields)) records.push_back(std::move(record));
    }
    return records;
}

std::vector<DelimitedRecord> split_plain_records(std::string_view text, const std::string& field_separator,
                                                 const std::string& record_separator) {
    std::vector<DelimitedRecord> records;
    if (record_separator.empty()) return records;
    const bool by_line = record_separator == "\n";
    std::size_t pos = 0;
    int line = 1;
    while (pos <= text.size()) {
        std::size_t end = text.find(record_separator, pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view chunk = text.substr(pos, end - pos);
        if (by_line && !chunk.empty() && chunk.back() == '\r') chunk.remove_suffix(1);
        DelimitedRecord record;
        record.line = line;
        const std::size_t split = field_separator.empty() ? std::string_view::npos : chunk.find(field_separator);
        if (split == std::string_view::npos) {
            record.fields.emplace_back(chunk);
        } else {
            record.fields.emplace_back(chunk.substr(0, split));
            record.fields.emplace_back(chunk.substr(split + field_separator.size()));
        }
        for (char c : text.substr(pos, end - pos)) line += c == '\n' ? 1 : 0;
        if (by_line) ++line;
        if (!is_blank(record.fields)) records.push_back(std::move(record));
        if (end == text.size()) break;
        pos = end + record_separator.size();
    }
    return records;
}

}  // namespace study
