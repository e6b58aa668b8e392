// The pipe protocol between the processes mode and its worker processes.
// Frames are [type:u8][size:u32][payload], native byte order (both ends are
// the same build on the same machine). Events travel as raw Event records:
// steady_clock is system-wide, so a child's stamps need no translation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/event.hpp"

namespace overlap::worker_protocol {

enum class FrameType : std::uint8_t {
    Order = 1,  // parent → child: run this task
    Ready = 2,  // child → parent: started up (payload: i64 steady ns)
    Event = 3,  // child → parent: one Event
    Note = 4,   // child → parent: u32 task + error text
    Usage = 5,  // child → parent, last: peak resident set in KiB (i64)
};

struct Order {
    std::uint32_t task = 0;
    std::uint64_t cpu_iterations = 0;
    std::int64_t timeout_ms = 0;
    std::string url;
};

struct Frame {
    FrameType type;
    std::string_view payload;  // points into the buffer given to next_frame
};

void append_order(std::string& out, const Order& order);
void append_ready(std::string& out, std::int64_t at_ns);
void append_event(std::string& out, const overlap::Event& event);
void append_note(std::string& out, std::uint32_t task, std::string_view text);
void append_usage(std::string& out, std::int64_t peak_rss_kib);

// Takes the next whole frame from the front of `buffer` (advancing `offset`),
// or nullopt when the buffer ends mid-frame.
std::optional<Frame> next_frame(std::string_view buffer, std::size_t& offset);

std::optional<Order> parse_order(std::string_view payload);
std::optional<std::int64_t> parse_ready(std::string_view payload);
std::optional<std::int64_t> parse_usage(std::string_view payload);
std::optional<overlap::Event> parse_event(std::string_view payload);
std::optional<std::pair<std::uint32_t, std::string>> parse_note(std::string_view payload);

}  // namespace overlap::worker_protocol
