// Connects every settings-bearing widget of a window to one debounce timer that writes the settings.
#include "settings_autosave.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QWidget>

namespace socketlab::gui {

SettingsAutosave::SettingsAutosave(QWidget* root, std::function<void()> save)
    : QObject(root)
    , m_save(std::move(save))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &SettingsAutosave::saveNow);
    watch(root);
}

void SettingsAutosave::watch(QWidget* root)
{
    // Read-only fields show results, not choices; a change there is no setting.
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (!edit->isReadOnly())
            connect(edit, &QLineEdit::textChanged, this, &SettingsAutosave::schedule);
    }
    for (QComboBox* combo : root->findChildren<QComboBox*>())
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsAutosave::schedule);
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, &SettingsAutosave::schedule);
    }
    for (QSpinBox* spin : root->findChildren<QSpinBox*>())
        connect(spin, &QSpinBox::valueChanged, this, &SettingsAutosave::schedule);
    for (QDoubleSpinBox* spin : root->findChildren<QDoubleSpinBox*>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsAutosave::schedule);
    for (QSplitter* splitter : root->findChildren<QSplitter*>())
        connect(splitter, &QSplitter::splitterMoved, this, &SettingsAutosave::schedule);
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>())
        connect(tabs, &QTabWidget::currentChanged, this, &SettingsAutosave::schedule);
}

void SettingsAutosave::schedule()
{
    m_timer.start();
}

void SettingsAutosave::saveNow()
{
    m_save();
    QSettings().sync(); // the same store the window wrote to: on disk now, not at exit
}

} // namespace socketlab::gui
