// link_options.cpp: mode options <-> link parameters (see link_options.h).
#include "core/link_options.h"

#include <algorithm>

#include "core/message_text.h"
#include "core/text_fold.h"

namespace study {

namespace {
const std::string kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";

// order=due|deck|shuffle, every mode.
void read_deal_order(LinkOptionReader& reader, std::optional<DealOrder>& order) {
    std::string name = order ? deal_order_name(*order) : "";
    std::vector<std::string> allowed;
    for (DealOrder each : deal_orders()) allowed.push_back(deal_order_name(each));
    if (reader.choice("order", name, allowed)) order = deal_order_from_name(name);
}

void write_deal_order(LinkParameters& parameters, const std::optional<DealOrder>& order) {
    if (order) parameters["order"] = deal_order_name(*order);
}
}  // namespace

const std::string* LinkOptionReader::take(const std::string& name) {
    const auto found = parameters_.find(name);
    if (found == parameters_.end()) return nullptr;
    taken_.push_back(name);
    return &found->second;
}

void LinkOptionReader::flag(const std::string& name, bool& value) {
    const std::string* text = take(name);
    if (!text) return;
    if (*text == "1" || *text == "true" || *text == "on" || *text == "yes") value = true;
    else if (*text == "0" || *text == "false" || *text == "off" || *text == "no") value = false;
    else problem(name, message_excerpt(name) + " must be 1 or 0 (got " + kOpen + message_excerpt(*text) + kClose + ").");
}

void LinkOptionReader::number(const std::string& name, int& value, int low, int high) {
    const std::string* text = take(name);
    if (!text) return;
    const std::optional<int> parsed = small_whole_number(*text, 9);
    if (!parsed || *parsed < low || *parsed > high) {
        problem(name, message_excerpt(name) + " must be a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
                          " (got " + kOpen + message_excerpt(*text) + kClose + ").");
        return;
    }
    value = *parsed;
}

bool LinkOptionReader::choice(const std::string& name, std::string& value, const std::vector<std::string>& allowed) {
    const std::string* text = take(name);
    if (!text) return false;
    if (std::find(allowed.begin(), allowed.end(), *text) != allowed.end()) {
        value = *text;
        return true;
    }
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i) list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
    problem(name, message_excerpt(name) + " must be " + list + " (got " + kOpen + message_excerpt(*text) + kClose + ").");
    return false;
}

bool LinkOptionReader::text(const std::string& name, std::string& value) {
    const std::string* text = take(name);
    if (text) value = *text;
    return text != nullptr;
}

void LinkOptionReader::finish() {
    for (const auto& [name, value] : parameters_) {
        if (std::find(taken_.begin(), taken_.end(), name) == taken_.end()) {
            problem(name, kOpen + message_excerpt(name) + kClose + " is not a parameter of " + (mode_.empty() ? "the card list" : mode_) + ".");
        }
    }
}

void read_link_options(const LinkParameters& parameters, FlashcardsOptions& options, std::vector<LinkProblem>& problems) {
    LinkOptionReader reader(parameters, "flashcards", problems);
    std::string side = options.term_first ? "term" : "definition";
    reader.choice("side", side, {"term", "definition"});
    options.term_first = side == "term";
    // shuffle=1|0 (older links) chooses shuffled or deck order; order=... wins over it.
    if (parameters.count("shuffle")) {
        reader.flag("shuffle", options.shuffle);
        options.order = options.shuffle ? DealOrder::shuffled : DealOrder::deck;
    }
    read_deal_order(reader, options.order);
    if (options.order == DealOrder::shuffled) options.shuffle = true;
    if (options.order == DealOrder::deck) options.shuffle = false;
    reader.finish();
}

LinkParameters link_options_of(const FlashcardsOptions& options) {
    LinkParameters parameters{{"side", options.term_first ? "term" : "definition"}, {"shuffle", options.shuffle ? "1" : "0"}};
    // shuffle says deck order or shuffled; order= is written only for "due".
    if (options.order == DealOrder::due_first) write_deal_order(parameters, options.order);
    return parameters;
}

