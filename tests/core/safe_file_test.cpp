// safe_file_test.cpp: files are written through a temporary file and renamed, with the
// previous version kept; a failed write (full disk, no permission) says so and leaves
// the old file whole; a damaged deck file is restored from its backup or moved aside
// and listed, and can be removed (issue 13, case 7).
#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/resource.h>

#include "core/deck_import.h"
#include "core/safe_file.h"
#include "core/user_decks.h"
#include "fresh_folder.h"

using namespace study;
using study::testing::fresh_folder;
namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Runs `write` with the process's file size limit at `max_bytes` (a full disk, as far as
// write() is concerned: it fails with EFBIG instead of raising SIGXFSZ, which is ignored).
template <typename Write>
void with_file_size_limit(rlim_t max_bytes, Write write) {
    rlimit old_limit{};
    getrlimit(RLIMIT_FSIZE, &old_limit);
    const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = old_limit;
    limit.rlim_cur = max_bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
    write();
    setrlimit(RLIMIT_FSIZE, &old_limit);
    std::signal(SIGXFSZ, old_handler);
}

}  // namespace

TEST_CASE("a file is replaced whole and its previous version kept as a backup") {
    const fs::path folder = fresh_folder("study_arcade_safe_file_test");
    const std::string path = (folder / "deck.json").string();
    std::string error;
    REQUIRE(write_file_safely(path, "first", error));
    CHECK(read_text(path) == "first");
    CHECK_FALSE(fs::exists(backup_path_of(path)));  // nothing was there before
    REQUIRE(write_file_safely(path, "second", error));
    CHECK(read_text(path) == "second");
    CHECK(read_text(backup_path_of(path)) == "first");
    CHECK_FALSE(fs::exists(path + ".tmp"));
    REQUIRE(write_file_safely(path, "third", error, false));
    CHECK(read_text(path) == "third");
    CHECK(read_text(backup_path_of(path)) == "first");  // not kept this time
}

TEST_CASE("a write that fails part way (full disk) is reported and leaves the old file whole") {
    const fs::path folder = fresh_folder("study_arcade_safe_file_full");
    const std::string path = (folder / "deck.json").string();
    std::string error;
    REQUIRE(write_file_safely(path, "the old deck", error));
    bool written = true;
    with_file_size_limit(100, [&] { written = write_file_safely(path, std::string(5000, 'x'), error); });
    CHECK_FALSE(written);
    CHECK(error.find("could not write") != std::string::npos);
    CHECK(error.find("deck.json") != std::string::npos);
    CHECK(read_text(path) == "the old deck");
    CHECK_FALSE(fs::exists(path + ".tmp"));
}

TEST_CASE("a write into a folder that does not exist is reported") {
    std::string error;
    CHECK_FALSE(write_file_safely("/nonexistent-folder-for-test/deck.json", "x", error));
    CHECK(error.find("could not create /nonexistent-folder-for-test/deck.json") == 0);
}

TEST_CASE("an import whose file cannot be written is not added to the library") {
    const fs::path folder = fresh_folder("study_arcade_safe_file_import");
    DeckLibrary library;
    auto imported = import_deck_text("Churn\tcustomers who leave\n", "terms.txt");
    REQUIRE(imported.deck);
    std::string error;
    int index = 0;
    with_file_size_limit(10, [&] { index = add_user_deck(library, *imported.deck, folder.string(), error).index; });
    CHECK(index == -1);
    CHECK(library.decks.empty());
    CHECK_FALSE(error.empty());
    CHECK(fs::is_empty(folder));  // no partial file left behind
    // A deck id far too long for a file name still saves (issue 13, case 6).
    imported.deck->id = std::string(3000, 'q');
    index = add_user_deck(library, *imported.deck, folder.string(), error).index;
    REQUIRE(index == 0);
    CHECK(fs::path(library.decks[0].file_path).filename().string().size() == kMaxUserDeckStem + 5);
}

