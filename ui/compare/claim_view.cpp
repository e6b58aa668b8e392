#include "ui/compare/claim_view.hpp"

#include <QColor>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "analysis/emulation_notes.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

VerdictMark verdictMark(Verdict verdict) {
    const QString word = QLatin1String(to_string(verdict));
    switch (verdict) {
        case Verdict::Pass:
            return {QStringLiteral("\u2714"), word, currentTheme().verdicts[0],
                    ClaimView::tr("The measurement bears the claim out")};
        case Verdict::Fail:
            return {QStringLiteral("\u2718"), word, currentTheme().verdicts[1],
                    ClaimView::tr("The measurement does not bear the claim out on this machine")};
        case Verdict::Unreliable:
            return {QStringLiteral("\u26a0"), word, currentTheme().verdicts[2],
                    ClaimView::tr("Other programs kept the cores busy: the figures measured the "
                                  "machine, not the claim. Run again on a quiet machine")};
        case Verdict::NotMeasured:
            break;
    }
    return {QStringLiteral("\u25cb"), word, currentTheme().verdicts[3],
            ClaimView::tr("A run this check reads was cancelled or did not run")};
}

QString VerdictMark::text() const { return glyph + QLatin1Char(' ') + word; }

ClaimView::ClaimView(QWidget* parent)
    : QFrame(parent), m_claim(new QLabel), m_emulation(new QLabel), m_pending(new QLabel), m_checks(new QGridLayout) {
    setObjectName(QStringLiteral("claimView"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_claim->setWordWrap(true);
    m_claim->setTextFormat(Qt::RichText);
    m_claim->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_claim->setToolTip(tr("What the tutorial says will happen"));
    m_emulation->setWordWrap(true);
    m_emulation->setTextFormat(Qt::PlainText);
    m_emulation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emulation->setToolTip(tr("What Overlap imitates of CPython, and what it really does"));
    m_pending->setText(tr("The checks follow when every run has finished."));
    m_pending->setForegroundRole(QPalette::PlaceholderText);
    m_checks->setContentsMargins(0, 0, 0, 0);
    m_checks->setHorizontalSpacing(12);
    m_checks->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_claim);
    layout->addWidget(m_emulation);
    layout->addWidget(m_pending);
    layout->addLayout(m_checks);
    hide();
    // The verdicts' colours are the theme's: shown again in the new one.
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] {
        if (!m_lines.empty()) showChecks(std::vector<CheckResult>(m_results));
    });
}

void ClaimView::showClaim(const Preset& preset) {
    clearChecks();
    QString text = tr("<b>%1</b> \u2014 %2")
                       .arg(QString::fromStdString(preset.title).toHtmlEscaped(),
                            QString::fromStdString(preset.claim).toHtmlEscaped());
    if (!preset.source.empty())
        text += tr("<br>From the tutorial <i>%1</i>.")
                    .arg(QString::fromStdString(preset.source).toHtmlEscaped());
    if (!preset.figures.empty())
        text += tr(" Its figures: %1").arg(QString::fromStdString(preset.figures).toHtmlEscaped());
    m_claim->setText(text);
    m_emulation->setText(QString::fromStdString(emulation_notes(preset.plan())));
    m_pending->show();
    show();
}

void ClaimView::showChecks(const std::vector<CheckResult>& results) {
    clearChecks();
    m_pending->hide();
    m_results = results;
    for (const CheckResult& result : m_results) {
        const VerdictMark shown = verdictMark(result.verdict);
        auto* verdict = new QLabel(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                       .arg(shown.colour.name(), shown.text().toHtmlEscaped()));
        verdict->setTextFormat(Qt::RichText);
        verdict->setToolTip(shown.tip);
        auto* sentence = new QLabel(QString::fromStdString(result.sentence()));
        sentence->setTextFormat(Qt::PlainText);
        sentence->setWordWrap(true);
        sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const int row = static_cast<int>(m_lines.size());
        m_checks->addWidget(verdict, row, 0, Qt::AlignTop);
        m_checks->addWidget(sentence, row, 1);
        m_lines.emplace_back(verdict, sentence);
    }
}

void ClaimView::clear() {
    clearChecks();
    hide();
}

QString ClaimView::checkLine(int index) const {
    const auto i = static_cast<std::size_t>(index);
    return QLatin1String(to_string(m_results[i].verdict)) + QStringLiteral("  ") +
           m_lines[i].second->text();
}

QString ClaimView::emulationLine() const { return m_emulation->text(); }

void ClaimView::clearChecks() {
    for (auto& [verdict, sentence] : m_lines) {
        delete verdict;
        delete sentence;
    }
    m_lines.clear();
    m_results.clear();
}

}  // namespace overlap::ui
