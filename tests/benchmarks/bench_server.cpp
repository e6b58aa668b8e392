// How the embedded server holds up: 10,000 concurrent /delay/1 connections
// (answered, makespan, how late each answer came, server memory and CPU,
// listen-queue overflows), then /delay/0 throughput over keep-alive
// connections, then 100 clients reading /bytes/10485760 slowly while health
// checks (/get) measure how long everyone else waits. Prints figures; the
// targets are all answered, makespan <= 1.3 s, p99 lateness <= 5 ms, server
// RSS <= 200 MB; with slow readers, peak RSS <= 64 MiB and health <= 100 ms.
//
//   bench_server [--connections N] [--threads N]
//
// The client drives libcurl's multi-socket interface from epoll, one loop per
// client thread (one pass over curl_multi_info_read after every
// socket_action), so each event costs O(1) and the client's own overhead
// stays as small as libcurl allows.
#include <curl/curl.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <latch>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "server/server_process.hpp"
#include "slow_readers.hpp"
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
        while (active_ > 0) {
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
        }
    }

private:
    void act(curl_socket_t socket, int mask) {
        int running = 0;
        curl_multi_socket_action(multi_, socket, mask, &running);
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(multi_, &queued)) {
            if (message->msg != CURLMSG_DONE) continue;
            --active_;
            on_done_(message->easy_handle, message->data.result);
        }
    }

    static int on_socket(CURL*, curl_socket_t socket, int what, void* user, void* registered) {
        auto* loop = static_cast<EventLoop*>(user);
        if (what == CURL_POLL_REMOVE) {
            epoll_ctl(loop->epoll_, EPOLL_CTL_DEL, socket, nullptr);
            curl_multi_assign(loop->multi_, socket, nullptr);
            return 0;
        }
        epoll_event event{};
        event.data.fd = socket;
        event.events =
            (what & CURL_POLL_IN ? EPOLLIN : 0u) | (what & CURL_POLL_OUT ? EPOLLOUT : 0u);
        epoll_ctl(loop->epoll_, registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, socket, &event);
        curl_multi_assign(loop->multi_, socket, loop);  // non-null marks it registered
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
    int active_ = 0;  // added and not yet done
};

size_t discard(char*, size_t size, size_t count, void*) { return size * count; }

CURL* new_transfer(const std::string& url) {
    CURL* easy = curl_easy_init();
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, 30'000L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    // Answers are a few hundred bytes; the default 16 KiB receive buffer per
    // transfer costs 160 MB of page faults at 10,000 transfers.
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, 1024L);
    return easy;
}

double seconds(Clock::duration duration) { return std::chrono::duration<double>(duration).count(); }

double percentile(std::vector<double> values, double fraction) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index =
        static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

std::string percentiles_ms(const std::vector<double>& values) {
    char text[128];
    std::snprintf(text, sizeof text, "p50 %.2f ms  p99 %.2f ms  max %.2f ms",
                  percentile(values, 0.5), percentile(values, 0.99), percentile(values, 1.0));
    return text;
}

std::string proc_status_field(pid_t pid, const std::string& field) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0) {
            return line.substr(line.find_first_not_of(" \t", field.size() + 1));
        }
    }
    return "?";
}

