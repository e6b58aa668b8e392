#include "engine/gil.hpp"

namespace overlap {

bool Gil::acquire() {
    std::unique_lock lock(mutex_);
    const std::uint64_t ticket = next_ticket_++;
    if (serving_ == ticket) return false;
    turn_changed_.wait(lock, [&] { return serving_ == ticket; });
    return true;
}

void Gil::release() {
    {
        std::lock_guard lock(mutex_);
        ++serving_;
    }
    turn_changed_.notify_all();
}

}  // namespace overlap
