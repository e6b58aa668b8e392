// The /bytes body: seeded pseudo-random bytes where each byte is a pure
// function of (seed, offset). The server can then write any piece of a body
// without keeping the rest, so a slow reader of 10 MiB costs no memory, and
// one scratch buffer serves every connection.
#pragma once

#include <cstdint>
#include <span>

namespace overlap {

// Writes bytes [offset, offset + out.size()) of the body for `seed` into `out`.
// The same on every platform: SplitMix64 read as little-endian words.
void fill_random_bytes(std::uint64_t seed, std::uint64_t offset, std::span<char> out);

}  // namespace overlap
