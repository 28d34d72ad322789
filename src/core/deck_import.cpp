// deck_import.cpp: the import formats (see deck_import.h). Each format is turned into
// our JSON deck document, which then goes through the same validation as a deck file,
// so an imported deck obeys exactly the rules of a shipped one.
#include "core/deck_import.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/delimited_text.h"
#include "core/html_text.h"
#include "core/text_fold.h"

namespace study {

using nlohmann::json;

namespace {

std::string lower_extension(const std::string& file_name) {
    const std::size_t dot = file_name.rfind('.');
    if (dot == std::string::npos) return "";
    std::string ext = file_name.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return ext;
}

std::string title_from_file(const std::string& file_name) {
    const std::size_t dot = file_name.rfind('.');
    std::string stem = dot == std::string::npos || dot == 0 ? file_name : file_name.substr(0, dot);
    std::replace(stem.begin(), stem.end(), '_', ' ');
    return stem.empty() ? "Imported deck" : stem;
}

// A card id made from its term, so that progress (kept by card id) follows the card when
// the file is imported again with cards added, removed or moved: the term's slug (at
// most 40 bytes), or a hash of the term when no letter or digit is left (Chinese, say).
std::string card_id_from_term(const std::string& term) {
    std::string slug = slug_or_empty(term);
    if (slug.size() > 40) slug.resize(40);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (!slug.empty()) return slug;
    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (unsigned char c : term) hash = (hash ^ c) * 16777619u;
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(hash));
    return std::string("card-") + hex;
}

// Builds the deck document while lines are read, with problems by line number.
class DeckBuilder {
public:
    DeckBuilder(const std::string& file, const ImportOptions& options) : file_(file) {
        document_ = {{"format", "study-arcade-deck"}, {"version", 1},
                     {"title", options.title.empty() ? title_from_file(file) : options.title},
                     {"cards", json::array()}};
        if (is_language_tag(options.language)) document_["language"] = options.language;
    }

    // Adds a card from one record (`where`: "line 4" or "card 4", for messages); `id` may
    // be empty (one is made from the term; a repeated one gets "-2", "-3"...).
    void add(const std::string& where, std::string term, std::string definition, const std::string& id = "") {
        term = trim_space(term);
        definition = trim_space(definition);
        if (term.empty() || definition.empty()) {
            skip(where, term.empty() && definition.empty() ? "has no term and no definition"
                       : term.empty()                      ? "has no term"
                                                           : "has no definition (no separator found, or nothing after it)");
            return;
        }
        json card = {{"id", unused_id(id.empty() ? card_id_from_term(term) : id)}};
        const std::string folded = fold_text(definition);
        if (folded == "true" || folded == "false") {  // a true/false statement
            card["statement"] = term;
            card["answer"] = folded == "true";
        } else {
            card["term"] = term;
            card["definition"] = definition;
        }
        document_["cards"].push_back(std::move(card));
    }

    // `wanted`, or "wanted-2", "wanted-3"... when taken; the next suffix to try is kept per
    // id, so thousands of cards with one term cost linear time, not quadratic.
    std::string unused_id(const std::string& wanted) {
        std::string id = wanted;
        int& next = next_suffix_[wanted];
        if (next == 0) next = 2;
        while (!used_ids_.insert(id).second) id = wanted + "-" + std::to_string(next++);
        return id;
    }

    void skip(const std::string& where, const std::string& message) {
        problems_.push_back(DeckProblem{file_, -1, "", "", where + " " + message +
                                                               "; it was skipped",
                                        ProblemSeverity::skipped_card});
        ++skipped_;
    }

    void warn(const std::string& message) {
        problems_.push_back(DeckProblem{file_, -1, "", "", message, ProblemSeverity::warning});
    }

