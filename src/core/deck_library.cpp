// deck_library.cpp: loading decks from folders and files (see deck_library.h).
#include "core/deck_library.h"

#include <algorithm>
#include <filesystem>

namespace study {

namespace fs = std::filesystem;

namespace {

bool is_deck_file(const fs::path& path) {
    const std::string name = path.filename().string();
    const auto ends_with = [&](const std::string& suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return ends_with(".json") && !ends_with(".schema.json");
}

}  // namespace

void DeckLibrary::load_folder(const std::string& folder) {
    std::error_code error;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (is_deck_file(it->path())) files.push_back(it->path());
    }
    if (error) {
        problems.push_back(DeckProblem{folder, -1, "", "", "deck folder could not be read (" + error.message() + ")",
                                       ProblemSeverity::rejected_deck});
        return;
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) add(load_deck_file(file.string()));
    std::stable_sort(decks.begin(), decks.end(), [](const Deck& a, const Deck& b) { return a.title < b.title; });
}

int DeckLibrary::load_file(const std::string& path) {
    std::error_code error;
    const fs::path wanted = fs::weakly_canonical(path, error);
    for (std::size_t i = 0; !error && i < decks.size(); ++i) {
        std::error_code other_error;
        if (!decks[i].file_path.empty() && fs::weakly_canonical(decks[i].file_path, other_error) == wanted) {
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
