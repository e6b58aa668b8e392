// The preset picker at the top of the workload panel: every tutorial claim one
// click away. Choosing a preset fills the panel as far as its fields can say
// it and shows the claim; editing any field turns it into a custom workload.
// While a preset is chosen, Run & Compare runs the preset's own runs, which
// the panel cannot always express (two async runs, one with a blocking call).
#pragma once

#include <QGroupBox>

#include <vector>

#include "model/preset.hpp"

class QComboBox;
class QLabel;

namespace overlap::ui {

class WorkloadPanel;

class PresetPicker : public QGroupBox {
    Q_OBJECT

public:
    // Puts itself at the top of `panel` and fills it when a preset is chosen.
    explicit PresetPicker(WorkloadPanel* panel);

    // The presets offered, in order, after "Custom workload"; chooses the custom workload.
    void setPresets(std::vector<Preset> presets);
    const std::vector<Preset>& presets() const { return m_presets; }

    // The chosen preset, or nullptr for a custom workload.
    const Preset* preset() const;
    // Its name, as `overlap run --preset` takes it; empty for a custom workload.
    QString presetName() const;
    // Chooses the preset with that name and fills the panel; an empty or
    // unknown name chooses the custom workload and leaves the panel as it is.
    void choose(const QString& name);

    // A preset kept in an opened run file, offered after the built-in ones and
    // chosen: Run & Compare then runs again exactly what the file shows, even
    // where it differs from the built-in preset of that name (a scaled run).
    void chooseSaved(const Preset& preset);

    QComboBox* comboBox() const { return m_combo; }
    QString claimText() const;

private:
    void showChosen();

    WorkloadPanel* m_panel;
    QComboBox* m_combo;
    QLabel* m_claim;
    std::vector<Preset> m_presets;
    bool m_hasSaved = false;  // the last of m_presets came from a file
};

}  // namespace overlap::ui
