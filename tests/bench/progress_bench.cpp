// progress_bench.cpp: saving and loading a big progress store (issue 14's benchmark):
// 20,000 cards with 10 reviews each, in all four modes, over 60 days. Prints the bytes
// stored and the milliseconds to serialize, save (safely, with the backup) and load
// (read, parse, replay every card's memory) as one file, and a save after one answer and
// a load of the app's progress folder (progress_folder.h), the median of 5 runs each.
// Not a test.
//   usage: progress_bench [cards] [--write FILE]   (FILE: the progress file, for the
//   browser half of the benchmark, tests/bench/progress_bench.mjs)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/progress_file.h"
#include "core/progress_folder.h"
#include "core/safe_file.h"

using namespace study;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kReviewsPerCard = 10;
constexpr int kRuns = 5;
constexpr std::int64_t kStartMs = 1780000000000;  // June 2026

ProgressStore make_store(int cards, const MemoryModel& model) {
    ProgressStore store;
    const StudyMode modes[] = {StudyMode::flashcards, StudyMode::matching, StudyMode::snowman, StudyMode::quiz};
    std::uint32_t seed = 12345;
    const auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 8; };
    for (int review = 0; review < kReviewsPerCard; ++review) {  // in time order, as a student gives them
        for (int card = 0; card < cards; ++card) {
            AnswerEvent event;
            event.card_id = "card-" + std::to_string(card + 1);
            event.mode = modes[next() % 4];
            event.format = event.mode == StudyMode::flashcards ? AnswerFormat::self_report
                           : event.mode == StudyMode::matching ? AnswerFormat::recognition
                                                                : AnswerFormat::recall;
            event.outcome = next() % 5 == 0 ? AnswerOutcome::wrong : AnswerOutcome::right;
            event.time_ms = kStartMs + review * 6 * kMsPerDay + card * 1000;
            store.record("bench-deck", event, model);
        }
    }
    for (int game = 0; game < 50; ++game) {
        store.record_session("bench-deck", modes[game % 4], {kStartMs + game * kMsPerDay, 8, 10, 95.5});
    }
    return store;
}

template <typename Work>
double median_ms(Work work) {
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int cards = 20000;
    std::string write_to;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--write" && i + 1 < argc) write_to = argv[++i];
        else cards = std::max(1, std::atoi(arg.c_str()));
    }
    const MemoryModel model;
    const auto built_at = Clock::now();
    const ProgressStore store = make_store(cards, model);
    const double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - built_at).count();

    const std::string folder = (std::filesystem::temp_directory_path() / "study_arcade_progress_bench").string();
    std::filesystem::create_directories(folder);
    const std::string path = folder + "/progress.json";
    std::string text, error;
    const double serialize_ms = median_ms([&] { text = progress_to_json(store, kStartMs); });
    const double save_ms = median_ms([&] {
        if (!save_progress_file(path, store, kStartMs, error)) std::fprintf(stderr, "save failed: %s\n", error.c_str());
    });
    // The app's save after an answer: the progress folder rewrites only the changed shard.
    const std::string shards = folder + "/progress";
    ProgressStore playing = store;
    ProgressFolder kept(shards);
    kept.save(playing, kStartMs, error);
    int answers = 0, files_per_save = 0;
    const double save_after_answer_ms = median_ms([&] {
        AnswerEvent event;
        event.card_id = "card-" + std::to_string(++answers);
        event.time_ms = kStartMs + 100 * kMsPerDay + answers;
        playing.record("bench-deck", event, model);
        if (!kept.save(playing, kStartMs, error)) std::fprintf(stderr, "save failed: %s\n", error.c_str());
        files_per_save = kept.files_written();
    });
    const double folder_load_ms = median_ms([&] { (void)ProgressFolder(shards).load("", folder + "/damaged", model); });
    std::size_t loaded_cards = 0;
    const double load_ms = median_ms([&] {
        const ProgressFileLoad load = load_progress_file(path, folder + "/damaged", model);
        loaded_cards = load.store.find_deck("bench-deck") ? load.store.find_deck("bench-deck")->cards.size() : 0;
    });
    const double parse_ms = median_ms([&] { (void)progress_from_json(text, model); });
    if (!write_to.empty() && !write_file_safely(write_to, text, error, false)) {
        std::fprintf(stderr, "could not write %s: %s\n", write_to.c_str(), error.c_str());
        return 1;
    }
    std::printf("{\"cards\":%d,\"reviews\":%d,\"bytes\":%zu,\"record_all_ms\":%.1f,\"serialize_ms\":%.1f,"
                "\"save_ms\":%.1f,\"save_after_answer_ms\":%.1f,\"files_per_save\":%d,\"parse_ms\":%.1f,\"load_ms\":%.1f,"
                "\"folder_load_ms\":%.1f,\"loaded_cards\":%zu}\n",
                cards, cards * kReviewsPerCard, text.size(), build_ms, serialize_ms, save_ms, save_after_answer_ms,
                files_per_save, parse_ms, load_ms, folder_load_ms, loaded_cards);
    std::filesystem::remove_all(folder);
    return loaded_cards == static_cast<std::size_t>(cards) ? 0 : 1;
}
