// deal_order.h: the order a game mode deals its cards in, chosen by the student or a link
// (`order=due|deck|shuffle`, docs/embedding.md): due and weakest first (the memory model's
// order, core/study_order.h), deck order, or shuffled. "Due and weakest first" is the
// default once the deck has progress, else the mode's own default. The games take the
// resulting card indices as input and arrange what they deal with arrange_for_deal().
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/memory_model.h"
#include "core/random.h"
#include "core/study_order.h"

namespace study {

struct Deck;
struct DeckProgress;

enum class DealOrder { due_first, deck, shuffled };

const char* deal_order_name(DealOrder order);   // in links: "due", "deck", "shuffle"
const char* deal_order_title(DealOrder order);  // on screen: "Due and weakest first", ...
std::optional<DealOrder> deal_order_from_name(const std::string& name);
// The names in the order a picker shows them.
const std::vector<DealOrder>& deal_orders();

// The order chosen, or when none was: due first once the deck has progress, else the
// mode's own default.
DealOrder effective_deal_order(std::optional<DealOrder> chosen, bool deck_has_progress, DealOrder mode_default);

// Each of the deck's cards' memory from its progress (new for a card never studied).
std::vector<CardSchedule> card_schedules(const Deck& deck, const DeckProgress* progress);

// The card indices to deal, all of them: due and weakest first (then new cards in deck
// order, then the rest weakest first), or deck order; empty for shuffled (the game
// shuffles with its own seed, so a seed replays the same game).
std::vector<int> cards_in_deal_order(DealOrder order, const std::vector<CardSchedule>& cards, std::int64_t now_ms,
                                     const MemoryModel& model, double desired_retention = kDefaultDesiredRetention);

// Puts `cards` in the order given: those in `order` by their place there, any others after
// them as they were. An empty `order` shuffles them with `random` instead.
void arrange_for_deal(std::vector<int>& cards, const std::vector<int>& order, Random& random);

}  // namespace study
