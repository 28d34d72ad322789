// deck.cpp: small queries over the deck data model.
#include "core/deck.h"

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

}  // namespace study
