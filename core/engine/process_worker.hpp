// The body of a worker process (the `overlap-worker` executable): reads task
// orders on stdin, runs each with a blocking fetch and CPU work, streams its
// events to stdout, and exits when stdin closes.
#pragma once

namespace overlap {

int process_worker_main(int argc, char* argv[]);

}  // namespace overlap
