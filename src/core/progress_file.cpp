// progress_file.cpp: progress <-> JSON, and the progress file (see progress_file.h).
#include "core/progress_file.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

#include "core/file_system.h"
#include "core/message_text.h"
#include "core/safe_file.h"
#include "core/text_fold.h"

namespace study {

using nlohmann::json;

namespace {

bool is_time(const json& value) { return value.is_number_integer() && value.get<std::int64_t>() >= 0; }

// A saved Flashcards pass nests 3 deep (FlashcardSession::to_json). A deeper value is not
// one: kept, it would be copied and written out recursively and could overflow the stack.
constexpr int kMaxPassDepth = 16;

// True when `value` nests deeper than `limit`, found without recursion.
bool nests_deeper_than(const json& value, int limit) {
    std::vector<std::pair<const json*, int>> pending = {{&value, 0}};
    while (!pending.empty()) {
        const auto [item, depth] = pending.back();
        pending.pop_back();
        if (depth > limit) return true;
        if (item->is_structured()) {
            for (const json& child : *item) pending.push_back({&child, depth + 1});
        }
    }
    return false;
}
bool is_finite_number(const json& value) { return value.is_number() && std::isfinite(value.get<double>()); }

bool review_from_json(const json& value, ReviewRecord& review) {
    if (!value.is_array() || value.size() != 4 || !is_time(value[0]) || !value[1].is_string() || !value[2].is_string() ||
        !value[3].is_string()) {
        return false;
    }
    const auto mode = mode_from_name(value[1].get<std::string>());
    const auto format = answer_format_from_name(value[2].get<std::string>());
    const auto outcome = outcome_from_name(value[3].get<std::string>());
    if (!mode || !format || !outcome) return false;
    review = {value[0].get<std::int64_t>(), *mode, *format, *outcome};
    return true;
}

// Appends `text` as a JSON string. Ids are untrusted: one that is not plain printable
// ASCII without quotes goes through nlohmann (escaped; bad UTF-8 replaced, never thrown).
void append_quoted(std::string& out, const std::string& text) {
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; });
    if (!plain) {
        out += json(text).dump(-1, ' ', false, json::error_handler_t::replace);
        return;
    }
    out += '"';
    out += text;
    out += '"';
}

// Appends a whole number (times are non-negative milliseconds) without a temporary string.
void append_integer(std::string& out, std::int64_t value) {
    char digits[24];
    int count = 0;
    const bool negative = value < 0;
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    do {
        digits[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative) out += '-';
    while (count > 0) out += digits[--count];
}

}  // namespace

// FNV-1a over the card's fields.
std::uint64_t progress_card_hash(const CardProgress& card) {
    std::uint64_t hash = 1469598103934665603ull;
    const auto mix = [&hash](std::uint64_t value) { hash = (hash ^ value) * 1099511628211ull; };
    mix(static_cast<std::uint64_t>(card.start_time_ms));
    std::uint64_t bits;
    static_assert(sizeof bits == sizeof card.start.stability, "a double is 64 bits");
    std::memcpy(&bits, &card.start.stability, sizeof bits);
    mix(bits);
    std::memcpy(&bits, &card.start.difficulty, sizeof bits);
    mix(bits);
    mix(card.reviews.size());
    for (const ReviewRecord& review : card.reviews) {
        mix(static_cast<std::uint64_t>(review.time_ms));
        mix(static_cast<std::uint64_t>(review.mode) << 16 | static_cast<std::uint64_t>(review.format) << 8 |
            static_cast<std::uint64_t>(review.outcome));
    }
    return hash;
}

