// The plain-text comparison table `overlap run` prints: one row per mode.
#pragma once

#include <string>

#include "model/run_record.hpp"

namespace overlap {

std::string summary_table(const RunSet& runs);

}  // namespace overlap
