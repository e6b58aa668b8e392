#include "server/http_session.hpp"

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "server/endpoints.hpp"
#include "server/random_bytes.hpp"

namespace overlap {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kHeaderLimit = 8 * 1024;  // larger headers get 431
constexpr std::size_t kBodyLimit = 1024 * 1024;
// Room for a header just past the limit, so the parser (not the buffer) says
// it is too large. The buffer only grows to what requests need: 512 bytes
// for a typical one, which keeps ten thousand idle connections small.
constexpr std::size_t kBufferLimit = 2 * kHeaderLimit;
// After a "Connection: close" answer, unread input would turn the close into
// a reset that can destroy the answer in flight; drain it for this long.
constexpr auto kLingerLimit = std::chrono::seconds(2);
constexpr auto kDripTick = std::chrono::milliseconds(10);  // at most 100 writes a second
constexpr std::size_t kDripChunk = 64 * 1024;
// The most of a /bytes body generated and offered to the socket per turn of
// the loop: large enough that a fast reader gets ~950 MiB/s, small
// enough that one turn (~20 us) never holds up the other connections.
constexpr std::size_t kRandomChunk = 64 * 1024;
constexpr int kSendBuffer = 256 * 1024;  // per /bytes connection, in the kernel
// While an answer waits, the socket is read in pieces this large: a departing
// client sends nothing, and a pipelining one rarely more than one request.
constexpr std::size_t kWatchRead = 512;

char* drip_filler() {
    static std::array<char, kDripChunk> filler = [] {
        std::array<char, kDripChunk> stars;
        stars.fill('*');
        return stars;
    }();
    return filler.data();
}

const beast::error_category& http_errors() {
    return http::make_error_code(http::error::end_of_stream).category();
}

// A /drip body in flight: the header is already decided, the bytes follow
// on a schedule of `steps` evenly spaced writes.
struct Drip {
    explicit Drip(HttpResponse& header) : response(std::move(header.base())) {}
    http::response<http::buffer_body> response;
    http::response_serializer<http::buffer_body> serializer{response};
    Clock::time_point start = Clock::now();
    std::size_t steps = 1;
    std::size_t step = 0;
    std::size_t due = 0;  // bytes that should be out by the current step
    std::size_t sent = 0;
};

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket socket, ServerState& state, bool over_limit)
        : stream_(std::move(socket)),
          buffer_(kBufferLimit),
          timer_(stream_.get_executor()),
          state_(state),
          over_limit_(over_limit) {
        ++state_.connections;
    }
    ~Session() { --state_.connections; }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    void start() { read_request(); }

