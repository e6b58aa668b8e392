#include "ui/export/figure_panels.hpp"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <iterator>
#include <vector>

#include "ui/compare/claim_view.hpp"
#include "ui/compare/summary_table_model.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

constexpr Qt::TextFlag kWrap = Qt::TextWordWrap;
// Room between the table's columns, in units of the font's height.
constexpr double kColumnGap = 1.2;
constexpr SummaryTableModel::Column kColumns[] = {
    SummaryTableModel::ModeColumn,       SummaryTableModel::MakespanColumn,
    SummaryTableModel::IdealColumn,      SummaryTableModel::SpeedUpColumn,
    SummaryTableModel::EfficiencyColumn, SummaryTableModel::P50Column,
    SummaryTableModel::P95Column,        SummaryTableModel::ErrorsColumn};

QFont bold(QFont font) {
    font.setBold(true);
    return font;
}

QString claimText(const PresetRecord& record) { return QString::fromStdString(record.preset.claim); }

int claimTextHeight(const PresetRecord& record, const QFont& font, int width) {
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 0), kWrap, claimText(record)).height();
}

// The table's cells, header first, as the window's table model words them:
// one place makes each number.
std::vector<QStringList> tableCells(const RunSet& runs) {
    SummaryTableModel model;
    for (const RunRecord& run : runs.runs) model.addRun(run);
    std::vector<QStringList> cells(1);
    for (const auto column : kColumns) cells[0] << model.headerData(column, Qt::Horizontal).toString();
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList line;
        for (const auto column : kColumns) line << model.index(row, column).data().toString();
        cells.push_back(line);
    }
    return cells;
}

}  // namespace

int claimPanelHeight(const PresetRecord& preset, const QFont& font, int width) {
    const int line = QFontMetrics(font).height();
    return QFontMetrics(bold(font)).height() + claimTextHeight(preset, font, width) +
           static_cast<int>(preset.verdicts.size()) * line;
}

void paintClaimPanel(QPainter& painter, const PresetRecord& preset, const QFont& font,
                     const QRect& rect) {
    const Theme& theme = currentTheme();
    const QFontMetrics metrics(font);
    int y = rect.top();
    painter.setFont(bold(font));
    painter.setPen(theme.text);
    const int titleHeight = QFontMetrics(bold(font)).height();
    painter.drawText(QRect(rect.left(), y, rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QString::fromStdString(preset.preset.title));
    y += titleHeight;
    const int claimHeight = claimTextHeight(preset, font, rect.width());
    painter.setFont(font);
    painter.drawText(QRect(rect.left(), y, rect.width(), claimHeight), Qt::AlignLeft | kWrap,
                     claimText(preset));
    y += claimHeight;
    for (const CheckResult& result : preset.verdicts) {
        const VerdictMark mark = verdictMark(result.verdict);
        const QRect line(rect.left(), y, rect.width(), metrics.height());
        painter.setFont(bold(font));
        painter.setPen(mark.colour);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, mark.text());
        const int indent = QFontMetrics(bold(font)).horizontalAdvance(mark.text()) + metrics.height();
        const QRect sentence = line.adjusted(indent, 0, 0, 0);
        painter.setFont(font);
        painter.setPen(theme.text);
        painter.drawText(sentence, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(QString::fromStdString(result.sentence()), Qt::ElideRight,
                                            sentence.width()));
        y += metrics.height();
    }
}

int summaryPanelHeight(const RunSet& runs, const QFont& font) {
    return static_cast<int>(runs.runs.size() + 1) * QFontMetrics(font).height();
}

void paintSummaryPanel(QPainter& painter, const RunSet& runs, const QFont& font,
                       const QRect& rect) {
    const Theme& theme = currentTheme();
    const std::vector<QStringList> cells = tableCells(runs);
    const QFontMetrics metrics(font);
    const QFontMetrics header(bold(font));
    const int gap = qRound(metrics.height() * kColumnGap);
    std::vector<int> widths(std::size(kColumns), 0);
    for (std::size_t row = 0; row < cells.size(); ++row) {
        for (std::size_t column = 0; column < widths.size(); ++column) {
            const QString& text = cells[row][static_cast<int>(column)];
            widths[column] = std::max(widths[column], (row == 0 ? header : metrics).horizontalAdvance(text));
        }
    }
    // A narrow figure gives up the mode's width first: the numbers are the point.
    int numbers = 0;
    for (std::size_t column = 1; column < widths.size(); ++column) numbers += widths[column] + gap;
    widths[0] = std::max(metrics.height(), std::min(widths[0], rect.width() - numbers));

    const int line = metrics.height();
    for (std::size_t row = 0; row < cells.size(); ++row) {
        const int y = rect.top() + static_cast<int>(row) * line;
        painter.setFont(row == 0 ? bold(font) : font);
        painter.setPen(row == 0 ? theme.secondaryText : theme.text);
        int x = rect.left();
        for (std::size_t column = 0; column < widths.size(); ++column) {
            const QRect cell(x, y, widths[column], line);
            // Text left, numbers right, as in the window's table.
            const Qt::Alignment align = column == 0 ? Qt::AlignLeft : Qt::AlignRight;
            // Only the mode is ever narrowed: elidedText alone would clip a
            // cell exactly as wide as its text.
            const QString& text = cells[row][static_cast<int>(column)];
            const QFontMetrics shown(painter.font());
            const bool narrowed = shown.horizontalAdvance(text) > cell.width();
            painter.drawText(cell, align | Qt::AlignVCenter,
                             narrowed ? shown.elidedText(text, Qt::ElideRight, cell.width()) : text);
            x += widths[column] + gap;
        }
        if (row == 0) {
            painter.setPen(theme.grid);
            painter.drawLine(rect.left(), y + line - 1, x - gap, y + line - 1);
        }
    }
}

}  // namespace overlap::ui
