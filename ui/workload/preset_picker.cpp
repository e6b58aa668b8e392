#include "ui/workload/preset_picker.hpp"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/workload/preset_form.hpp"
#include "ui/workload/workload_panel.hpp"

namespace overlap::ui {

namespace {
// Long titles must not widen the whole panel: the popup still shows them whole.
constexpr int kComboMinimumCharacters = 24;
}  // namespace

PresetPicker::PresetPicker(WorkloadPanel* panel)
    : QGroupBox(tr("Preset")), m_panel(panel), m_combo(new QComboBox), m_claim(new QLabel) {
    setObjectName(QStringLiteral("presetPicker"));
    m_combo->setObjectName(QStringLiteral("preset"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(kComboMinimumCharacters);
    m_combo->setToolTip(
        tr("A claim from the Python concurrency tutorials, ready to run. Run & Compare runs "
           "exactly the preset's runs and checks the claim against the measurements; "
           "editing any field below makes it a custom workload"));
    m_claim->setObjectName(QStringLiteral("presetClaim"));
    m_claim->setWordWrap(true);
    m_claim->setTextFormat(Qt::PlainText);
    m_claim->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_claim->setToolTip(
        tr("What the tutorial says will happen; after the runs, the checks above the "
           "timelines say whether it did"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_combo);
    layout->addWidget(m_claim);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &PresetPicker::showChosen);
    // setForm does not emit formChanged, so only the user's edits get here.
    connect(panel, &WorkloadPanel::formChanged, this, [this] { m_combo->setCurrentIndex(0); });
    panel->setPresetPicker(this);
    setPresets({});
}

void PresetPicker::setPresets(std::vector<Preset> presets) {
    m_presets = std::move(presets);
    m_hasSaved = false;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Custom workload"));
    m_combo->setItemData(0, tr("The fields below, as you set them"), Qt::ToolTipRole);
    for (const Preset& preset : m_presets) {
        m_combo->addItem(QString::fromStdString(preset.title));
        m_combo->setItemData(m_combo->count() - 1, QString::fromStdString(preset.claim),
                             Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(0);
    showChosen();
}

const Preset* PresetPicker::preset() const {
    const int index = m_combo->currentIndex();
    return index > 0 ? &m_presets[static_cast<std::size_t>(index - 1)] : nullptr;
}

QString PresetPicker::presetName() const {
    const Preset* chosen = preset();
    return chosen ? QString::fromStdString(chosen->name) : QString();
}

void PresetPicker::choose(const QString& name) {
    const std::string wanted = name.toStdString();
    const auto found = std::find_if(m_presets.begin(), m_presets.end(),
                                    [&](const Preset& preset) { return preset.name == wanted; });
    const int index =
        found == m_presets.end() ? 0 : static_cast<int>(found - m_presets.begin()) + 1;
    // Choosing the preset already chosen fills the panel again all the same.
    if (index == m_combo->currentIndex()) showChosen();
    m_combo->setCurrentIndex(index);
}

void PresetPicker::chooseSaved(const Preset& preset) {
    const QSignalBlocker blocker(m_combo);
    if (m_hasSaved) {
        m_presets.pop_back();
        m_combo->removeItem(m_combo->count() - 1);
    }
    m_presets.push_back(preset);
    m_hasSaved = true;
    m_combo->addItem(tr("%1 (from the open file)").arg(QString::fromStdString(preset.title)));
    m_combo->setItemData(m_combo->count() - 1, QString::fromStdString(preset.claim),
                         Qt::ToolTipRole);
    m_combo->setCurrentIndex(m_combo->count() - 1);
    showChosen();
}

QString PresetPicker::claimText() const { return m_claim->text(); }

void PresetPicker::showChosen() {
    const Preset* chosen = preset();
    if (!chosen) {
        m_claim->setText(tr("Choose a preset to run a tutorial's example and check its claim."));
        return;
    }
    m_claim->setText(QString::fromStdString(chosen->claim));
    m_panel->setForm(preset_form(*chosen));
}

}  // namespace overlap::ui
