#include "ui/compare/marker_menu.hpp"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>

#include "ui/compare/compare_view.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/theme/number_format.hpp"

namespace overlap::ui {

MarkerMenu::MarkerMenu(ComparisonDocument* document, CompareView* compare, QWidget* parent)
    : QObject(parent), m_document(document), m_compare(compare), m_parent(parent) {
    connect(compare, &CompareView::markerMenuRequested, this,
            [this](int row, double time_s, int task, int marker, const QPoint& globalPos) {
                QMenu* menu = menuFor(row, time_s, task, marker);
                if (menu) menu->popup(globalPos);
            });
}

QMenu* MarkerMenu::menuFor(int row, double time_s, int task, int marker) {
    // Only finished runs take markers: a live run's times are still moving.
    if (row < 0 || static_cast<std::size_t>(row) >= m_document->runs().size()) return nullptr;
    auto* menu = new QMenu(m_parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const double at = std::max(0.0, time_s);
    const QString addText =
        task >= 0 ? tr("Add Marker on Task %1 Here…").arg(task) : tr("Add Marker Here…");
    connect(menu->addAction(addText), &QAction::triggered, this, [this, row, at, task] {
        askCaption(
            tr("Add Marker at %1").arg(formatSeconds(at)), {},
            [this, row, at, task](const QString& text) {
                add({at, static_cast<std::uint32_t>(row),
                     task >= 0 ? static_cast<std::uint32_t>(task) : kNoTask, text.toStdString()});
            });
    });
    if (marker >= 0) {
        const auto index = static_cast<std::size_t>(marker);
        const QString caption = QString::fromStdString(m_document->markers().at(index).caption);
        menu->addSeparator();
        connect(menu->addAction(tr("Edit Marker “%1”…").arg(caption)), &QAction::triggered, this,
                [this, index, caption] {
                    askCaption(tr("Edit Marker"), caption,
                               [this, index](const QString& text) { edit(index, text); });
                });
        connect(menu->addAction(tr("Delete Marker “%1”").arg(caption)), &QAction::triggered, this,
                [this, index] { remove(index); });
    }
    return menu;
}

template <typename Accepted>
void MarkerMenu::askCaption(const QString& title, const QString& text, Accepted&& accepted) {
    auto* dialog = new QInputDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(tr("Caption (up to %1 characters):").arg(kMaxCaptionChars));
    dialog->setTextValue(text);  // makes the dialog's line edit
    // Bounded as run files bound captions, so what was typed can always be saved.
    if (auto* edit = dialog->findChild<QLineEdit*>())
        edit->setMaxLength(static_cast<int>(kMaxCaptionChars));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [accepted = std::forward<Accepted>(accepted)](const QString& value) {
                const QString caption = value.trimmed();
                if (!caption.isEmpty()) accepted(caption);
            });
    dialog->open();
}

void MarkerMenu::add(Marker marker) {
    m_document->addMarker(std::move(marker));
    redraw();
    emit markersChanged();
}

void MarkerMenu::edit(std::size_t index, const QString& caption) {
    Marker marker = m_document->markers().at(index);
    marker.caption = caption.toStdString();
    m_document->replaceMarker(index, std::move(marker));
    redraw();
    emit markersChanged();
}

void MarkerMenu::remove(std::size_t index) {
    m_document->removeMarker(index);
    redraw();
    emit markersChanged();
}

void MarkerMenu::redraw() { m_compare->setMarkers(m_document->markers()); }

}  // namespace overlap::ui
