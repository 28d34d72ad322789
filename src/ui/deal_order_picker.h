// deal_order_picker.h: the "Order" button every game mode shows among its options: it
// names the order the cards are dealt in (due and weakest first, deck order, shuffled)
// and each click picks the next one. The rule and the orders are in core/deal_order.h.
#pragma once

#include <optional>
#include <string>

#include "core/deal_order.h"

namespace study::ui {

// The button's label for the order in use, e.g. "Order: due first".
std::string deal_order_label(DealOrder used);
// Draws the button (id "option-order"); on a click sets `chosen` to the order after
// `used` and returns true (the mode then deals again).
bool deal_order_button(DealOrder used, std::optional<DealOrder>& chosen);

}  // namespace study::ui