    DeckLoadResult finish() {
        if (document_["cards"].empty()) {
            DeckLoadResult result;
            result.problems = problems_;
            result.skipped_cards = skipped_;
            result.problems.push_back(DeckProblem{file_, -1, "", "", "has no cards that could be imported",
                                                  ProblemSeverity::rejected_deck});
            return result;
        }
        DeckLoadResult result = parse_deck_value(document_, file_);
        result.problems.insert(result.problems.begin(), problems_.begin(), problems_.end());
        result.skipped_cards += skipped_;
        return result;
    }

private:
    std::string file_;
    json document_;
    std::vector<DeckProblem> problems_;
    int skipped_ = 0;
    std::set<std::string> used_ids_;
    std::map<std::string, int> next_suffix_;  // by wanted id
};

// "term,definition" and the like as a first row: a header, not a card.
bool is_header_row(const std::vector<std::string>& fields) {
    if (fields.size() < 2) return false;
    const std::string first = fold_text(trim_space(fields[0]));
    const std::string second = fold_text(trim_space(fields[1]));
    return (first == "term" && second == "definition") || (first == "front" && second == "back") ||
           (first == "question" && second == "answer");
}

// `by_line`: records are lines (messages say "line N"), else pasted cards ("card N").
DeckLoadResult import_records(const std::vector<DelimitedRecord>& records, bool by_line, DeckBuilder& builder) {
    bool extra_columns = false;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const DelimitedRecord& record = records[i];
        if (i == 0 && is_header_row(record.fields)) continue;
        const std::string where = by_line ? "line " + std::to_string(record.line) : "card " + std::to_string(i + 1);
        if (record.fields.size() < 2) {
            builder.skip(where, "has no separator between term and definition");
            continue;
        }
        extra_columns = extra_columns || record.fields.size() > 2;
        builder.add(where, record.fields[0], record.fields[1]);
    }
    if (extra_columns) builder.warn("some lines have more than two columns; only the first two were used");
    return builder.finish();
}

char separator_from_anki(const std::string& value) {
    const std::string name = fold_text(trim_space(value));
    if (name == "tab") return '\t';
    if (name == "comma") return ',';
    if (name == "semicolon") return ';';
    if (name == "pipe") return '|';
    if (name == "space") return ' ';
    if (name == "colon") return ':';
    return value.size() == 1 ? value[0] : '\t';
}

// The 0-based column of an Anki "#... column:N" header (Anki counts from 1); -1 when the
// value is not a whole number from 1 to 1000 (no overflow on "-2147483648" or "9999999999").
int anki_column_index(const std::string& value) {
    const std::optional<int> column = small_whole_number(trim_space(value), 4);
    return column && *column >= 1 && *column <= 1000 ? *column - 1 : -1;
}

// Anki "Notes in Plain Text" export: header lines, then CSV-style records.
DeckLoadResult import_anki(std::string_view text, DeckBuilder& builder) {
    char separator = '\t';
    bool html = false;
    int guid_column = -1, notetype_column = -1, deck_column = -1, tags_column = -1;
    std::size_t pos = 0;
    int header_lines = 0;
    while (pos < text.size() && text[pos] == '#') {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string line = trim_space(text.substr(pos + 1, end - pos - 1));
        const std::size_t colon = line.find(':');
        const std::string key = fold_text(line.substr(0, colon));
        const std::string value = colon == std::string::npos ? "" : line.substr(colon + 1);
        const int column = anki_column_index(value);
        if (key == "separator") separator = separator_from_anki(value);
        else if (key == "html") html = fold_text(trim_space(value)) == "true";
        else if (key == "guid column") guid_column = column;
        else if (key == "notetype column") notetype_column = column;
        else if (key == "deck column") deck_column = column;
        else if (key == "tags column") tags_column = column;
        pos = end + (end < text.size() ? 1 : 0);
        ++header_lines;
    }
    std::vector<DelimitedRecord> records = parse_quoted_records(text.substr(pos), separator);
    const auto is_meta = [&](int column) {
        return column == guid_column || column == notetype_column || column == deck_column || column == tags_column;
    };
    bool extra_columns = false;
    for (DelimitedRecord& record : records) {
        record.line += header_lines;
        std::vector<std::string> content;
        for (std::size_t c = 0; c < record.fields.size(); ++c) {
            if (!is_meta(static_cast<int>(c))) content.push_back(html ? html_to_text(record.fields[c]) : record.fields[c]);
        }
        if (content.size() < 2) {
            builder.skip("line " + std::to_string(record.line), "has fewer than two fields (front and back)");
            continue;
        }
        extra_columns = extra_columns || content.size() > 2;
        const std::string guid = guid_column >= 0 && static_cast<std::size_t>(guid_column) < record.fields.size()
            ? trim_space(record.fields[static_cast<std::size_t>(guid_column)]) : "";
        builder.add("line " + std::to_string(record.line), content[0], content[1], guid);
    }
    if (extra_columns) builder.warn("some notes have more than two fields; only the first two (front and back) were used");
    return builder.finish();
}

