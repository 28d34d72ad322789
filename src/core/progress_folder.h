// progress_folder.h: where the app keeps progress: a folder of progress files, each a
// whole progress document (progress_file.h) holding one shard of one deck's cards (the
// deck's other state goes with shard 0). A save rewrites only the files whose cards or
// deck state changed since the last save, so a student with 20,000 cards' progress
// writes a few hundred kilobytes after an answer, not ten megabytes (the browser copies
// what it stores; tests/bench/progress_bench.mjs). Export and import still use one file.
//   <folder>/<deck slug>-<hash of the deck id>.<shard>-of-<shards>.json
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/progress_file.h"

namespace study {

// Cards per shard file, at most (about 450 KB with 10 reviews each); shards come in
// powers of two so that a growing deck is split again rarely.
constexpr std::size_t kCardsPerProgressShard = 1024;

class ProgressFolder {
public:
    explicit ProgressFolder(std::string folder = "") : folder_(std::move(folder)) {}

    // Loads every file of the folder and, when there, `legacy_file` (the single progress
    // file of earlier versions), merged into one store. A damaged file falls back to its
    // backup (the notice says so); a newer version's file is kept and never saved over.
    ProgressFileLoad load(const std::string& legacy_file, const std::string& damaged_folder, const MemoryModel& model);

    // Writes the files whose content changed (all of them at the first save after a load
    // that was not clean), removes files of decks split differently since and the legacy
    // file once everything is in the folder. False with `error` at the first failure.
    bool save(const ProgressStore& store, std::int64_t now_ms, std::string& error);

    // Files written by the last save (for the benchmark and tests).
    int files_written() const { return files_written_; }

private:
    struct WrittenDeck {
        std::size_t shards = 0;
        std::vector<std::uint64_t> shard_hashes;  // of the cards in each shard file
        std::string state;                        // the deck's other state, as written
    };
    std::string file_name(const std::string& deck_id, std::size_t shard, std::size_t shards) const;
    void remember(const ProgressStore& store);

    std::string folder_;
    std::string legacy_file_;
    std::map<std::string, WrittenDeck> written_;  // by deck id: what the files hold now
    int files_written_ = 0;
};

}  // namespace study
