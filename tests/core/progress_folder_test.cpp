// progress_folder_test.cpp: the progress folder keeps exactly the store (round trip), a
// save after one answer rewrites one shard file and a save with no change none, a deck
// that grows is split again without leaving old files behind (an answer taken back stays
// taken back), the single progress file of earlier versions is read and then moved into
// the folder, and a damaged shard falls back to its backup.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/progress_folder.h"
#include "core/safe_file.h"
#include "fresh_folder.h"

using namespace study;
using study::testing::fresh_folder;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kStart = 1'767'225'600'000;  // 2026-01-01 00:00 UTC

AnswerEvent answer(const std::string& card, std::int64_t time_ms, AnswerOutcome outcome = AnswerOutcome::right) {
    return AnswerEvent{card, StudyMode::quiz, AnswerFormat::recall, outcome, time_ms};
}

int json_files_in(const fs::path& folder) {
    int count = 0;
    for (const auto& entry : fs::directory_iterator(folder)) count += entry.path().extension() == ".json" ? 1 : 0;
    return count;
}

}  // namespace

TEST_CASE("the progress folder keeps the store, and a save rewrites only the shard that changed") {
    const fs::path root = fresh_folder("study_arcade_progress_folder");
    const MemoryModel model;
    ProgressStore store;
    for (int card = 0; card < 3000; ++card) store.record("big", answer("c" + std::to_string(card), kStart + card), model);
    store.record("small", answer("a", kStart), model);
    store.record_session("big", StudyMode::quiz, {kStart, 8, 10, 60});
    store.deck("big").matching_best_seconds[6] = 21.5;
    std::string error;
    ProgressFolder folder((root / "progress").string());
    REQUIRE(folder.save(store, kStart, error));
    CHECK(folder.files_written() == 4 + 1);  // 3,000 cards in 4 shards, and the small deck
    CHECK(json_files_in(root / "progress") == 5);

    CHECK(folder.save(store, kStart, error));
    CHECK(folder.files_written() == 0);  // nothing changed
    store.record("big", answer("c42", kStart + 10 * kMsPerDay), model);
    REQUIRE(folder.save(store, kStart, error));
    CHECK(folder.files_written() == 1);
    store.record_session("big", StudyMode::snowman, {kStart, 1, 1, 5});  // the deck's state: shard 0
    REQUIRE(folder.save(store, kStart, error));
    CHECK(folder.files_written() == 1);

    ProgressFolder again((root / "progress").string());
    const ProgressFileLoad load = again.load("", (root / "damaged").string(), model);
    CHECK(load.notice.empty());
    CHECK(progress_to_json(load.store, 0) == progress_to_json(store, 0));
    CHECK(again.save(load.store, kStart, error));
    CHECK(again.files_written() == 0);  // a clean load: the files already hold it all
    fs::remove_all(root);
}

TEST_CASE("a growing deck is split again, and the old files go (an answer taken back stays taken back)") {
    const fs::path root = fresh_folder("study_arcade_progress_folder_split");
    const MemoryModel model;
    ProgressStore store;
    for (int card = 0; card < 1000; ++card) store.record("d", answer("c" + std::to_string(card), kStart), model);
    store.record("d", answer("c7", kStart + kMsPerDay, AnswerOutcome::wrong), model);
    std::string error;
    ProgressFolder folder((root / "progress").string());
    REQUIRE(folder.save(store, kStart, error));
    CHECK(json_files_in(root / "progress") == 1);
    AnswerEvent undo = answer("c7", 0);
    undo.retract = true;
    store.record("d", undo, model);
    for (int card = 1000; card < 1100; ++card) store.record("d", answer("c" + std::to_string(card), kStart), model);
    REQUIRE(folder.save(store, kStart, error));
    CHECK(folder.files_written() == 2);
    CHECK(json_files_in(root / "progress") == 2);
    const ProgressFileLoad load = ProgressFolder((root / "progress").string()).load("", (root / "damaged").string(), model);
    CHECK(load.store.find_deck("d")->cards.size() == 1100);
    CHECK(load.store.find_deck("d")->cards.at("c7").reviews.size() == 1);
    fs::remove_all(root);
}

TEST_CASE("the single progress file of earlier versions is read, then moved into the folder") {
    const fs::path root = fresh_folder("study_arcade_progress_folder_legacy");
    const MemoryModel model;
    ProgressStore store;
    store.record("crm", answer("a", kStart), model);
    std::string error;
    REQUIRE(save_progress_file((root / "progress.json").string(), store, kStart, error));
    ProgressFolder folder((root / "progress").string());
    const ProgressFileLoad load = folder.load((root / "progress.json").string(), (root / "damaged").string(), model);
    CHECK(load.notice.empty());
    CHECK(load.store.find_deck("crm")->cards.count("a") == 1);
    REQUIRE(folder.save(load.store, kStart, error));
    CHECK(folder.files_written() == 1);
    CHECK_FALSE(fs::exists(root / "progress.json"));
    const ProgressFileLoad after = ProgressFolder((root / "progress").string()).load((root / "progress.json").string(),
                                                                                    (root / "damaged").string(), model);
    CHECK(after.store.find_deck("crm")->cards.count("a") == 1);
    fs::remove_all(root);
}

TEST_CASE("a damaged shard falls back to its backup, and the student is told") {
    const fs::path root = fresh_folder("study_arcade_progress_folder_damaged");
    const MemoryModel model;
    ProgressStore store;
    store.record("crm", answer("a", kStart), model);
    std::string error;
    ProgressFolder folder((root / "progress").string());
    REQUIRE(folder.save(store, kStart, error));
    store.record("crm", answer("b", kStart + 1), model);
    REQUIRE(folder.save(store, kStart, error));  // the first version is now the backup
    fs::path shard;
    for (const auto& entry : fs::directory_iterator(root / "progress")) {
        if (entry.path().extension() == ".json") shard = entry.path();
    }
    std::ofstream(shard, std::ios::trunc) << "{\"format\":\"study-arcade-progress\",\"version\":1,\"decks\":{\"crm\":";
    const ProgressFileLoad load = ProgressFolder((root / "progress").string()).load("", (root / "damaged").string(), model);
    CHECK(load.notice.find("the previous copy was used") != std::string::npos);
    CHECK(load.store.find_deck("crm")->cards.count("a") == 1);
    fs::remove_all(root);
}
