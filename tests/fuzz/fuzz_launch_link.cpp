// fuzz_launch_link.cpp: the launch link's query string (parse_launch_query), as any page
// may link to the game with any URL, then each mode's link options (read_link_options)
// and the Embed / share link built back (build_launch_query). Checks: every problem's
// parameter and message is valid UTF-8 (the UI sends them on as JSON), so are the values
// kept; building the link and parsing it again gives the same link.
#include "core/launch_link.h"
#include "core/link_options.h"
#include "fuzz_check.h"

namespace {

void check_problems(const std::vector<study::LinkProblem>& problems) {
    for (const study::LinkProblem& problem : problems) {
        fuzz::check_utf8(problem.parameter, "a link problem's parameter is valid UTF-8");
        fuzz::check_utf8(problem.message, "a link problem's message is valid UTF-8");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string query(reinterpret_cast<const char*>(data), size);
    const study::LaunchLinkParse parsed = study::parse_launch_query(query);
    check_problems(parsed.problems);
    const study::LaunchLink& link = parsed.link;
    fuzz::check_utf8(link.deck, "the link's deck is valid UTF-8");
    fuzz::check_utf8(link.mode, "the link's mode is valid UTF-8");
    fuzz::check_utf8(link.origin, "the link's origin is valid UTF-8");
    for (const auto& [name, value] : link.options) {
        fuzz::check_utf8(name, "a link option's name is valid UTF-8");
        fuzz::check_utf8(value, "a link option's value is valid UTF-8");
    }

    std::vector<study::LinkProblem> problems;
    study::FlashcardsOptions flashcards;
    study::read_link_options(link.options, flashcards, problems);
    study::MatchingOptions matching;
    study::read_link_options(link.options, matching, problems);
    study::SnowmanOptions snowman;
    study::read_link_options(link.options, snowman, problems);
    study::QuizOptions quiz;
    study::read_link_options(link.options, quiz, problems);
    check_problems(problems);

    const std::string built = study::build_launch_query(link);
    const study::LaunchLinkParse again = study::parse_launch_query(built);
    const study::LaunchLink& back = again.link;
    fuzz::check(back.deck == link.deck && back.mode == link.mode && back.embed == link.embed &&
                    back.seed == link.seed && back.origin == link.origin && back.options == link.options,
                "build_launch_query + parse_launch_query gives the same link", built);
    return 0;
}
