// sim_random.h: the simulation's random draws (uniform, normal, log-normal, a weighted
// pick) on top of core's seeded SplitMix64, so that every run prints the same numbers.
#pragma once

#include <cmath>
#include <cstdint>
#include <initializer_list>

#include "core/random.h"

namespace sim {

class Draws {
public:
    explicit Draws(std::uint64_t seed) : random_(seed) {}

    double uniform() { return static_cast<double>(random_.next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double probability) { return uniform() < probability; }
    double normal() {  // Box-Muller
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.14159265358979323846 * uniform());
    }
    double log_normal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // An index drawn with the given weights.
    int pick(std::initializer_list<double> weights) {
        double total = 0;
        for (double w : weights) total += w;
        double u = uniform() * total;
        int index = 0;
        for (double w : weights) {
            if (u < w) return index;
            u -= w;
            ++index;
        }
        return index - 1;
    }

private:
    study::Random random_;
};

// Seeds that differ in every bit for nearby inputs.
inline std::uint64_t mix_seed(std::uint64_t a, std::uint64_t b) { return study::Random(a * 0x9E3779B97F4A7C15ull ^ b).next(); }

}  // namespace sim
