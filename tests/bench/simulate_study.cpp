// simulate_study.cpp: the study simulation benchmark (issue 15; docs/simulation.md).
// Synthetic students study a 100-card deck for 60 days, at most 10 minutes a day, under
// policies (StudyStack pass, Leitner boxes, ours at retention .90 and .95) and two kinds
// of student; prints per policy and kind: reviews until mean recall first reaches 90 %
// (and 80 %), knowledge averaged over the 60 days, recall on day 60, minutes per
// memorised card. Not a test.
// Usage: simulate_study [students per kind, default 500]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

#include "sim_policies.h"
#include "sim_students.h"

namespace {

using namespace sim;

constexpr int kCards = 100, kDays = 60;
constexpr int kNotReached = -1;

// One student's 60 days under one policy. Recall is measured each morning (day 1 to 60,
// before that day's sitting): the chance of recalling a card if tested then.
struct RunResult {
    int reviews_to_90 = kNotReached, reviews_to_80 = kNotReached;  // answers given before that morning
    double mean_knowledge = 0;  // sum of recall chances, averaged over the 60 mornings
    double recall_day_60 = 0;   // mean recall chance on the morning of day 60
    double minutes = 0;         // studied over the 60 days
    int reviews = 0;
};

RunResult run(StudentKind student_kind, int student_index, PolicyKind policy_kind) {
    const std::unique_ptr<Student> student = make_student(student_kind, student_index, kCards);
    const std::uint64_t seed = mix_seed(student_index, 1000 + static_cast<int>(student_kind));
    const std::unique_ptr<Policy> policy = make_policy(policy_kind, kCards, mix_seed(seed, 7));
    Draws draws(seed);  // the same answer draws for each policy's run of this student
    RunResult result;
    double seconds = 0;
    for (int day = 0; day < kDays; ++day) {
        Sitting sitting(*student, draws, day);
        policy->study(sitting);
        seconds += sitting.seconds();
        result.reviews += sitting.answers();

        double knowledge = 0;
        for (int card = 0; card < kCards; ++card) knowledge += student->recall_chance(card, day + 1.0);
        const double mean_recall = knowledge / kCards;
        if (mean_recall >= 0.8 && result.reviews_to_80 == kNotReached) result.reviews_to_80 = result.reviews;
        if (mean_recall >= 0.9 && result.reviews_to_90 == kNotReached) result.reviews_to_90 = result.reviews;
        result.mean_knowledge += knowledge / kDays;
        if (day + 1 == kDays) result.recall_day_60 = mean_recall;
    }
    result.minutes = seconds / 60.0;
    return result;
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double mean(const std::vector<double>& values) {
    double sum = 0;
    for (double v : values) sum += v;
    return values.empty() ? 0 : sum / values.size();
}

const PolicyKind kPolicies[] = {PolicyKind::studystack, PolicyKind::leitner, PolicyKind::ours, PolicyKind::ours_095};

// Ours against one box policy, student by student: among students who reached the
// threshold under both, how many fewer reviews ours needed in total; and how many reached
// it only under one of them.
void print_comparison(const char* ours_name, const std::vector<RunResult>& ours, const char* box_name,
                      const std::vector<RunResult>& box, int RunResult::*reviews_to, const char* threshold) {
    double box_reviews = 0, our_reviews = 0;
    int both = 0, only_ours = 0, only_box = 0;
    for (std::size_t s = 0; s < ours.size(); ++s) {
        const bool ours_reached = ours[s].*reviews_to != kNotReached, box_reached = box[s].*reviews_to != kNotReached;
        if (ours_reached && box_reached) {
            ++both;
            box_reviews += box[s].*reviews_to;
            our_reviews += ours[s].*reviews_to;
        } else if (ours_reached) {
            ++only_ours;
        } else if (box_reached) {
            ++only_box;
        }
    }
    if (both == 0) {
        std::printf("  %s to %s vs %-15s: no student reached it under both (only under ours: %d, only under the other: %d)\n",
                    ours_name, threshold, box_name, only_ours, only_box);
        return;
    }
    const double saved = 1.0 - our_reviews / box_reviews;
    std::printf("  %s to %s vs %-15s: %4.1f %% %s reviews (%d reached it under both; only under ours: %d, "
                "only under the other: %d)\n",
                ours_name, threshold, box_name, 100.0 * std::abs(saved), saved >= 0 ? "fewer" : "MORE ", both, only_ours, only_box);
}

void report(StudentKind kind, int students) {
    std::printf("\n%s (%d, fixed seeds)\n", student_kind_name(kind), students);
    std::printf("  %-16s %9s %10s %9s %10s %10s %9s %10s %9s %9s\n", "policy", "reach 90%", "reviews90", "reach 80%",
                "reviews80", "knowledge", "recall60", "min/card", "min/day", "reviews");
    std::vector<std::vector<RunResult>> results;
    for (PolicyKind policy : kPolicies) {
        std::vector<RunResult> runs;
        for (int s = 0; s < students; ++s) runs.push_back(run(kind, s, policy));
        std::vector<double> to_90, to_80, knowledge, recall_60, minutes_per_card, minutes_per_day, reviews;
        for (const RunResult& r : runs) {
            if (r.reviews_to_90 != kNotReached) to_90.push_back(r.reviews_to_90);
            if (r.reviews_to_80 != kNotReached) to_80.push_back(r.reviews_to_80);
            knowledge.push_back(r.mean_knowledge);
            recall_60.push_back(r.recall_day_60);
            minutes_per_card.push_back(r.minutes / (r.recall_day_60 * kCards));
            minutes_per_day.push_back(r.minutes / kDays);
            reviews.push_back(r.reviews);
        }
        std::printf("  %-16s %8.0f%% %10.0f %8.0f%% %10.0f %10.1f %8.1f%% %10.2f %9.1f %9.0f\n", policy_name(policy),
                    100.0 * to_90.size() / students, median(to_90), 100.0 * to_80.size() / students, median(to_80),
                    mean(knowledge), 100.0 * mean(recall_60), mean(minutes_per_card), mean(minutes_per_day),
                    mean(reviews));
        results.push_back(std::move(runs));
    }
    for (int ours = 2; ours < 4; ++ours) {
        for (int box = 0; box < 2; ++box) {
            for (auto [reviews_to, threshold] : {std::pair{&RunResult::reviews_to_90, "90%"}, {&RunResult::reviews_to_80, "80%"}}) {
                print_comparison(policy_name(kPolicies[ours]), results[ours], policy_name(kPolicies[box]), results[box],
                                 reviews_to, threshold);
            }
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    const int students = argc > 1 ? std::max(1, std::atoi(argv[1])) : 500;
    std::printf("Study simulation: %d cards, %d days, at most %.0f minutes a day; Flashcards (Know / Don't know),\n"
                "%.0f s a first sight, %.0f s a Know, %.0f s a Don't know. Recall measured each morning.\n",
                kCards, kDays, kSecondsPerDay / 60, kSecondsFirstSight, kSecondsKnow, kSecondsDontKnow);
    std::printf("reach: share of students whose mean recall reached it; reviews: median answers given until then\n"
                "(among those); knowledge: sum of recall chances averaged over the 60 mornings (of %d);\n"
                "recall60: mean recall on day 60; min/card: minutes studied per card memorised on day 60\n"
                "(minutes / sum of recall chances on day 60); reviews: mean answers over the 60 days.\n",
                kCards);
    for (StudentKind kind : {StudentKind::fsrs6, StudentKind::exponential}) report(kind, students);
    return 0;
}
