// The strip above the compare rows during and after a preset's comparison:
// the claim the tutorial makes, one line saying what of the runs is emulated
// and what is real, then one line per check with its verdict
// (PASS, FAIL, NOT MEASURED: a mark and a word, not colour alone) and the
// measurement beside the expectation. Hidden for custom workloads.
#pragma once

#include <QColor>
#include <QFrame>
#include <QString>

#include <vector>

#include "analysis/preset_checks.hpp"

class QGridLayout;
class QLabel;

namespace overlap::ui {

// How a verdict is marked wherever it is shown, the strip and exported
// figures alike: a glyph and a word, not colour alone.
struct VerdictMark {
    QString glyph;
    QString word;   // to_string(verdict): "PASS"
    QColor colour;  // the theme's: readable on its background and alternate base
    QString tip;
    QString text() const;  // "✔ PASS"
};
VerdictMark verdictMark(Verdict verdict);

class ClaimView : public QFrame {
    Q_OBJECT

public:
    explicit ClaimView(QWidget* parent = nullptr);

    // A preset's comparison starts: its claim, the checks to follow.
    void showClaim(const Preset& preset);
    // The comparison ended: evaluate_checks' results, in the preset's order.
    void showChecks(const std::vector<CheckResult>& results);
    // A custom workload's comparison starts: nothing to claim.
    void clear();

    int checkCount() const { return static_cast<int>(m_results.size()); }
    Verdict verdict(int index) const { return m_results[static_cast<std::size_t>(index)].verdict; }
    // The line as shown: "PASS  async 9.8x faster than sequential (expected at least 5x)".
    QString checkLine(int index) const;
    // The line saying what is emulated and what is real (analysis/emulation_notes).
    QString emulationLine() const;

private:
    void clearChecks();

    QLabel* m_claim;
    QLabel* m_emulation;
    QLabel* m_pending;
    QGridLayout* m_checks;
    std::vector<CheckResult> m_results;
    std::vector<std::pair<QLabel*, QLabel*>> m_lines;  // mark, sentence
};

}  // namespace overlap::ui
