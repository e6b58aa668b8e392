#include "server/http_server.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <limits>
#include <stdexcept>

#include "server/http_session.hpp"

namespace overlap {

namespace net = boost::asio;
using tcp = net::ip::tcp;

class HttpServer::Impl {
public:
    explicit Impl(ServerConfig config) {
        state.config = std::move(config);
        state.random.seed(std::random_device{}());
        const std::string where = state.config.host + ":" + std::to_string(state.config.port);
        boost::system::error_code ec;
        tcp::resolver resolver(io);
        const auto endpoints =
            resolver.resolve(state.config.host, std::to_string(state.config.port),
                             tcp::resolver::passive | tcp::resolver::numeric_service, ec);
        if (ec || endpoints.empty()) {
            throw std::runtime_error("cannot resolve " + state.config.host + ": " + ec.message());
        }
        const tcp::endpoint endpoint = endpoints.begin()->endpoint();
        acceptor.open(endpoint.protocol(), ec);
        if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
        if (!ec) acceptor.bind(endpoint, ec);
        // Linux silently caps the backlog at net.core.somaxconn: ask for the
        // most it allows, so a burst of thousands of connects is queued, not
        // dropped into a one-second SYN retry.
        if (!ec) acceptor.listen(std::numeric_limits<int>::max(), ec);
        if (ec) throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
        accept();
    }

    void accept() {
        acceptor.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted) return;
            if (ec == net::error::no_descriptors || ec == net::error::no_buffer_space ||
                ec == net::error::no_memory ||
                ec == boost::system::errc::too_many_files_open_in_system) {
                // Out of descriptors or memory: pending connects wait in the
                // backlog while open connections finish.
                backoff.expires_after(std::chrono::milliseconds(50));
                backoff.async_wait([this](boost::system::error_code wait_ec) {
                    if (!wait_ec) accept();
                });
                return;
            }
            if (!ec) {
                const bool over_limit = state.connections >= state.config.max_connections;
                start_session(std::move(socket), state, over_limit);
            }
            accept();
        });
    }

    // Sessions count themselves in `state` until the io_context destroys
    // them, so it outlives the io_context.
    ServerState state;
    net::io_context io{1};
    tcp::acceptor acceptor{io};
    net::steady_timer backoff{io};
};

HttpServer::HttpServer(ServerConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}

HttpServer::~HttpServer() = default;

unsigned short HttpServer::port() const { return impl_->acceptor.local_endpoint().port(); }

std::string HttpServer::base_url() const {
    const auto address = impl_->acceptor.local_endpoint().address();
    const std::string host =
        address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
    return "http://" + host + ":" + std::to_string(port());
}

bool HttpServer::listens_on_loopback() const {
    return impl_->acceptor.local_endpoint().address().is_loopback();
}

void HttpServer::run() { impl_->io.run(); }

void HttpServer::stop() { impl_->io.stop(); }

}  // namespace overlap
