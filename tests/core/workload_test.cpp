// Workload helpers: URL shapes for the embedded server, placeholders, mode lists.
#include <gtest/gtest.h>

#include "model/mode.hpp"
#include "model/workload.hpp"

namespace overlap {
namespace {

struct ShapeCase {
    ServerShape shape;
    const char* url;
    std::optional<double> expected;
};

TEST(ServerShape, PicksTheEndpointAndKnowsTheExpectedDuration) {
    const ShapeCase cases[] = {
        {{1, 0, 0, 0}, "{server}/delay/1", 1.0},
        {{0.25, 0, 0, 0}, "{server}/delay/0.25", 0.25},
        {{1, 0.5, 0, 0}, "{server}/delay/1?jitter=0.5&seed={i}", std::nullopt},
        {{1, 0, 2048, 0}, "{server}/bytes/2048", std::nullopt},
        {{1, 0, 0, 503}, "{server}/status/503", std::nullopt},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(c.shape.url(), c.url);
        EXPECT_EQ(c.shape.expected_s(), c.expected) << c.url;
    }
}

TEST(Workload, ResolvesServerAndIndexPlaceholders) {
    EXPECT_EQ(resolve_url("{server}/delay/1?seed={i}", "http://127.0.0.1:8080", 7),
              "http://127.0.0.1:8080/delay/1?seed=7");
    EXPECT_EQ(resolve_url("https://example.org/item/{i}/{i}", "unused", 3),
              "https://example.org/item/3/3");
    EXPECT_TRUE(uniform_workload(2, "{server}/get", 0, std::nullopt).uses_server());
    EXPECT_FALSE(uniform_workload(2, "https://example.org", 0, std::nullopt).uses_server());
}

TEST(Mode, ParsesListsAndNamesTheBadEntry) {
    std::string bad;
    auto modes = modes_from_list("sequential,async", &bad);
    ASSERT_TRUE(modes);
    EXPECT_EQ(*modes, (std::vector<Mode>{Mode::Sequential, Mode::Async}));
    EXPECT_FALSE(modes_from_list("threads,fibers", &bad));
    EXPECT_EQ(bad, "fibers");
    EXPECT_FALSE(modes_from_list("", &bad));
}

}  // namespace
}  // namespace overlap
