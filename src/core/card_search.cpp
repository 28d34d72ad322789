// card_search.cpp: folded-text search over a deck's cards (see card_search.h).
#include "core/card_search.h"

#include "core/text_fold.h"

namespace study {

std::vector<std::string> query_words(std::string_view query) {
    std::vector<std::string> words;
    std::string folded = fold_text(query);
    std::string word;
    for (char c : folded) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

CardSearchIndex::CardSearchIndex(const std::vector<Card>& cards) {
    folded_.reserve(cards.size());
    for (const Card& card : cards) folded_.push_back(fold_text(card.term) + "\n" + fold_text(card.definition));
}

std::vector<int> CardSearchIndex::filter(std::string_view query) const {
    const std::vector<std::string> words = query_words(query);
    std::vector<int> matches;
    for (std::size_t i = 0; i < folded_.size(); ++i) {
        bool all_found = true;
        for (const std::string& word : words) {
            if (folded_[i].find(word) == std::string::npos) {
                all_found = false;
                break;
            }
        }
        if (all_found) matches.push_back(static_cast<int>(i));
    }
    return matches;
}

}  // namespace study
