// progress_pack.cpp: one deck's progress packed for cmi.suspend_data (see progress_pack.h).
#include "core/progress_pack.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

namespace study {

namespace {

constexpr int kKeptReviewCounts[] = {8, 4, 2, 1, 0};

// A number with 5 significant digits, as short as JSON allows ("4.2", "12.346").
nlohmann::json short_number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.5g", value);
    return nlohmann::json::parse(text, nullptr, false);
}

int review_code(const ReviewRecord& review) {
    return static_cast<int>(review.mode) * 9 + static_cast<int>(review.format) * 3 + static_cast<int>(review.outcome);
}

std::optional<ReviewRecord> review_of_code(std::int64_t time_ms, std::int64_t code) {
    if (code < 0 || code >= 6 * 9) return std::nullopt;
    const int mode = static_cast<int>(code / 9), format = static_cast<int>(code / 3 % 3), outcome = static_cast<int>(code % 3);
    return ReviewRecord{time_ms, static_cast<StudyMode>(mode), static_cast<AnswerFormat>(format),
                        static_cast<AnswerOutcome>(outcome)};
}

// A card's entry keeping its last `keep` reviews (the older ones folded into the memory).
nlohmann::json card_entry(const CardProgress& card, std::size_t keep, std::int64_t base_ms, const MemoryModel& model) {
    MemoryState memory = card.start;
    std::int64_t memory_ms = card.start_time_ms;
    const std::size_t fold = card.reviews.size() > keep ? card.reviews.size() - keep : 0;
    for (std::size_t i = 0; i < fold; ++i) {
        const ReviewRecord& review = card.reviews[i];
        const AnswerEvent event{"", review.mode, review.format, review.outcome, review.time_ms};
        const double days = memory_ms == 0 ? 0.0 : static_cast<double>(review.time_ms - memory_ms) / kMsPerDay;
        memory = model.after_review(memory, days, rating_for(event));
        memory_ms = review.time_ms;
    }
    nlohmann::json entry = nlohmann::json::array();
    if (memory.is_new()) {
        entry.push_back(0);
        entry.push_back(0);
        entry.push_back(0);
        memory_ms = card.reviews.size() > fold ? card.reviews[fold].time_ms : 0;  // the first kept review counts from itself
    } else {
        entry.push_back(short_number(memory.stability));
        entry.push_back(short_number(memory.difficulty));
        entry.push_back(base_ms - memory_ms);
    }
    std::int64_t previous = memory_ms;
    for (std::size_t i = fold; i < card.reviews.size(); ++i) {
        entry.push_back(card.reviews[i].time_ms - previous);
        entry.push_back(review_code(card.reviews[i]));
        previous = card.reviews[i].time_ms;
    }
    // A new memory with kept reviews: the first one's time is given by AGO instead.
    if (memory.is_new() && card.reviews.size() > fold) entry[2] = base_ms - card.reviews[fold].time_ms;
    return entry;
}

std::int64_t last_time(const CardProgress& card) { return card.reviews.empty() ? card.start_time_ms : card.reviews.back().time_ms; }

std::string dump(const nlohmann::json& pack) { return pack.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

}  // namespace

std::string pack_deck_progress(const DeckProgress& progress, const MemoryModel& model, std::size_t max_bytes) {
    // The cards studied, most recently reviewed first (the last ones are dropped first).
    std::vector<std::pair<const std::string*, const CardProgress*>> cards;
    std::int64_t base_ms = 0;
    for (const auto& [id, card] : progress.cards) {
        if (card.reviews.empty() && card.start_time_ms == 0) continue;
        cards.emplace_back(&id, &card);
        base_ms = std::max(base_ms, last_time(card));
    }
    std::stable_sort(cards.begin(), cards.end(), [](const auto& a, const auto& b) { return last_time(*a.second) > last_time(*b.second); });
    nlohmann::json pack = {{"v", 1}, {"t", base_ms}, {"c", nlohmann::json::object()}};
    for (const int keep : kKeptReviewCounts) {
        pack["c"] = nlohmann::json::object();
        for (const auto& [id, card] : cards) pack["c"][*id] = card_entry(*card, static_cast<std::size_t>(keep), base_ms, model);
        std::string text = dump(pack);
        if (text.size() <= max_bytes) return text;
    }
    // Memories only, and still too long: the cards reviewed longest ago are left out.
    pack["c"] = nlohmann::json::object();
    std::size_t size = dump(pack).size();
    for (const auto& [id, card] : cards) {
        nlohmann::json entry = card_entry(*card, 0, base_ms, model);
        const std::size_t more = dump(nlohmann::json{{*id, entry}}).size() - 1;  // "{...}" -> ',' + the entry
        if (size + more > max_bytes) break;
        pack["c"][*id] = std::move(entry);
        size += more;
    }
    std::string text = dump(pack);
    return text.size() <= max_bytes ? text : std::string();
}

std::optional<DeckProgress> unpack_deck_progress(const std::string& text, const MemoryModel& model) {
    const nlohmann::json pack = nlohmann::json::parse(text, nullptr, false);
    if (!pack.is_object() || pack.value("v", nlohmann::json()) != 1) return std::nullopt;
    const auto base = pack.find("t");
    const auto cards = pack.find("c");
    if (base == pack.end() || !base->is_number_integer() || cards == pack.end() || !cards->is_object()) return std::nullopt;
    constexpr std::int64_t kFar = 1'000'000'000'000'000;  // ms: no time in a pack is this far (31,000 years)
    const std::int64_t base_ms = base->get<std::int64_t>();
    if (base_ms < 0 || base_ms > kFar) return std::nullopt;
    const auto in_range = [&](const nlohmann::json& value) {
        return value.is_number_integer() && value.get<std::int64_t>() >= 0 && value.get<std::int64_t>() <= kFar;
    };
    DeckProgress progress;
    for (const auto& [id, entry] : cards->items()) {
        if (!entry.is_array() || entry.size() < 3 || entry.size() % 2 == 0 || id.empty()) continue;
        bool good = entry[0].is_number() && entry[1].is_number() && in_range(entry[2]);
        for (std::size_t i = 3; good && i < entry.size(); ++i) good = in_range(entry[i]);
        if (!good) continue;
        const double stability = entry[0].get<double>(), difficulty = entry[1].get<double>();
        if (!std::isfinite(stability) || !std::isfinite(difficulty) || stability < 0 || stability > kMaxStability ||
            (stability > 0 && (difficulty < 1 || difficulty > 10))) continue;
        CardProgress card;
        std::int64_t time_ms = base_ms - entry[2].get<std::int64_t>();
        if (time_ms < 0) continue;  // before 1970
        if (stability > 0) {
            card.start = MemoryState{std::max(stability, kMinStability), difficulty};
            card.start_time_ms = time_ms;
        }
        for (std::size_t i = 3; good && i + 1 < entry.size(); i += 2) {
            const std::int64_t step = entry[i].get<std::int64_t>();
            const bool first_of_new_card = i == 3 && stability == 0;
            if (first_of_new_card && step != 0) { good = false; break; }  // AGO gave its time
            time_ms += step;
            const auto review = review_of_code(time_ms, entry[i + 1].get<std::int64_t>());
            if (!review) { good = false; break; }
            card.reviews.push_back(*review);
        }
        if (!good || card.reviews.size() > kMaxReviewsPerCard) continue;
        ProgressStore::replay(card, model);
        progress.cards[id] = std::move(card);
    }
    return progress;
}

}  // namespace study
