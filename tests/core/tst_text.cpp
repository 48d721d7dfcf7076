// Tests for text.cpp: %1..%9 placeholders filled the way QString::arg fills them.
#include "core/text.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace socketlab::core;

class TestText : public QObject {
    Q_OBJECT

private slots:
    void fill_data();
    void fill();
    void matchesQStringArg();
};

void TestText::fill_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one") << "Port '%1' is out of range." << QStringList {"70000"} << "Port '70000' is out of range.";
    QTest::newRow("two") << "%1 then %2" << QStringList {"a", "b"} << "a then b";
    QTest::newRow("reversed") << "%2 before %1" << QStringList {"a", "b"} << "b before a";
    QTest::newRow("repeated") << "%1 and %1" << QStringList {"x"} << "x and x";
    QTest::newRow("none") << "no placeholders" << QStringList {"x"} << "no placeholders";
    QTest::newRow("arg holds percent") << "host %1 port %2" << QStringList {"%2", "80"} << "host %2 port 80";
    QTest::newRow("utf8") << "Порт '%1'" << QStringList {"ы"} << "Порт 'ы'";
}

void TestText::fill()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);

    std::vector<std::string> values;
    for (const QString& arg : args)
        values.push_back(arg.toStdString());
    QCOMPARE(QString::fromStdString(fillPlaceholders(pattern.toStdString(), values)), expected);
}

void TestText::matchesQStringArg()
{
    const QString pattern = "Nothing is listening at %1.";
    QCOMPARE(QString::fromStdString(fillPlaceholders(pattern.toStdString(), {"127.0.0.1:12345"})),
        pattern.arg("127.0.0.1:12345"));
    QVERIFY(QString(kTextContext) == "socketlab::core");
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
