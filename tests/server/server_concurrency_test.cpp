// One server thread holding many delayed connections at once, and reusing
// connections across requests.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <vector>

#include "http_client.hpp"
#include "in_process_server.hpp"
#include "system/resource_limits.hpp"

namespace overlap::testing {
namespace {

TEST(ServerConcurrency, KeepAliveReusesTheConnection) {
    InProcessServer server;
    HttpClient client;
    const Reply first = client.get(server.url("/get"));
    const Reply second = client.get(server.url("/delay/0"));
    EXPECT_EQ(first.status, 200);
    EXPECT_EQ(first.new_connections, 1);
    EXPECT_EQ(second.status, 200);
    EXPECT_EQ(second.new_connections, 0);
}

TEST(ServerConcurrency, AThousandDelayedRequestsAllCompleteTogether) {
    constexpr int kRequests = 1000;
    ASSERT_GE(raise_open_file_limit(), 2 * kRequests + 100);  // both ends live in this process
    InProcessServer server;

    CURLM* multi = curl_multi_init();
    std::vector<CURL*> handles;
    const std::string url = server.url("/delay/0.2");
    for (int i = 0; i < kRequests; ++i) {
        CURL* handle = curl_easy_init();
        curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
        curl_easy_setopt(
            handle, CURLOPT_WRITEFUNCTION,
            +[](char*, size_t size, size_t count, void*) { return size * count; });
        curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, 30000L);
        curl_multi_add_handle(multi, handle);
        handles.push_back(handle);
    }

    const auto start = std::chrono::steady_clock::now();
    int running = 0;
    int succeeded = 0;
    do {
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
            long status = 0;
            curl_easy_getinfo(message->easy_handle, CURLINFO_RESPONSE_CODE, &status);
            if (message->msg == CURLMSG_DONE && message->data.result == CURLE_OK && status == 200) {
                ++succeeded;
            }
        }
        if (running > 0) curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    } while (running > 0);
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    for (CURL* handle : handles) {
        curl_multi_remove_handle(multi, handle);
        curl_easy_cleanup(handle);
    }
    curl_multi_cleanup(multi);

    EXPECT_EQ(succeeded, kRequests);
    EXPECT_GE(elapsed, 0.2);
    // One at a time would take 200 s; together they need little over 0.2 s.
    EXPECT_LT(elapsed, 20.0);
}

}  // namespace
}  // namespace overlap::testing
