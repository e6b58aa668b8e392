// The phase palette is colour-blind safe, measured rather than asserted: every
// pair of colours a timeline can show side by side (the task phases; the
// worker states) differs by at least kMinDeltaE in normal vision and under
// simulated protanopia, deuteranopia and tritanopia, in every theme; Queued
// stands out from each theme's background; failed outcomes differ in shape.
//
// Simulation: Machado, Oliveira and Fernandes (2009), "A Physiologically-based
// Model for Simulation of Color Vision Deficiency", the matrices for severity
// 1.0, applied to linear sRGB and clamped to the gamut. Difference: CIEDE2000
// (ΔE00) between the CIELAB values of the simulated colours. Little CMS does
// the sRGB decoding, the CIELAB conversion (D50, as ICC profiles use) and ΔE00.
// The rule and why 10: docs/architecture.md, "Colour and themes".
#include <QTest>

#include <lcms2.h>

#include <array>
#include <set>

#include "ui/theme/outcome_shape.hpp"
#include "ui/theme/phase_palette.hpp"
#include "ui/theme/theme.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

// ΔE00 ≈ 2 is just noticeable side by side; 10 is a difference read at a
// glance between two bars, not found by staring. The palette's worst pair
// (Okabe–Ito's own DNS purple and connect orange under tritanopia) is 10.9.
constexpr double kMinDeltaE = 10.0;
// WCAG 2's minimum for graphics that must be seen (success criterion 1.4.11).
constexpr double kMinQueuedContrast = 3.0;

