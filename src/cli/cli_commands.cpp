// cli_commands.cpp: `import` and `check` (see cli_commands.h).
#include "cli/cli_commands.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/deck_export.h"
#include "core/deck_import.h"
#include "core/progress_file.h"
#include "core/safe_file.h"
#include "cli/scorm_command.h"

namespace study::cli {

namespace {

const char* kCliUsage =
    "usage: study-deck import FILE [-o OUT.json] [--format auto|json|tsv|csv|anki] [--title TITLE]\n"
    "                         [--language TAG]   (the cards' language, a BCP 47 tag: es, pt-BR; for reading aloud)\n"
    "       study-deck check DECK.json [DECK.json ...]\n"
    "       study-deck merge-progress PROGRESS.json [PROGRESS.json ...] -o OUT.json\n"
    "       study-deck scorm --deck DECK.json --mode MODE [--OPTION VALUE ...] [--mastery PERCENT] -o COURSE.zip\n";

const char* severity_word(ProblemSeverity severity) {
    switch (severity) {
        case ProblemSeverity::rejected_deck: return "error";
        case ProblemSeverity::skipped_card: return "skipped";
        case ProblemSeverity::warning: return "warning";
    }
    return "";
}

void print_problems(const DeckLoadResult& result) {
    for (const DeckProblem& problem : result.problems) {
        std::fprintf(stderr, "%s: %s\n", severity_word(problem.severity), problem.to_text().c_str());
    }
}

std::string summary(const std::string& file, const DeckLoadResult& result) {
    if (!result.deck) return file + ": rejected";
    const Deck& deck = *result.deck;
    return file + ": \"" + deck.title + "\", " + std::to_string(deck.cards.size()) + " cards (" +
           std::to_string(deck.statement_count()) + " true/false), " + std::to_string(result.skipped_cards) +
           " skipped";
}

int run_import(const std::vector<std::string>& args) {
    std::string input, output;
    ImportOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if ((arg == "-o" || arg == "--output") && has_value) output = args[++i];
        else if (arg == "--title" && has_value) options.title = args[++i];
        else if (arg == "--language" && has_value) {
            options.language = args[++i];
            if (!is_language_tag(options.language)) {
                std::fprintf(stderr, "study-deck import: \"%s\" is not a language tag like es or pt-BR\n%s",
                             options.language.c_str(), kCliUsage);
                return 2;
            }
        }
        else if (arg == "--format" && has_value) {
            const std::string format = args[++i];
            if (format == "auto") options.format = ImportFormat::automatic;
            else if (format == "json") options.format = ImportFormat::json;
            else if (format == "tsv") options.format = ImportFormat::tab_separated;
            else if (format == "csv") options.format = ImportFormat::csv;
            else if (format == "anki") options.format = ImportFormat::anki;
            else {
                std::fprintf(stderr, "study-deck import: unknown format \"%s\"\n%s", format.c_str(), kCliUsage);
                return 2;
            }
        } else if (input.empty() && (arg.empty() || arg[0] != '-')) input = arg;
        else {
            std::fprintf(stderr, "study-deck import: unexpected \"%s\"\n%s", arg.c_str(), kCliUsage);
            return 2;
        }
    }
    if (input.empty()) {
        std::fprintf(stderr, "study-deck import: which file?\n%s", kCliUsage);
        return 2;
    }
    const DeckLoadResult result = import_deck_file(input, options);
    print_problems(result);
    std::fprintf(stderr, "%s\n", summary(input, result).c_str());
    if (!result.deck) return 1;
    const std::string json = export_deck_json(*result.deck);
    if (output.empty()) {
        std::fwrite(json.data(), 1, json.size(), stdout);
        return 0;
    }
    std::string error;
    if (!write_file_safely(output, json, error)) {  // the file that was there is kept whole
        std::fprintf(stderr, "study-deck import: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr, "wrote %s\n", output.c_str());
    return 0;
}

// Unites progress files (from several browsers or devices) into one: nothing is lost,
// the same answer twice counts once.
int run_merge_progress(const std::vector<std::string>& args) {
    std::vector<std::string> inputs;
    std::string output;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) output = args[++i];
        else inputs.push_back(args[i]);
    }
    if (inputs.empty() || output.empty()) {
        std::fprintf(stderr, "study-deck merge-progress: which files, and -o where?\n%s", kCliUsage);
        return 2;
    }
    const MemoryModel model;
    ProgressStore merged;
    for (const std::string& input : inputs) {
        std::string text, error;
        if (!read_whole_file(input, text, error, kMaxProgressFileBytes)) {
            std::fprintf(stderr, "error: %s\n", error.c_str());
            return 1;
        }
        const ProgressRead read = progress_from_json(text, model);
        if (!read.ok) {
            std::fprintf(stderr, "error: %s %s\n", input.c_str(), read.error.c_str());
            return 1;
        }
        if (read.skipped_entries > 0) {
            std::fprintf(stderr, "warning: %s: %d unreadable entries left out\n", input.c_str(), read.skipped_entries);
        }
        merged.merge(read.store, model);
    }
    std::string error;
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch()).count();
    if (!save_progress_file(output, merged, now, error)) {
        std::fprintf(stderr, "study-deck merge-progress: %s\n", error.c_str());
        return 1;
    }
    std::size_t cards = 0;
    for (const auto& [deck_id, deck] : merged.decks()) cards += deck.cards.size();
    std::fprintf(stderr, "wrote %s: %zu decks, %zu cards\n", output.c_str(), merged.decks().size(), cards);
    return 0;
}

int run_check(const std::vector<std::string>& files) {
    if (files.empty()) {
        std::fprintf(stderr, "study-deck check: which deck file?\n%s", kCliUsage);
        return 2;
    }
    int status = 0;
    for (const std::string& file : files) {
        const DeckLoadResult result = load_deck_file(file);
        print_problems(result);
        std::printf("%s\n", summary(file, result).c_str());
        if (!result.deck) status = 1;
    }
    return status;
}

}  // namespace

const char* usage() { return kCliUsage; }

int run_cli_command(int argc, char** argv) {
    if (argc < 2) return -1;
    const std::string command = argv[1];
    if (command != "import" && command != "check" && command != "merge-progress" && command != "scorm") return -1;
    const std::vector<std::string> args(argv + 2, argv + argc);
    // Built without exceptions: every failure is returned and reported by the command.
    if (command == "merge-progress") return run_merge_progress(args);
    if (command == "scorm") return run_scorm(args, argv[0]);
    return command == "import" ? run_import(args) : run_check(args);
}

}  // namespace study::cli
