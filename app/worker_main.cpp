// overlap-worker: the lean executable the processes mode spawns. It links only
// core (no Qt), so a worker starts in a few milliseconds.
#include "engine/process_worker.hpp"

int main(int argc, char* argv[]) { return overlap::process_worker_main(argc, argv); }
