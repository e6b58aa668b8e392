// The processes mode: a dispatcher thread hands tasks to worker processes
// over pipes, reads their events back, and accounts for a worker that dies.
#include "engine/process_runner.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <optional>
#include <system_error>

#include "engine/clock.hpp"
#include "engine/worker_fork_server.hpp"
#include "engine/worker_protocol.hpp"
#include "system/child_process.hpp"

namespace overlap {

namespace {

namespace protocol = worker_protocol;

struct Worker {
    std::uint16_t id = 0;
    std::optional<ChildProcess> process;
    std::int64_t spawned_ns = 0;
    bool ready = false;
    bool alive = true;
    std::optional<std::uint32_t> current_task;
    std::optional<std::int64_t> task_started_ns;  // as the worker reported it
    std::string input;  // bytes read from the child, not yet parsed
    std::optional<LogSink> sink;
    double peak_rss_mb = 0;  // as the worker reports it when it exits
};

class Dispatcher {
public:
    explicit Dispatcher(RunContext& context) : context_(context), wake_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
        if (wake_ < 0) throw std::system_error(errno, std::generic_category(), "processes mode set-up");
        registration_ = context.cancel.on_cancel([fd = wake_] {
            const std::uint64_t one = 1;
            [[maybe_unused]] const auto written = ::write(fd, &one, sizeof one);
        });
    }
    ~Dispatcher() {
        registration_.reset();
        ::close(wake_);
    }

    void run();

private:
    void spawn_workers();
    void dispatch(Worker& worker);
    void read_from(Worker& worker);
    void handle_frame(Worker& worker, const protocol::Frame& frame);
    void bury(Worker& worker, const std::string& reason, Outcome outcome);
    void end_task_here(Worker& worker, std::uint32_t task, Outcome outcome, const std::string& reason);
    void collect_usage(const ChildProcess::Exit& exit, double peak_rss_mb);
    bool all_done() const { return ended_ == context_.tasks.size(); }

    RunContext& context_;
    int wake_;
    CancelSource::Registration registration_;
    std::vector<Worker> workers_;
    std::size_t next_task_ = 0;
    std::size_t ended_ = 0;
    std::string spawn_error_;  // why a worker could not start, for the tasks left undone
};

void Dispatcher::spawn_workers() {
    const int count = std::max(1, context_.concurrency);
    workers_.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Worker& worker = workers_[static_cast<std::size_t>(i)];
        worker.id = context_.recorder.add_worker("process " + std::to_string(i + 1));
        worker.sink.emplace(context_.recorder, worker.id);
    }
    std::vector<std::string> args{"--iterations-per-ms", std::to_string(context_.iterations_per_ms),
                                  "--max-body-bytes", std::to_string(context_.max_body_bytes)};
    if (context_.behaviour.gil) args.emplace_back("--gil");
    if (const std::uint64_t iterations = context_.interpreter_iterations(); iterations > 0) {
        args.insert(args.end(), {"--interpreter-iterations", std::to_string(iterations)});
    }
    // Every worker is starting from here: the fork server's start-up is theirs.
    const std::int64_t started_ns = now_ns();
    try {
        WorkerForkServer fork_server(context_.worker_executable, args);
        for (Worker& worker : workers_) {
            worker.spawned_ns = started_ns;
            worker.process = fork_server.fork_worker(worker.id);
            ++context_.child_usage.processes;
        }
        // Its memory is shared with the workers, which report their own.
        collect_usage(fork_server.close(), 0);
    } catch (const std::exception& error) {
        spawn_error_ = error.what();
        for (Worker& worker : workers_) worker.alive = worker.process.has_value();
    }
}

void Dispatcher::dispatch(Worker& worker) {
    if (!worker.alive || !worker.ready || worker.current_task || next_task_ >= context_.tasks.size()) return;
    const ResolvedTask& task = context_.tasks[next_task_++];
    std::string frame;
    protocol::append_order(frame, {task.id, task.cpu_iterations, context_.timeout_ms(), task.url});
    worker.current_task = task.id;
    // Orders are tiny; a full pipe means the child stopped reading, which
    // its death (seen as EOF on its stdout) will explain.
    [[maybe_unused]] const auto written = ::write(worker.process->stdin_fd(), frame.data(), frame.size());
}

void Dispatcher::end_task_here(Worker& worker, std::uint32_t task, Outcome outcome, const std::string& reason) {
    WorkerEvents events(*worker.sink, worker.id);
    const std::int64_t now = now_ns();
    // The worker would have sent its busy span when the task ended; it died
    // (or was killed) first, so the span ends here, when that was seen, or
    // its lane would show it idle for the whole task.
    if (worker.task_started_ns) events.span(WorkerState::Busy, task, *worker.task_started_ns, now);
    events.error(task, reason);
    events.finished(task, outcome, 0, now);
    ++ended_;
}

