// deck_loader.cpp: JSON deck parsing with field-by-field validation (see deck_loader.h).
#include "core/deck_loader.h"

#include <cstdio>
#include <initializer_list>
#include <set>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "core/file_system.h"
#include "core/message_text.h"
#include "core/text_fold.h"

namespace study {

using nlohmann::json;

namespace {

std::string stem_of(const std::string& file_name) {
    const std::size_t dot = file_name.rfind('.');
    return dot == std::string::npos || dot == 0 ? file_name : file_name.substr(0, dot);
}

const char* type_name(const json& value) {
    switch (value.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return "true/false";
        case json::value_t::string: return "text";
        case json::value_t::array: return "a list";
        case json::value_t::object: return "an object";
        default: return "a number";
    }
}

// The reason in one of nlohmann's parse errors ("syntax error while parsing value -
// invalid literal; last read: '<token>'"), with the token cut short: " (invalid literal
// near “tru”)".
std::string json_error_reason(const std::string& what) {
    const std::size_t dash = what.find(" - ");
    if (dash == std::string::npos) return "";
    std::string reason = what.substr(dash + 3);
    std::string token;
    const std::size_t last_read = reason.find("; last read: '");
    if (last_read != std::string::npos) {
        token = reason.substr(last_read + 14);
        if (!token.empty() && token.back() == '\'') token.pop_back();
        reason.resize(last_read);
    }
    reason = message_excerpt(reason, 80);
    if (!token.empty()) reason += " near \xE2\x80\x9C" + message_excerpt(token, 20) + "\xE2\x80\x9D";
    return " (" + reason + ")";
}

// Builds the value as json::parse does, but keeps the first error (nlohmann's parse_error,
// or out_of_range for a number too large) instead of throwing it: this build has no
// exceptions. sax_parse is a template on the handler, so this parse_error is the one called.
class ErrorKeepingParser : public nlohmann::detail::json_sax_dom_parser<json> {
public:
    explicit ErrorKeepingParser(json& root) : json_sax_dom_parser(root, /*allow_exceptions=*/false) {}

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& last_token, const Exception& error) {
        is_syntax_error_ = std::is_same<Exception, json::parse_error>::value;
        position_ = position;  // equals parse_error::byte
        what_ = error.what();
        return json_sax_dom_parser::parse_error(position, last_token, error);
    }

    bool is_syntax_error() const { return is_syntax_error_; }
    std::size_t position() const { return position_; }
    const std::string& what() const { return what_; }

private:
    bool is_syntax_error_ = false;
    std::size_t position_ = 0;
    std::string what_;
};

bool is_blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Collects problems while one deck is read.
class DeckReader {
public:
    DeckReader(std::string file, DeckLoadResult& result) : file_(std::move(file)), result_(result) {}

    void reject(const std::string& field, const std::string& message) {
        add(-1, "", field, message, ProblemSeverity::rejected_deck);
    }
    void add(int index, const std::string& id, const std::string& field, const std::string& message,
             ProblemSeverity severity) {
        result_.problems.push_back(DeckProblem{file_, index, id, field, message, severity});
    }

    // Warns about keys the format does not know (a typo like "defintion", say).
    void warn_unknown_keys(const json& object, std::initializer_list<const char*> known, int index,
                           const std::string& id) {
        for (const auto& item : object.items()) {
            bool is_known = false;
            for (const char* key : known) is_known = is_known || item.key() == key;
            if (!is_known) add(index, id, item.key(), "is not a field of the deck format; it was ignored", ProblemSeverity::warning);
        }
    }

    // Reads an optional text field of `object`; reports a wrong type.
    std::string optional_text(const json& object, const char* key, int index = -1, const std::string& id = "") {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) return {};
        if (!it->is_string()) {
            add(index, id, key, std::string("should be text, but is ") + type_name(*it),
                ProblemSeverity::warning);
            return {};
        }
        return trim_space(it->get<std::string>());
    }

