#include "language_menu.h"

#include "i18n/language.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace socketlab::gui {

namespace {

constexpr char kLanguageKey[] = "language";

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuLanguage"));
    m_group->setExclusive(true);
    for (const QString& code : i18n::supportedLanguages()) {
        QAction* action = addAction(i18n::nativeName(code));
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setData(code);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
    retranslate();
    checkCurrent();
}

QString LanguageMenu::applyStartLanguage(const QString& requested)
{
    QString code = requested;
    if (!i18n::isSupported(code))
        code = QSettings().value(QLatin1String(kLanguageKey)).toString();
    if (!i18n::isSupported(code))
        code = i18n::systemLanguage();
    if (!i18n::setLanguage(code))
        return i18n::currentLanguage();
    return code;
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        checkCurrent();
    }
    QMenu::changeEvent(event);
}

void LanguageMenu::choose(const QString& code)
{
    if (code != i18n::currentLanguage() && i18n::setLanguage(code))
        QSettings().setValue(QLatin1String(kLanguageKey), code);
    checkCurrent(); // also undoes the check mark when the translation could not be loaded
    emit languageChosen(i18n::currentLanguage());
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    setToolTip(tr("The language of the window; the change applies at once"));
}

void LanguageMenu::checkCurrent()
{
    const QString current = i18n::currentLanguage();
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == current);
}

} // namespace socketlab::gui
