#include "engine/gil.hpp"

namespace overlap {

bool Gil::acquire() {
    std::unique_lock lock(mutex_);
    const std::uint64_t ticket = next_ticket_++;
    if (serving_ == ticket) return false;
    turn_changed_.wait(lock, [&] { return serving_ == ticket; });
    return true;
}

std::uint64_t Gil::waiting() {
    std::lock_guard lock(mutex_);
    // Tickets out and not yet released: the holder's, if any, and the queue.
    const std::uint64_t out = next_ticket_ - serving_;
    return out > 0 ? out - 1 : 0;
}

void Gil::release() {
    {
        std::lock_guard lock(mutex_);
        ++serving_;
    }
    turn_changed_.notify_all();
}

}  // namespace overlap
