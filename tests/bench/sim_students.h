// sim_students.h: the simulated students of the study simulation (docs/simulation.md).
// A student holds the true memory of every card of the deck; asked a card, they recall it
// with their true chance, then see the answer, and their memory moves. Two kinds:
// FSRS-6 memories with weights varied per student, and exponential forgetting whose
// half-life grows by a factor after each success (so the FSRS scheduler is not graded
// by its own model). Each card also has its own hardness.
#pragma once

#include <cstdint>
#include <memory>

#include "sim_random.h"

namespace sim {

enum class StudentKind { fsrs6, exponential };
const char* student_kind_name(StudentKind kind);

class Student {
public:
    virtual ~Student() = default;
    // The chance of recalling `card` if asked at `time_days` (for a card never seen: the
    // chance the student knew it already).
    virtual double recall_chance(int card, double time_days) const = 0;
    // The student is asked `card` at `time_days`: true if they recall it. Afterwards they
    // have seen the answer and their memory of the card has moved.
    virtual bool answer(int card, double time_days, Draws& draws) = 0;
    virtual bool has_seen(int card) const = 0;
};

// Student number `index` of a kind, with its own seeded parameters, for a deck of `cards`.
std::unique_ptr<Student> make_student(StudentKind kind, int index, int cards);

}  // namespace sim
