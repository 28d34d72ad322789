// card_search_test.cpp: pins how the card table's search box filters cards.
#include <doctest/doctest.h>

#include "core/card_search.h"

using namespace study;

namespace {
std::vector<Card> sample_cards() {
    return {
        {"c1", "Customer lifetime value", "predicts the profit of a customer\xE2\x80\x99s relationship"},
        {"c2", "Churn", "the rate at which customers stop buying"},
        {"c3", "Touchpoint", "any contact between a customer and the company"},
        {"c4", "Caf\xC3\xA9 loyalty", "a r\xC3\xA9sum\xC3\xA9 of visits"},
    };
}
}  // namespace

TEST_CASE("a blank query shows every card in deck order") {
    CardSearchIndex index(sample_cards());
    CHECK(index.filter("") == std::vector<int>{0, 1, 2, 3});
    CHECK(index.filter("   ") == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("search looks in terms and definitions, ignoring case") {
    CardSearchIndex index(sample_cards());
    CHECK(index.filter("CHURN") == std::vector<int>{1});
    CHECK(index.filter("customer") == std::vector<int>{0, 1, 2});
    CHECK(index.filter("company").size() == 1);
}

TEST_CASE("every word of the query must match, in any order") {
    CardSearchIndex index(sample_cards());
    CHECK(index.filter("customer profit") == std::vector<int>{0});
    CHECK(index.filter("profit customer") == std::vector<int>{0});
    CHECK(index.filter("profit churn").empty());
}

TEST_CASE("search ignores accents and curly quotes") {
    CardSearchIndex index(sample_cards());
    CHECK(index.filter("cafe resume") == std::vector<int>{3});
    CHECK(index.filter("customer's") == std::vector<int>{0});
}
