// i18n::setLanguage and the embedded translations: plural forms, Qt's own texts, switching back.
#include "core/errors.h"
#include "core/messages.h"
#include "core/text.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace socketlab;

class TestLanguage : public QObject {
    Q_OBJECT

private:
    // Texts from the real code's contexts, so a renamed class or changed text shows up here.
    static QString bytes(int n)
    {
        return QCoreApplication::translate("socketlab::gui::ServerTab", "%n byte(s)", nullptr, n);
    }
    static QString connected(int n)
    {
        return QCoreApplication::translate("socketlab::gui::ServerTab", "%n client(s) connected", nullptr, n);
    }
    static QString calls(int n)
    {
        return QCoreApplication::translate("socketlab::gui::TracePanel", "%n call(s)", nullptr, n);
    }

private slots:
    void cleanup() { i18n::setLanguage(QLatin1String(i18n::kEnglish)); }

    void supportedLanguages()
    {
        QCOMPARE(i18n::supportedLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("ru")}));
        QVERIFY(i18n::isSupported(QStringLiteral("ru")));
        QVERIFY(!i18n::isSupported(QStringLiteral("de")));
        QVERIFY(!i18n::isSupported(QString()));
        QCOMPARE(i18n::nativeName(QStringLiteral("ru")), QStringLiteral("Русский"));
        QCOMPARE(i18n::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QVERIFY(i18n::isSupported(i18n::systemLanguage()));
    }

    void unsupportedLanguageKeepsTheCurrentOne()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("ru")));
        QVERIFY(!i18n::setLanguage(QStringLiteral("de")));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("ru"));
        QCOMPARE(bytes(5), QStringLiteral("5 байт"));
    }

    void englishPluralsHaveNoParentheses()
    {
        QVERIFY(i18n::hasEnglishPlurals());
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QCOMPARE(bytes(1), QStringLiteral("1 byte"));
        QCOMPARE(bytes(2), QStringLiteral("2 bytes"));
        QCOMPARE(bytes(0), QStringLiteral("0 bytes"));
        QCOMPARE(calls(1), QStringLiteral("1 call"));
        QCOMPARE(calls(3), QStringLiteral("3 calls"));
    }

    void russianPluralsHaveThreeForms_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("bytesText");
        QTest::addColumn<QString>("callsText");
        QTest::newRow("1") << 1 << QStringLiteral("1 байт") << QStringLiteral("1 вызов");
        QTest::newRow("2") << 2 << QStringLiteral("2 байта") << QStringLiteral("2 вызова");
        QTest::newRow("4") << 4 << QStringLiteral("4 байта") << QStringLiteral("4 вызова");
        QTest::newRow("5") << 5 << QStringLiteral("5 байт") << QStringLiteral("5 вызовов");
        QTest::newRow("11") << 11 << QStringLiteral("11 байт") << QStringLiteral("11 вызовов");
        QTest::newRow("21") << 21 << QStringLiteral("21 байт") << QStringLiteral("21 вызов");
        QTest::newRow("22") << 22 << QStringLiteral("22 байта") << QStringLiteral("22 вызова");
    }

    void russianPluralsHaveThreeForms()
    {
        QFETCH(int, count);
        QFETCH(QString, bytesText);
        QFETCH(QString, callsText);
        QVERIFY(i18n::setLanguage(QStringLiteral("ru")));
        QCOMPARE(bytes(count), bytesText);
        QCOMPARE(calls(count), callsText);
    }

    void clientCountInBothLanguages()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QCOMPARE(connected(1), QStringLiteral("1 client connected"));
        QCOMPARE(connected(7), QStringLiteral("7 clients connected"));
        QVERIFY(i18n::setLanguage(QStringLiteral("ru")));
        QCOMPARE(connected(1), QStringLiteral("1 клиент подключён"));
        QCOMPARE(connected(2), QStringLiteral("2 клиента подключены"));
        QCOMPARE(connected(5), QStringLiteral("5 клиентов подключено"));
    }

    // The core has no Qt: its texts reach the screen through the "socketlab::core" context.
    void coreTextsAreTranslated()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("ru")));
        const char* hint = core::conditionHint(core::Condition::ConnectionRefused);
        QVERIFY(hint && *hint);
        const QString translated = QCoreApplication::translate(core::kTextContext, hint);
        QVERIFY2(translated != QLatin1String(hint) && translated.contains(QRegularExpression(QStringLiteral("[а-яё]"))),
            qPrintable(translated));
    }

    void qtOwnTextsFollow()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("ru")));
        // QDialogButtonBox's buttons come from here (QPlatformTheme::defaultStandardButtonText).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
        QCOMPARE(QLocale().language(), QLocale::Russian);
    }

    void switchingBackRestoresEnglish()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("ru")));
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(QCoreApplication::translate("socketlab::cli", "Show the version and exit."),
            QStringLiteral("Show the version and exit."));
        QCOMPARE(bytes(2), QStringLiteral("2 bytes"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
