// random.h: the seeded random numbers every game mode uses, so that a seed (in a test
// or a shared link) replays the same game on every platform. SplitMix64: small, fast,
// and the same sequence everywhere (std::shuffle's algorithm is not specified).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace study {

class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // A number in [0, bound), bound > 0.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }

    // Fisher-Yates shuffle, the same on every platform.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
    }

private:
    std::uint64_t state_;
};

}  // namespace study