TEST_CASE("a damaged user deck is restored from its backup, or moved aside, listed and removable") {
    const fs::path folder = fresh_folder("study_arcade_damaged_decks");
    std::string error;
    {
        DeckLibrary library;
        auto imported = import_deck_text("Churn\tcustomers who leave\n", "good.txt");
        REQUIRE(add_user_deck(library, *imported.deck, folder.string(), error).index == 0);
        // Saved a second time (an edit): the first version is the backup.
        REQUIRE(write_file_safely(library.decks[0].file_path, read_text(library.decks[0].file_path), error));
        std::ofstream(library.decks[0].file_path, std::ios::trunc) << "{\"title\": \"cut sho";  // damaged
        std::ofstream(folder / "lost.json") << "not json at all";                              // no backup
        std::ofstream(folder / "half-written.json.tmp") << "{";                                // crash left it
    }
    DeckLibrary library;
    load_user_decks(library, folder.string());
    REQUIRE(library.decks.size() == 1);
    CHECK(library.decks[0].title == "good");
    CHECK(library.decks[0].is_user_deck);
    CHECK(read_text(library.decks[0].file_path).find("customers who leave") != std::string::npos);
    REQUIRE(library.problems.size() == 1);
    CHECK(library.problems[0].to_text().find("its last good copy was restored") != std::string::npos);
    REQUIRE(library.damaged_files.size() == 2);  // the damaged copy of good.json, and lost.json
    CHECK(library.damaged_files[0].name == "good.json");
    CHECK(library.damaged_files[1].name == "lost.json");
    CHECK(library.damaged_files[1].problem.find("lost.json: is not valid JSON") == 0);
    CHECK(fs::exists(folder / "damaged" / "lost.json"));
    CHECK_FALSE(fs::exists(folder / "lost.json"));
    CHECK_FALSE(fs::exists(folder / "half-written.json.tmp"));

    // The next start lists them again (nothing is lost silently) until they are removed.
    DeckLibrary again;
    load_user_decks(again, folder.string());
    CHECK(again.decks.size() == 1);
    CHECK(again.problems.empty());
    REQUIRE(again.damaged_files.size() == 2);
    CHECK(again.damaged_files[1].problem.find("is not valid JSON") != std::string::npos);
    REQUIRE(remove_damaged_file(again, 1, error));
    CHECK(again.damaged_files.size() == 1);
    CHECK_FALSE(fs::exists(folder / "damaged" / "lost.json"));
    CHECK_FALSE(remove_damaged_file(again, 5, error));
}

TEST_CASE("a write cut off between its two renames (no hard links) is undone from the backup at the next start") {
    const fs::path folder = fresh_folder("study_arcade_interrupted_write");
    std::string error;
    // What is left when the old version was renamed to the backup and the new one not yet
    // renamed into place: the backup and a temporary file, no file.
    const fs::path progress = folder / "progress.json";
    REQUIRE(write_file_safely((folder / "progress.json.bak").string(), "{\"format\":\"study-arcade-progress\",\"version\":1,\"decks\":{}}", error, false));
    CHECK(restore_interrupted_write(progress.string()));
    CHECK(fs::exists(progress));
    CHECK_FALSE(fs::exists(folder / "progress.json.bak"));
    CHECK_FALSE(restore_interrupted_write(progress.string()));  // nothing to do now

    // A user deck in that state is found again; a deleted deck does not come back.
    const fs::path decks = folder / "decks";
    fs::create_directories(decks);
    auto imported = import_deck_text("Churn\tcustomers who leave\n", "kept.txt");
    REQUIRE(imported.deck);
    DeckLibrary library;
    REQUIRE(add_user_deck(library, *imported.deck, decks.string(), error).index >= 0);
    REQUIRE(write_file_safely((decks / "kept.json").string(), read_text(decks / "kept.json"), error));  // makes a backup
    fs::rename(decks / "kept.json", decks / "kept.json.bak");
    DeckLibrary restarted;
    load_user_decks(restarted, decks.string());
    CHECK(restarted.find("kept") >= 0);
    REQUIRE(write_file_safely((decks / "kept.json").string(), read_text(decks / "kept.json"), error));
    CHECK(fs::exists(decks / "kept.json.bak"));
    CHECK(delete_user_deck(restarted, restarted.find("kept"), error));
    DeckLibrary after_delete;
    load_user_decks(after_delete, decks.string());
    CHECK(after_delete.find("kept") < 0);
    fs::remove_all(folder);
}