namespace {

// Appends a card as JSON text, written directly: the cards are nearly all of a big store
// (20,000 cards with 10 reviews each serialise about ten times faster than through a
// json DOM, tests/bench/progress_bench.cpp), and their values need no escaping.
void append_card_json(std::string& out, const CardProgress& card) {
    out += '{';
    if (card.start_time_ms != 0) {
        out += "\"start\":";
        out += json{{"stability", card.start.stability}, {"difficulty", card.start.difficulty}, {"time", card.start_time_ms}}.dump();
        out += ',';
    }
    out += "\"reviews\":[";
    for (std::size_t i = 0; i < card.reviews.size(); ++i) {
        const ReviewRecord& review = card.reviews[i];
        out += i == 0 ? "[" : ",[";
        append_integer(out, review.time_ms);
        out += ",\"";
        out += mode_name(review.mode);
        out += "\",\"";
        out += format_name(review.format);
        out += "\",\"";
        out += outcome_name(review.outcome);
        out += "\"]";
    }
    out += "]}";
}

bool card_from_json(const json& value, CardProgress& card, int& skipped) {
    if (!value.is_object()) return false;
    if (const auto start = value.find("start"); start != value.end()) {
        if (!start->is_object() || !is_finite_number(start->value("stability", json())) ||
            !is_finite_number(start->value("difficulty", json())) || !is_time(start->value("time", json()))) {
            return false;
        }
        card.start.stability = std::clamp((*start)["stability"].get<double>(), kMinStability, kMaxStability);
        card.start.difficulty = std::clamp((*start)["difficulty"].get<double>(), 1.0, 10.0);
        card.start_time_ms = (*start)["time"].get<std::int64_t>();
    }
    const auto reviews = value.find("reviews");
    if (reviews == value.end() || !reviews->is_array()) return false;
    for (const json& entry : *reviews) {
        ReviewRecord review;
        if (review_from_json(entry, review) && review.time_ms > card.start_time_ms) card.reviews.push_back(review);
        else ++skipped;
    }
    std::stable_sort(card.reviews.begin(), card.reviews.end(),
                     [](const ReviewRecord& a, const ReviewRecord& b) { return a.time_ms < b.time_ms; });
    return true;
}

// Appends a deck's progress as JSON text: its cards written by `append_card` (directly,
// or from a ProgressWriter's cache), the rest (small) through a json object.
template <typename AppendCard>
void append_deck_json(std::string& out, const DeckProgress& deck, AppendCard append_card) {
    out += "{\"cards\":{";
    bool first = true;
    for (const auto& [id, card] : deck.cards) {
        if (!first) out += ',';
        first = false;
        append_quoted(out, id);
        out += ':';
        append_card(out, id, card);
    }
    out += '}';
    json rest = json::object();
    if (!deck.flashcards_pass.is_null()) rest["flashcardsPass"] = deck.flashcards_pass;
    json best = json::object();
    for (const auto& [size, seconds] : deck.matching_best_seconds) best[std::to_string(size)] = seconds;
    rest["matchingBestSeconds"] = std::move(best);
    json sessions = json::object();
    for (const auto& [mode, list] : deck.sessions) {
        json entries = json::array();
        for (const SessionRecord& s : list) entries.push_back(json::array({s.time_ms, s.score, s.max_score, s.seconds}));
        sessions[mode_name(mode)] = std::move(entries);
    }
    rest["sessions"] = std::move(sessions);
    rest["foldedSeconds"] = deck.folded_seconds;
    const std::string text = rest.dump(-1, ' ', false, json::error_handler_t::replace);
    out += ',';
    out.append(text, 1, std::string::npos);  // its members, after the cards
}

void deck_from_json(const json& value, DeckProgress& deck, int& skipped) {
    if (const auto cards = value.find("cards"); cards != value.end() && cards->is_object()) {
        for (const auto& item : cards->items()) {
            CardProgress card;
            if (card_from_json(item.value(), card, skipped)) deck.cards[item.key()] = std::move(card);
            else ++skipped;
        }
    }
    if (const auto pass = value.find("flashcardsPass"); pass != value.end() && pass->is_object()) {
        if (nests_deeper_than(*pass, kMaxPassDepth)) ++skipped;
        else deck.flashcards_pass = *pass;
    }
    if (const auto best = value.find("matchingBestSeconds"); best != value.end() && best->is_object()) {
        for (const auto& item : best->items()) {
            const std::optional<int> size = small_whole_number(item.key(), 3);
            if (size && is_finite_number(item.value()) && item.value().get<double>() >= 0) {
                deck.matching_best_seconds[*size] = item.value().get<double>();
            } else {
                ++skipped;
            }
        }
    }
    if (const auto sessions = value.find("sessions"); sessions != value.end() && sessions->is_object()) {
        for (const auto& item : sessions->items()) {
            const auto mode = mode_from_name(item.key());
            if (!mode || !item.value().is_array()) {
                ++skipped;
                continue;
            }
            for (const json& entry : item.value()) {
                const bool good = entry.is_array() && entry.size() == 4 && is_time(entry[0]) && is_finite_number(entry[1]) &&
                                  is_finite_number(entry[2]) && is_finite_number(entry[3]);
                if (!good) {
                    ++skipped;
                    continue;
                }
                deck.sessions[*mode].push_back({entry[0].get<std::int64_t>(), entry[1].get<double>(), entry[2].get<double>(),
                                                std::max(0.0, entry[3].get<double>())});
            }
        }
    }
    if (const auto folded = value.find("foldedSeconds"); folded != value.end() && is_finite_number(*folded)) {
        deck.folded_seconds = std::max(0.0, folded->get<double>());
    }
}

// Brings a document of an older version up to kProgressVersion. Version 1 is the first;
// each later version adds its step here (documented in docs/progress-format.md).
void migrate_progress(json& /*document*/, int /*from_version*/) {}

}  // namespace

bool looks_like_progress(std::string_view text) {
    // Ours writes "format" first; a tool that sorts keys puts it near the end.
    const auto names_format = [](std::string_view part) {
        return part.find("\"format\"") != std::string_view::npos && part.find(kProgressFormat) != std::string_view::npos;
    };
    return names_format(text.substr(0, 300)) || names_format(text.substr(text.size() > 300 ? text.size() - 300 : 0));
}

