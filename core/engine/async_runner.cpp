#include "engine/async_runner.hpp"

#include <curl/curl.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <system_error>

#include "engine/clock.hpp"
#include "engine/loop_states.hpp"
#include "engine/offload_pool.hpp"
#include "system/unique_fd.hpp"

namespace overlap {

namespace {

UniqueFd checked(int fd) {
    if (fd < 0) throw std::system_error(errno, std::generic_category(), "event loop set-up");
    return UniqueFd(fd);
}

// One transfer in flight: its easy handle and what libcurl writes into.
struct Transfer {
    CURL* easy = nullptr;
    TransferState state;
    const ResolvedTask* task = nullptr;
    std::int64_t started_ns = 0;
    bool in_flight = false;
};

class EventLoop {
public:
    EventLoop(RunContext& context, std::uint16_t worker);
    ~EventLoop();
    void run();

private:
    static int on_socket(CURL*, curl_socket_t socket, int what, void* self, void* socket_data);
    static int on_timer(CURLM*, long timeout_ms, void* self);
    static curl_socket_t open_socket(void* state, curlsocktype, curl_sockaddr* address);

    void start_tasks();
    void start(const ResolvedTask& task);
    void finish_transfers();
    // `fetched_ns`: when the fetch was seen to end, where its phases stop.
    void after_fetch(const ResolvedTask& task, TransferResult fetched, std::int64_t started_ns,
                     std::int64_t fetched_ns);
    void end_task(const ResolvedTask& task, const TransferResult& result, std::int64_t at_ns);
    void drain_wake_fd();
    void cancel_in_flight();
    int epoll_timeout_ms() const;

