// One client connection of the embedded server: reads requests, carries out
// their plans (delays, drips, aborts) and refuses what it cannot serve.
#pragma once

#include <boost/asio/ip/tcp.hpp>

#include <cstddef>
#include <random>
#include <vector>

#include "server/http_server.hpp"

namespace overlap {

// What all connections share; only ever touched from the server's one thread.
struct ServerState {
    ServerConfig config;
    std::size_t connections = 0;  // open sessions, those being refused included
    std::mt19937_64 random;       // jitter for requests without ?seed=
    // Where /bytes bodies are generated, piece by piece, for whichever
    // connection has room: one buffer for the whole server.
    std::vector<char> body_scratch;
};

// The session owns itself from here and counts itself in `state`. With
// `over_limit` it answers its first request with 503 and closes.
void start_session(boost::asio::ip::tcp::socket socket, ServerState& state, bool over_limit);

}  // namespace overlap