// User plus system CPU seconds the process has used so far.
double cpu_seconds(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::istringstream fields(text.substr(text.rfind(')') + 2));  // fields from 3 (state) on
    std::string skip;
    for (int field = 3; field < 14; ++field) fields >> skip;
    double user = 0;
    double system = 0;
    fields >> user >> system;
    return (user + system) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// Connections dropped because the accept queue was full (TcpExt ListenOverflows).
long listen_overflows() {
    std::ifstream netstat("/proc/net/netstat");
    std::string names;
    std::string values;
    while (std::getline(netstat, names) && std::getline(netstat, values)) {
        if (names.rfind("TcpExt:", 0) != 0) continue;
        std::istringstream name_fields(names);
        std::istringstream value_fields(values);
        std::string name;
        std::string value;
        while (name_fields >> name && value_fields >> value) {
            if (name == "ListenOverflows") return std::atol(value.c_str());
        }
    }
    return -1;
}

std::string read_first_line(const char* path) {
    std::ifstream file(path);
    std::string line;
    std::getline(file, line);
    return line;
}

// One client thread's share of the transfers and what it saw.
struct Share {
    int transfers = 0;
    int answered = 0;
    int failed = 0;
    std::string first_failure;
    std::vector<double> lateness_ms;         // total time - the asked delay
    std::vector<double> server_lateness_ms;  // from sending the request - the asked delay
    Clock::time_point last_done{};
};

// Runs every share on its own thread, each with its own loop; they start
// together once all have set up their transfers. Returns the common start.
template <typename Work>
Clock::time_point run_shares(std::vector<Share>& shares, Work work) {
    std::latch prepared(static_cast<std::ptrdiff_t>(shares.size()));
    std::latch go(1);
    std::vector<std::thread> threads;
    for (Share& share : shares) {
        threads.emplace_back([&, share_ptr = &share] { work(*share_ptr, prepared, go); });
    }
    prepared.wait();
    const Clock::time_point start = Clock::now();
    go.count_down();
    for (std::thread& thread : threads) thread.join();
    return start;
}

void record(Share& share, CURL* easy, CURLcode result, double asked_ms) {
    share.last_done = Clock::now();
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    if (result != CURLE_OK || status != 200) {
        if (share.failed++ == 0) {
            share.first_failure =
                std::string(curl_easy_strerror(result)) + ", status " + std::to_string(status);
        }
        return;
    }
    ++share.answered;
    curl_off_t total_us = 0;
    curl_off_t pretransfer_us = 0;
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &total_us);
    curl_easy_getinfo(easy, CURLINFO_PRETRANSFER_TIME_T, &pretransfer_us);
    share.lateness_ms.push_back(static_cast<double>(total_us) / 1000.0 - asked_ms);
    share.server_lateness_ms.push_back(static_cast<double>(total_us - pretransfer_us) / 1000.0 -
                                       asked_ms);
}

std::vector<Share> split(int total, int threads) {
    std::vector<Share> shares(static_cast<std::size_t>(threads));
    for (int i = 0; i < threads; ++i)
        shares[static_cast<std::size_t>(i)].transfers =
            total / threads + (i < total % threads ? 1 : 0);
    return shares;
}

void concurrent_delays(const std::string& base_url, pid_t server_pid, int connections,
                       int threads) {
    std::vector<Share> shares = split(connections, threads);
    const long overflows_before = listen_overflows();
    const double server_cpu_before = cpu_seconds(server_pid);
    const std::string url = base_url + "/delay/1";

    const Clock::time_point start = run_shares(shares, [&](Share& share, std::latch& prepared,
                                                           std::latch& go) {
        EventLoop loop([&](CURL* easy, CURLcode result) { record(share, easy, result, 1000.0); });
        std::vector<CURL*> transfers;
        for (int i = 0; i < share.transfers; ++i) {
            CURL* easy = new_transfer(url);
            // Every transfer needs its own connection: skip the search for one to reuse.
            curl_easy_setopt(easy, CURLOPT_FRESH_CONNECT, 1L);
            transfers.push_back(easy);
        }
        prepared.count_down();
        go.wait();
        for (CURL* easy : transfers) loop.add(easy);
        loop.run();
        for (CURL* easy : transfers) {
            loop.remove(easy);
            curl_easy_cleanup(easy);
        }
    });

    Share all;
    for (const Share& share : shares) {
        all.answered += share.answered;
        all.failed += share.failed;
        if (all.first_failure.empty()) all.first_failure = share.first_failure;
        all.lateness_ms.insert(all.lateness_ms.end(), share.lateness_ms.begin(),
                               share.lateness_ms.end());
        all.server_lateness_ms.insert(all.server_lateness_ms.end(),
                                      share.server_lateness_ms.begin(),
                                      share.server_lateness_ms.end());
        all.last_done = std::max(all.last_done, share.last_done);
    }

    std::printf("%d concurrent GET /delay/1 from %d client thread(s)\n", connections, threads);
    std::printf("  answered             %d of %d (%d failed%s%s)\n", all.answered, connections,
                all.failed, all.failed ? ", first: " : "", all.first_failure.c_str());
    std::printf("  makespan             %.3f s\n", seconds(all.last_done - start));
    std::printf("  lateness, total - 1 s               %s\n",
                percentiles_ms(all.lateness_ms).c_str());
    std::printf("  lateness, request sent to answer - 1 s  %s\n",
                percentiles_ms(all.server_lateness_ms).c_str());
    std::printf("  server peak RSS      %s (VmHWM)\n",
                proc_status_field(server_pid, "VmHWM").c_str());
    std::printf("  server CPU           %.2f s\n", cpu_seconds(server_pid) - server_cpu_before);
    std::printf("  listen overflows     %ld (backlog capped by net.core.somaxconn = %s)\n",
                listen_overflows() - overflows_before,
                read_first_line("/proc/sys/net/core/somaxconn").c_str());
}

