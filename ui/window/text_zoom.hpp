// Text size for the whole window: View ▸ Zoom In / Zoom Out / Reset Zoom.
// It scales the window's font, which every widget in it inherits (plots
// follow through followWidgetFont), so timelines, the table, the claim strip
// and the charts grow together; figures exported to files keep their own
// size. Remembered in Settings.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace overlap::ui {

class Settings;

class TextZoom : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinFactor = 0.5;
    static constexpr double kMaxFactor = 3.0;

    // Applies the remembered zoom to `window` straight away.
    TextZoom(QWidget& window, Settings& settings);

    double factor() const { return m_factor; }
    // Clamped to [kMinFactor, kMaxFactor]; remembered.
    void setFactor(double factor);
    void zoomIn();
    void zoomOut();

    QAction* zoomInAction() const { return m_in; }
    QAction* zoomOutAction() const { return m_out; }
    QAction* resetAction() const { return m_reset; }
    void addToMenu(QMenu* menu) const;

signals:
    void factorChanged(double factor);

private:
    void apply();

    QWidget& m_window;
    Settings& m_settings;
    double m_factor = 1;
    QAction* m_in;
    QAction* m_out;
    QAction* m_reset;
};

}  // namespace overlap::ui
