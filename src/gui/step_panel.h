// StepPanel: the "Step by step" toggle of the Server, Client and UDP tabs and, while it is on,
// one button per socket call. Only the calls that make sense next are enabled; each press makes
// the real call (on a StepWorker's thread) with the tab's current field values, and the panel
// says what it did — or, live, that it is blocked in accept() waiting for a client.
//
// The tab owns the fields: it supplies the values for each call and shows the recorded calls in
// its own trace panel (given at construction) and the data in its conversation (stepFinished).
#pragma once

#include "core/call_event.h"
#include "core/step_machine.h"
#include "core/stepper.h"
#include "workers/step_worker.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QPushButton;

namespace Ui {
class StepPanel;
}

namespace socketlab::gui {

class TracePanel;

class StepPanel : public QWidget {
    Q_OBJECT

public:
    // Fills `settings` for `call` from the tab's fields; false (with `problem` set) when a field
    // the call needs is invalid.
    using SettingsSource = std::function<bool(core::StepCall call, core::StepSettings& settings, QString& problem)>;

    // `role` says which calls there are, `columns` how many buttons to a row; the recorded calls go
    // to `trace`, the tab's own call trace.
    StepPanel(core::StepRole role, int columns, SettingsSource source, TracePanel* trace, QWidget* parent);
    ~StepPanel() override;

    // Lays the buttons out again, `columns` to a row (a tab that changes its arrangement). Narrow
    // (two or fewer) puts Stop waiting above the state line instead of beside it.
    void setColumns(int columns);

    bool isStepMode() const;
    // False when refused: leaving needs the socket closed first, entering needs the toggle enabled.
    bool setStepMode(bool on);
    // The tab refuses the toggle while its one-click session runs.
    void setToggleAllowed(bool allowed);
    // A step's socket is open or a call runs: the tab's one-click mode must stay off.
    bool isActive() const;

    // Session → Stop all: ends a waiting call, closes the step sockets and leaves step mode.
    void stop();

    // Presses the button of `call` (as a click would); false when it is disabled.
    bool press(core::StepCall call);
    QPushButton* button(core::StepCall call) const;
    // What the state line says now.
    QString stateText() const;

signals:
    void stepModeChanged(bool on);
    void stepFinished(const socketlab::workers::StepReport& report);
    // The panel's busy/open state changed: the tab updates its own controls.
    void activityChanged();
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addButtons(core::StepRole role);
    void onToggled(bool on);
    void request(core::StepCall call);
    void onBlocked(core::StepCall call);
    void onStepFinished(const workers::StepReport& report);
    void updateControls();
    void retranslate();
    void updateStateText();
    QString blockedText(core::StepCall call) const;
    QString reportText(const workers::StepReport& report) const;
    QString callToolTip(core::StepCall call) const;

    std::unique_ptr<Ui::StepPanel> m_ui;
    core::StepRole m_role = core::StepRole::Server;
    std::map<core::StepCall, QPushButton*> m_buttons;
    std::vector<QPushButton*> m_buttonOrder; // as the calls come in a program
    int m_columns = 1;
    std::unique_ptr<workers::StepWorker> m_worker; // while step mode is on
    SettingsSource m_source;
    TracePanel* m_trace = nullptr;
    bool m_toggleAllowed = true;
    // What the state line shows, kept to translate it again.
    std::optional<workers::StepReport> m_lastReport;
    QString m_problem; // a field the call needed was invalid
};

} // namespace socketlab::gui
