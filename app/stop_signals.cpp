// SIGINT, SIGTERM and SIGHUP as one request to stop, read by the run loop.
#include "stop_signals.hpp"

#include <atomic>
#include <csignal>

namespace overlap::app {

namespace {

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};

std::atomic<int> requested{0};
static_assert(std::atomic<int>::is_always_lock_free, "read and written in a signal handler");

void set_handler(void (*handler)(int)) {
    struct sigaction action {};
    action.sa_handler = handler;
    // Whichever thread takes the signal must not see its reads and writes
    // fail with EINTR (a frame to a worker, the table on stdout).
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int sig : kStopSignals) sigaction(sig, &action, nullptr);
}

void on_stop_signal(int sig) {
    int none = 0;
    requested.compare_exchange_strong(none, sig);
    set_handler(SIG_DFL);  // sigaction is async-signal-safe; the next one ends the program
}

}  // namespace

void catch_stop_signals() { set_handler(on_stop_signal); }

int stop_signal() { return requested.load(); }

}  // namespace overlap::app