void throughput(const std::string& base_url, pid_t server_pid, int threads) {
    std::vector<Share> shares = split(kThroughputRequests, threads);
    const int concurrency = std::max(1, kThroughputConcurrency / threads);
    const double server_cpu_before = cpu_seconds(server_pid);
    const std::string url = base_url + "/delay/0";

    const Clock::time_point start =
        run_shares(shares, [&](Share& share, std::latch& prepared, std::latch& go) {
            int started = 0;
            EventLoop* running_loop = nullptr;
            EventLoop loop([&](CURL* easy, CURLcode result) {
                record(share, easy, result, 0.0);
                running_loop->remove(easy);
                if (started < share.transfers) {
                    ++started;
                    running_loop->add(easy);  // the same handle reuses its kept-alive connection
                }
            });
            running_loop = &loop;
            std::vector<CURL*> transfers;
            for (int i = 0; i < std::min(concurrency, share.transfers); ++i)
                transfers.push_back(new_transfer(url));
            prepared.count_down();
            go.wait();
            for (CURL* easy : transfers) {
                ++started;
                loop.add(easy);
            }
            loop.run();
            for (CURL* easy : transfers) curl_easy_cleanup(easy);
        });

    int completed = 0;
    int failed = 0;
    Clock::time_point last_done{};
    for (const Share& share : shares) {
        completed += share.answered;
        failed += share.failed;
        last_done = std::max(last_done, share.last_done);
    }
    const double elapsed = seconds(last_done - start);
    std::printf("%d GET /delay/0, %d at a time over keep-alive connections\n", kThroughputRequests,
                concurrency * threads);
    std::printf("  answered             %d (%d failed) in %.3f s\n", completed, failed, elapsed);
    std::printf("  throughput           %.0f requests/s\n", completed / elapsed);
    std::printf("  server CPU           %.2f s\n", cpu_seconds(server_pid) - server_cpu_before);
}

// Memory in TCP socket buffers, machine-wide: what a body the client has not
// read costs once the server has handed it to the kernel.
long tcp_memory_kib() {
    std::ifstream sockstat("/proc/net/sockstat");
    std::string word;
    while (sockstat >> word) {
        if (word != "mem") continue;
        long pages = 0;
        sockstat >> pages;
        return pages * sysconf(_SC_PAGESIZE) / 1024;  // the first "mem" is TCP's
    }
    return -1;
}

// One fresh connection per check, as a new client would come.
double health_check_ms(const std::string& base_url) {
    CURL* easy = new_transfer(base_url + "/get");
    const CURLcode result = curl_easy_perform(easy);
    long status = 0;
    curl_off_t total_us = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &total_us);
    curl_easy_cleanup(easy);
    return result == CURLE_OK && status == 200 ? static_cast<double>(total_us) / 1000.0 : -1;
}

