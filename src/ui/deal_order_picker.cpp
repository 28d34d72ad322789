// deal_order_picker.cpp: the "Order" button of the game modes (see deal_order_picker.h).
#include "ui/deal_order_picker.h"

#include "ui/widgets.h"

namespace study::ui {

std::string deal_order_label(DealOrder used) {
    switch (used) {
        case DealOrder::due_first: return "Order: due first";
        case DealOrder::deck: return "Order: deck";
        case DealOrder::shuffled: return "Order: shuffled";
    }
    return "Order";
}

bool deal_order_button(DealOrder used, std::optional<DealOrder>& chosen) {
    if (!button("option-order", deal_order_label(used))) return false;
    const auto& orders = deal_orders();
    for (std::size_t i = 0; i < orders.size(); ++i) {
        if (orders[i] == used) chosen = orders[(i + 1) % orders.size()];
    }
    return true;
}

}  // namespace study::ui
