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