void Dispatcher::handle_frame(Worker& worker, const protocol::Frame& frame) {
    switch (frame.type) {
        case protocol::FrameType::Ready:
            if (const auto at = protocol::parse_ready(frame.payload)) {
                WorkerEvents(*worker.sink, worker.id).span(WorkerState::Starting, kNoTask, worker.spawned_ns, *at);
                worker.ready = true;
            }
            break;
        case protocol::FrameType::Event:
            if (const auto event = protocol::parse_event(frame.payload)) {
                worker.sink->record(*event);
                if (event->kind == EventKind::TaskStarted) worker.task_started_ns = event->begin_ns;
                if (event->kind == EventKind::TaskFinished) {
                    worker.current_task.reset();
                    worker.task_started_ns.reset();
                    ++ended_;
                }
            }
            break;
        case protocol::FrameType::Note:
            if (auto note = protocol::parse_note(frame.payload)) worker.sink->note_error(note->first, std::move(note->second));
            break;
        case protocol::FrameType::Usage:
            if (const auto kib = protocol::parse_usage(frame.payload)) worker.peak_rss_mb = static_cast<double>(*kib) / 1024.0;
            break;
        case protocol::FrameType::Order:
            break;
    }
}

void Dispatcher::read_from(Worker& worker) {
    char chunk[65536];
    const ssize_t got = ::read(worker.process->stdout_fd(), chunk, sizeof chunk);
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (got <= 0) {
        const ChildProcess::Exit exit = worker.process->wait();
        collect_usage(exit, worker.peak_rss_mb);
        bury(worker, "worker process " + std::to_string(worker.id + 1) + " (pid " +
                         std::to_string(worker.process->pid()) + ") " + exit.describe(),
             Outcome::Error);
        return;
    }
    worker.input.append(chunk, static_cast<std::size_t>(got));
    std::size_t offset = 0;
    while (const auto frame = protocol::next_frame(worker.input, offset)) handle_frame(worker, *frame);
    worker.input.erase(0, offset);
}

void Dispatcher::bury(Worker& worker, const std::string& reason, Outcome outcome) {
    worker.alive = false;
    if (worker.current_task) {
        end_task_here(worker, *worker.current_task, outcome, reason);
        worker.current_task.reset();
        worker.task_started_ns.reset();
    }
}

void Dispatcher::collect_usage(const ChildProcess::Exit& exit, double peak_rss_mb) {
    ResourceUsage& usage = context_.child_usage;
    usage.cpu_user_s += static_cast<double>(exit.usage.ru_utime.tv_sec) + exit.usage.ru_utime.tv_usec * 1e-6;
    usage.cpu_sys_s += static_cast<double>(exit.usage.ru_stime.tv_sec) + exit.usage.ru_stime.tv_usec * 1e-6;
    usage.peak_rss_mb += peak_rss_mb;  // children run side by side; unknown (0) if killed
    usage.voluntary_switches += exit.usage.ru_nvcsw;
    usage.involuntary_switches += exit.usage.ru_nivcsw;
}

void Dispatcher::run() {
    spawn_workers();
    std::vector<pollfd> fds;
    std::vector<Worker*> owners;
    while (!all_done() && !context_.cancel.cancelled()) {
        fds.assign(1, pollfd{wake_, POLLIN, 0});
        owners.assign(1, nullptr);
        for (Worker& worker : workers_) {
            if (!worker.alive) continue;
            dispatch(worker);
            fds.push_back({worker.process->stdout_fd(), POLLIN, 0});
            owners.push_back(&worker);
        }
        if (owners.size() == 1) break;  // every worker is gone
        if (::poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR) break;
        for (std::size_t i = 1; i < fds.size(); ++i) {
            if (fds[i].revents != 0) read_from(*owners[i]);
        }
    }
    if (context_.cancel.cancelled()) {
        for (Worker& worker : workers_) {
            if (!worker.alive) continue;
            worker.process->signal(SIGKILL);
            collect_usage(worker.process->wait(), worker.peak_rss_mb);
            bury(worker, "cancelled", Outcome::Cancelled);
        }
        return;
    }
    // Tasks never handed out because every worker died.
    for (; next_task_ < context_.tasks.size(); ++next_task_) {
        std::string reason = "no worker process left to run it";
        if (!spawn_error_.empty()) reason += " (could not start one: " + spawn_error_ + ")";
        context_.recorder.note_error(context_.tasks[next_task_].id, std::move(reason));
    }
    for (Worker& worker : workers_) {
        if (!worker.alive) continue;
        worker.process->close_stdin();  // the worker's signal to exit
        // Read its last words (the usage report) up to end of file.
        while (worker.alive) read_from(worker);
    }
}

}  // namespace

void ProcessRunner::run(RunContext& context) {
    Dispatcher dispatcher(context);
    dispatcher.run();
}

}  // namespace overlap