    std::optional<Card> read_card(const json& entry, int index, std::set<std::string>& seen_ids) {
        if (!entry.is_object()) {
            skip(index, "", "", std::string("should be an object with a term and a definition, but is ") +
                                    type_name(entry));
            return std::nullopt;
        }
        Card card;
        const auto id_it = entry.find("id");
        if (id_it != entry.end() && !id_it->is_string() && !id_it->is_number_integer()) {
            skip(index, "", "id", std::string("should be text or a whole number, but is ") + type_name(*id_it));
            return std::nullopt;
        }
        if (id_it != entry.end()) card.id = id_it->is_string() ? trim_space(id_it->get<std::string>()) : id_it->dump();
        warn_unknown_keys(entry, {"id", "term", "definition", "statement", "answer"}, index, card.id);
        const bool is_statement = entry.contains("statement");
        if (is_statement) {
            if (!read_required_text(entry, "statement", index, card.id, card.term)) return std::nullopt;
            const auto answer = entry.find("answer");
            if (answer == entry.end() || !answer->is_boolean()) {
                skip(index, card.id, "answer",
                     answer == entry.end() ? "is missing (a statement needs \"answer\": true or false)"
                                           : std::string("should be true or false, but is ") + type_name(*answer));
                return std::nullopt;
            }
            card.is_statement = true;
            card.statement_is_true = answer->get<bool>();
            card.definition = card.statement_is_true ? "True" : "False";
        } else {
            if (!read_required_text(entry, "term", index, card.id, card.term)) return std::nullopt;
            if (!read_required_text(entry, "definition", index, card.id, card.definition)) return std::nullopt;
        }
        if (card.id.empty()) {
            card.id = "card-" + std::to_string(index + 1);
            add(index, "", "id", "is missing; the card was given the id \"" + card.id + "\"", ProblemSeverity::warning);
        }
        if (!seen_ids.insert(card.id).second) {
            skip(index, card.id, "id", "is used by an earlier card too (ids must be unique)");
            return std::nullopt;
        }
        return card;
    }

private:
    void skip(int index, const std::string& id, const std::string& field, const std::string& message) {
        add(index, id, field, message + "; the card was skipped", ProblemSeverity::skipped_card);
        ++result_.skipped_cards;
    }

    bool read_required_text(const json& entry, const char* key, int index, const std::string& id,
                            std::string& out) {
        const auto it = entry.find(key);
        if (it == entry.end()) {
            skip(index, id, key, "is missing");
            return false;
        }
        if (!it->is_string()) {
            skip(index, id, key, std::string("should be text, but is ") + type_name(*it));
            return false;
        }
        if (is_blank(it->get<std::string>())) {
            skip(index, id, key, "is empty");
            return false;
        }
        out = trim_space(it->get<std::string>());
        return true;
    }

    std::string file_;
    DeckLoadResult& result_;
};

}  // namespace

std::string DeckProblem::to_text() const {
    std::string text = message_excerpt(file, 120);
    if (card_index >= 0) {
        text += ", card " + std::to_string(card_index + 1);
        if (!card_id.empty()) text += " (id \"" + message_excerpt(card_id) + "\")";
    }
    if (!field.empty()) text += ", field \"" + message_excerpt(field) + "\"";
    return text + ": " + message;
}

