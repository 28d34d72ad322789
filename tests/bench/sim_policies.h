// sim_policies.h: the ways of studying compared by the study simulation
// (docs/simulation.md), all as Flashcards with Know / Don't know (a self-report):
// StudyStack's pass through the deck (the app's FlashcardSession: misses come back),
// Leitner boxes (1, 2, 4, 8, 16 days), and ours (core's FSRS-6 memory model with its
// default weights and the "due and weakest first" order of core/study_order.h), at
// desired retention 0.9 and 0.95.
#pragma once

#include <memory>

#include "sim_random.h"
#include "sim_students.h"

namespace sim {

// Seconds an answer takes (self-report flashcards): a card seen the first time is read
// on both sides and studied; a Don't know is flipped and read; a Know is quick.
constexpr double kSecondsFirstSight = 20, kSecondsKnow = 8, kSecondsDontKnow = 14;
constexpr double kSecondsPerDay = 600;  // at most 10 minutes a day

// One day's sitting: the clock and the answers given.
class Sitting {
public:
    Sitting(Student& student, Draws& draws, int day) : student_(student), draws_(draws), day_(day) {}
    bool time_left() const { return seconds_ < kSecondsPerDay; }
    // Asks `card`; true if the student knew it. Costs its seconds.
    bool ask(int card);
    int day() const { return day_; }
    double seconds() const { return seconds_; }
    double now_seconds() const { return day_ * 86400.0 + seconds_; }  // since day 0
    int answers() const { return answers_; }

private:
    Student& student_;
    Draws& draws_;
    int day_;
    double seconds_ = 0;
    int answers_ = 0;
};

// ours_095: ours at desired retention 0.95, the top of the app's setting (issue 15).
enum class PolicyKind { studystack, leitner, ours, ours_095 };
const char* policy_name(PolicyKind kind);

class Policy {
public:
    virtual ~Policy() = default;
    // Studies for one day: asks cards until the policy has nothing to ask or time is up.
    virtual void study(Sitting& sitting) = 0;
};

std::unique_ptr<Policy> make_policy(PolicyKind kind, int cards, std::uint64_t seed);

}  // namespace sim
