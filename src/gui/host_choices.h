// Host fields shared by the tabs: an editable combo box whose choices have a label and a value
// (the all-interfaces choice shows "'' (all interfaces)" but stands for ""), and the check for a
// bind address that every machine on the network can reach.
#pragma once

#include "core/address.h"

#include <QString>

#include <vector>

class QComboBox;
class QWidget;

namespace socketlab::gui {

struct HostChoice {
    QString label; // what the list shows
    QString value; // what the field holds once chosen
    QString toolTip;
};

// Replaces the choices, keeping what the field shows (and no current item, so nothing is selected
// behind the user's back).
void setHostChoices(QComboBox* combo, const std::vector<HostChoice>& choices);
// The field's value: a choice's value when the field shows that choice's label, else the text as typed.
QString hostChoiceValue(const QComboBox* combo);
// For QComboBox::activated: the field must hold the chosen item's value, not its label.
void applyHostChoice(QComboBox* combo, int index);

// Asks once (default No) whether to bind to every interface; `confirmed` remembers a Yes for the
// rest of the program's run, so the learner is not asked again at each Start.
bool confirmAllInterfacesOnce(bool& confirmed, QWidget* parent, const QString& title, const QString& question);

// The AF_UNIX socket path both tabs offer first: socketlab.sock in the temporary folder (TMPDIR,
// TEMP on Windows, asked at each call), so a server and a client left at their defaults meet.
QString defaultUnixSocketPath();

// "" (INADDR_ANY), 0.0.0.0, 0, ::, 0:0::0 ...: every interface, reachable from other machines.
bool bindsAllInterfaces(const core::HostSpec& host);

} // namespace socketlab::gui