bool looks_like_anki(std::string_view text) {
    return text.rfind("#separator:", 0) == 0 || text.rfind("#html:", 0) == 0 || text.rfind("#columns:", 0) == 0 ||
           text.rfind("#tags:", 0) == 0 || text.rfind("#notetype", 0) == 0 || text.rfind("#deck", 0) == 0 ||
           text.rfind("#guid", 0) == 0;
}

}  // namespace

ImportFormat detect_format(std::string_view text, const std::string& file_name) {
    text = strip_bom(text);
    const std::string ext = lower_extension(file_name);
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (ext == "json" || (first != std::string_view::npos && text[first] == '{')) return ImportFormat::json;
    if (looks_like_anki(text)) return ImportFormat::anki;
    if (ext == "csv") return ImportFormat::csv;
    if (ext == "tsv" || ext == "txt" || text.find('\t') != std::string_view::npos) return ImportFormat::tab_separated;
    return ImportFormat::csv;
}

const char* format_name(ImportFormat format) {
    switch (format) {
        case ImportFormat::automatic: return "automatic";
        case ImportFormat::json: return "Study Arcade JSON";
        case ImportFormat::tab_separated: return "tab-separated text";
        case ImportFormat::csv: return "CSV";
        case ImportFormat::anki: return "Anki notes (plain text)";
        case ImportFormat::custom: return "text with chosen separators";
    }
    return "unknown";
}

DeckLoadResult import_deck_text(std::string_view text, const std::string& file_name, const ImportOptions& options) {
    const ImportFormat format = options.format == ImportFormat::automatic ? detect_format(text, file_name)
                                                                          : options.format;
    // The JSON loader checks size and UTF-8 itself; the other formats share its messages.
    if (format != ImportFormat::json && (text.size() > kMaxDeckFileBytes || !is_valid_utf8(text))) {
        return parse_deck_json(text, file_name);
    }
    text = strip_bom(text);
    if (format == ImportFormat::json) {
        DeckLoadResult result = parse_deck_json(text, file_name);
        if (result.deck && !options.title.empty()) result.deck->title = options.title;
        if (result.deck && result.deck->language.empty() && is_language_tag(options.language)) {
            result.deck->language = options.language;
        }
        return result;
    }
    DeckBuilder builder(file_name, options);
    switch (format) {
        case ImportFormat::anki: return import_anki(text, builder);
        case ImportFormat::csv: return import_records(parse_quoted_records(text, ','), true, builder);
        case ImportFormat::tab_separated: return import_records(parse_quoted_records(text, '\t'), true, builder);
        default:
            return import_records(split_plain_records(text, options.term_separator, options.card_separator),
                                  options.card_separator == "\n", builder);
    }
}

DeckLoadResult import_deck_file(const std::string& path, const ImportOptions& options) {
    std::string text;
    DeckLoadResult failure;
    if (!read_deck_file(path, text, failure)) return failure;
    return import_deck_text(text, file_name_of(path), options);
}

}  // namespace study
