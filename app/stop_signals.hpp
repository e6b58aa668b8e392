// How `overlap run` is stopped: Ctrl-C (SIGINT), SIGTERM (kill, systemd,
// timeout(1)) and SIGHUP (the terminal closed) all cancel the mode in
// progress, and the run still prints its table, writes what was recorded and
// stops its server and workers. Before, SIGTERM and SIGHUP killed the program
// at once: no run file, and workers left running until their fetch ended.
#pragma once

namespace overlap::app {

// Installs the handlers. The first of these signals is remembered; a second
// one ends the program at once, as a second Ctrl-C does.
void catch_stop_signals();

// The signal that asked the run to stop, or 0.
int stop_signal();

}  // namespace overlap::app
