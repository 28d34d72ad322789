// deck.cpp: small queries over the deck data model.
#include "core/deck.h"

#include <unordered_map>

namespace study {

int Deck::statement_count() const {
    int count = 0;
    for (const Card& card : cards) count += card.is_statement ? 1 : 0;
    return count;
}

int Deck::pair_count() const { return static_cast<int>(cards.size()) - statement_count(); }

std::string Deck::source_line() const {
    std::string line = source.site;
    if (!source.author.empty()) {
        if (!line.empty()) line += " \xC2\xB7 ";  // middle dot
        line += source.author;
    }
    return line;
}

bool is_language_tag(const std::string& tag) {
    if (tag.empty() || tag.size() > 35) return false;
    std::size_t start = 0;
    for (int part = 0;; ++part) {
        std::size_t end = tag.find('-', start);
        if (end == std::string::npos) end = tag.size();
        const std::size_t length = end - start;
        if (part == 0 ? (length < 2 || length > 3) : (length < 1 || length > 8)) return false;
        for (std::size_t i = start; i < end; ++i) {
            const char c = tag[i];
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (part == 0 || c < '0' || c > '9')) return false;
        }
        if (end == tag.size()) return true;
        start = end + 1;
    }
}

DeckChanges compare_decks(const Deck& before, const Deck& after) {
    std::unordered_map<std::string, const Card*> old_cards;
    for (const Card& card : before.cards) old_cards.emplace(card.id, &card);
    DeckChanges changes;
    for (const Card& card : after.cards) {
        const auto found = old_cards.find(card.id);
        if (found == old_cards.end()) {
            ++changes.added;
            continue;
        }
        const Card& old = *found->second;
        const bool same = old.term == card.term && old.definition == card.definition &&
                          old.is_statement == card.is_statement && old.statement_is_true == card.statement_is_true;
        ++(same ? changes.unchanged : changes.changed);
        old_cards.erase(found);
    }
    changes.removed = static_cast<int>(old_cards.size());
    return changes;
}

}  // namespace study
