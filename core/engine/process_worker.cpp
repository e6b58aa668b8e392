#include "engine/process_worker.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "engine/clock.hpp"
#include "engine/task_execution.hpp"
#include "engine/worker_fork_server.hpp"
#include "engine/worker_protocol.hpp"
#include "system/resource_usage.hpp"

namespace overlap {

namespace {

namespace protocol = worker_protocol;

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t written = ::write(fd, data.data(), data.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return false;
        data.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// Buffers events and sends them when a task starts or ends, so the parent
// sees progress live without a write per phase.
class PipeSink final : public EventSink {
public:
    void record(const Event& event) override {
        protocol::append_event(buffer_, event);
        if (event.kind == EventKind::TaskStarted || event.kind == EventKind::TaskFinished) flush();
    }
    void note_error(std::uint32_t task, std::string error) override { protocol::append_note(buffer_, task, error); }
    void ready() {
        protocol::append_ready(buffer_, now_ns());
        flush();
    }
    // The worker's own peak memory: the parent cannot learn it from wait4,
    // whose ru_maxrss for a vfork-spawned child is the parent's size at exec.
    void goodbye() {
        protocol::append_usage(buffer_, peak_rss_kib());
        flush();
    }

private:
    void flush() {
        // The parent is gone: nobody to report to.
        if (!write_all(STDOUT_FILENO, buffer_)) std::_Exit(3);
        buffer_.clear();
    }
    std::string buffer_;
};

// What every worker of a run shares; the fork server passes each its id.
struct WorkerArguments {
    double iterations_per_ms = 1;
    std::uint64_t max_body_bytes = kDefaultMaxBodyBytes;
    bool gil = false;
    std::uint64_t interpreter_iterations = 0;
};

bool parse_arguments(int argc, char* argv[], WorkerArguments& out) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (flag == "--gil") {
            out.gil = true;
        } else if (flag == "--max-body-bytes" && i + 1 < argc) {
            out.max_body_bytes = std::strtoull(argv[++i], nullptr, 10);
        } else if (flag == "--interpreter-iterations" && i + 1 < argc) {
            out.interpreter_iterations = std::strtoull(argv[++i], nullptr, 10);
        } else if (flag == "--iterations-per-ms" && i + 1 < argc) {
            out.iterations_per_ms = std::strtod(argv[++i], nullptr);
        } else {
            return false;
        }
    }
    return out.iterations_per_ms > 0;
}

// Runs the orders arriving on stdin, one at a time, until stdin closes.
int serve_orders(std::uint16_t worker, const WorkerArguments& arguments) {
    PipeSink sink;
    WorkerEvents events(sink, worker);
    BlockingFetcher fetcher;  // the parent cancels a worker by killing it
    Gil gil;                  // each process has its own: that is the point
    sink.ready();

    std::string input;
    std::size_t offset = 0;
    char chunk[4096];
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) {  // the parent closed our stdin: no more work
            sink.goodbye();
            return 0;
        }
        input.append(chunk, static_cast<std::size_t>(got));
        while (const auto frame = protocol::next_frame(input, offset)) {
            const auto order = frame->type == protocol::FrameType::Order ? protocol::parse_order(frame->payload)
                                                                          : std::nullopt;
            if (!order) {
                std::fprintf(stderr, "overlap-worker: malformed order from the parent\n");
                return 2;
            }
            const TaskSettings settings{static_cast<long>(order->timeout_ms),
                                        arguments.max_body_bytes,
                                        arguments.iterations_per_ms,
                                        arguments.gil ? &gil : nullptr,
                                        nullptr,
                                        arguments.interpreter_iterations,
                                        &gil};
            run_task_blocking({order->task, order->url, order->cpu_iterations}, fetcher, settings, events);
        }
        input.erase(0, offset);
        offset = 0;
    }
}

}  // namespace

int process_worker_main(int argc, char* argv[]) {
    WorkerArguments arguments;
    if (!parse_arguments(argc, argv, arguments)) {
        std::fprintf(stderr,
                     "overlap-worker: started by Overlap's processes mode, not by hand\n"
                     "usage: overlap-worker --iterations-per-ms X --max-body-bytes N [--gil]\n"
                     "                      [--interpreter-iterations N]\n"
                     "       with stdin the engine's request socket\n");
        return 2;
    }
    // Once, here, so that no worker pays for it: workers are clones of this process.
    ensure_curl_initialised();
    const std::optional<std::uint16_t> worker = serve_fork_requests(STDIN_FILENO);
    // The engine has every worker it asked for and waits for this exit:
    // library clean-up at exit would only make it wait longer.
    if (!worker) std::_Exit(0);
    return serve_orders(*worker, arguments);
}

}  // namespace overlap
