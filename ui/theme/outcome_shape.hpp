// The mark at a failed task's end, one shape per outcome so outcomes are told
// apart by shape as well as by colour (a colour-blind reader, a grey print):
// an HTTP error is a cross, a transport error a triangle, a timeout an
// hourglass, a cancelled task a bar that stops ("⊣"). The timeline and its
// legend draw the same lines.
#pragma once

#include <QLineF>
#include <QPointF>

#include <vector>

#include "model/event.hpp"

namespace overlap::ui {

// Appends the lines of `outcome`'s mark, centred on `centre` and `radius` wide
// either side; nothing for outcomes without a mark (ok, pending).
void appendOutcomeShape(Outcome outcome, QPointF centre, double radius, std::vector<QLineF>& lines);

}  // namespace overlap::ui
