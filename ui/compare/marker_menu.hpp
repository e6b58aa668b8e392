// Markers from the window: a right-click on a timeline offers "Add Marker
// Here…" (on a task bar, the marker is about that task), and on a marker's
// line "Edit Marker…" and "Delete Marker". Changes go to the document, which
// saves them with the runs, and are drawn on the comparison at once.
#pragma once

#include <QObject>
#include <QPoint>

#include "model/marker.hpp"

class QMenu;

namespace overlap::ui {

class CompareView;
class ComparisonDocument;

class MarkerMenu : public QObject {
    Q_OBJECT

public:
    MarkerMenu(ComparisonDocument* document, CompareView* compare, QWidget* parent);

    // The menu for a right-click on row `row` (markerMenuRequested's arguments).
    QMenu* menuFor(int row, double time_s, int task, int marker);

    void add(Marker marker);
    void edit(std::size_t index, const QString& caption);
    void remove(std::size_t index);
    // Draws the document's markers again (after a run or File ▸ Open).
    void redraw();

signals:
    void markersChanged();

private:
    // Asks for a caption, starting from `text`, and hands it to `accepted`.
    template <typename Accepted>
    void askCaption(const QString& title, const QString& text, Accepted&& accepted);

    ComparisonDocument* m_document;
    CompareView* m_compare;
    QWidget* m_parent;
};

}  // namespace overlap::ui