private:
    void read_request() {
        parser_.emplace();
        parser_->header_limit(kHeaderLimit);
        parser_->body_limit(kBodyLimit);
        stream_.expires_after(state_.config.idle_timeout);
        http::async_read(stream_, buffer_, *parser_,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) {
                             self->on_request(ec);
                         });
    }

    void on_request(beast::error_code ec) {
        if (ec == http::error::end_of_stream) return;  // the client closed between requests
        if (ec == http::error::header_limit) {
            return refuse(http::status::request_header_fields_too_large,
                          "request header larger than 8 KiB");
        }
        if (ec == http::error::body_limit) {
            return refuse(http::status::payload_too_large, "request body larger than 1 MiB");
        }
        if (ec && ec.category() == http_errors()) {
            return refuse(http::status::bad_request, "malformed HTTP request: " + ec.message());
        }
        if (ec) return;  // idle too long, or the connection failed: drop it
        if (over_limit_) {
            return refuse(http::status::service_unavailable,
                          "server is at its limit of " +
                              std::to_string(state_.config.max_connections) + " connections");
        }

        plan_ = plan_response(parser_->get(), state_.random);
        parser_.reset();  // a waiting connection keeps no copy of its request
        if (plan_.abort) {
            beast::error_code ignored;
            stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
            stream_.close();
            return;
        }
        stream_.expires_never();
        timer_.expires_after(plan_.delay);  // the delay counts from the request, not the 1xx
        // HTTP/1.0 clients do not expect informational responses.
        if (plan_.interim_status != 0 && plan_.response.version() >= 11) {
            send_interim();
        } else {
            wait_then_respond();
        }
    }

    // Only responses sent in pieces need it: a 1xx and its final response,
    // and drip writes. Nagle would hold a piece back until the client's
    // delayed ACK. Whole responses go out in one write and skip the call.
    void send_without_delay() {
        beast::error_code ignored;
        stream_.socket().set_option(tcp::no_delay(true), ignored);
    }

    void send_interim() {
        send_without_delay();
        auto interim = std::make_shared<http::response<http::empty_body>>();
        interim->result(plan_.interim_status);
        interim->version(11);
        stream_.expires_after(state_.config.idle_timeout);
        http::async_write(stream_, *interim,
                          [self = shared_from_this(), interim](beast::error_code ec, std::size_t) {
                              if (ec) return;
                              self->stream_.expires_never();
                              self->wait_then_respond();
                          });
    }

    void wait_then_respond() {
        if (plan_.delay <= std::chrono::nanoseconds::zero()) return respond();
        watch_client();
        timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (!ec) self->respond();
        });
    }

    void refuse(http::status status, const std::string& message) {
        parser_.reset();
        plan_ = ResponsePlan{};
        plan_.response = error_response(status, message);
        plan_.response.keep_alive(false);
        respond();
    }

    void respond() {
        close_after_ = plan_.response.need_eof();
        stream_.expires_after(state_.config.idle_timeout);
        if (plan_.drip_bytes > 0) return start_drip();
        if (plan_.random_bytes > 0) return start_random_body();
        http::async_write(
            stream_, plan_.response,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_sent(ec); });
    }

    void on_sent(beast::error_code ec) {
        if (ec) return;
        plan_ = ResponsePlan{};
        if (watching_) {
            // The watch's read must end before the next read starts: both fill buffer_.
            exchange_done_ = true;
            beast::error_code ignored;
            stream_.socket().cancel(ignored);
            return;
        }
        after_exchange();
    }

    void after_exchange() {
        exchange_done_ = false;
        if (close_after_) return linger();
        read_request();
    }

    // While an answer waits (a delay, the pauses of a drip) the socket is
    // still read, so a client that leaves is seen at once and its slot freed;
    // unwatched, it held the slot until the answer failed to send, and a full
    // server refused newcomers meanwhile. End of stream counts as leaving, as
    // nginx counts it: an HTTP/1.1 client that half-closes and still waits
    // for its answer is rare, and cannot be told apart from one that left.
    void watch_client() {
        const std::size_t room = buffer_.max_size() - buffer_.size();
        // A full buffer of pipelined requests: stop watching; a departure
        // then shows when the answer is written, as it did before.
        if (watching_ || room == 0) return;
        watching_ = true;
        // On the socket, not the stream: the stream's read timer is armed once
        // for a read and not renewed while it is pending, so it would end a
        // drip that outlasts the idle timeout though its client reads on.
        stream_.socket().async_read_some(
            buffer_.prepare(std::min(room, kWatchRead)),
            [self = shared_from_this()](beast::error_code ec, std::size_t count) {
                self->on_watched(ec, count);
            });
    }

    void on_watched(beast::error_code ec, std::size_t count) {
        watching_ = false;
        buffer_.commit(count);  // a pipelined request, kept for read_request()
        if (exchange_done_) return after_exchange();
        if (!ec) return watch_client();
        // Gone (end of stream, reset) or closed under us: stop the wait and
        // any write in flight, which frees the session and its slot.
        timer_.cancel();
        stream_.close();
    }

    // /bytes: Beast writes the header; the body goes straight from the
    // server's one scratch buffer to the socket, as much as the socket takes
    // each time it has room. Nothing unsent is kept (the next turn
    // regenerates from the offset reached), so a slow reader costs no memory.
    void start_random_body() {
        // Autotuned, the kernel let each unread body take up to 4 MiB of
        // socket buffer (100 slow readers: 280 MB of kernel memory); fixed,
        // it holds at most 2 x kSendBuffer, and loopback still runs fast.
        beast::error_code ignored;
        stream_.socket().set_option(net::socket_base::send_buffer_size(kSendBuffer), ignored);
        header_writer_.emplace(plan_.response);
        http::async_write_header(stream_, *header_writer_,
                                 [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                     self->header_writer_.reset();
                                     if (ec) return;
                                     beast::error_code mode_ec;
                                     self->stream_.socket().non_blocking(true, mode_ec);
                                     if (!mode_ec) self->write_random_body();
                                 });
    }

    void write_random_body() {
        std::vector<char>& scratch = state_.body_scratch;
        if (scratch.size() < kRandomChunk) scratch.resize(kRandomChunk);
        const std::size_t count = std::min(kRandomChunk, plan_.random_bytes - random_sent_);
        fill_random_bytes(plan_.random_seed, random_sent_, std::span(scratch.data(), count));
        beast::error_code ec;
        const std::size_t written =
            stream_.socket().write_some(net::buffer(scratch.data(), count), ec);
        if (ec && ec != net::error::would_block && ec != net::error::try_again) return;
        random_sent_ += written;
        if (random_sent_ == plan_.random_bytes) {
            random_sent_ = 0;
            return on_sent({});
        }
        await_writable();
    }

    // A reader that takes nothing for the idle timeout is dropped, as a
    // silent client is; one that keeps reading may take as long as it likes.
    void await_writable() {
        timer_.expires_after(state_.config.idle_timeout);
        timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
            // Expired and not rearmed: the socket may have turned writable in
            // the same turn, which queues this as a success after the cancel.
            if (!ec && self->timer_.expiry() <= net::steady_timer::clock_type::now()) {
                self->stream_.close();
            }
        });
        stream_.socket().async_wait(tcp::socket::wait_write,
                                    [self = shared_from_this()](beast::error_code ec) {
                                        self->timer_.cancel();
                                        if (!ec) self->write_random_body();
                                    });
    }

    void start_drip() {
        send_without_delay();
        watch_client();
        drip_ = std::make_unique<Drip>(plan_.response);
        drip_->steps = std::clamp<std::size_t>(
            static_cast<std::size_t>(plan_.drip_duration / kDripTick), 1, plan_.drip_bytes);
        http::async_write_header(stream_, drip_->serializer,
                                 [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                     if (!ec) self->next_drip_step();
                                 });
    }

    void next_drip_step() {
        Drip& drip = *drip_;
        ++drip.step;
        drip.due = plan_.drip_bytes * drip.step / drip.steps;
        const auto offset = plan_.drip_duration * static_cast<std::int64_t>(drip.step) /
                            static_cast<std::int64_t>(drip.steps);
        timer_.expires_at(drip.start + offset);
        timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (!ec) self->write_drip();
        });
    }

    void write_drip() {
        Drip& drip = *drip_;
        const std::size_t count = std::min(drip.due - drip.sent, kDripChunk);
        auto& body = drip.response.body();
        body.data = drip_filler();
        body.size = count;
        body.more = drip.sent + count < plan_.drip_bytes;
        stream_.expires_after(state_.config.idle_timeout);
        http::async_write(stream_, drip.serializer,
                          [self = shared_from_this(), count](beast::error_code ec, std::size_t) {
                              // need_buffer: this piece is out, the body goes on.
                              if (ec && ec != http::error::need_buffer) return;
                              self->on_drip_written(count);
                          });
    }

    void on_drip_written(std::size_t count) {
        drip_->sent += count;
        if (drip_->sent == plan_.drip_bytes) {
            drip_.reset();
            return on_sent({});
        }
        if (drip_->sent < drip_->due) return write_drip();
        next_drip_step();
    }

    void linger() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream_.expires_after(kLingerLimit);
        drain();
    }

    void drain() {
        buffer_.clear();
        stream_.async_read_some(buffer_.prepare(1024),
                                [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                    if (!ec) self->drain();
                                });
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    net::steady_timer timer_;  // delays and drip pacing
    ServerState& state_;
    const bool over_limit_;
    std::optional<http::request_parser<http::string_body>> parser_;
    ResponsePlan plan_;
    bool close_after_ = false;
    std::unique_ptr<Drip> drip_;
    std::optional<http::response_serializer<http::string_body>> header_writer_;  // of /bytes
    std::size_t random_sent_ = 0;  // of plan_.random_bytes
    bool watching_ = false;        // a watch_client() read is pending
    bool exchange_done_ = false;   // and was cancelled to read the next request
};

}  // namespace

void start_session(tcp::socket socket, ServerState& state, bool over_limit) {
    std::make_shared<Session>(std::move(socket), state, over_limit)->start();
}

}  // namespace overlap
