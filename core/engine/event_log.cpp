#include "engine/event_log.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <new>

namespace overlap {

namespace {
constexpr std::uint32_t kFirstChunkEvents = 64;
constexpr std::uint32_t kLargestChunkEvents = 16384;
}  // namespace

std::size_t EventLog::chunk_bytes(std::uint32_t capacity) { return sizeof(Chunk) + capacity * sizeof(Event); }

EventLog::Chunk* EventLog::allocate(std::uint32_t capacity) {
    // MAP_POPULATE faults every page in with one system call. Left to fault
    // one page at a time on first write, a fresh chunk cost the recording
    // worker a trap every 128 events, which dominated the cost of recording.
    void* memory = ::mmap(nullptr, chunk_bytes(capacity), PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (memory == MAP_FAILED) throw std::bad_alloc();
    auto* chunk = new (memory) Chunk;
    chunk->capacity = capacity;
    return chunk;
}

EventLog::EventLog() : head_(allocate(kFirstChunkEvents)), tail_(head_) {}

EventLog::~EventLog() {
    for (Chunk* chunk = head_; chunk;) {
        Chunk* next = chunk->next.load(std::memory_order_relaxed);
        const std::size_t bytes = chunk_bytes(chunk->capacity);
        chunk->~Chunk();
        ::munmap(chunk, bytes);
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