using Matrix = std::array<std::array<double, 3>, 3>;
struct Vision {
    const char* name;
    Matrix matrix;
};
constexpr Vision kVisions[] = {
    {"normal", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {"protanopia",
     {{{0.152286, 1.052583, -0.204868},
       {0.114503, 0.786281, 0.099216},
       {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia",
     {{{0.367322, 0.860646, -0.227968},
       {0.280085, 0.672501, 0.047413},
       {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia",
     {{{1.255528, -0.076749, -0.178779},
       {-0.078411, 0.930809, 0.147602},
       {0.004733, 0.691367, 0.303900}}}},
};

constexpr BarKey kTaskKeys[] = {BarKey::Queued,  BarKey::Dns,         BarKey::Connect,
                                BarKey::Tls,     BarKey::Send,        BarKey::Wait,
                                BarKey::Receive, BarKey::Compute,     BarKey::LockWait,
                                BarKey::Stalled, BarKey::Interpreter, BarKey::Running};
constexpr BarKey kWorkerKeys[] = {
    BarKey::WorkerStarting, BarKey::WorkerBusy,    BarKey::WorkerBlocked, BarKey::WorkerLockWait,
    BarKey::WorkerIoWait,   BarKey::WorkerRunning, BarKey::WorkerInFlight};

// sRGB to linear sRGB and linear sRGB to CIELAB, through Little CMS.
class Colorimetry {
public:
    Colorimetry() {
        cmsHPROFILE srgb = cmsCreate_sRGBProfile();
        // The same primaries and white as sRGB, without its transfer curve.
        cmsCIExyY white{0.3127, 0.3290, 1.0};
        cmsCIExyYTRIPLE primaries{{0.64, 0.33, 1.0}, {0.30, 0.60, 1.0}, {0.15, 0.06, 1.0}};
        cmsToneCurve* identity = cmsBuildGamma(nullptr, 1.0);
        cmsToneCurve* curves[3] = {identity, identity, identity};
        cmsHPROFILE linear = cmsCreateRGBProfile(&white, &primaries, curves);
        cmsHPROFILE lab = cmsCreateLab4Profile(nullptr);
        m_toLinear = cmsCreateTransform(srgb, TYPE_RGB_DBL, linear, TYPE_RGB_DBL,
                                        INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOOPTIMIZE);
        m_toLab = cmsCreateTransform(linear, TYPE_RGB_DBL, lab, TYPE_Lab_DBL,
                                     INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOOPTIMIZE);
        cmsFreeToneCurve(identity);
        for (cmsHPROFILE profile : {srgb, linear, lab}) cmsCloseProfile(profile);
    }
    ~Colorimetry() {
        cmsDeleteTransform(m_toLinear);
        cmsDeleteTransform(m_toLab);
    }
    Colorimetry(const Colorimetry&) = delete;
    Colorimetry& operator=(const Colorimetry&) = delete;

    std::array<double, 3> linear(const QColor& colour) const {
        const std::array<double, 3> encoded{colour.redF(), colour.greenF(), colour.blueF()};
        std::array<double, 3> out{};
        cmsDoTransform(m_toLinear, encoded.data(), out.data(), 1);
        return out;
    }

    // The colour as someone with `vision` sees it, in CIELAB.
    cmsCIELab seen(const QColor& colour, const Vision& vision) const {
        const std::array<double, 3> rgb = linear(colour);
        std::array<double, 3> simulated{};
        for (std::size_t i = 0; i < 3; ++i) {
            double sum = 0;
            for (std::size_t j = 0; j < 3; ++j) sum += vision.matrix[i][j] * rgb[j];
            simulated[i] = std::clamp(sum, 0.0, 1.0);
        }
        cmsCIELab lab{};
        cmsDoTransform(m_toLab, simulated.data(), &lab, 1);
        return lab;
    }

    // WCAG 2's relative luminance and contrast ratio.
    double luminance(const QColor& colour) const {
        const auto rgb = linear(colour);
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
    double contrast(const QColor& a, const QColor& b) const {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

private:
    cmsHTRANSFORM m_toLinear;
    cmsHTRANSFORM m_toLab;
};

}  // namespace

class PaletteTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { setCurrentTheme(kDefaultTheme); }

    void everyPairStaysApartInEveryVision_data() {
        QTest::addColumn<ThemeId>("id");
        QTest::addColumn<bool>("workers");
        for (const ThemeId id : kAllThemes) {
            QTest::newRow(qPrintable(themeKey(id) + QStringLiteral(", task phases")))
                << id << false;
            QTest::newRow(qPrintable(themeKey(id) + QStringLiteral(", worker states")))
                << id << true;
        }
    }
    void everyPairStaysApartInEveryVision() {
        QFETCH(ThemeId, id);
        QFETCH(bool, workers);
        setCurrentTheme(id);
        const Colorimetry colorimetry;
        std::vector<BarKey> keys;
        if (workers) {
            keys.assign(std::begin(kWorkerKeys), std::end(kWorkerKeys));
        } else {
            keys.assign(std::begin(kTaskKeys), std::end(kTaskKeys));
        }
        for (const Vision& vision : kVisions) {
            double worst = 1e9;
            QString worstPair;
            for (std::size_t i = 0; i < keys.size(); ++i) {
                for (std::size_t j = i + 1; j < keys.size(); ++j) {
                    cmsCIELab a = colorimetry.seen(barColour(keys[i]), vision);
                    cmsCIELab b = colorimetry.seen(barColour(keys[j]), vision);
                    const double difference = cmsCIE2000DeltaE(&a, &b, 1, 1, 1);
                    if (difference < worst) {
                        worst = difference;
                        worstPair = barLabel(keys[i]) + QStringLiteral(" / ") + barLabel(keys[j]);
                    }
                }
            }
            // The figure for the docs and the report: the closest pair per vision.
            qInfo("%s: closest pair %s, ΔE00 %.1f", vision.name, qPrintable(worstPair), worst);
            QVERIFY2(worst >= kMinDeltaE, qPrintable(QStringLiteral("%1 under %2: ΔE00 %3 < %4")
                                                         .arg(worstPair, QLatin1String(vision.name))
                                                         .arg(worst, 0, 'f', 1)
                                                         .arg(kMinDeltaE)));
        }
    }

    void queuedStandsOutFromTheBackground_data() {
        QTest::addColumn<ThemeId>("id");
        for (const ThemeId id : kAllThemes) QTest::newRow(qPrintable(themeKey(id))) << id;
    }
    void queuedStandsOutFromTheBackground() {
        QFETCH(ThemeId, id);
        setCurrentTheme(id);
        const Colorimetry colorimetry;
        const double contrast =
            colorimetry.contrast(barColour(BarKey::Queued), currentTheme().background);
        qInfo("Queued against the %s background: %.2f:1", qPrintable(themeKey(id)), contrast);
        QVERIFY(contrast >= kMinQueuedContrast);
    }

    // Hue is not the only cue: each failure's mark has a shape of its own.
    void failuresDifferInShape() {
        std::set<std::vector<std::pair<double, double>>> shapes;
        for (const Outcome outcome :
             {Outcome::HttpError, Outcome::Error, Outcome::Timeout, Outcome::Cancelled}) {
            std::vector<QLineF> lines;
            appendOutcomeShape(outcome, {0, 0}, 4, lines);
            QVERIFY(!lines.empty());
            std::vector<std::pair<double, double>> ends;
            for (const QLineF& line : lines) {
                ends.emplace_back(line.x1(), line.y1());
                ends.emplace_back(line.x2(), line.y2());
            }
            std::sort(ends.begin(), ends.end());
            shapes.insert(ends);
        }
        QCOMPARE(shapes.size(), std::size_t(4));
        std::vector<QLineF> none;
        appendOutcomeShape(Outcome::Ok, {0, 0}, 4, none);
        QVERIFY(none.empty());
    }
};

QTEST_MAIN(PaletteTest)
#include "palette_test.moc"
