// deal_order.cpp: the order a game mode deals its cards in (see deal_order.h).
#include "core/deal_order.h"

#include <algorithm>
#include <unordered_map>

#include "core/deck.h"
#include "core/progress_store.h"

namespace study {

namespace {
struct DealOrderNames {
    DealOrder order;
    const char* name;
    const char* title;
};
const DealOrderNames kNames[] = {
    {DealOrder::due_first, "due", "Due and weakest first"},
    {DealOrder::deck, "deck", "Deck order"},
    {DealOrder::shuffled, "shuffle", "Shuffled"},
};
}  // namespace

const char* deal_order_name(DealOrder order) { return kNames[static_cast<int>(order)].name; }
const char* deal_order_title(DealOrder order) { return kNames[static_cast<int>(order)].title; }

std::optional<DealOrder> deal_order_from_name(const std::string& name) {
    for (const DealOrderNames& entry : kNames) {
        if (name == entry.name) return entry.order;
    }
    return std::nullopt;
}

const std::vector<DealOrder>& deal_orders() {
    static const std::vector<DealOrder> orders = {DealOrder::due_first, DealOrder::deck, DealOrder::shuffled};
    return orders;
}

DealOrder effective_deal_order(std::optional<DealOrder> chosen, bool deck_has_progress, DealOrder mode_default) {
    if (chosen) return *chosen;
    return deck_has_progress ? DealOrder::due_first : mode_default;
}

std::vector<CardSchedule> card_schedules(const Deck& deck, const DeckProgress* progress) {
    std::vector<CardSchedule> schedules(deck.cards.size());
    if (!progress) return schedules;
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        const auto found = progress->cards.find(deck.cards[i].id);
        if (found == progress->cards.end() || found->second.last_review_ms == 0) continue;
        schedules[i] = {found->second.memory, found->second.last_review_ms};
    }
    return schedules;
}

std::vector<int> cards_in_deal_order(DealOrder order, const std::vector<CardSchedule>& cards, std::int64_t now_ms,
                                     const MemoryModel& model, double desired_retention) {
    std::vector<int> indices;
    if (order == DealOrder::shuffled) return indices;
    if (order == DealOrder::deck) {
        for (std::size_t i = 0; i < cards.size(); ++i) indices.push_back(static_cast<int>(i));
        return indices;
    }
    for (std::size_t i : due_and_weakest_first(cards, now_ms, model, desired_retention).all()) indices.push_back(static_cast<int>(i));
    return indices;
}

void arrange_for_deal(std::vector<int>& cards, const std::vector<int>& order, Random& random) {
    if (order.empty()) {
        random.shuffle(cards);
        return;
    }
    std::unordered_map<int, std::size_t> place;
    for (std::size_t i = 0; i < order.size(); ++i) place.emplace(order[i], i);
    const auto place_of = [&place, &order](int card) {
        const auto found = place.find(card);
        return found == place.end() ? order.size() : found->second;
    };
    std::stable_sort(cards.begin(), cards.end(), [&place_of](int a, int b) { return place_of(a) < place_of(b); });
}

}  // namespace study
