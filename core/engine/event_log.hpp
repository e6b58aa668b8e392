// One worker's event log: a single producer appends, a single consumer reads
// concurrently. Storage is a list of chunks that never move, so appending is a
// store plus a release increment: no lock, and an allocation only once per chunk
// (chunks double in size, so a worker that records little costs little).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "model/event.hpp"

namespace overlap {

class EventLog {
public:
    EventLog();
    ~EventLog();
    EventLog(const EventLog&) = delete;
    EventLog& operator=(const EventLog&) = delete;

    // Producer side: only the owning worker calls this.
    void push(const Event& event) {
        Chunk* chunk = tail_;
        const std::uint32_t size = chunk->size.load(std::memory_order_relaxed);
        if (size == chunk->capacity) [[unlikely]] {
            chunk = grow();
            chunk->events()[0] = event;
            chunk->size.store(1, std::memory_order_release);
            return;
        }
        chunk->events()[size] = event;
        chunk->size.store(size + 1, std::memory_order_release);
    }

    // Consumer side: a position in the log, advanced by read().
    struct Cursor {
        const void* chunk = nullptr;
        std::uint32_t index = 0;
    };
    // Calls sink(const Event&) for every event published since the cursor.
    template <typename Sink>
    std::size_t read(Cursor& cursor, Sink&& sink) const;

private:
    struct Chunk {
        std::atomic<std::uint32_t> size{0};
        std::uint32_t capacity = 0;
        std::atomic<Chunk*> next{nullptr};
        Event* events() { return reinterpret_cast<Event*>(this + 1); }
        const Event* events() const { return reinterpret_cast<const Event*>(this + 1); }
    };
    static_assert(sizeof(Chunk) % alignof(Event) == 0);

    static std::size_t chunk_bytes(std::uint32_t capacity);
    static Chunk* allocate(std::uint32_t capacity);
    Chunk* grow();

    Chunk* head_;
    Chunk* tail_;
};

template <typename Sink>
std::size_t EventLog::read(Cursor& cursor, Sink&& sink) const {
    auto* chunk = static_cast<const Chunk*>(cursor.chunk ? cursor.chunk : head_);
    std::size_t count = 0;
    for (;;) {
        const std::uint32_t size = chunk->size.load(std::memory_order_acquire);
        for (; cursor.index < size; ++cursor.index, ++count) sink(chunk->events()[cursor.index]);
        const Chunk* next = chunk->next.load(std::memory_order_acquire);
        // The producer links a new chunk only when this one is full, so once
        // `next` is set every event of this chunk has been read above... unless
        // it was linked between the two loads: read this chunk once more first.
        if (!next) break;
        const std::uint32_t final_size = chunk->size.load(std::memory_order_acquire);
        for (; cursor.index < final_size; ++cursor.index, ++count) sink(chunk->events()[cursor.index]);
        chunk = next;
        cursor.index = 0;
    }
    cursor.chunk = chunk;
    return count;
}

}  // namespace overlap
