// user_decks.cpp: saving, loading and deleting imported decks (see user_decks.h).
#include "core/user_decks.h"

#include <algorithm>

#include "core/deck_export.h"
#include "core/file_system.h"
#include "core/safe_file.h"
#include "core/text_fold.h"

namespace study {

namespace {

constexpr const char* kDamagedFolder = "damaged";

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_rejected(const DeckLoadResult& result) { return !result.deck; }

std::string first_problem(const DeckLoadResult& result) {
    for (const DeckProblem& problem : result.problems) {
        if (problem.severity == ProblemSeverity::rejected_deck) return problem.to_text();
    }
    return result.problems.empty() ? "could not be read" : result.problems.front().to_text();
}

// A user deck file that was rejected: restore its backup if that loads, else move it aside.
void handle_damaged(DeckLibrary& library, const std::string& file, const DeckLoadResult& damaged, const std::string& folder) {
    const std::string name = path_file_name(file);
    const std::string damaged_folder = join_path(folder, kDamagedFolder);
    const std::string backup = backup_path_of(file);
    DeckLoadResult restored;
    if (is_regular_file(backup)) restored = load_deck_file(backup);
    std::string error;
    const std::string moved_to = move_file_aside(file, damaged_folder, error);
    if (moved_to.empty()) {  // cannot even move it: report it as it is
        library.problems.insert(library.problems.end(), damaged.problems.begin(), damaged.problems.end());
        library.problems.push_back({name, -1, "", "", "is damaged and " + error, ProblemSeverity::rejected_deck});
        return;
    }
    std::string contents;
    if (restored.deck && read_whole_file(backup, contents, error) && write_file_safely(file, contents, error, false)) {
        restored.deck->file_path = file;
        restored.problems.clear();
        restored.problems.push_back({name, -1, "", "",
                                     "was damaged (" + first_problem(damaged) + "); its last good copy was restored, and "
                                     "the damaged file kept as " + path_file_name(moved_to) +
                                     " in the damaged files",
                                     ProblemSeverity::warning});
        library.add(std::move(restored));
        library.decks.back().is_user_deck = true;
        return;
    }
    library.damaged_files.push_back({name, moved_to, first_problem(damaged)});
}

void list_damaged_files(DeckLibrary& library, const std::string& folder) {
    const std::string damaged_folder = join_path(folder, kDamagedFolder);
    std::vector<std::string> names;
    std::string error;
    list_folder(damaged_folder, names, error);  // sorted; none when there is no such folder
    for (const std::string& name : names) {
        const std::string file = join_path(damaged_folder, name);
        const bool known = std::any_of(library.damaged_files.begin(), library.damaged_files.end(),
                                       [&](const DamagedFile& damaged) { return damaged.path == file; });
        if (known) continue;
        DeckLoadResult result = load_deck_file(file);
        library.damaged_files.push_back({name, file,
                                         result.deck ? "was moved aside earlier; it reads as a deck now: import it again to use it"
                                                     : first_problem(result)});
    }
}

}  // namespace

std::string user_deck_file_stem(const std::string& deck_id) {
    std::string stem = slugify(deck_id);
    if (stem.size() > kMaxUserDeckStem) stem.resize(kMaxUserDeckStem);
    while (!stem.empty() && stem.back() == '-') stem.pop_back();
    return stem.empty() ? "deck" : stem;
}

AddedUserDeck add_user_deck(DeckLibrary& library, Deck deck, const std::string& folder, std::string& error,
                            SameIdDeck same_id) {
    AddedUserDeck added;
    // The id names the file: only a short slug of it, never "../x" or "/tmp/x".
    const std::string base_id = user_deck_file_stem(deck.id);
    deck.id = base_id;
    deck.is_user_deck = true;
    const int existing = library.find(base_id);
    if (existing >= 0 && same_id == SameIdDeck::replace && library.decks[static_cast<std::size_t>(existing)].is_user_deck) {
        Deck& old = library.decks[static_cast<std::size_t>(existing)];
        if (!write_file_safely(old.file_path, export_deck_json(deck, -1), error)) return added;  // keeps a .bak
        added.changes = compare_decks(old, deck);
        added.replaced = true;
        added.index = existing;
        deck.file_path = old.file_path;
        old = std::move(deck);
        return added;
    }
    added.copy_of_shipped = existing >= 0 && !library.decks[static_cast<std::size_t>(existing)].is_user_deck;
    for (int n = 2; library.find(deck.id) >= 0 || path_exists(join_path(folder, deck.id + ".json")); ++n) {
        deck.id = base_id + "-" + std::to_string(n);
    }
    create_folders(folder);
    const std::string path = join_path(folder, deck.id + ".json");
    if (!write_file_safely(path, export_deck_json(deck, -1), error)) return added;
    deck.file_path = path;
    added.changes.added = static_cast<int>(deck.cards.size());
    library.decks.push_back(std::move(deck));
    added.index = static_cast<int>(library.decks.size()) - 1;
    return added;
}

void load_user_decks(DeckLibrary& library, const std::string& folder) {
    if (!is_folder(folder)) return;
    std::vector<std::string> names, files, backups;
    std::string error;
    list_folder(folder, names, error);
    for (const std::string& name : names) {
        const std::string path = join_path(folder, name);
        if (ends_with(name, ".tmp")) {  // left by a write that never finished: the old file is intact
            remove_file(path, error);
        } else if (ends_with(name, ".json") && is_regular_file(path)) {
            files.push_back(path);
        } else if (ends_with(name, ".json.bak")) {
            backups.push_back(path);
        }
    }
    for (const std::string& backup : backups) {  // a save cut off between its renames: the backup is the deck
        const std::string deck_file = backup.substr(0, backup.size() - 4);
        if (restore_interrupted_write(deck_file)) files.push_back(deck_file);
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
        DeckLoadResult result = load_deck_file(file);
        if (is_rejected(result)) {
            handle_damaged(library, file, result, folder);
            continue;
        }
        const int index = library.add(std::move(result));
        if (index >= 0) library.decks[static_cast<std::size_t>(index)].is_user_deck = true;
    }
    list_damaged_files(library, folder);
    std::sort(library.damaged_files.begin(), library.damaged_files.end(),
              [](const DamagedFile& a, const DamagedFile& b) { return a.path < b.path; });
    library.sort_by_title();
}

bool delete_user_deck(DeckLibrary& library, int index, std::string& error) {
    if (index < 0 || static_cast<std::size_t>(index) >= library.decks.size() ||
        !library.decks[static_cast<std::size_t>(index)].is_user_deck) {
        error = "only imported decks can be deleted";
        return false;
    }
    const std::string path = library.decks[static_cast<std::size_t>(index)].file_path;
    std::string reason;
    // The backup first (the user asked for the deck to go): a backup left alone would
    // bring the deck back at the next start (restore_interrupted_write).
    remove_file(backup_path_of(path), reason);
    if (!remove_file(path, reason)) {
        error = "could not delete " + path + " (" + reason + ")";
        return false;
    }
    library.decks.erase(library.decks.begin() + index);
    return true;
}

bool remove_damaged_file(DeckLibrary& library, int index, std::string& error) {
    if (index < 0 || static_cast<std::size_t>(index) >= library.damaged_files.size()) {
        error = "there is no such damaged file";
        return false;
    }
    const std::string path = library.damaged_files[static_cast<std::size_t>(index)].path;
    std::string reason;
    if (!remove_file(path, reason)) {
        error = "could not remove " + path + " (" + reason + ")";
        return false;
    }
    library.damaged_files.erase(library.damaged_files.begin() + index);
    return true;
}

}  // namespace study
