// How the embedded server holds up: 10,000 concurrent /delay/1 connections
// (answered, makespan, how late each answer came, server memory), then
// /delay/0 throughput over keep-alive connections. Prints figures; the
// targets are all answered, makespan <= 1.3 s, p99 lateness <= 5 ms, RSS <= 200 MB.
//
// The client drives libcurl's multi-socket interface from epoll (one pass
// over curl_multi_info_read after every socket_action), so it costs O(1) per
// event and its own overhead stays out of the lateness figures.
#include <curl/curl.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "server/server_process.hpp"
#include "system/resource_limits.hpp"

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kThroughputRequests = 20'000;
constexpr int kThroughputConcurrency = 100;

// One multi handle on epoll, after curl's multi-uv example.
class EventLoop {
public:
    using OnDone = std::function<void(CURL*, CURLcode)>;

    explicit EventLoop(OnDone on_done)
        : multi_(curl_multi_init()),
          epoll_(epoll_create1(EPOLL_CLOEXEC)),
          on_done_(std::move(on_done)) {
        curl_multi_setopt(multi_, CURLMOPT_SOCKETFUNCTION, &EventLoop::on_socket);
        curl_multi_setopt(multi_, CURLMOPT_SOCKETDATA, this);
        curl_multi_setopt(multi_, CURLMOPT_TIMERFUNCTION, &EventLoop::on_timer);
        curl_multi_setopt(multi_, CURLMOPT_TIMERDATA, this);
    }
    ~EventLoop() {
        curl_multi_cleanup(multi_);
        ::close(epoll_);
    }
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    void add(CURL* easy) {
        ++active_;
        curl_multi_add_handle(multi_, easy);
    }
    void remove(CURL* easy) { curl_multi_remove_handle(multi_, easy); }

    // Runs until every added transfer, including those added meanwhile, is done.
    void run() {
        std::vector<epoll_event> events(1024);
        do {
            const int ready =
                epoll_wait(epoll_, events.data(), static_cast<int>(events.size()), timeout_ms_);
            if (ready == 0) act(CURL_SOCKET_TIMEOUT, 0);
            for (int i = 0; i < ready; ++i) {
                int mask = 0;
                if (events[i].events & (EPOLLIN | EPOLLHUP)) mask |= CURL_CSELECT_IN;
                if (events[i].events & EPOLLOUT) mask |= CURL_CSELECT_OUT;
                if (events[i].events & EPOLLERR) mask |= CURL_CSELECT_ERR;
                act(events[i].data.fd, mask);
            }
        } while (active_ > 0);
    }

private:
    void act(curl_socket_t socket, int mask) {
        curl_multi_socket_action(multi_, socket, mask, &running_);
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(multi_, &queued)) {
            if (message->msg != CURLMSG_DONE) continue;
            --active_;
            on_done_(message->easy_handle, message->data.result);
        }
    }

    static int on_socket(CURL*, curl_socket_t socket, int what, void* user, void* registered) {
        auto* loop = static_cast<EventLoop*>(user);
        epoll_event event{};
        event.data.fd = socket;
        if (what == CURL_POLL_REMOVE) {
            epoll_ctl(loop->epoll_, EPOLL_CTL_DEL, socket, nullptr);
            curl_multi_assign(loop->multi_, socket, nullptr);
            return 0;
        }
        event.events =
            (what & CURL_POLL_IN ? EPOLLIN : 0u) | (what & CURL_POLL_OUT ? EPOLLOUT : 0u);
        epoll_ctl(loop->epoll_, registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, socket, &event);
        curl_multi_assign(loop->multi_, socket, loop);  // any non-null pointer marks "registered"
        return 0;
    }

    static int on_timer(CURLM*, long timeout_ms, void* user) {
        static_cast<EventLoop*>(user)->timeout_ms_ =
            timeout_ms < 0 ? -1 : static_cast<int>(timeout_ms);
        return 0;
    }

    CURLM* multi_;
    int epoll_;
    OnDone on_done_;
    int timeout_ms_ = 0;
    int running_ = 0;
    int active_ = 0;  // added and not yet done; on_done may add more
};

size_t discard(char*, size_t size, size_t count, void*) { return size * count; }

CURL* new_transfer(const std::string& url) {
    CURL* easy = curl_easy_init();
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, 30'000L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    return easy;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double fraction) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index =
        static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

std::string status_field(pid_t pid, const std::string& field) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0) {
            const auto value = line.find_first_not_of(" \t", field.size() + 1);
            return line.substr(value);
        }
    }
    return "?";
}

