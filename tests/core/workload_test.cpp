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

TEST(Workload, OnlyWebUrlsMayBeFetched) {
    Workload workload;
    workload.tasks = {{"{server}/delay/1", 0, 1.0}, {"http://127.0.0.1:9/", 0, {}},
                      {"HTTPS://example.org/", 0, {}}, {"", 5, {}}};
    EXPECT_EQ(workload_problem(workload), std::nullopt) << "the embedded server, the web, and CPU-only tasks";
    for (const std::string url : {"file:///etc/hostname", "gopher://127.0.0.1:70/", "ftp://x/", "example.org/"}) {
        workload.tasks.push_back({url, 0, {}});
        EXPECT_EQ(workload_problem(workload).value_or("none"),
                  "task 5's URL '" + url + "' is not http:// or https://, the only URLs Overlap fetches");
        workload.tasks.pop_back();
    }
    workload.tasks.push_back({"file:///" + std::string(200, 'x'), 0, {}});
    EXPECT_NE(workload_problem(workload).value_or("").find("...' (208 characters)"), std::string::npos)
        << "a long URL is cut";
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