std::pair<int, int> line_and_column(std::string_view text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

DeckLoadResult parse_deck_json(std::string_view text, const std::string& file_name) {
    DeckLoadResult result;
    DeckReader reader(file_name, result);
    if (text.size() > kMaxDeckFileBytes) {
        reader.reject("", "is " + std::to_string(text.size() / (1024 * 1024)) +
                              " MB, too big to be a deck (the limit is " +
                              std::to_string(kMaxDeckFileBytes / (1024 * 1024)) + " MB)");
        return result;
    }
    std::size_t bad_offset = 0;
    if (!is_valid_utf8(text, &bad_offset)) {
        const auto [line, column] = line_and_column(text, bad_offset);
        reader.reject("", "is not valid UTF-8 text (bad byte at line " + std::to_string(line) + ", column " +
                              std::to_string(column) + "); save it as UTF-8");
        return result;
    }
    json root;
    ErrorKeepingParser parser(root);
    if (json::sax_parse(text.begin(), text.end(), &parser) && !parser.is_errored()) return parse_deck_value(root, file_name);
    const std::string& what = parser.what();
    if (parser.is_syntax_error()) {
        const auto [line, column] = line_and_column(text, parser.position() > 0 ? parser.position() - 1 : 0);
        reader.reject("", "is not valid JSON at line " + std::to_string(line) + ", column " +
                              std::to_string(column) + json_error_reason(what));
    } else {  // e.g. a number too large (1e999)
        const std::size_t bracket = what.find("] ");
        reader.reject("", "could not be read as JSON (" +
                              message_excerpt(bracket == std::string::npos ? what : what.substr(bracket + 2), 120) + ")");
    }
    return result;
}

DeckLoadResult parse_deck_value(const nlohmann::json& root, const std::string& file_name) {
    DeckLoadResult result;
    DeckReader reader(file_name, result);
    if (!root.is_object()) {
        reader.reject("", std::string("should hold a JSON object with \"title\" and \"cards\", but holds ") +
                              type_name(root));
        return result;
    }
    const auto format_it = root.find("format");
    if (format_it != root.end() && *format_it != "study-arcade-deck") {
        reader.reject("format", "is " + describe_json_value(*format_it) + ", not \"study-arcade-deck\": this is not a Study Arcade deck");
        return result;
    }
    const auto version_it = root.find("version");
    if (version_it != root.end() && *version_it != 1) {
        reader.reject("version", "is " + describe_json_value(*version_it) +
                                     ": this deck needs a newer Study Arcade (this one reads version 1)");
        return result;
    }
    reader.warn_unknown_keys(root, {"format", "version", "id", "title", "source", "language", "cards"}, -1, "");
    const auto cards_it = root.find("cards");
    if (cards_it == root.end()) {
        reader.reject("cards", "is missing (a deck needs a list of cards)");
        return result;
    }
    if (!cards_it->is_array()) {
        reader.reject("cards", std::string("should be a list, but is ") + type_name(*cards_it));
        return result;
    }

    Deck deck;
    deck.title = reader.optional_text(root, "title");
    if (deck.title.empty()) {
        deck.title = stem_of(file_name);
        reader.add(-1, "", "title", "is missing; the file name is used instead", ProblemSeverity::warning);
    }
    deck.id = reader.optional_text(root, "id");
    if (deck.id.empty()) deck.id = slugify(stem_of(file_name));
    const auto source_it = root.find("source");
    if (source_it != root.end() && source_it->is_object()) {
        deck.source.site = reader.optional_text(*source_it, "site");
        deck.source.author = reader.optional_text(*source_it, "author");
        deck.source.page = reader.optional_text(*source_it, "page");
    } else if (source_it != root.end() && !source_it->is_null()) {
        reader.add(-1, "", "source", std::string("should be an object, but is ") + type_name(*source_it),
                   ProblemSeverity::warning);
    }

    const auto language_it = root.find("language");
    if (language_it != root.end() && !language_it->is_null()) {
        const std::string tag = language_it->is_string() ? trim_space(language_it->get<std::string>()) : "";
        if (is_language_tag(tag)) deck.language = tag;
        else reader.add(-1, "", "language", "is " + describe_json_value(*language_it) +
                        ", not a language tag like \"en\" or \"pt-BR\"; English is used", ProblemSeverity::warning);
    }

    std::set<std::string> seen_ids;
    int index = 0;
    for (const json& entry : *cards_it) {
        if (auto card = reader.read_card(entry, index, seen_ids)) deck.cards.push_back(std::move(*card));
        ++index;
    }
    if (deck.cards.empty()) {
        reader.reject("cards", index == 0 ? "is empty (a deck needs at least one card)"
                                          : "has no usable card (all " + std::to_string(index) +
                                                " were skipped)");
        return result;
    }
    result.deck = std::move(deck);
    return result;
}

std::string file_name_of(const std::string& path) {
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool read_deck_file(const std::string& path, std::string& text, DeckLoadResult& failure) {
    const auto fail = [&](const std::string& message) {
        failure.problems.push_back(DeckProblem{file_name_of(path), -1, "", "", message, ProblemSeverity::rejected_deck});
        return false;
    };
    // C stdio, not <fstream>: iostreams would add libc++'s locale machinery (about 100 KB)
    // to the web build for this one read.
    if (is_folder(path)) return fail("could not be read (is it a folder?)");
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) return fail("could not be opened (missing, or not readable)");
    const auto close = [&](bool ok) { std::fclose(in); return ok; };
    long size = -1;
    if (std::fseek(in, 0, SEEK_END) == 0) size = std::ftell(in);
    if (size < 0 || std::fseek(in, 0, SEEK_SET) != 0) return close(fail("could not be read (is it a folder?)"));
    if (static_cast<std::size_t>(size) > kMaxDeckFileBytes) {
        return close(fail("is too big to be a deck (the limit is " + std::to_string(kMaxDeckFileBytes / (1024 * 1024)) + " MB)"));
    }
    text.assign(static_cast<std::size_t>(size), '\0');
    const std::size_t got = size > 0 ? std::fread(text.data(), 1, text.size(), in) : 0;
    text.resize(got);
    return close(!std::ferror(in));
}

DeckLoadResult load_deck_file(const std::string& path) {
    std::string text;
    DeckLoadResult failure;
    if (!read_deck_file(path, text, failure)) return failure;
    DeckLoadResult result = parse_deck_json(text, file_name_of(path));
    if (result.deck) result.deck->file_path = path;
    return result;
}

}  // namespace study