void read_link_options(const LinkParameters& parameters, MatchingOptions& options, std::vector<LinkProblem>& problems) {
    LinkOptionReader reader(parameters, "matching", problems);
    reader.number("round", options.round_size, MatchingOptions::kMinRound, MatchingOptions::kMaxRound);
    read_deal_order(reader, options.order);
    reader.finish();
}

LinkParameters link_options_of(const MatchingOptions& options) {
    LinkParameters parameters{{"round", std::to_string(options.round_size)}};
    write_deal_order(parameters, options.order);
    return parameters;
}

void read_link_options(const LinkParameters& parameters, SnowmanOptions& options, std::vector<LinkProblem>& problems) {
    LinkOptionReader reader(parameters, "snowman", problems);
    std::string words;
    if (reader.text("words", words)) {
        if (words == "all") options.words = 0;
        else reader.number("words", options.words, 1, SnowmanOptions::kMaxWords);
    }
    reader.flag("long", options.long_terms);
    read_deal_order(reader, options.order);
    reader.finish();
}

LinkParameters link_options_of(const SnowmanOptions& options) {
    LinkParameters parameters{{"words", options.words == 0 ? "all" : std::to_string(options.words)}, {"long", options.long_terms ? "1" : "0"}};
    write_deal_order(parameters, options.order);
    return parameters;
}

void read_link_options(const LinkParameters& parameters, QuizOptions& options, std::vector<LinkProblem>& problems) {
    LinkOptionReader reader(parameters, "quiz", problems);
    reader.number("questions", options.questions, 1, 1000);
    std::string types;
    if (reader.text("types", types)) {
        QuizOptions chosen = options;
        chosen.multiple_choice = chosen.true_false = chosen.written = chosen.matching = false;
        bool valid = !types.empty();
        std::size_t start = 0;
        while (valid && start <= types.size()) {
            std::size_t end = types.find(',', start);
            if (end == std::string::npos) end = types.size();
            const std::string type = types.substr(start, end - start);
            if (type == "mc") chosen.multiple_choice = true;
            else if (type == "tf") chosen.true_false = true;
            else if (type == "written") chosen.written = true;
            else if (type == "match") chosen.matching = true;
            else valid = false;
            start = end + 1;
        }
        if (valid) options = chosen;
        else reader.problem("types", "types must list mc, tf, written or match, separated by commas (got " + kOpen + message_excerpt(types) + kClose + ").");
    }
    std::string answer = options.answer_with == AnswerWith::term ? "term" : options.answer_with == AnswerWith::definition ? "definition" : "mixed";
    reader.choice("answer", answer, {"term", "definition", "mixed"});
    options.answer_with = answer == "term" ? AnswerWith::term : answer == "definition" ? AnswerWith::definition : AnswerWith::mixed;
    read_deal_order(reader, options.order);
    reader.finish();
}

LinkParameters link_options_of(const QuizOptions& options) {
    std::string types;
    const auto add = [&types](bool on, const char* name) {
        if (on) types += (types.empty() ? "" : ",") + std::string(name);
    };
    add(options.multiple_choice, "mc");
    add(options.true_false, "tf");
    add(options.written, "written");
    add(options.matching, "match");
    const char* answer = options.answer_with == AnswerWith::term ? "term" : options.answer_with == AnswerWith::definition ? "definition" : "mixed";
    LinkParameters parameters{{"questions", std::to_string(options.questions)}, {"types", types}, {"answer", answer}};
    write_deal_order(parameters, options.order);
    return parameters;
}

void read_link_options(const LinkParameters& parameters, LearnOptions& options, std::vector<LinkProblem>& problems) {
    LinkOptionReader reader(parameters, "learn", problems);
    std::string goal;
    if (reader.text("goal", goal)) {
        if (goal == "all") options.goal_minutes = 0;
        else reader.number("goal", options.goal_minutes, 1, LearnOptions::kMaxMinutes);
    }
    std::string answer = options.answer_with_term ? "term" : "definition";
    reader.choice("answer", answer, {"term", "definition"});
    options.answer_with_term = answer == "term";
    reader.finish();
}

LinkParameters link_options_of(const LearnOptions& options) {
    return {{"goal", options.goal_minutes == 0 ? "all" : std::to_string(options.goal_minutes)},
            {"answer", options.answer_with_term ? "term" : "definition"}};
}

}  // namespace study
