// LanguageMenu: English / Русский, switched at run time and remembered.
//
// Each entry is named in its own language, so a user who cannot read the current one still finds
// theirs. Choosing one installs its translators (i18n::setLanguage); Qt then sends
// QEvent::LanguageChange to every widget, which retranslates itself.
#pragma once

#include <QMenu>

class QActionGroup;

namespace socketlab::gui {

class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The language the window starts in: `requested` (--lang) if given, else the one the user last
    // chose, else the system's. Installs it.
    static QString applyStartLanguage(const QString& requested);

signals:
    // After the user chose `code` and its translators are installed.
    void languageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose(const QString& code);
    void retranslate();
    void checkCurrent();

    QActionGroup* m_group = nullptr;
};

} // namespace socketlab::gui
