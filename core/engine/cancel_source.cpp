#include "engine/cancel_source.hpp"

#include <utility>

namespace overlap {

void CancelSource::cancel() {
    std::lock_guard lock(mutex_);
    if (cancelled_.exchange(true, std::memory_order_acq_rel)) return;
    for (auto& [id, wake] : wakers_) wake();
}

CancelSource::Registration CancelSource::on_cancel(std::function<void()> wake) {
    std::lock_guard lock(mutex_);
    if (cancelled()) {
        wake();
        return {};
    }
    const std::uint64_t id = next_id_++;
    wakers_.emplace(id, std::move(wake));
    return {this, id};
}

CancelSource::Registration& CancelSource::Registration::operator=(Registration&& other) noexcept {
    if (this != &other) {
        reset();
        source_ = std::exchange(other.source_, nullptr);
        id_ = other.id_;
    }
    return *this;
}

void CancelSource::Registration::reset() {
    if (!source_) return;
    std::lock_guard lock(source_->mutex_);
    source_->wakers_.erase(id_);
    source_ = nullptr;
}

}  // namespace overlap
