#include "ui/theme/outcome_shape.hpp"

namespace overlap::ui {

void appendOutcomeShape(Outcome outcome, QPointF centre, double radius,
                        std::vector<QLineF>& lines) {
    const double x = centre.x();
    const double y = centre.y();
    const double r = radius;
    switch (outcome) {
        case Outcome::HttpError:  // ×
            lines.emplace_back(x - r, y - r, x + r, y + r);
            lines.emplace_back(x - r, y + r, x + r, y - r);
            return;
        case Outcome::Error:  // △
            lines.emplace_back(x, y - r, x + r, y + r);
            lines.emplace_back(x + r, y + r, x - r, y + r);
            lines.emplace_back(x - r, y + r, x, y - r);
            return;
        case Outcome::Timeout:  // ⧗
            lines.emplace_back(x - r, y - r, x + r, y - r);
            lines.emplace_back(x + r, y - r, x - r, y + r);
            lines.emplace_back(x - r, y + r, x + r, y + r);
            lines.emplace_back(x + r, y + r, x - r, y - r);
            return;
        case Outcome::Cancelled:  // ⊣
            lines.emplace_back(x - r, y, x + r, y);
            lines.emplace_back(x + r, y - r, x + r, y + r);
            return;
        case Outcome::Pending:
        case Outcome::Ok:
            return;
    }
}

}  // namespace overlap::ui
