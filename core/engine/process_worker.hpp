// The body of the `overlap-worker` executable. It starts as the processes
// mode's fork server (worker_fork_server.hpp) and its clones are the workers:
// each reads task orders on stdin, runs each with a blocking fetch and CPU
// work, streams its events to stdout, and exits when stdin closes.
#pragma once

namespace overlap {

int process_worker_main(int argc, char* argv[]);

}  // namespace overlap
