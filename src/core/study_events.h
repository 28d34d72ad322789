// study_events.h: every answer in every mode as one kind of event, and the one rule that
// turns an event into a memory-model rating (docs/memory.md explains the rule and why).
// Games produce events; the progress store feeds them to the memory model.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/memory_model.h"

namespace study {

// The mode an answer was given in (the names are those of links and reports).
enum class StudyMode { flashcards, matching, snowman, quiz, review, learn };

// What the student had to do: bring the answer to mind and produce it (a typed quiz
// answer, a snowman word), pick it among shown options (multiple choice, true/false, a
// matching pair), or say themselves whether they knew it (Flashcards' Know / Don't know).
enum class AnswerFormat { recall, recognition, self_report };

// How it went. `right_with_help`: a hint was used, a near miss was accepted as a typo, or
// the student overrode the grade ("I was right").
enum class AnswerOutcome { wrong, right, right_with_help };

struct AnswerEvent {
    std::string card_id;
    StudyMode mode = StudyMode::flashcards;
    AnswerFormat format = AnswerFormat::recall;
    AnswerOutcome outcome = AnswerOutcome::right;
    std::int64_t time_ms = 0;  // when, in milliseconds since 1970-01-01 UTC (games leave it 0:
                               // they know no clock; the app stamps the time)
    bool retract = false;      // takes back the last answer to this card in this mode (an
                               // undo, a card taken back out of its box, a grade overridden)
};

// The answers a game gave since the app last took them (each core game keeps one).
class AnswerLog {
public:
    explicit AnswerLog(StudyMode mode) : mode_(mode) {}
    void answer(const std::string& card_id, AnswerFormat format, AnswerOutcome outcome);
    // Takes back the last answer to this card in this mode.
    void retract(const std::string& card_id);
    // The answers logged since the last call, oldest first.
    std::vector<AnswerEvent> take();

private:
    StudyMode mode_;
    std::vector<AnswerEvent> events_;
};

// The rating of an answer (docs/memory.md): wrong -> Again; recall right -> Good, with
// help -> Hard; self-report "Know" -> Good; recognition right -> Hard (a pass, but weaker
// evidence than recall), with help -> Hard.
Rating rating_for(const AnswerEvent& event);

// The games, in the order the app shows them (deck screen, share dialog, links).
const std::vector<StudyMode>& game_modes();

// The one table of mode names: the name used in links, reports and files ("snowman")
// and the title people read ("Snowman"); and back from a name (nullopt when unknown).
const char* mode_name(StudyMode mode);
const char* mode_title(StudyMode mode);
std::optional<StudyMode> mode_from_name(const std::string& name);
const char* format_name(AnswerFormat format);
std::optional<AnswerFormat> answer_format_from_name(const std::string& name);
const char* outcome_name(AnswerOutcome outcome);
std::optional<AnswerOutcome> outcome_from_name(const std::string& name);

}  // namespace study
