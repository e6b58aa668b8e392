#include "engine/gil.hpp"

namespace overlap {

void Gil::acquire() {
    std::unique_lock lock(mutex_);
    const std::uint64_t ticket = next_ticket_++;
    turn_changed_.wait(lock, [&] { return serving_ == ticket; });
}

void Gil::release() {
    {
        std::lock_guard lock(mutex_);
        ++serving_;
    }
    turn_changed_.notify_all();
}

}  // namespace overlap
