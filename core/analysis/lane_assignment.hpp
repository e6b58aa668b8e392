// Which lane each of a set of possibly overlapping spans is drawn on, so that
// spans sharing a lane never overlap. One rule for the window's sub-lanes of an
// event loop and the Chrome trace's threads, so both show a run the same way.
#pragma once

#include <span>
#include <vector>

#include "model/run_record.hpp"

namespace overlap {

// Lane of each span, in the order given; the spans must be in start order.
// Each span takes the lowest lane free when it starts, so the lanes in use at
// any moment are about as many as the spans in flight then. A lane frees at
// its span's end: one span ending at the very instant another starts hands the
// lane over. Ties in start keep the given order, so the result is deterministic.
std::vector<int> assign_lanes(std::span<const Span> spans);

}  // namespace overlap
