// fuzz_user_deck_file.cpp: the file name an imported deck is saved under, chosen from its
// id (the id comes from the imported file): user_deck_file_stem in user_decks.h, and
// add_user_deck end to end. Checks: the stem is non-empty, has no '/' and no "..", and
// with "-N.json" fits a 255-byte file name; the deck is saved (a failure here is a bad
// file name) under such a name in the folder asked for; saving the same id again picks
// another name; deleting removes both. Files go to a fresh temporary folder in
// $STUDY_ARCADE_FUZZ_TMP when set, else in /dev/shm (or the system's temporary folder).
#include <filesystem>

#include "core/user_decks.h"
#include "fuzz_check.h"

namespace fs = std::filesystem;

namespace {

// A fresh folder for this process, removed at exit.
struct TemporaryFolder {
    std::string path;
    TemporaryFolder() {
        const char* chosen = std::getenv("STUDY_ARCADE_FUZZ_TMP");
        const fs::path base = chosen && *chosen ? fs::path(chosen)
                              : fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        path = (base / "study-arcade-fuzz-XXXXXX").string();
        fuzz::check(mkdtemp(path.data()) != nullptr, "a temporary folder can be made", path);
    }
    ~TemporaryFolder() {
        std::error_code error;
        fs::remove_all(path, error);
    }
};

const std::string& temporary_folder() {
    static const TemporaryFolder folder;
    return folder.path;
}

void check_name(const std::string& name, const char* what) {
    fuzz::check(!name.empty() && name.size() <= 255, what, name);
    fuzz::check(name.find('/') == std::string::npos && name.find("..") == std::string::npos, what, name);
}

void check_file_name(const study::Deck& deck, const std::string& folder) {
    const fs::path path(deck.file_path);
    check_name(path.filename().string(), "a user deck's file name has 1 to 255 bytes, no '/' and no \"..\"");
    fuzz::check(path.parent_path() == fs::path(folder), "a user deck is saved in the user's folder", deck.file_path);
    fuzz::check(fs::exists(path), "a saved user deck's file exists", deck.file_path);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& folder = temporary_folder();
    study::Deck deck;
    deck.id.assign(reinterpret_cast<const char*>(data), size);
    const std::string stem = study::user_deck_file_stem(deck.id);
    check_name(stem + "-999999.json", "user_deck_file_stem gives a non-empty stem without '/' or \"..\" that fits a file name");
    check_name(stem, "user_deck_file_stem gives a non-empty stem without '/' or \"..\" that fits a file name");

    deck.title = "Fuzzed deck";
    deck.cards.push_back({"c1", "term", "definition", false, true});

    study::DeckLibrary library;
    std::string error;
    const int first = study::add_user_deck(library, deck, folder, error).index;
    fuzz::check(first >= 0, "a user deck with any id can be saved", error + " | id: " + deck.id);
    const int second = study::add_user_deck(library, deck, folder, error).index;
    fuzz::check(second >= 0, "a user deck with any id can be saved twice", error + " | id: " + deck.id);
    const study::Deck &one = library.decks[static_cast<std::size_t>(first)], &two = library.decks[static_cast<std::size_t>(second)];
    check_file_name(one, folder);
    check_file_name(two, folder);
    fuzz::check(one.file_path != two.file_path && one.id != two.id, "a second save of an id gets its own file", two.file_path);

    const std::string paths[] = {one.file_path, two.file_path};
    fuzz::check(study::delete_user_deck(library, second, error), "a user deck can be deleted", error);
    fuzz::check(study::delete_user_deck(library, first, error), "a user deck can be deleted", error);
    for (const std::string& path : paths) fuzz::check(!fs::exists(path), "a deleted user deck's file is gone", path);
    return 0;
}
