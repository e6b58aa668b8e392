// Async mode: ONE thread, ONE event loop (epoll + libcurl's multi socket
// interface), at most C tasks in progress at once (asyncio.Semaphore /
// TCPConnector(limit=C)). CPU work runs on the loop and visibly blocks it,
// unless offloaded to a helper thread (asyncio.to_thread). With
// blocking_in_async each fetch is a blocking call made on the loop thread.
#pragma once

#include "engine/runner.hpp"

namespace overlap {

class AsyncRunner final : public Runner {
public:
    void run(RunContext& context) override;
};

}  // namespace overlap
