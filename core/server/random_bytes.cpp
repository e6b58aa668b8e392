#include "server/random_bytes.hpp"

namespace overlap {
namespace {

constexpr std::uint64_t kGamma = 0x9e3779b97f4a7c15;

// Word `index` of SplitMix64 started from `seed`: the generator's state after
// index + 1 steps is seed + (index + 1) * gamma, so any word is one step away
// (a stateful engine such as mt19937 would have to run from the start).
std::uint64_t word(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t z = seed + (index + 1) * kGamma;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
    z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
    return z ^ (z >> 31);
}

}  // namespace

void fill_random_bytes(std::uint64_t seed, std::uint64_t offset, std::span<char> out) {
    std::uint64_t index = offset / 8;
    unsigned byte = static_cast<unsigned>(offset % 8);
    std::uint64_t bits = word(seed, index) >> (8 * byte);
    for (char& c : out) {
        if (byte == 8) {
            bits = word(seed, ++index);
            byte = 0;
        }
        c = static_cast<char>(bits & 0xff);
        bits >>= 8;
        ++byte;
    }
}

}  // namespace overlap
