// sim_students.cpp: the two kinds of simulated student (see sim_students.h and
// docs/simulation.md for the parameter ranges and why).
#include "sim_students.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/memory_model.h"

namespace sim {

namespace {

double logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }
double logit(double p) { return std::log(p / (1.0 - p)); }

// What every kind shares: each card's hardness and the chance of knowing it before study.
struct DeckTraits {
    std::vector<double> hardness;      // standard normal, per card
    std::vector<double> known_before;  // chance of recalling it on first sight

    DeckTraits(int cards, Draws& draws) {
        const double prior = draws.uniform(0.15, 0.45);  // this student's share of cards known already
        for (int c = 0; c < cards; ++c) {
            hardness.push_back(draws.normal());
            known_before.push_back(logistic(logit(prior) - 0.8 * hardness.back()));
        }
    }
};

// FSRS-6 memories. The student's own weights: default ones, with the first stabilities
// scaled by a per-student memory strength, and growth, relearning and decay varied.
class FsrsStudent : public Student {
public:
    FsrsStudent(int cards, Draws& draws) : traits_(cards, draws), model_(varied_weights(draws)), cards_(cards) {}

    double recall_chance(int card, double time_days) const override {
        const Card& c = cards_[card];
        if (!c.seen) return traits_.known_before[card];
        return model_.recall_probability(c.memory, time_days - c.last_days);
    }

    bool answer(int card, double time_days, Draws& draws) override {
        Card& c = cards_[card];
        const bool recalled = draws.chance(recall_chance(card, time_days));
        // The true grade of a recall (fsrs-rs simulation's shares); the scheduler sees less.
        const int grade = !recalled ? 1 : c.seen ? 2 + draws.pick({0.224, 0.631, 0.145})
                                                 : 2 + draws.pick({0.094, 0.495, 0.171});
        c.memory = model_.after_review(c.memory, time_days - c.last_days, static_cast<study::Rating>(grade));
        if (!c.seen) c.memory.difficulty = std::clamp(c.memory.difficulty + 0.7 * traits_.hardness[card], 1.0, 10.0);
        c.seen = true;
        c.last_days = time_days;
        return recalled;
    }

    bool has_seen(int card) const override { return cards_[card].seen; }

private:
    struct Card {
        study::MemoryState memory;
        double last_days = 0;
        bool seen = false;
    };

    static study::FsrsWeights varied_weights(Draws& draws) {
        study::FsrsWeights w = study::default_fsrs_weights();
        const double strength = draws.log_normal(1.0, 0.35);
        for (int i = 0; i < 4; ++i) w[i] *= strength * draws.log_normal(1.0, 0.15);
        std::sort(w.begin(), w.begin() + 4);  // Again <= Hard <= Good <= Easy
        w[8] += 0.25 * draws.normal();        // growth after a recall
        w[11] *= draws.log_normal(1.0, 0.25); // stability after a lapse
        w[20] = draws.uniform(0.1, 0.3);      // decay (shape of the forgetting curve)
        return w;
    }

    DeckTraits traits_;
    study::MemoryModel model_;
    std::vector<Card> cards_;
};

// Exponential forgetting, recall = 2^(-t / half-life). A success on a later day
// multiplies the half-life by the student's growth factor (whatever the gap: no spacing
// effect beyond a day), a success the same day by a little; a miss divides it.
class ExponentialStudent : public Student {
public:
    ExponentialStudent(int cards, Draws& draws)
        : traits_(cards, draws),
          first_half_life_(draws.log_normal(1.5, 0.4)),
          growth_(draws.uniform(1.8, 3.2)),
          cards_(cards) {}

    double recall_chance(int card, double time_days) const override {
        const Card& c = cards_[card];
        if (!c.seen) return traits_.known_before[card];
        return std::exp2(-(time_days - c.last_days) / c.half_life);
    }

    bool answer(int card, double time_days, Draws& draws) override {
        Card& c = cards_[card];
        const bool recalled = draws.chance(recall_chance(card, time_days));
        const double card_ease = std::exp(-0.4 * traits_.hardness[card]);
        const double floor = first_half_life_ * card_ease;
        if (!c.seen) {
            c.half_life = recalled ? floor * 4.0 : floor;  // known already: it lasts longer
        } else if (!recalled) {
            c.half_life = std::max(floor, c.half_life * kLapseFactor);
        } else if (time_days - c.last_days >= 1.0) {
            c.half_life *= 1.0 + (growth_ - 1.0) * std::exp(-0.3 * traits_.hardness[card]);
        } else {
            c.half_life *= kSameDayGrowth;
        }
        c.seen = true;
        c.last_days = time_days;
        return recalled;
    }

    bool has_seen(int card) const override { return cards_[card].seen; }

private:
    static constexpr double kLapseFactor = 0.4, kSameDayGrowth = 1.15;

    struct Card {
        double half_life = 0;
        double last_days = 0;
        bool seen = false;
    };

    DeckTraits traits_;
    double first_half_life_;  // days, after a card first seen and not known
    double growth_;           // half-life factor per success on a later day
    std::vector<Card> cards_;
};

}  // namespace

const char* student_kind_name(StudentKind kind) {
    return kind == StudentKind::fsrs6 ? "FSRS-6 students" : "exponential students";
}

std::unique_ptr<Student> make_student(StudentKind kind, int index, int cards) {
    Draws draws(mix_seed(static_cast<std::uint64_t>(kind) + 1, static_cast<std::uint64_t>(index)));
    if (kind == StudentKind::fsrs6) return std::make_unique<FsrsStudent>(cards, draws);
    return std::make_unique<ExponentialStudent>(cards, draws);
}

}  // namespace sim
