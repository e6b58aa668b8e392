// A hundred clients reading 10 MiB bodies slowly from `overlap serve`: the
// server's memory stays bounded and it goes on answering everyone else.
// The bounds are wide enough for a loaded 2-core machine; bench_server
// prints the exact figures.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "http_client.hpp"
#include "server/server_process.hpp"
#include "slow_readers.hpp"
#include "system/resource_limits.hpp"

namespace overlap::testing {
namespace {

using std::chrono::milliseconds;

constexpr int kClients = 100;
// Streaming, the server's peak RSS is its start-up size (~10 MiB) plus a
// 64 KiB scratch buffer and a few KiB per connection. Building each body in
// memory reached 1 GB here.
constexpr long kPeakRssBoundKib = 64 * 1024;
// The target is 100 ms (bench_server measures it); a second leaves
// room for a loaded CI machine and still fails a server that generates the
// bodies on its loop thread, which took seconds.
constexpr double kHealthBoundS = 1.0;

TEST(SlowReaders, ServerMemoryStaysBoundedAndHealthChecksAnswer) {
    ASSERT_GE(raise_open_file_limit(), kClients + 100);
    ServerProcess server(OVERLAP_EXECUTABLE);
    SlowReaders readers(port_of(server.base_url()), kClients, "/bytes/10485760", 8 * 1024,
                        milliseconds(50));

    double worst_health_s = 0;
    int healthy = 0;
    for (int probe = 0; probe < 8; ++probe) {
        std::this_thread::sleep_for(milliseconds(250));
        const Reply reply = fetch(server.base_url() + "/get");
        if (reply.result == CURLE_OK && reply.status == 200) ++healthy;
        worst_health_s = std::max(worst_health_s, reply.total_s);
    }
    const long peak_kib = status_kib(server.pid(), "VmHWM");
    const std::vector<std::size_t> received = readers.stop();

    EXPECT_EQ(healthy, 8);
    EXPECT_LT(worst_health_s, kHealthBoundS) << "slowest health check " << worst_health_s << " s";
    ASSERT_GT(peak_kib, 0);
    EXPECT_LT(peak_kib, kPeakRssBoundKib) << "server peak RSS " << peak_kib << " KiB";
    // Every reader was being served, not queued behind the others.
    EXPECT_GT(*std::min_element(received.begin(), received.end()), 16u * 1024);
}

}  // namespace
}  // namespace overlap::testing
