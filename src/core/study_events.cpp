// study_events.cpp: answer events and the rating rule (see study_events.h, docs/memory.md).
#include "core/study_events.h"

#include <iterator>

namespace study {

namespace {

const char* const kModeNames[] = {"flashcards", "matching", "snowman", "quiz", "review", "learn"};
const char* const kModeTitles[] = {"Flashcards", "Matching", "Snowman", "Quiz", "Review", "Learn"};
const char* const kFormatNames[] = {"recall", "recognition", "self-report"};
const char* const kOutcomeNames[] = {"wrong", "right", "right-with-help"};

template <typename Enum, std::size_t N>
std::optional<Enum> from_name(const char* const (&names)[N], const std::string& name) {
    for (std::size_t i = 0; i < N; ++i) {
        if (name == names[i]) return static_cast<Enum>(i);
    }
    return std::nullopt;
}

}  // namespace

void AnswerLog::answer(const std::string& card_id, AnswerFormat format, AnswerOutcome outcome) {
    AnswerEvent event;
    event.card_id = card_id;
    event.mode = mode_;
    event.format = format;
    event.outcome = outcome;
    events_.push_back(std::move(event));
}

void AnswerLog::retract(const std::string& card_id) {
    AnswerEvent event;
    event.card_id = card_id;
    event.mode = mode_;
    event.retract = true;
    events_.push_back(std::move(event));
}

std::vector<AnswerEvent> AnswerLog::take() {
    std::vector<AnswerEvent> events;
    events.swap(events_);
    return events;
}

Rating rating_for(const AnswerEvent& event) {
    if (event.outcome == AnswerOutcome::wrong) return Rating::again;
    if (event.outcome == AnswerOutcome::right_with_help) return Rating::hard;
    switch (event.format) {
        case AnswerFormat::recall: return Rating::good;
        case AnswerFormat::self_report: return Rating::good;
        case AnswerFormat::recognition: return Rating::hard;
    }
    return Rating::good;
}

const std::vector<StudyMode>& game_modes() {
    static const std::vector<StudyMode> modes = {StudyMode::flashcards, StudyMode::matching, StudyMode::snowman,
                                                 StudyMode::quiz, StudyMode::learn};
    return modes;
}

const char* mode_name(StudyMode mode) { return kModeNames[static_cast<int>(mode)]; }
const char* mode_title(StudyMode mode) { return kModeTitles[static_cast<int>(mode)]; }
std::optional<StudyMode> mode_from_name(const std::string& name) { return from_name<StudyMode>(kModeNames, name); }
const char* format_name(AnswerFormat format) { return kFormatNames[static_cast<int>(format)]; }
std::optional<AnswerFormat> answer_format_from_name(const std::string& name) {
    return from_name<AnswerFormat>(kFormatNames, name);
}
const char* outcome_name(AnswerOutcome outcome) { return kOutcomeNames[static_cast<int>(outcome)]; }
std::optional<AnswerOutcome> outcome_from_name(const std::string& name) {
    return from_name<AnswerOutcome>(kOutcomeNames, name);
}

}  // namespace study
