// The /bytes body generator: any piece of a body equals the same span of the
// whole, which is what lets the server write it piece by piece and keep none.
#include <gtest/gtest.h>

#include <string>

#include "server/random_bytes.hpp"

namespace overlap {
namespace {

std::string generate(std::uint64_t seed, std::uint64_t offset, std::size_t count) {
    std::string bytes(count, '\0');
    fill_random_bytes(seed, offset, bytes);
    return bytes;
}

TEST(RandomBytes, AnyPieceMatchesTheWhole) {
    const std::string whole = generate(7, 0, 1000);
    for (const std::size_t offset : {0u, 1u, 7u, 8u, 9u, 500u, 999u}) {
        for (const std::size_t count : {0u, 1u, 3u, 8u, 17u}) {
            if (offset + count > whole.size()) continue;
            EXPECT_EQ(generate(7, offset, count), whole.substr(offset, count))
                << "offset " << offset << ", count " << count;
        }
    }
}

TEST(RandomBytes, SeedsGiveDifferentBodies) {
    EXPECT_NE(generate(0, 0, 64), generate(1, 0, 64));
    EXPECT_EQ(generate(3, 0, 64), generate(3, 0, 64));
}

// Fixed across platforms and releases: SplitMix64 from seed 0, little-endian.
TEST(RandomBytes, FirstWordIsSplitMix64) {
    const std::string first = generate(0, 0, 8);
    std::uint64_t word = 0;
    for (int i = 7; i >= 0; --i) word = word << 8 | static_cast<unsigned char>(first[i]);
    EXPECT_EQ(word, 0xe220a8397b1dcdafu);
}

// Not a constant or short cycle: every byte value turns up in 64 KiB.
TEST(RandomBytes, UsesEveryByteValue) {
    const std::string bytes = generate(0, 0, 64 * 1024);
    bool seen[256] = {};
    for (const char c : bytes) seen[static_cast<unsigned char>(c)] = true;
    for (int value = 0; value < 256; ++value) EXPECT_TRUE(seen[value]) << value;
}

}  // namespace
}  // namespace overlap
