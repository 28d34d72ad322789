// deck_export.cpp: JSON and tab-separated export (see deck_export.h).
#include "core/deck_export.h"

#include <nlohmann/json.hpp>

namespace study {

namespace {

std::string tsv_field(const std::string& text) {
    if (text.find_first_of("\t\n\r") == std::string::npos && (text.empty() || text[0] != '"')) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace

std::string export_deck_json(const Deck& deck, int indent) {
    nlohmann::ordered_json document = {{"format", "study-arcade-deck"}, {"version", 1}, {"id", deck.id},
                                       {"title", deck.title}};
    nlohmann::ordered_json source = nlohmann::ordered_json::object();
    if (!deck.source.site.empty()) source["site"] = deck.source.site;
    if (!deck.source.author.empty()) source["author"] = deck.source.author;
    if (!deck.source.page.empty()) source["page"] = deck.source.page;
    if (!source.empty()) document["source"] = source;
    if (!deck.language.empty()) document["language"] = deck.language;
    nlohmann::ordered_json cards = nlohmann::ordered_json::array();
    for (const Card& card : deck.cards) {
        if (card.is_statement) {
            cards.push_back({{"id", card.id}, {"statement", card.term}, {"answer", card.statement_is_true}});
        } else {
            cards.push_back({{"id", card.id}, {"term", card.term}, {"definition", card.definition}});
        }
    }
    document["cards"] = cards;
    return document.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string export_deck_tsv(const Deck& deck) {
    std::string text;
    for (const Card& card : deck.cards) text += tsv_field(card.term) + "\t" + tsv_field(card.definition) + "\n";
    return text;
}

}  // namespace study
