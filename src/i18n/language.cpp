#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace socketlab::i18n {

namespace {

constexpr char kAppTranslationPrefix[] = ":/i18n/socketlab_";
// Qt's own catalogue: qtbase_<code>.qm as a Qt installation keeps it, or qt_<code>.qm, the single
// file windeployqt makes of the catalogues of every module the program uses.
constexpr const char* kQtTranslationPrefixes[] = {"qtbase_", "qt_"};

// The installed translators. Owned by the application object, so they die with it; QPointer
// notices that when a test creates a second application.
struct InstalledTranslators {
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString language = QLatin1String(kEnglish);
};

InstalledTranslators& installed()
{
    static InstalledTranslators translators;
    return translators;
}

void removeTranslator(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

// Qt's own catalogue: where this Qt installation keeps it (a deployed Windows program's
// <prefix>/translations, through bin/qt.conf), else beside the executable.
QTranslator* loadQtTranslator(const QString& code)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    const QStringList folders {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"))};
    for (const char* prefix : kQtTranslationPrefixes) {
        for (const QString& folder : folders) {
            if (translator->load(QLatin1String(prefix) + code, folder))
                return translator;
        }
    }
    delete translator;
    return nullptr;
}

QLocale localeFor(const QString& code)
{
    return code == QLatin1String(kRussian) ? QLocale(QLocale::Russian, QLocale::Russia)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QStringList supportedLanguages()
{
    return {QLatin1String(kEnglish), QLatin1String(kRussian)};
}

bool isSupported(const QString& code)
{
    return supportedLanguages().contains(code);
}

QString systemLanguage()
{
    // uiLanguages() is what the user asked the system to speak; its first supported entry wins.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isSupported(code))
            return code;
    }
    return QLatin1String(kEnglish);
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String(kRussian))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

bool setLanguage(const QString& code)
{
    if (!isSupported(code) || !QCoreApplication::instance())
        return false;
    auto appTranslator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!appTranslator->load(QLatin1String(kAppTranslationPrefix) + code))
        return false;

    InstalledTranslators& current = installed();
    removeTranslator(current.app);
    removeTranslator(current.qt);
    current.app = appTranslator.release();
    QCoreApplication::installTranslator(current.app);
    if (code != QLatin1String(kEnglish)) {
        current.qt = loadQtTranslator(code);
        if (current.qt)
            QCoreApplication::installTranslator(current.qt);
    }
    current.language = code;
    QLocale::setDefault(localeFor(code));
    return true;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace socketlab::i18n
