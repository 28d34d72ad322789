// progress_file.h: the progress store as one versioned JSON document
// (docs/progress-format.md), read from untrusted bytes without ever throwing, and kept
// in a file written safely with a backup: a damaged file falls back to its backup and
// the student is told.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/progress_store.h"

namespace study {

constexpr const char* kProgressFormat = "study-arcade-progress";
constexpr int kProgressVersion = 1;
constexpr std::size_t kMaxProgressFileBytes = 64u * 1024u * 1024u;

// The whole store as JSON (compact); `saved_ms` is recorded as when it was written.
std::string progress_to_json(const ProgressStore& store, std::int64_t saved_ms);

// A hash of everything a card's JSON holds: equal hashes, same text.
std::uint64_t progress_card_hash(const CardProgress& card);

struct ProgressRead {
    bool ok = false;
    ProgressStore store;
    std::string error;       // when !ok: what is wrong, in plain words
    int skipped_entries = 0; // entries with a wrong shape, left out (ok stays true)
};

// True when `text` starts like a progress document (its "format" among the first bytes):
// an import can tell a progress file from a deck without parsing it twice.
bool looks_like_progress(std::string_view text);

// Reads a progress document; the memories are rebuilt with `model`. A document of a
// newer version is refused; an older one is migrated.
ProgressRead progress_from_json(std::string_view text, const MemoryModel& model);

struct ProgressFileLoad {
    ProgressStore store;
    std::string notice;  // for the student when something was wrong ("" when all was well)
    bool keep_file = false;  // the file is from a newer app: never save over it
};

// Loads `path`: a missing file is an empty store; a damaged one is moved aside into
// `damaged_folder` and its backup used when that is good (the notice says which).
ProgressFileLoad load_progress_file(const std::string& path, const std::string& damaged_folder, const MemoryModel& model);

// Writes a document made by progress_to_json or a ProgressWriter to `path` safely
// (previous version kept as backup); false with `error`.
bool save_progress_text(const std::string& path, const std::string& text, std::string& error);

// Saves the store to `path` safely (previous version kept as backup); false with `error`.
bool save_progress_file(const std::string& path, const ProgressStore& store, std::int64_t now_ms, std::string& error);

}  // namespace study
