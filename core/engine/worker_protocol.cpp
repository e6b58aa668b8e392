#include "engine/worker_protocol.hpp"

#include <cstring>

namespace overlap::worker_protocol {

namespace {

constexpr std::size_t kHeaderSize = 1 + sizeof(std::uint32_t);

template <typename T>
void put(std::string& out, const T& value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
bool take(std::string_view& in, T& value) {
    if (in.size() < sizeof value) return false;
    std::memcpy(&value, in.data(), sizeof value);
    in.remove_prefix(sizeof value);
    return true;
}

void append_frame(std::string& out, FrameType type, std::string_view payload) {
    out.push_back(static_cast<char>(type));
    put(out, static_cast<std::uint32_t>(payload.size()));
    out.append(payload);
}

}  // namespace

void append_order(std::string& out, const Order& order) {
    std::string payload;
    put(payload, order.task);
    put(payload, order.cpu_iterations);
    put(payload, order.timeout_ms);
    payload.append(order.url);
    append_frame(out, FrameType::Order, payload);
}

void append_ready(std::string& out, std::int64_t at_ns) {
    append_frame(out, FrameType::Ready, {reinterpret_cast<const char*>(&at_ns), sizeof at_ns});
}

void append_usage(std::string& out, std::int64_t peak_rss_kib) {
    append_frame(out, FrameType::Usage, {reinterpret_cast<const char*>(&peak_rss_kib), sizeof peak_rss_kib});
}

void append_event(std::string& out, const overlap::Event& event) {
    append_frame(out, FrameType::Event, {reinterpret_cast<const char*>(&event), sizeof event});
}

void append_note(std::string& out, std::uint32_t task, std::string_view text) {
    std::string payload;
    put(payload, task);
    payload.append(text);
    append_frame(out, FrameType::Note, payload);
}

std::optional<Frame> next_frame(std::string_view buffer, std::size_t& offset) {
    std::string_view rest = buffer.substr(offset);
    if (rest.size() < kHeaderSize) return std::nullopt;
    const auto type = static_cast<FrameType>(rest[0]);
    std::uint32_t size = 0;
    std::memcpy(&size, rest.data() + 1, sizeof size);
    if (rest.size() < kHeaderSize + size) return std::nullopt;
    offset += kHeaderSize + size;
    return Frame{type, rest.substr(kHeaderSize, size)};
}

std::optional<Order> parse_order(std::string_view payload) {
    Order order;
    if (!take(payload, order.task) || !take(payload, order.cpu_iterations) || !take(payload, order.timeout_ms)) {
        return std::nullopt;
    }
    order.url = std::string(payload);
    return order;
}

namespace {

std::optional<std::int64_t> parse_int64(std::string_view payload) {
    std::int64_t value = 0;
    if (payload.size() != sizeof value || !take(payload, value)) return std::nullopt;
    return value;
}

}  // namespace

std::optional<std::int64_t> parse_ready(std::string_view payload) { return parse_int64(payload); }

std::optional<std::int64_t> parse_usage(std::string_view payload) { return parse_int64(payload); }

std::optional<overlap::Event> parse_event(std::string_view payload) {
    overlap::Event event;
    if (payload.size() != sizeof event || !take(payload, event)) return std::nullopt;
    return event;
}

std::optional<std::pair<std::uint32_t, std::string>> parse_note(std::string_view payload) {
    std::uint32_t task = 0;
    if (!take(payload, task)) return std::nullopt;
    return std::pair{task, std::string(payload)};
}

}  // namespace overlap::worker_protocol
