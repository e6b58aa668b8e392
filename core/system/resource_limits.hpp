// Process-wide limits that a concurrency tool has to lift before it starts.
#pragma once

namespace overlap {

// Raises the soft open-file limit to the hard limit (10,000 connections need
// far more than the usual 1,024). Returns the soft limit now in force.
long raise_open_file_limit();

}  // namespace overlap
