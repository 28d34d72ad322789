// progress_folder.cpp: progress kept as a folder of shard files (see progress_folder.h).
#include "core/progress_folder.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/file_system.h"
#include "core/safe_file.h"
#include "core/user_decks.h"

namespace study {

namespace {

std::uint64_t text_hash(const std::string& text) {
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
    return hash;
}

std::size_t shard_count(std::size_t cards) {
    std::size_t shards = 1;
    while (cards > shards * kCardsPerProgressShard) shards *= 2;
    return shards;
}

std::size_t shard_of(const std::string& card_id, std::size_t shards) {
    return static_cast<std::size_t>(text_hash(card_id) % shards);
}

// A deck's progress without its cards, as JSON: what shard 0 holds besides its cards.
std::string deck_state_json(const std::string& deck_id, const DeckProgress& deck) {
    ProgressStore state;
    DeckProgress& copy = state.deck(deck_id);
    copy.flashcards_pass = deck.flashcards_pass;
    copy.matching_best_seconds = deck.matching_best_seconds;
    copy.sessions = deck.sessions;
    copy.folded_seconds = deck.folded_seconds;
    return progress_to_json(state, 0);
}

// The hash of each shard's cards (ids and contents, in id order).
std::vector<std::uint64_t> shard_hashes(const DeckProgress& deck, std::size_t shards) {
    std::vector<std::uint64_t> hashes(shards, 1469598103934665603ull);
    for (const auto& [card_id, card] : deck.cards) {
        std::uint64_t& hash = hashes[shard_of(card_id, shards)];
        hash = (hash ^ text_hash(card_id)) * 1099511628211ull;
        hash = (hash ^ progress_card_hash(card)) * 1099511628211ull;
    }
    return hashes;
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string ProgressFolder::file_name(const std::string& deck_id, std::size_t shard, std::size_t shards) const {
    char suffix[64];
    std::snprintf(suffix, sizeof suffix, "-%08x.%zu-of-%zu.json", static_cast<unsigned>(text_hash(deck_id)), shard, shards);
    return user_deck_file_stem(deck_id) + suffix;
}

ProgressFileLoad ProgressFolder::load(const std::string& legacy_file, const std::string& damaged_folder,
                                      const MemoryModel& model) {
    legacy_file_ = legacy_file;
    written_.clear();
    ProgressFileLoad load;
    std::vector<std::string> files;
    std::vector<std::string> names;
    std::string error;
    list_folder(folder_, names, error);  // none when there is no folder yet
    for (const std::string& name : names) {
        const std::string path = join_path(folder_, name);
        if (ends_with(name, ".json")) files.push_back(path);
        else if (ends_with(name, ".json.bak") && restore_interrupted_write(path.substr(0, path.size() - 4))) {
            files.push_back(path.substr(0, path.size() - 4));
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    if (!legacy_file.empty()) {
        restore_interrupted_write(legacy_file);
        if (path_exists(legacy_file)) files.push_back(legacy_file);
    }
    bool clean = true;
    for (const std::string& file : files) {
        ProgressFileLoad part = load_progress_file(file, damaged_folder, model);
        if (!part.notice.empty()) {
            load.notice += (load.notice.empty() ? "" : " ") + part.notice;
            clean = false;
        }
        load.keep_file = load.keep_file || part.keep_file;
        if (load.store.decks().empty()) load.store = std::move(part.store);
        else load.store.merge(part.store, model);
    }
    clean = clean && (legacy_file.empty() || !path_exists(legacy_file));
    if (clean) remember(load.store);  // the files hold exactly this: the first save writes only changes
    return load;
}

void ProgressFolder::remember(const ProgressStore& store) {
    for (const auto& [deck_id, deck] : store.decks()) {
        WrittenDeck& written = written_[deck_id];
        written.shards = shard_count(deck.cards.size());
        written.shard_hashes = shard_hashes(deck, written.shards);
        written.state = deck_state_json(deck_id, deck);
    }
}

bool ProgressFolder::save(const ProgressStore& store, std::int64_t now_ms, std::string& error) {
    files_written_ = 0;
    create_folders(folder_);
    std::set<std::string> expected;
    for (const auto& [deck_id, deck] : store.decks()) {
        const std::size_t shards = shard_count(deck.cards.size());
        const std::vector<std::uint64_t> hashes = shard_hashes(deck, shards);
        const std::string state = deck_state_json(deck_id, deck);
        const auto known = written_.find(deck_id);
        const bool same_split = known != written_.end() && known->second.shards == shards;
        for (std::size_t shard = 0; shard < shards; ++shard) {
            const std::string name = file_name(deck_id, shard, shards);
            expected.insert(name);
            const bool changed = !same_split || known->second.shard_hashes[shard] != hashes[shard] ||
                                 (shard == 0 && known->second.state != state);
            if (!changed) continue;
            ProgressStore part;
            DeckProgress& copy = part.deck(deck_id);
            for (const auto& [card_id, card] : deck.cards) {
                if (shard_of(card_id, shards) == shard) copy.cards.emplace(card_id, card);
            }
            if (shard == 0) {
                copy.flashcards_pass = deck.flashcards_pass;
                copy.matching_best_seconds = deck.matching_best_seconds;
                copy.sessions = deck.sessions;
                copy.folded_seconds = deck.folded_seconds;
            }
            if (!save_progress_text(join_path(folder_, name), progress_to_json(part, now_ms), error)) return false;
            ++files_written_;
        }
        written_[deck_id] = {shards, hashes, state};
    }
    // Files no deck has now (a deck split differently since): their cards are in the new
    // files; kept, they would bring back answers taken back since. Then the legacy file.
    std::vector<std::string> names;
    std::string ignored;
    list_folder(folder_, names, ignored);
    for (const std::string& name : names) {
        const std::string base = ends_with(name, ".bak") ? name.substr(0, name.size() - 4) : name;
        if (ends_with(base, ".json") && expected.count(base) == 0) remove_file(join_path(folder_, name), ignored);
    }
    if (!legacy_file_.empty()) {
        remove_file(backup_path_of(legacy_file_), ignored);
        remove_file(legacy_file_, ignored);
        legacy_file_.clear();
    }
    return true;
}

}  // namespace study
