// Tests for trace_format.cpp: one JSON object a line that any JSON parser reads back exactly, and
// the readable line a learner sees.
#include "core/call_event.h"
#include "core/trace_format.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QtTest>

#include <string>

using namespace socketlab::core;

namespace {

CallEvent bindEvent()
{
    CallEvent event;
    event.tMs = 0.123;
    event.call = "bind";
    event.args = "3, ('127.0.0.1', 12345)";
    event.result = 0;
    event.socket = 3;
    return event;
}

CallEvent refusedEvent()
{
    CallEvent event;
    event.tMs = 1.002;
    event.call = "connect";
    event.args = "3, ('127.0.0.1', 1)";
    event.result = -1;
    event.socket = 3;
    event.errorName = "ECONNREFUSED";
    event.errorCode = 111;
    event.message = "Connection refused";
    event.condition = Condition::ConnectionRefused;
    return event;
}

QJsonObject parse(const std::string& line, QJsonParseError* error)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(line), error).object();
}

} // namespace

class TestTraceFormat : public QObject {
    Q_OBJECT

private slots:
    void jsonSuccess();
    void jsonFailure();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void invalidUtf8StaysValidJson();
    void jsonStringLiteral();
    void textLine();
};

void TestTraceFormat::jsonSuccess()
{
    const std::string line = toJsonLine(bindEvent());
    QVERIFY2(line.find('\n') == std::string::npos || line.find('\n') == line.size() - 1, line.c_str());
    QJsonParseError error {};
    const QJsonObject object = parse(line, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char* key : {"t_ms", "call", "args", "result", "errno", "message"})
        QVERIFY2(object.contains(key), key);
    QVERIFY(qAbs(object["t_ms"].toDouble() - 0.123) < 1e-6);
    QCOMPARE(object["call"].toString(), QString("bind"));
    QCOMPARE(object["args"].toString(), QString("3, ('127.0.0.1', 12345)"));
    QCOMPARE(object["result"].toInteger(), 0LL);
    QVERIFY(object["errno"].isNull());
    QCOMPARE(object["message"].toString(), QString());
    if (object.contains("socket"))
        QCOMPARE(object["socket"].toInteger(), 3LL);
}

void TestTraceFormat::jsonFailure()
{
    QJsonParseError error {};
    const QJsonObject object = parse(toJsonLine(refusedEvent()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object["call"].toString(), QString("connect"));
    QCOMPARE(object["result"].toInteger(), -1LL);
    QCOMPARE(object["errno"].toString(), QString("ECONNREFUSED"));
    QCOMPARE(object["message"].toString(), QString("Connection refused"));
}

void TestTraceFormat::jsonRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("quotes") << QByteArray("say \"hi\" it's");
    QTest::newRow("backslash") << QByteArray("C:\\path\\x");
    QTest::newRow("newlines") << QByteArray("line1\nline2\r\n");
    QTest::newRow("controls") << QByteArray("\x01\x1b[31m\x7f\t\b\f", 9);
    QTest::newRow("nul") << QByteArray("a\0b", 3);
    QTest::newRow("utf8") << QByteArray("Спасибо за подключение ✓ 😀");
    QTest::newRow("python repr") << QByteArray("b'Thank you\\n'");
}

void TestTraceFormat::jsonRoundTrip()
{
    QFETCH(QByteArray, text);
    CallEvent event = refusedEvent();
    event.args = text.toStdString();
    event.message = text.toStdString();
    event.data = text.toStdString();
    event.returned = text.toStdString();

    const std::string line = toJsonLine(event);
    QVERIFY2(line.find('\n') == std::string::npos || line.find('\n') == line.size() - 1, "one object, one line");
    QJsonParseError error {};
    const QJsonObject object = parse(line, &error);
    QVERIFY2(
        error.error == QJsonParseError::NoError, qPrintable(error.errorString() + ": " + QString::fromStdString(line)));
    const QString expected = QString::fromUtf8(text);
    QCOMPARE(object["args"].toString(), expected);
    QCOMPARE(object["message"].toString(), expected);
    if (object.contains("data"))
        QCOMPARE(object["data"].toString(), expected);
    if (object.contains("returned"))
        QCOMPARE(object["returned"].toString(), expected);
}

void TestTraceFormat::invalidUtf8StaysValidJson()
{
    // A path or a system message can hold bytes that are not UTF-8; the line must still parse.
    CallEvent event = bindEvent();
    event.args = "3, '/tmp/\xff\xfe.sock'";
    QJsonParseError error {};
    const QJsonObject object = parse(toJsonLine(event), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(object["args"].toString().startsWith("3, '/tmp/"));
}

void TestTraceFormat::jsonStringLiteral()
{
    QCOMPARE(QByteArray::fromStdString(jsonString("a\"b")), QByteArray("\"a\\\"b\""));
    QCOMPARE(QByteArray::fromStdString(jsonString("a\\b")), QByteArray("\"a\\\\b\""));
    QCOMPARE(QByteArray::fromStdString(jsonString("a\nb")), QByteArray("\"a\\nb\""));
    QCOMPARE(QByteArray::fromStdString(jsonString("")), QByteArray("\"\""));
    const QByteArray control = QByteArray::fromStdString(jsonString("\x01"));
    QCOMPARE(control.toLower(), QByteArray("\"\\u0001\""));
}

void TestTraceFormat::textLine()
{
    const QString ok = QString::fromStdString(toTextLine(bindEvent()));
    QVERIFY2(ok.contains("bind(3, ('127.0.0.1', 12345)) = 0"), qPrintable(ok));
    QVERIFY2(ok.contains("0.123"), qPrintable(ok));
    QVERIFY2(!ok.contains('\n') || ok.indexOf('\n') == ok.size() - 1, qPrintable(ok));

    const QString failed = QString::fromStdString(toTextLine(refusedEvent()));
    QVERIFY2(
        failed.contains("connect(3, ('127.0.0.1', 1)) = -1 ECONNREFUSED (Connection refused)"), qPrintable(failed));
}

QTEST_GUILESS_MAIN(TestTraceFormat)
#include "tst_trace_format.moc"
