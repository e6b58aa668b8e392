#include "formats/json_fields.hpp"

namespace overlap::json_fields {

namespace detail {

namespace {

void ignore_scalar(Frame&, const json&) {}
Frame ignore_open(Frame&, bool is_array) { return skip_frame(is_array); }

constexpr FrameOps kSkipOps{ignore_scalar, ignore_open, ignore_close};

}  // namespace

void ignore_close(const Frame&) {}

Frame skip_frame(bool is_array) { return Frame{nullptr, &kSkipOps, is_array, {}, 0, 0}; }

}  // namespace detail

void FieldReader::scalar(const json& value) {
    guarded([&] {
        if (frames_.empty())
            throw detail::Problem{{}, std::string("should be an object, not ") + value.type_name()};
        detail::Frame& frame = frames_.back();
        if (frame.is_array) ++frame.count;
        frame.ops->scalar(frame, value);
    });
}

void FieldReader::open(bool is_array) {
    if (frames_.empty()) {
        if (is_array) throw FieldError{{}, "should be an object, not array"};
        frames_.push_back(root_);
        return;
    }
    detail::Frame child;
    guarded([&] {
        detail::Frame& frame = frames_.back();
        if (frame.is_array) ++frame.count;
        child = frame.ops->open(frame, is_array);
    });
    frames_.push_back(std::move(child));
}

void FieldReader::close() {
    if (missing_ == Missing::Error) guarded([&] { frames_.back().ops->close(frames_.back()); });
    frames_.pop_back();
}

template <typename Step>
void FieldReader::guarded(Step&& step) {
    try {
        step();
    } catch (const detail::Problem& problem) {
        throw FieldError{path_of(problem), problem.problem};
    }
}

// "runs[2].tasks[5].start_s": each frame adds the member or element it is reading.
std::string FieldReader::path_of(const detail::Problem& problem) const {
    std::string path;
    const auto add_key = [&](const std::string& key) {
        if (!path.empty()) path += '.';
        path += key;
    };
    for (std::size_t i = 0; i < frames_.size(); ++i) {
        const detail::Frame& frame = frames_[i];
        if (i + 1 == frames_.size() && !problem.member.empty()) {
            add_key(shown_text(problem.member, ""));
        } else if (frame.is_array) {
            path += "[" + std::to_string(frame.count - 1) + "]";
        } else {
            add_key(shown_text(frame.key, ""));
        }
    }
    return path;
}

void walk(const json& value, FieldReader& reader) {
    if (value.is_object()) {
        reader.open(false);
        for (const auto& [key, member] : value.items()) {
            reader.key(key);
            walk(member, reader);
        }
        reader.close();
    } else if (value.is_array()) {
        reader.open(true);
        for (const auto& element : value) walk(element, reader);
        reader.close();
    } else {
        reader.scalar(value);
    }
}

}  // namespace overlap::json_fields
