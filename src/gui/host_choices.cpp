// Host fields shared by the tabs: labelled choices in an editable combo box, all-interfaces check.
#include "host_choices.h"

#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QSignalBlocker>

namespace socketlab::gui {

void setHostChoices(QComboBox* combo, const std::vector<HostChoice>& choices)
{
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const HostChoice& choice : choices) {
        combo->addItem(choice.label, choice.value);
        combo->setItemData(combo->count() - 1, choice.toolTip, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

QString hostChoiceValue(const QComboBox* combo)
{
    const QString text = combo->currentText();
    const int index = combo->findText(text, Qt::MatchExactly);
    if (index < 0)
        return text;
    const QVariant value = combo->itemData(index);
    return value.isValid() ? value.toString() : text;
}

void applyHostChoice(QComboBox* combo, int index)
{
    const QVariant value = combo->itemData(index);
    if (value.isValid())
        combo->setEditText(value.toString());
}

bool confirmAllInterfacesOnce(bool& confirmed, QWidget* parent, const QString& title, const QString& question)
{
    if (!confirmed)
        confirmed = QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    return confirmed;
}

bool bindsAllInterfaces(const core::HostSpec& host)
{
    if (host.form == core::HostForm::Any)
        return true;
    return !host.numeric.empty() && host.numeric.find_first_not_of("0.:") == std::string::npos;
}

QString defaultUnixSocketPath()
{
    return QDir(QDir::tempPath()).filePath(QStringLiteral("socketlab.sock"));
}

} // namespace socketlab::gui
