// Tests of the `socketlab` command line (parsed before any QApplication exists).
#include "app_options.h"

#include <QTest>

using socketlab::gui::parseAppOptions;
using socketlab::gui::ParseOutcome;
using socketlab::gui::StartTab;

Q_DECLARE_METATYPE(ParseOutcome)
Q_DECLARE_METATYPE(StartTab)

class TestAppOptions : public QObject {
    Q_OBJECT

private slots:
    void outcomes_data();
    void outcomes();
    void lessonOptions();
};

void TestAppOptions::outcomes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<ParseOutcome>("outcome");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("nothing") << QStringList {} << ParseOutcome::Run << QString();
    QTest::newRow("help") << QStringList {"--help"} << ParseOutcome::ShowHelp << QStringLiteral("Usage: socketlab");
    QTest::newRow("h") << QStringList {"-h"} << ParseOutcome::ShowHelp << QStringLiteral("--tab <tab>");
    QTest::newRow("version") << QStringList {"--version"} << ParseOutcome::ShowVersion << QStringLiteral("socketlab ");
    QTest::newRow("bad language") << QStringList {"--lang", "de"} << ParseOutcome::Error << QStringLiteral("'de'");
    QTest::newRow("bad tab") << QStringList {"--tab", "ftp"} << ParseOutcome::Error << QStringLiteral("'ftp'");
    QTest::newRow("unknown option") << QStringList {"--frobnicate"} << ParseOutcome::Error
                                    << QStringLiteral("frobnicate");
    QTest::newRow("stray argument") << QStringList {"extra"} << ParseOutcome::Error << QStringLiteral("'extra'");
    QTest::newRow("missing value") << QStringList {"--port"} << ParseOutcome::Error << QStringLiteral("port");
}

void TestAppOptions::outcomes()
{
    QFETCH(QStringList, arguments);
    QFETCH(ParseOutcome, outcome);
    QFETCH(QString, messagePart);
    const auto result = parseAppOptions(QStringList {QStringLiteral("socketlab")} + arguments);
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
}

void TestAppOptions::lessonOptions()
{
    const auto result = parseAppOptions(
        {"socketlab", "--lang", "RU", "--tab", "client", "--host", "::1", "--port", "www", "--start"});
    QCOMPARE(result.outcome, ParseOutcome::Run);
    QCOMPARE(result.options.language, QStringLiteral("ru"));
    QCOMPARE(result.options.tab, StartTab::Client);
    QCOMPARE(result.options.host, QStringLiteral("::1"));
    QCOMPARE(result.options.port, QStringLiteral("www"));
    QVERIFY(result.options.start);

    const auto defaults = parseAppOptions({"socketlab"});
    QCOMPARE(defaults.options.tab, StartTab::Remembered);
    QVERIFY(defaults.options.host.isNull());
    QVERIFY(!defaults.options.start);
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_app_options.moc"