namespace {

// The whole document, each card written by `append_card`.
template <typename AppendCard>
std::string document_json(const ProgressStore& store, std::int64_t saved_ms, AppendCard append_card) {
    std::string out = "{\"format\":\"" + std::string(kProgressFormat) + "\",\"version\":" +
                      std::to_string(kProgressVersion) + ",\"saved\":" + std::to_string(saved_ms) + ",\"decks\":{";
    std::size_t reviews = 0, cards = 0;
    for (const auto& [id, deck] : store.decks()) {
        cards += deck.cards.size();
        for (const auto& [card_id, card] : deck.cards) reviews += card.reviews.size();
    }
    out.reserve(out.size() + cards * 48 + reviews * 48);  // one allocation for a big store
    bool first = true;
    for (const auto& entry : store.decks()) {
        const std::string& deck_id = entry.first;  // (a structured binding cannot be captured in C++17)
        if (!first) out += ',';
        first = false;
        append_quoted(out, deck_id);
        out += ':';
        append_deck_json(out, entry.second, [&](std::string& text, const std::string& card_id, const CardProgress& card) {
            append_card(text, deck_id, card_id, card);
        });
    }
    out += "}}";
    return out;
}

}  // namespace

std::string progress_to_json(const ProgressStore& store, std::int64_t saved_ms) {
    return document_json(store, saved_ms, [](std::string& out, const std::string&, const std::string&, const CardProgress& card) {
        append_card_json(out, card);
    });
}


ProgressRead progress_from_json(std::string_view text, const MemoryModel& model) {
    ProgressRead read;
    if (text.size() > kMaxProgressFileBytes) {
        read.error = "is too big to be a progress file";
        return read;
    }
    json document = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) {
        read.error = "is not valid JSON (it was cut short or damaged)";
        return read;
    }
    if (!document.is_object() || document.value("format", json()) != kProgressFormat) {
        read.error = "is not a Study Arcade progress file";
        return read;
    }
    const json version = document.value("version", json());
    if (!version.is_number_integer() || version.get<std::int64_t>() < 1) {
        read.error = "has no valid version (got " + describe_json_value(version) + ")";
        return read;
    }
    if (version.get<std::int64_t>() > kProgressVersion) {
        read.error = "was written by a newer Study Arcade (progress version " + version.dump() + "; this one reads up to " +
                     std::to_string(kProgressVersion) + "): update the app to use it";
        return read;
    }
    migrate_progress(document, static_cast<int>(version.get<std::int64_t>()));
    const auto decks = document.find("decks");
    if (decks == document.end() || !decks->is_object()) {
        read.error = "has no list of decks";
        return read;
    }
    for (const auto& item : decks->items()) {
        if (!item.value().is_object()) {
            ++read.skipped_entries;
            continue;
        }
        DeckProgress& deck = read.store.deck(item.key());
        deck_from_json(item.value(), deck, read.skipped_entries);
        for (auto& [id, card] : deck.cards) ProgressStore::replay(card, model);
    }
    read.ok = true;
    return read;
}

ProgressFileLoad load_progress_file(const std::string& path, const std::string& damaged_folder, const MemoryModel& model) {
    ProgressFileLoad load;
    restore_interrupted_write(path);
    if (!path_exists(path)) return load;
    std::string text, error;
    ProgressRead read;
    if (read_whole_file(path, text, error, kMaxProgressFileBytes)) read = progress_from_json(text, model);
    else read.error = "could not be read";
    if (read.ok) {
        load.store = std::move(read.store);
        return load;
    }
    if (read.error.find("newer Study Arcade") != std::string::npos) {  // not damaged: keep it for the newer app
        load.notice = "Your progress " + read.error + ". It is kept as it is; nothing will be saved over it.";
        load.keep_file = true;
        return load;
    }
    std::string backup_text;
    ProgressRead backup;
    if (read_whole_file(backup_path_of(path), backup_text, error, kMaxProgressFileBytes)) backup = progress_from_json(backup_text, model);
    const std::string moved = move_file_aside(path, damaged_folder, error);
    const std::string kept = moved.empty() ? "" : " The damaged file was kept as " + moved + ".";
    if (backup.ok) {
        load.store = std::move(backup.store);
        load.notice = "Your progress file " + read.error + "; the previous copy was used, so your last answers may be missing." + kept;
    } else {
        load.notice = "Your progress file " + read.error + " and there was no good copy: progress starts again." + kept;
    }
    return load;
}

bool save_progress_file(const std::string& path, const ProgressStore& store, std::int64_t now_ms, std::string& error) {
    return save_progress_text(path, progress_to_json(store, now_ms), error);
}

bool save_progress_text(const std::string& path, const std::string& text, std::string& error) {
    create_folders(path_parent_folder(path));
    return write_file_safely(path, text, error);
}

}  // namespace study
