#include "engine/event_log.hpp"

#include <algorithm>
#include <new>

namespace overlap {

namespace {
constexpr std::uint32_t kFirstChunkEvents = 64;
constexpr std::uint32_t kLargestChunkEvents = 16384;
}  // namespace

EventLog::Chunk* EventLog::allocate(std::uint32_t capacity) {
    void* memory = ::operator new(sizeof(Chunk) + capacity * sizeof(Event));
    auto* chunk = new (memory) Chunk;
    chunk->capacity = capacity;
    return chunk;
}

EventLog::EventLog() : head_(allocate(kFirstChunkEvents)), tail_(head_) {}

EventLog::~EventLog() {
    for (Chunk* chunk = head_; chunk;) {
        Chunk* next = chunk->next.load(std::memory_order_relaxed);
        chunk->~Chunk();
        ::operator delete(chunk);
        chunk = next;
    }
}

EventLog::Chunk* EventLog::grow() {
    Chunk* chunk = allocate(std::min(tail_->capacity * 2, kLargestChunkEvents));
    tail_->next.store(chunk, std::memory_order_release);
    tail_ = chunk;
    return chunk;
}

}  // namespace overlap
