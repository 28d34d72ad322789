// fold_benchmark.cpp: times fold_text over about 4 MB of each of three kinds of card text
// (ASCII, Latin with accents and curly quotes, Cyrillic/Greek/Vietnamese/CJK), as a deck
// screen folds every card of a 20,000-card deck once. Prints numbers, asserts nothing.
//
//   g++ -std=c++17 -O3 -Isrc tools/fold_benchmark.cpp src/core/text_fold.cpp
//       src/core/unicode_fold_table.cpp -o /tmp/fold_benchmark && /tmp/fold_benchmark
//   (web: em++ with the same files and -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0
//    -sALLOW_MEMORY_GROWTH=1 -o /tmp/fold_benchmark.js, then node /tmp/fold_benchmark.js)
//
// Arguments: [ascii|mixed|other [repetitions]]; the best of the repetitions (7) is shown.
#include "core/text_fold.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

static std::vector<std::string> cards(const std::vector<std::string>& parts, std::size_t bytes) {
    std::vector<std::string> out;
    std::size_t total = 0, i = 0;
    while (total < bytes) {
        std::string card;
        for (int k = 0; k < 4; ++k) card += parts[(i++ * 7 + k) % parts.size()] + " ";
        total += card.size();
        out.push_back(card);
    }
    return out;
}

static int reps = 7;
static void run(const char* name, const std::vector<std::string>& corpus) {
    std::size_t bytes = 0;
    for (auto& c : corpus) bytes += c.size();
    double best = 1e9;
    std::size_t sink = 0;
    for (int rep = 0; rep < reps; ++rep) {
        auto t0 = std::chrono::steady_clock::now();
        for (auto& c : corpus) sink += study::fold_text(c).size();
        auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::printf("%-28s %5.2f MB in %6zu strings: best %7.2f ms  (%6.1f MB/s)  (check %zu)\n", name, bytes / 1e6,
                corpus.size(), best, bytes / 1e3 / best, sink % 7);
}

int main(int argc, char** argv) {
    const std::string only = argc > 1 ? argv[1] : "";
    if (argc > 2) reps = std::atoi(argv[2]);
    std::vector<std::string> ascii = {"Customer relationship management", "The process of acquiring customers",
        "Lifetime value predicts profit", "a CRM system stores contacts, deals and tasks", "Net Promoter Score (NPS)",
        "churn rate: customers lost / customers at start", "Segmentation by RFM: recency, frequency, monetary"};
    std::vector<std::string> mixed = ascii;
    for (const char* s : {"Caf\u00E9 r\u00E9sum\u00E9 \u2013 the customer\u2019s \u201Cvoice\u201D",
                          "Stra\u00DFe, \u0141\u00F3d\u017A, na\u00EFve co\u00F6perate\u2026",
                          "\u00C9tude de march\u00E9 \u2014 segmentaci\u00F3n"}) mixed.push_back(s);
    std::vector<std::string> other = {"\u041F\u0440\u0438\u0432\u0435\u0442 \u043C\u0438\u0440, \u0401\u0436\u0438\u043A \u0438 \u0439\u043E\u0434",
        "\u039B\u038C\u0393\u039F\u03A3 \u03BA\u03B1\u03B9 \u03AC\u03BB\u03BB\u03B1 \u03C0\u03C1\u03AC\u03B3\u03BC\u03B1\u03C4\u03B1",
        "Vi\u1EC7t Nam \u0111\u1EB9p l\u1EAFm", "\u6F22\u5B57\u3068\u304B\u306A \uD55C\uAD6D\uC5B4"};
    if (only.empty() || only == "ascii") run("ASCII deck text", cards(ascii, 4'000'000));
    if (only.empty() || only == "mixed") run("mixed (Latin accents, quotes)", cards(mixed, 4'000'000));
    if (only.empty() || only == "other") run("Cyrillic/Greek/Vietn./CJK", cards(other, 4'000'000));
}