void concurrent_delays(const std::string& base_url, pid_t server_pid, int connections) {
    std::vector<double> lateness_ms;
    std::vector<double> connect_ms;
    int answered = 0;
    int failed = 0;
    Clock::time_point last_done;
    EventLoop loop([&](CURL* easy, CURLcode result) {
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        if (result != CURLE_OK || status != 200) {
            if (failed++ < 5)
                std::printf("  failed: %s (status %ld)\n", curl_easy_strerror(result), status);
        } else {
            ++answered;
            curl_off_t total_us = 0;
            curl_off_t connect_us = 0;
            curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &total_us);
            curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connect_us);
            lateness_ms.push_back(static_cast<double>(total_us) / 1000.0 - 1000.0);
            connect_ms.push_back(static_cast<double>(connect_us) / 1000.0);
        }
        last_done = Clock::now();
    });

    std::vector<CURL*> transfers;
    const std::string url = base_url + "/delay/1";
    for (int i = 0; i < connections; ++i) {
        CURL* easy = new_transfer(url);
        // Every transfer needs its own connection: skip the search for a reusable one.
        curl_easy_setopt(easy, CURLOPT_FRESH_CONNECT, 1L);
        transfers.push_back(easy);
    }
    const auto start = Clock::now();
    for (CURL* easy : transfers) loop.add(easy);
    loop.run();
    const double makespan = std::chrono::duration<double>(last_done - start).count();

    std::printf("%d concurrent GET /delay/1\n", connections);
    std::printf("  answered          %d of %d (%d failed)\n", answered, connections, failed);
    std::printf("  makespan          %.3f s\n", makespan);
    std::printf("  lateness (total - 1 s)  p50 %.2f ms  p99 %.2f ms  max %.2f ms\n",
                percentile(lateness_ms, 0.5), percentile(lateness_ms, 0.99),
                percentile(lateness_ms, 1.0));
    std::printf("  connect time      p50 %.2f ms  p99 %.2f ms  max %.2f ms\n",
                percentile(connect_ms, 0.5), percentile(connect_ms, 0.99),
                percentile(connect_ms, 1.0));
    std::printf("  server peak RSS   %s (VmHWM)\n", status_field(server_pid, "VmHWM").c_str());

    for (CURL* easy : transfers) {
        loop.remove(easy);
        curl_easy_cleanup(easy);
    }
}

void throughput(const std::string& base_url) {
    int started = 0;
    int completed = 0;
    int failed = 0;
    EventLoop* running_loop = nullptr;
    EventLoop loop([&](CURL* easy, CURLcode result) {
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        ++completed;
        if (result != CURLE_OK || status != 200) ++failed;
        running_loop->remove(easy);
        if (started < kThroughputRequests) {
            ++started;
            running_loop->add(easy);  // same handle: reuses its kept-alive connection
        }
    });
    running_loop = &loop;

    std::vector<CURL*> transfers;
    for (int i = 0; i < kThroughputConcurrency; ++i)
        transfers.push_back(new_transfer(base_url + "/delay/0"));
    const auto start = Clock::now();
    for (CURL* easy : transfers) {
        ++started;
        loop.add(easy);
    }
    loop.run();
    const double elapsed = seconds_since(start);
    std::printf("%d GET /delay/0, %d at a time, keep-alive\n", kThroughputRequests,
                kThroughputConcurrency);
    std::printf("  completed         %d (%d failed) in %.3f s\n", completed, failed, elapsed);
    std::printf("  throughput        %.0f requests/s\n", completed / elapsed);
    for (CURL* easy : transfers) curl_easy_cleanup(easy);
}

}  // namespace

int main(int argc, char* argv[]) {
    const int connections = argc > 1 ? std::atoi(argv[1]) : 10'000;
    if (connections <= 0) {
        std::fprintf(stderr, "usage: bench_server [concurrent connections, default 10000]\n");
        return 2;
    }
    const long files = overlap::raise_open_file_limit();
    if (files < connections + 100) {
        std::fprintf(stderr, "bench_server: the open-file limit is %ld; %d connections need more\n",
                     files, connections + 100);
        return 1;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    {
        overlap::ServerProcess server(OVERLAP_EXECUTABLE);
        std::printf("server %s (pid %d)\n", server.base_url().c_str(),
                    static_cast<int>(server.pid()));
        concurrent_delays(server.base_url(), server.pid(), connections);
        throughput(server.base_url());
    }
    curl_global_cleanup();
    return 0;
}
