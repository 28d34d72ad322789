// deck_library.cpp: loading decks from folders and files (see deck_library.h).
#include "core/deck_library.h"

#include <algorithm>

#include "core/file_system.h"

namespace study {

namespace {

bool is_deck_file(const std::string& name) {
    const auto ends_with = [&](const std::string& suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return ends_with(".json") && !ends_with(".schema.json");
}

}  // namespace

void DeckLibrary::load_folder(const std::string& folder) {
    std::vector<std::string> names;
    std::string error;
    if (!list_folder(folder, names, error)) {
        problems.push_back(DeckProblem{folder, -1, "", "", "deck folder could not be read (" + error + ")",
                                       ProblemSeverity::rejected_deck});
        return;
    }
    for (const std::string& name : names) {  // sorted
        if (is_deck_file(name)) add(load_deck_file(join_path(folder, name)));
    }
    sort_by_title();
}

void DeckLibrary::sort_by_title() {
    std::stable_sort(decks.begin(), decks.end(), [](const Deck& a, const Deck& b) { return a.title < b.title; });
}

int DeckLibrary::load_file(const std::string& path) {
    const std::string wanted = resolved_path(path);
    for (std::size_t i = 0; !wanted.empty() && i < decks.size(); ++i) {
        if (!decks[i].file_path.empty() && resolved_path(decks[i].file_path) == wanted) {
            return static_cast<int>(i);  // already in the library (e.g. a shipped deck)
        }
    }
    return add(load_deck_file(path));
}

int DeckLibrary::add(DeckLoadResult result) {
    problems.insert(problems.end(), result.problems.begin(), result.problems.end());
    if (!result.deck) return -1;
    Deck& deck = *result.deck;
    // Two files with one id (a copy of a deck, say): keep both, make the second id unique.
    const std::string base_id = deck.id;
    for (int n = 2; find(deck.id) >= 0; ++n) deck.id = base_id + "-" + std::to_string(n);
    decks.push_back(std::move(deck));
    return static_cast<int>(decks.size()) - 1;
}

int DeckLibrary::find(const std::string& deck_id) const {
    for (std::size_t i = 0; i < decks.size(); ++i) {
        if (decks[i].id == deck_id) return static_cast<int>(i);
    }
    return -1;
}

int DeckLibrary::rejected_file_count() const {
    return static_cast<int>(std::count_if(problems.begin(), problems.end(), [](const DeckProblem& problem) {
        return problem.severity == ProblemSeverity::rejected_deck;
    }));
}

}  // namespace study
