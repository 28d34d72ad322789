// study_order.cpp: the "due and weakest first" dealing order (see study_order.h).
#include "core/study_order.h"

#include <algorithm>

#include "core/progress_store.h"  // kMsPerDay

namespace study {

std::vector<std::size_t> StudyOrder::all() const {
    std::vector<std::size_t> order = due;
    order.insert(order.end(), fresh.begin(), fresh.end());
    order.insert(order.end(), not_due.begin(), not_due.end());
    return order;
}

StudyOrder due_and_weakest_first(const std::vector<CardSchedule>& cards, std::int64_t now_ms,
                                 const MemoryModel& model, double desired_retention) {
    StudyOrder order;
    std::vector<double> recall(cards.size(), 0.0);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const CardSchedule& card = cards[i];
        if (card.memory.is_new()) {
            order.fresh.push_back(i);
            continue;
        }
        const double elapsed_days = static_cast<double>(now_ms - card.last_review_ms) / kMsPerDay;
        recall[i] = model.recall_probability(card.memory, elapsed_days);
        const std::int64_t due_ms =
            card.last_review_ms +
            static_cast<std::int64_t>(model.interval_days(card.memory.stability, desired_retention)) * kMsPerDay;
        (due_ms <= now_ms ? order.due : order.not_due).push_back(i);
    }
    const auto weakest_first = [&recall](std::size_t a, std::size_t b) { return recall[a] < recall[b]; };
    std::stable_sort(order.due.begin(), order.due.end(), weakest_first);
    std::stable_sort(order.not_due.begin(), order.not_due.end(), weakest_first);
    return order;
}

}  // namespace study