// A fresh server, so its peak RSS is this scenario's alone.
void slow_readers(int clients) {
    overlap::ServerProcess server(OVERLAP_EXECUTABLE);
    const std::string idle_rss = proc_status_field(server.pid(), "VmRSS");
    constexpr std::size_t kPerTick = 8 * 1024;
    constexpr auto kTick = std::chrono::milliseconds(50);
    overlap::testing::SlowReaders readers(overlap::testing::port_of(server.base_url()), clients,
                                          "/bytes/10485760", kPerTick, kTick);
    std::vector<double> health_ms;
    int failed = 0;
    const Clock::time_point end = Clock::now() + std::chrono::seconds(5);
    while (Clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const double ms = health_check_ms(server.base_url());
        if (ms < 0) {
            ++failed;
        } else {
            health_ms.push_back(ms);
        }
    }
    const std::string peak_rss = proc_status_field(server.pid(), "VmHWM");
    const long socket_kib = tcp_memory_kib();
    const std::vector<std::size_t> received = readers.stop();
    std::size_t total = 0;
    for (const std::size_t bytes : received) total += bytes;

    std::printf("%d clients reading GET /bytes/10485760 at %zu KiB per %lld ms, for 5 s\n",
                clients, kPerTick / 1024, static_cast<long long>(kTick.count()));
    std::printf("  server RSS           %s idle, %s peak (VmHWM)\n", idle_rss.c_str(),
                peak_rss.c_str());
    std::printf("  kernel TCP buffers   %ld KiB, the whole machine's (sockstat), at the end\n",
                socket_kib);
    std::printf("  health checks (GET /get on a new connection)  %zu answered, %d failed\n",
                health_ms.size(), failed);
    std::printf("  health latency       %s\n", percentiles_ms(health_ms).c_str());
    std::printf("  readers received     %.1f MiB in all, least %.0f KiB\n",
                static_cast<double>(total) / (1 << 20),
                static_cast<double>(*std::min_element(received.begin(), received.end())) / 1024);
}

// One client taking a 10 MiB body as fast as it can: what streaming costs.
void fast_reader(const std::string& base_url) {
    CURL* easy = curl_easy_init();
    curl_easy_setopt(easy, CURLOPT_URL, (base_url + "/bytes/10485760").c_str());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    double best_s = 1e9;
    for (int run = 0; run < 5; ++run) {
        const Clock::time_point start = Clock::now();
        curl_easy_perform(easy);
        best_s = std::min(best_s, seconds(Clock::now() - start));
    }
    curl_easy_cleanup(easy);
    std::printf("GET /bytes/10485760, one client reading at full speed (best of 5)\n");
    std::printf("  %.1f ms, %.0f MiB/s\n", best_s * 1000, 10 / best_s);
}

int usage() {
    std::fprintf(stderr, "usage: bench_server [--connections N] [--threads N]\n");
    return 2;
}

}  // namespace

int main(int argc, char* argv[]) {
    int connections = 10'000;
    int threads = 1;  // more client threads starve the server's timers of the second core
    for (int i = 1; i < argc; ++i) {
        if (i + 1 >= argc) return usage();
        const int value = std::atoi(argv[i + 1]);
        if (value <= 0) return usage();
        if (std::strcmp(argv[i], "--connections") == 0) {
            connections = value;
        } else if (std::strcmp(argv[i], "--threads") == 0) {
            threads = value;
        } else {
            return usage();
        }
        ++i;
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
        std::printf("server %s (pid %d), %u cores\n", server.base_url().c_str(),
                    static_cast<int>(server.pid()), std::thread::hardware_concurrency());
        concurrent_delays(server.base_url(), server.pid(), connections, threads);
        throughput(server.base_url(), server.pid(), threads);
        fast_reader(server.base_url());
    }
    slow_readers(100);
    curl_global_cleanup();
    return 0;
}
