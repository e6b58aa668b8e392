// Writes RFC 4180 CSV (CRLF line ends, fields quoted when they need it) for
// every CSV Overlap exports: runs' tasks and phases, a sweep's points.
#pragma once

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace overlap {

class CsvWriter {
public:
    void field(std::string_view text) {
        separate();
        if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
            out_ += text;
            return;
        }
        out_ += '"';
        for (char c : text) {
            if (c == '"') out_ += '"';
            out_ += c;
        }
        out_ += '"';
    }

    template <typename Number>
    void number(Number value) {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        field(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
    }

    void optional_number(std::optional<double> value) {
        if (value) {
            number(*value);
        } else {
            field({});
        }
    }

    void end_row() {
        out_ += "\r\n";
        first_ = true;
    }

    std::string take() { return std::move(out_); }

private:
    void separate() {
        if (!first_) out_ += ',';
        first_ = false;
    }

    std::string out_;
    bool first_ = true;
};

}  // namespace overlap
