// link_options.h: each game mode's options as link parameters (docs/embedding.md), read
// with a plain message for every bad or unknown value and written back for the Embed /
// share dialog. One reader and one writer per mode.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/flashcards.h"
#include "core/launch_link.h"
#include "core/learn.h"
#include "core/matching.h"
#include "core/quiz.h"
#include "core/snowman.h"

namespace study {

using LinkParameters = std::map<std::string, std::string>;

// Reads typed values out of a mode's parameters; each one read is ticked off, and
// finish() reports those left over as unknown for this mode.
class LinkOptionReader {
public:
    LinkOptionReader(LinkParameters parameters, std::string mode, std::vector<LinkProblem>& problems)
        : parameters_(std::move(parameters)), mode_(std::move(mode)), problems_(problems) {}

    void flag(const std::string& name, bool& value);
    void number(const std::string& name, int& value, int low, int high);
    // One of `allowed` (the first is written in the message as the example).
    // True when the parameter was there and allowed.
    bool choice(const std::string& name, std::string& value, const std::vector<std::string>& allowed);
    // The raw text, for values a mode checks itself.
    bool text(const std::string& name, std::string& value);
    void problem(const std::string& name, const std::string& message) { problems_.push_back({name, message}); }
    void finish();

private:
    const std::string* take(const std::string& name);

    LinkParameters parameters_;
    std::string mode_;
    std::vector<LinkProblem>& problems_;
    std::vector<std::string> taken_;
};

// Every mode also takes order=due|deck|shuffle (core/deal_order.h), written back when chosen.

// Flashcards: side=term|definition (shown first), shuffle=1|0 (deck order or shuffled;
// order= wins over it, and is written back only for "due").
void read_link_options(const LinkParameters& parameters, FlashcardsOptions& options, std::vector<LinkProblem>& problems);
LinkParameters link_options_of(const FlashcardsOptions& options);

// Matching: round=4..10 (pairs per round).
void read_link_options(const LinkParameters& parameters, MatchingOptions& options, std::vector<LinkProblem>& problems);
LinkParameters link_options_of(const MatchingOptions& options);

// Snowman: words=1..100 or all, long=1|0 (terms over 32 letters too).
void read_link_options(const LinkParameters& parameters, SnowmanOptions& options, std::vector<LinkProblem>& problems);
LinkParameters link_options_of(const SnowmanOptions& options);

// Quiz: questions=1..1000 (at most the deck's size), types=mc,tf,written,match (any of
// them, comma-separated), answer=term|definition|mixed.
void read_link_options(const LinkParameters& parameters, QuizOptions& options, std::vector<LinkProblem>& problems);
LinkParameters link_options_of(const QuizOptions& options);

// Learn: goal=all|1..120 (every card learned, or a session of that many minutes),
// answer=term|definition.
void read_link_options(const LinkParameters& parameters, LearnOptions& options, std::vector<LinkProblem>& problems);
LinkParameters link_options_of(const LearnOptions& options);

}  // namespace study
