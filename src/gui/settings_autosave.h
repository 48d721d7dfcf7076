// Settings that survive a crash: a short while after any field, option or splitter of a window changes, the
// window's settings are written and synced, rather than only when the window closes.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace socketlab::gui {

class SettingsAutosave : public QObject {
    Q_OBJECT

public:
    // Long enough that typing a port is one write, short enough that a crash right after loses nothing.
    static constexpr int kDebounceMs = 500;

    // Watches every editable field, combo box, check/radio button, spin box, splitter and tab bar inside
    // `root` (as it is now) and calls `save` kDebounceMs after the last change. `save` writes a QSettings;
    // the settings are synced after it.
    SettingsAutosave(QWidget* root, std::function<void()> save);

    // Watches the same kinds of widgets inside `root` too: a part of the window built later (a tab
    // built when first shown).
    void watch(QWidget* root);

    // Starts (or restarts) the wait, for changes the widgets do not signal (e.g. an action toggled).
    void schedule();

private:
    void saveNow();

    std::function<void()> m_save;
    QTimer m_timer;
};

} // namespace socketlab::gui