    RunContext& context_;
    LogSink sink_;
    WorkerEvents events_;
    LoopStates states_;
    // The emulated interpreter's lock: the loop's interpreter work holds it,
    // and so does an offloaded task's CPU work under GIL emulation.
    Gil gil_;
    TaskSettings settings_;
    const int limit_;
    const bool every_task_in_flight_;
    UniqueFd epoll_ = checked(::epoll_create1(EPOLL_CLOEXEC));
    UniqueFd wake_ = checked(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
    CURLM* multi_;
    std::optional<std::int64_t> timer_deadline_ns_;
    std::vector<Transfer*> idle_transfers_;  // handles kept for reuse, with their connections
    std::vector<std::unique_ptr<Transfer>> transfers_;
    std::vector<std::pair<Transfer*, CURLcode>>
        done_;  // finished_transfers' scratch, kept to reuse its memory
    std::size_t next_task_ = 0;
    std::size_t ended_ = 0;
    int in_progress_ = 0;  // started and not ended: the semaphore's count
    std::optional<BlockingFetcher> blocking_fetcher_;
    std::optional<OffloadPool> offload_;
    CancelSource::Registration cancel_registration_;
};

EventLoop::EventLoop(RunContext& context, std::uint16_t worker)
    : context_(context),
      sink_(context.recorder, worker),
      events_(sink_, worker),
      states_(events_, now_ns()),
      settings_{context.timeout_ms(),
                context.max_body_bytes,
                context.iterations_per_ms,
                context.behaviour.gil ? &gil_ : nullptr,
                &context.cancel,
                context.interpreter_iterations(),
                &gil_},
      limit_(std::max(1, context.concurrency)),
      every_task_in_flight_(context.tasks.size() <= static_cast<std::size_t>(limit_)),
      multi_(curl_multi_init()) {
    if (!multi_) throw std::runtime_error("libcurl could not create a multi handle");
    curl_multi_setopt(multi_, CURLMOPT_SOCKETFUNCTION, on_socket);
    curl_multi_setopt(multi_, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi_, CURLMOPT_TIMERFUNCTION, on_timer);
    curl_multi_setopt(multi_, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(multi_, CURLMOPT_MAXCONNECTS, static_cast<long>(limit_));

    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.fd = wake_.get();
    epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, wake_.get(), &wake);
    cancel_registration_ = context.cancel.on_cancel([fd = wake_.get()] {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(fd, &one, sizeof one);
    });
    if (context.behaviour.blocking_in_async) blocking_fetcher_.emplace(&context.cancel);
    if (context.behaviour.offload) {
        offload_.emplace(context.recorder, context.meter,
                         context.recorder.add_worker("offload thread"), settings_, wake_.get());
    }
}

EventLoop::~EventLoop() {
    cancel_registration_.reset();
    offload_.reset();  // joins the helper before the wake fd closes
    for (auto& transfer : transfers_) {
        curl_multi_remove_handle(multi_, transfer->easy);
        curl_easy_cleanup(transfer->easy);
    }
    curl_multi_cleanup(multi_);
}

int EventLoop::on_socket(CURL*, curl_socket_t socket, int what, void* self, void* socket_data) {
    auto& loop = *static_cast<EventLoop*>(self);
    if (what == CURL_POLL_REMOVE) {
        epoll_ctl(loop.epoll_.get(), EPOLL_CTL_DEL, socket, nullptr);
        return 0;
    }
    epoll_event event{};
    event.events =
        ((what & CURL_POLL_IN) ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0u);
    event.data.fd = socket;
    if (socket_data) {
        epoll_ctl(loop.epoll_.get(), EPOLL_CTL_MOD, socket, &event);
    } else {
        epoll_ctl(loop.epoll_.get(), EPOLL_CTL_ADD, socket, &event);
        curl_multi_assign(loop.multi_, socket, &loop);  // marks the socket as registered
    }
    return 0;
}

curl_socket_t EventLoop::open_socket(void* state, curlsocktype, curl_sockaddr* address) {
    return open_transfer_socket(*static_cast<TransferState*>(state), *address);
}

int EventLoop::on_timer(CURLM*, long timeout_ms, void* self) {
    auto& loop = *static_cast<EventLoop*>(self);
    if (timeout_ms < 0) {
        loop.timer_deadline_ns_.reset();
    } else {
        loop.timer_deadline_ns_ = now_ns() + timeout_ms * 1'000'000;
    }
    return 0;
}

int EventLoop::epoll_timeout_ms() const {
    if (!timer_deadline_ns_) return -1;
    const std::int64_t remaining = *timer_deadline_ns_ - now_ns();
    return remaining <= 0 ? 0 : static_cast<int>((remaining + 999'999) / 1'000'000);
}

void EventLoop::run() {
    const std::size_t total = context_.tasks.size();
    std::vector<epoll_event> ready(1024);
    start_tasks();
    while (ended_ < total && !context_.cancel.cancelled()) {
        const std::int64_t poll_begin = now_ns();
        const int count = epoll_wait(epoll_.get(), ready.data(), static_cast<int>(ready.size()),
                                     epoll_timeout_ms());
        states_.polled(poll_begin, now_ns());
        int running = 0;
        if (count == 0) curl_multi_socket_action(multi_, CURL_SOCKET_TIMEOUT, 0, &running);
        for (int i = 0; i < count; ++i) {
            const int fd = ready[static_cast<std::size_t>(i)].data.fd;
            if (fd == wake_.get()) {
                drain_wake_fd();
                continue;
            }
            const std::uint32_t flags = ready[static_cast<std::size_t>(i)].events;
            const int action = ((flags & EPOLLIN) ? CURL_CSELECT_IN : 0) |
                               ((flags & EPOLLOUT) ? CURL_CSELECT_OUT : 0) |
                               ((flags & (EPOLLERR | EPOLLHUP)) ? CURL_CSELECT_ERR : 0);
            curl_multi_socket_action(multi_, fd, action, &running);
        }
        // libcurl's timer may have expired while we handled sockets.
        if (timer_deadline_ns_ && *timer_deadline_ns_ <= now_ns()) {
            curl_multi_socket_action(multi_, CURL_SOCKET_TIMEOUT, 0, &running);
        }
        finish_transfers();
        start_tasks();
    }
    if (context_.cancel.cancelled()) cancel_in_flight();
    states_.finish(now_ns());
}

void EventLoop::drain_wake_fd() {
    std::uint64_t count = 0;
    [[maybe_unused]] const auto read = ::read(wake_.get(), &count, sizeof count);
    if (offload_) {
        const std::size_t finished = offload_->take_finished();
        ended_ += finished;
        in_progress_ -= static_cast<int>(finished);
    }
}

void EventLoop::start_tasks() {
    while (in_progress_ < limit_ && next_task_ < context_.tasks.size() &&
           !context_.cancel.cancelled()) {
        start(context_.tasks[next_task_++]);
    }
}

void EventLoop::start(const ResolvedTask& task) {
    ++in_progress_;
    const std::int64_t started = now_ns();
    events_.started(task.id, started);
    if (task.url.empty()) {
        after_fetch(task, {Outcome::Ok, 0, {}}, started, started);
        return;
    }
    if (blocking_fetcher_) {
        // The lesson of this mode: a blocking call here stalls every other task.
        TransferResult fetched = blocking_fetcher_->fetch(task.id, task.url, settings_.timeout_ms,
                                                          settings_.max_body_bytes, events_);
        const std::int64_t fetched_at = now_ns();
        states_.blocked(task.id, started, fetched_at);
        after_fetch(task, std::move(fetched), started, fetched_at);
        return;
    }
    Transfer* transfer = nullptr;
    if (idle_transfers_.empty()) {
        transfers_.push_back(std::make_unique<Transfer>());
        transfer = transfers_.back().get();
        transfer->easy = curl_easy_init();
        if (!transfer->easy) throw std::runtime_error("libcurl could not create a transfer handle");
        curl_easy_setopt(transfer->easy, CURLOPT_OPENSOCKETFUNCTION, open_socket);
        curl_easy_setopt(transfer->easy, CURLOPT_OPENSOCKETDATA, &transfer->state);
    } else {
        transfer = idle_transfers_.back();
        idle_transfers_.pop_back();
    }
    transfer->task = &task;
    transfer->started_ns = started;
    transfer->in_flight = true;
    transfer->state.task = task.id;
    transfer->state.begin_ns = started;
    configure_transfer(transfer->easy, task.url, settings_.timeout_ms, settings_.max_body_bytes,
                       transfer->state);
    curl_easy_setopt(transfer->easy, CURLOPT_PRIVATE, transfer);
    // With every task in flight at once no connection can ever be reused, and
    // libcurl 7.88 scans every open connection to the host twice per transfer:
    // looking for one to reuse when it starts, and looking for its own (to
    // close it if connect-only) when it is removed. O(N) each made 10,000
    // transfers quadratic; a fresh connection closed when done skips both.
    const long one_shot = every_task_in_flight_ ? 1L : 0L;
    curl_easy_setopt(transfer->easy, CURLOPT_FRESH_CONNECT, one_shot);
    curl_easy_setopt(transfer->easy, CURLOPT_FORBID_REUSE, one_shot);
    curl_multi_add_handle(multi_, transfer->easy);
}

void EventLoop::finish_transfers() {
    // Read every finished transfer before removing any: libcurl's
    // remove_handle scans the queue of unread messages, so removing while
    // thousands are queued would be quadratic.
    done_.clear();
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(multi_, &queued)) {
        if (message->msg != CURLMSG_DONE) continue;
        Transfer* transfer = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
        done_.push_back({transfer, message->data.result});
    }
    for (const auto& [transfer, code] : done_) {
        curl_multi_remove_handle(multi_, transfer->easy);
        transfer->in_flight = false;
        // Each its own end: those later in a long batch wait for the ones
        // before, and that wait is theirs to show (as stalled).
        const std::int64_t fetched_at = now_ns();
        record_transfer_phases(transfer->easy, transfer->state, fetched_at, code == CURLE_OK,
                               events_);
        TransferResult fetched =
            finish_transfer(transfer->easy, code, transfer->state, false, settings_.timeout_ms);
        idle_transfers_.push_back(transfer);
        after_fetch(*transfer->task, std::move(fetched), transfer->started_ns, fetched_at);
    }
}

void EventLoop::after_fetch(const ResolvedTask& task, TransferResult fetched,
                            std::int64_t started_ns, std::int64_t fetched_ns) {
    if (interpreter_cost_applies(task, fetched, settings_)) {
        // The interpreter's work for this answer runs on the loop thread, as
        // asyncio runs every coroutine's Python code: other tasks wait. The
        // loop's lane shows it as running callbacks, which is what it is.
        fetched = run_interpreter_cost(task, std::move(fetched), started_ns, settings_, events_);
        fetched_ns = now_ns();
    }
    if (task.cpu_iterations > 0 && fetched.outcome == Outcome::Ok) {
        if (offload_) {
            offload_->submit(task, std::move(fetched), started_ns);
            return;
        }
        // CPU work on the loop thread: nothing else on the loop moves meanwhile.
        const std::int64_t began = now_ns();
        fetched = run_task_compute(task, std::move(fetched), started_ns, settings_, events_);
        fetched_ns = now_ns();
        states_.blocked(task.id, began, fetched_ns);
    }
    // The task ends where its last phase does: a clock read here could land
    // after the thread was preempted, leaving a moment no phase covers.
    end_task(task, fetched, fetched_ns);
}

void EventLoop::end_task(const ResolvedTask& task, const TransferResult& result,
                         std::int64_t at_ns) {
    record_task_end(task.id, result, events_, at_ns);
    ++ended_;
    --in_progress_;
}

void EventLoop::cancel_in_flight() {
    // libcurl has no timings for a transfer it did not finish, so a cancelled
    // one keeps its start-to-end bar without phases.
    for (auto& transfer : transfers_) {
        if (!transfer->in_flight) continue;
        curl_multi_remove_handle(multi_, transfer->easy);
        transfer->in_flight = false;
        end_task(*transfer->task, {Outcome::Cancelled, 0, "cancelled"}, now_ns());
    }
}

}  // namespace

void AsyncRunner::run(RunContext& context) {
    ensure_curl_initialised();
    EventLoop loop(context, context.recorder.add_worker("event loop"));
    loop.run();
}

}  // namespace overlap
