// card_search.h: the card table's search: every word of the query must appear in the
// card's term or definition, ignoring case, accents and curly-vs-straight quotes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/deck.h"

namespace study {

class CardSearchIndex {
public:
    // Folds every card's text once, so that typing in the search box stays fast on
    // large decks.
    explicit CardSearchIndex(const std::vector<Card>& cards);

    // Indices (in deck order) of the cards that match `query`; all cards for a blank query.
    std::vector<int> filter(std::string_view query) const;

private:
    std::vector<std::string> folded_;  // "term\ndefinition", folded
};

// Splits a folded query into its words (runs of non-space characters).
std::vector<std::string> query_words(std::string_view query);

}  // namespace study
