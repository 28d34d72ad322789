// scorm_command.cpp: `study-deck scorm` (see scorm_command.h). The package is staged in
// a temporary folder (the web build's files, deck.json, scorm-settings.json and
// imsmanifest.xml listing them all) and zipped by Debian's `zip` program.
#include "cli/scorm_command.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/deck_export.h"
#include "core/deck_loader.h"
#include "core/launch_link.h"
#include "core/link_options.h"
#include "core/safe_file.h"
#include "core/scorm_manifest.h"

namespace study::cli {

namespace fs = std::filesystem;

namespace {

const char* kScormUsage =
    "usage: study-deck scorm --deck DECK.json --mode flashcards|matching|snowman|quiz|learn [--OPTION VALUE ...]\n"
    "                        [--mastery PERCENT] [--title TITLE] [--site DIR] -o COURSE.zip\n"
    "  mode options as in links (docs/embedding.md), e.g. --questions 10 --types mc,tf --answer term\n"
    "  --mastery: the score (0-100) that passes; without it the LMS records completed\n"
    "  --site: the web build (default: build-wasm/site beside the program or here)\n";

// The files of the web build the package needs (course-example.* is a demo page; the
// .gz and .br copies are for web servers, an LMS serves the files as they are).
bool wanted_site_file(const fs::path& relative) {
    const std::string name = relative.filename().string();
    const fs::path extension = relative.extension();
    return name.rfind("course-example", 0) != 0 && extension != ".map" && extension != ".gz" && extension != ".br";
}

std::optional<fs::path> find_site(const std::string& given, const std::string& program_path) {
    std::vector<fs::path> candidates;
    if (!given.empty()) candidates.push_back(given);
    else {
        if (const char* env = std::getenv("STUDY_ARCADE_SITE")) candidates.push_back(env);
        std::error_code error;
        const fs::path program = fs::weakly_canonical(fs::path(program_path), error);
        if (!error) candidates.push_back(program.parent_path().parent_path() / "build-wasm" / "site");
        candidates.push_back(fs::path("build-wasm") / "site");
    }
    for (const fs::path& site : candidates) {
        std::error_code error;
        if (fs::is_regular_file(site / "index.html", error) && fs::is_regular_file(site / "scorm.html", error)) return site;
    }
    return std::nullopt;
}

// Checks the mode's options as a link would (the same readers, the same messages).
std::vector<LinkProblem> check_mode_options(const std::string& mode, const LinkParameters& options, const Deck& deck) {
    std::vector<LinkProblem> problems;
    if (mode == "flashcards") { FlashcardsOptions o; read_link_options(options, o, problems); }
    else if (mode == "matching") { MatchingOptions o; read_link_options(options, o, problems); }
    else if (mode == "snowman") { SnowmanOptions o; read_link_options(options, o, problems); }
    else if (mode == "learn") { LearnOptions o; read_link_options(options, o, problems); }
    else if (mode == "quiz") {
        QuizOptions o;
        read_link_options(options, o, problems);
        if (problems.empty() && o.questions > static_cast<int>(deck.cards.size()))
            problems.push_back({"questions", "questions must be at most the deck's " + std::to_string(deck.cards.size()) + " cards."});
    } else {
        problems.push_back({"mode", "There is no mode \"" + mode + "\": use flashcards, matching, snowman, quiz or learn."});
    }
    return problems;
}

// Runs `zip -q -r -X -D OUT .` inside `folder`; "" when it worked, else why not.
std::string zip_folder(const fs::path& folder, const fs::path& output) {
    const pid_t child = fork();
    if (child < 0) return std::string("could not start zip: ") + std::strerror(errno);
    if (child == 0) {
        if (chdir(folder.c_str()) != 0) _exit(126);
        execlp("zip", "zip", "-q", "-r", "-X", "-D", output.c_str(), ".", static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) return std::string("zip did not finish: ") + std::strerror(errno);
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) return "the zip program is missing (apt-get install zip)";
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return "zip failed (exit " + std::to_string(WEXITSTATUS(status)) + ")";
    return "";
}

int usage_error(const std::string& message) {
    std::fprintf(stderr, "study-deck scorm: %s\n%s", message.c_str(), kScormUsage);
    return 2;
}

}  // namespace

int run_scorm(const std::vector<std::string>& args, const std::string& program_path) {
    std::string deck_path, mode, output, site_given, title;
    std::optional<double> mastery;
    LinkParameters options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 2 || arg[0] != '-') return usage_error("unexpected \"" + arg + "\"");
        if (i + 1 >= args.size()) return usage_error(arg + " needs a value");
        const std::string value = args[++i];
        if (arg == "--deck") deck_path = value;
        else if (arg == "--mode") mode = value;
        else if (arg == "-o" || arg == "--output") output = value;
        else if (arg == "--site") site_given = value;
        else if (arg == "--title") title = value;
        else if (arg == "--mastery") {
            char* end = nullptr;
            const double percent = std::strtod(value.c_str(), &end);
            if (value.empty() || *end != '\0' || !(percent >= 0 && percent <= 100))
                return usage_error("--mastery must be a number from 0 to 100 (got \"" + value + "\")");
            mastery = percent;
        } else if (arg.rfind("--", 0) == 0) {
            const std::string name = arg.substr(2);
            if (name == "deck" || name == "mode" || name == "embed" || name == "origin" || name == "xapi")
                return usage_error("--" + name + " is set by the package itself");
            options[name] = value;
        } else {
            return usage_error("unexpected \"" + arg + "\"");
        }
    }
    if (deck_path.empty() || mode.empty() || output.empty()) return usage_error("--deck, --mode and -o are needed");

    const DeckLoadResult loaded = load_deck_file(deck_path);
    for (const DeckProblem& problem : loaded.problems) std::fprintf(stderr, "%s\n", problem.to_text().c_str());
    if (!loaded.deck) {
        std::fprintf(stderr, "study-deck scorm: %s: rejected\n", deck_path.c_str());
        return 1;
    }
    const Deck& deck = *loaded.deck;
    const std::vector<LinkProblem> problems = check_mode_options(mode, options, deck);
    for (const LinkProblem& problem : problems) std::fprintf(stderr, "study-deck scorm: --%s: %s\n", problem.parameter.c_str(), problem.message.c_str());
    if (!problems.empty()) return 2;
    const std::optional<fs::path> site = find_site(site_given, program_path);
    if (!site) {
        std::fprintf(stderr, "study-deck scorm: no web build found%s%s: build it with ./build_wasm.sh, or give --site DIR\n",
                     site_given.empty() ? "" : " at ", site_given.c_str());
        return 1;
    }
    if (title.empty()) {
        std::string mode_title = mode;
        mode_title[0] = static_cast<char>(mode_title[0] - 'a' + 'A');
        title = deck.title + " \xE2\x80\x93 " + mode_title;
    }

    // Staging folder: the web build, the deck, the settings and the manifest.
    std::error_code error;
    const fs::path stage = fs::temp_directory_path(error) / ("study-deck-scorm-" + std::to_string(getpid()));
    fs::remove_all(stage, error);
    fs::create_directories(stage, error);
    if (error) {
        std::fprintf(stderr, "study-deck scorm: cannot make %s: %s\n", stage.c_str(), error.message().c_str());
        return 1;
    }
    struct Cleanup { fs::path path; ~Cleanup() { std::error_code e; fs::remove_all(path, e); } } cleanup{stage};
    std::vector<std::string> files;
    for (fs::recursive_directory_iterator it(*site, error), end; !error && it != end; it.increment(error)) {
        if (!it->is_regular_file(error)) {
            if (error) break;
            continue;
        }
        const fs::path relative = fs::relative(it->path(), *site, error);
        if (error) break;
        if (!wanted_site_file(relative) || relative == "imsmanifest.xml") continue;
        fs::create_directories((stage / relative).parent_path(), error);
        fs::copy_file(it->path(), stage / relative, fs::copy_options::overwrite_existing, error);
        if (error) break;
        files.push_back(relative.generic_string());
    }
    if (error) {
        std::fprintf(stderr, "study-deck scorm: copying the web build failed: %s\n", error.message().c_str());
        return 1;
    }
    nlohmann::json settings = {{"format", "study-arcade-scorm"}, {"version", 1}, {"title", title},
                               {"deck", "deck.json"}, {"deckId", deck.id}, {"mode", mode},
                               {"options", options}, {"mastery", nullptr}};
    if (mastery) settings["mastery"] = *mastery;
    const std::pair<std::string, std::string> written[] = {
        {"deck.json", export_deck_json(deck)},
        {"scorm-settings.json", settings.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"}};
    for (const auto& [name, content] : written) {
        std::string why;
        if (!write_file_safely((stage / name).string(), content, why, false)) {
            std::fprintf(stderr, "study-deck scorm: %s\n", why.c_str());
            return 1;
        }
        if (std::find(files.begin(), files.end(), name) == files.end()) files.push_back(name);
    }
    std::sort(files.begin(), files.end());
    const ScormManifest manifest{"study-arcade-" + deck.id + "-" + mode, title, "scorm.html", files, mastery};
    std::string why;
    if (!write_file_safely((stage / "imsmanifest.xml").string(), scorm_manifest_xml(manifest), why, false)) {
        std::fprintf(stderr, "study-deck scorm: %s\n", why.c_str());
        return 1;
    }

    // Zipped next to the output, then renamed over it: a failure leaves the old file whole.
    const fs::path target = fs::absolute(output, error);
    const fs::path partial = target.string() + ".partial.zip";
    fs::remove(partial, error);
    why = zip_folder(stage, partial);
    if (!why.empty()) {
        fs::remove(partial, error);
        std::fprintf(stderr, "study-deck scorm: %s\n", why.c_str());
        return 1;
    }
    fs::rename(partial, target, error);
    if (error) {
        std::fprintf(stderr, "study-deck scorm: cannot write %s: %s\n", output.c_str(), error.message().c_str());
        return 1;
    }
    const std::string passing = mastery ? "passed from " + std::to_string(static_cast<int>(*mastery)) + "%" : "no mastery score";
    std::fprintf(stderr, "wrote %s: SCORM 1.2 package \"%s\", %zu files + imsmanifest.xml (%s)\n", output.c_str(),
                 title.c_str(), files.size(), passing.c_str());
    return 0;
}

}  // namespace study::cli
