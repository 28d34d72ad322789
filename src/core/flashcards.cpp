// flashcards.cpp: the Flashcards session (see flashcards.h).
#include "core/flashcards.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/json_fields.h"
#include "core/random.h"

namespace study {

namespace {

const char* box_name(FlashcardBox box) {
    return box == FlashcardBox::know ? "know" : box == FlashcardBox::dont_know ? "dont_know" : "none";
}

FlashcardBox box_from_name(const std::string& name) {
    return name == "know" ? FlashcardBox::know : name == "dont_know" ? FlashcardBox::dont_know : FlashcardBox::none;
}

// The index of the card with `id` in `ids`, or -1.
int index_of(const std::vector<std::string>& ids, const std::string& id) {
    const auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? -1 : static_cast<int>(it - ids.begin());
}

}  // namespace

FlashcardSession::FlashcardSession(const Deck& deck, FlashcardsOptions options, std::uint64_t seed, double now)
    : deck_(deck), options_(options), seed_(seed) {
    restart(now);
}

void FlashcardSession::deal(double now) {
    pile_.clear();
    for (int i = 0; i < static_cast<int>(deck_.cards.size()); ++i) pile_.push_back(i);
    Random random(seed_ + 0x51ED2701ull * deals_);
    if (!options_.deal_order.empty()) arrange_for_deal(pile_, options_.deal_order, random);
    else if (options_.shuffle) random.shuffle(pile_);
    ++deals_;
    flipped_ = false;
    started_at_ = now;
    banked_seconds_ = 0;
    clock_running_ = !pile_.empty();
}

void FlashcardSession::restart(double now) {
    know_.clear();
    dont_know_.clear();
    history_.clear();
    retries_ = 0;
    deal(now);
    ++revision_;
}

bool FlashcardSession::flip() {
    if (pile_.empty()) return false;
    flipped_ = !flipped_;
    return true;
}

bool FlashcardSession::move_current(FlashcardBox to, double now) {
    if (pile_.empty()) return false;
    const int card = pile_.front();
    pile_.erase(pile_.begin());
    box(to).push_back(card);
    history_.push_back({card, FlashcardBox::none, to});
    flipped_ = false;
    stop_clock_if_done(now);
    answered(card, to);
    return true;
}

void FlashcardSession::answered(int card, FlashcardBox box) {
    answers_.answer(deck_.cards[static_cast<std::size_t>(card)].id, AnswerFormat::self_report,
                    box == FlashcardBox::know ? AnswerOutcome::right : AnswerOutcome::wrong);
    ++revision_;
}

void FlashcardSession::retracted(int card) {
    answers_.retract(deck_.cards[static_cast<std::size_t>(card)].id);
    ++revision_;
}

std::vector<AnswerEvent> FlashcardSession::take_events() { return answers_.take(); }

GameReport FlashcardSession::report(double now) const {
    GameReport report;
    report.mode = mode_name(StudyMode::flashcards);
    report.deck_id = deck_.id;
    const FlashcardsSummary totals = summary(now);
    report.score = totals.known;
    report.max_score = totals.total;
    report.seconds = totals.seconds;
    report.completed = pass_complete();
    for (int card : know_) report.cards.push_back({deck_.cards[static_cast<std::size_t>(card)].id, true, 1});
    for (int card : dont_know_) report.cards.push_back({deck_.cards[static_cast<std::size_t>(card)].id, false, 1});
    return report;
}

bool FlashcardSession::know(double now) { return move_current(FlashcardBox::know, now); }
bool FlashcardSession::dont_know(double now) { return move_current(FlashcardBox::dont_know, now); }

void FlashcardSession::remove_from_box(int card, FlashcardBox which) {
    std::vector<int>& cards = box(which);
    cards.erase(std::remove(cards.begin(), cards.end(), card), cards.end());
}

void FlashcardSession::stop_clock_if_done(double now) {
    if (pile_.empty() && clock_running_) {
        banked_seconds_ += now - started_at_;
        clock_running_ = false;
    } else if (!pile_.empty() && !clock_running_) {
        started_at_ = now;
        clock_running_ = true;
    }
}

bool FlashcardSession::take_back(int card_index, double now) {
    const FlashcardBox from = box_of(card_index);
    if (from == FlashcardBox::none) return false;
    remove_from_box(card_index, from);
    pile_.insert(pile_.begin(), card_index);
    history_.push_back({card_index, from, FlashcardBox::none});
    flipped_ = false;
    stop_clock_if_done(now);
    retracted(card_index);
    return true;
}

bool FlashcardSession::undo(double now) {
    if (history_.empty()) return false;
    const Move move = history_.back();
    history_.pop_back();
    if (move.to != FlashcardBox::none) {  // it went into a box: back on top of the pile
        remove_from_box(move.card, move.to);
        pile_.insert(pile_.begin(), move.card);
        retracted(move.card);
    } else {                              // it was taken out of a box: back in, its answer again
        pile_.erase(std::remove(pile_.begin(), pile_.end(), move.card), pile_.end());
        box(move.from).push_back(move.card);
        answered(move.card, move.from);
    }
    flipped_ = false;
    stop_clock_if_done(now);
    return true;
}

bool FlashcardSession::can_retry() const {
    const int missed = static_cast<int>(dont_know_.size());
    return missed >= kRetryThreshold || (pile_.empty() && missed > 0);
}

bool FlashcardSession::retry(double now) {
    if (!can_retry()) return false;
    std::vector<int> again = dont_know_;
    if (options_.shuffle && options_.deal_order.empty()) {
        Random random(seed_ + 0x51ED2701ull * deals_++);
        random.shuffle(again);
    }
    dont_know_.clear();
    pile_.insert(pile_.begin(), again.begin(), again.end());
    history_.clear();
    flipped_ = false;
    ++retries_;
    ++revision_;
    stop_clock_if_done(now);
    return true;
}

FlashcardBox FlashcardSession::box_of(int card_index) const {
    if (std::find(know_.begin(), know_.end(), card_index) != know_.end()) return FlashcardBox::know;
    if (std::find(dont_know_.begin(), dont_know_.end(), card_index) != dont_know_.end()) return FlashcardBox::dont_know;
    return FlashcardBox::none;
}

bool FlashcardSession::shown_side_is_term() const {
    if (pile_.empty()) return true;
    const Card& card = deck_.cards[static_cast<std::size_t>(pile_.front())];
    const bool front_is_term = card.is_statement || options_.term_first;
    return flipped_ ? !front_is_term : front_is_term;
}

const std::string& FlashcardSession::shown_text() const {
    static const std::string none;
    if (pile_.empty()) return none;
    const Card& card = deck_.cards[static_cast<std::size_t>(pile_.front())];
    return shown_side_is_term() ? card.term : card.definition;
}

const std::string& FlashcardSession::hidden_text() const {
    static const std::string none;
    if (pile_.empty()) return none;
    const Card& card = deck_.cards[static_cast<std::size_t>(pile_.front())];
    return shown_side_is_term() ? card.definition : card.term;
}

double FlashcardSession::elapsed(double now) const {
    return banked_seconds_ + (clock_running_ ? std::max(0.0, now - started_at_) : 0.0);
}

FlashcardsSummary FlashcardSession::summary(double now) const {
    return {static_cast<int>(know_.size()), static_cast<int>(dont_know_.size()),
            static_cast<int>(deck_.cards.size()), elapsed(now), retries_};
}

// ---- saving: cards are saved by id, so a deck that changed still restores -------------

nlohmann::json FlashcardSession::to_json(double now) const {
    const auto ids = [&](const std::vector<int>& cards) {
        nlohmann::json list = nlohmann::json::array();
        for (int card : cards) list.push_back(deck_.cards[static_cast<std::size_t>(card)].id);
        return list;
    };
    nlohmann::json history = nlohmann::json::array();
    for (const Move& move : history_) {
        history.push_back({{"card", deck_.cards[static_cast<std::size_t>(move.card)].id},
                           {"from", box_name(move.from)}, {"to", box_name(move.to)}});
    }
    return {{"mode", "flashcards"}, {"deck", deck_.id}, {"seed", seed_}, {"deals", deals_},
            {"term_first", options_.term_first}, {"shuffle", options_.shuffle},
            {"pile", ids(pile_)}, {"know", ids(know_)}, {"dont_know", ids(dont_know_)},
            {"history", history}, {"flipped", flipped_}, {"retries", retries_},
            {"elapsed", elapsed(now)}};
}

bool FlashcardSession::restore(const nlohmann::json& saved, double now) {
    // Every field is checked before anything is read: the pass comes from a file.
    const auto mode = json_field_as<std::string>(saved, "mode");
    const auto deck = json_field_as<std::string>(saved, "deck");
    if (!mode || *mode != "flashcards" || !deck || *deck != deck_.id) return false;
    std::vector<std::string> ids;
    for (const Card& card : deck_.cards) ids.push_back(card.id);
    std::vector<bool> placed(deck_.cards.size(), false);
    auto pile = saved_cards(saved, "pile", ids, placed);
    auto know = saved_cards(saved, "know", ids, placed);
    auto dont_know = saved_cards(saved, "dont_know", ids, placed);
    auto history = saved_history(saved, ids);
    const auto term_first = json_field_as<bool>(saved, "term_first");
    const auto shuffle = json_field_as<bool>(saved, "shuffle");
    const auto seed = json_field_as<std::uint64_t>(saved, "seed");
    const auto deals = json_field_as<std::uint64_t>(saved, "deals");
    const auto flipped = json_field_as<bool>(saved, "flipped");
    const auto retries = json_field_as<int>(saved, "retries");
    const auto elapsed_seconds = json_field_as<double>(saved, "elapsed");
    if (!pile || !know || !dont_know || !history || !term_first || !shuffle || !seed || !deals || !flipped || !retries ||
        !elapsed_seconds) {
        return false;  // nothing was changed yet
    }
    for (std::size_t i = 0; i < placed.size(); ++i) {
        if (!placed[i]) pile->push_back(static_cast<int>(i));  // cards added to the deck since
    }
    // Everything read: now change the session (the deal order stays this session's).
    options_.term_first = *term_first;
    options_.shuffle = *shuffle;
    seed_ = *seed;
    deals_ = *deals;
    pile_ = std::move(*pile);
    know_ = std::move(*know);
    dont_know_ = std::move(*dont_know);
    history_ = std::move(*history);
    flipped_ = *flipped && !pile_.empty();
    retries_ = *retries;
    banked_seconds_ = std::max(0.0, *elapsed_seconds);
    started_at_ = now;
    clock_running_ = !pile_.empty();
    return true;
}

std::optional<std::vector<int>> FlashcardSession::saved_cards(const nlohmann::json& saved, const char* key,
                                                              const std::vector<std::string>& ids, std::vector<bool>& placed) {
    const nlohmann::json* list = json_field(saved, key);
    if (!list || !list->is_array()) return std::nullopt;
    std::vector<int> cards;
    for (const nlohmann::json& id : *list) {
        if (!id.is_string()) return std::nullopt;
        const int index = index_of(ids, id.get_ref<const std::string&>());
        if (index >= 0 && !placed[static_cast<std::size_t>(index)]) {
            placed[static_cast<std::size_t>(index)] = true;
            cards.push_back(index);
        }
    }
    return cards;
}

std::optional<std::vector<FlashcardSession::Move>> FlashcardSession::saved_history(const nlohmann::json& saved,
                                                                                   const std::vector<std::string>& ids) {
    const nlohmann::json* list = json_field(saved, "history");
    if (!list || !list->is_array()) return std::nullopt;
    std::vector<Move> history;
    for (const nlohmann::json& move : *list) {
        const auto card = json_field_as<std::string>(move, "card");
        const auto from = json_field_as<std::string>(move, "from");
        const auto to = json_field_as<std::string>(move, "to");
        if (!card || !from || !to) return std::nullopt;
        const int index = index_of(ids, *card);
        if (index >= 0) history.push_back({index, box_from_name(*from), box_from_name(*to)});
    }
    return history;
}

}  // namespace study
