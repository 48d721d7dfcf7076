// Tests for errors.cpp: the "<call>: <message> (<NAME>)" shape of every error, input errors, and
// the Result contract.
#include "core/errors.h"

#include <QtTest>

#include <string>

using namespace socketlab::core;

namespace {

Error refusedConnect()
{
    Error error;
    error.kind = ErrorKind::System;
    error.condition = Condition::ConnectionRefused;
    error.call = "connect";
    error.code = 111;
    error.name = "ECONNREFUSED";
    error.message = "Connection refused";
    error.input = "127.0.0.1:12345";
    return error;
}

} // namespace

class TestErrors : public QObject {
    Q_OBJECT

private slots:
    void toStringShape_data();
    void toStringShape();
    void inputErrorToString();
    void resultValue();
    void resultError();
    void resultVoid();
};

void TestErrors::toStringShape_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("connect") << "connect"
                             << "Connection refused"
                             << "ECONNREFUSED"
                             << "connect: Connection refused (ECONNREFUSED)";
    QTest::newRow("bind") << "bind"
                          << "Address already in use"
                          << "EADDRINUSE"
                          << "bind: Address already in use (EADDRINUSE)";
    QTest::newRow("getaddrinfo") << "getaddrinfo"
                                 << "Name or service not known"
                                 << "EAI_NONAME"
                                 << "getaddrinfo: Name or service not known (EAI_NONAME)";
}

void TestErrors::toStringShape()
{
    QFETCH(QString, call);
    QFETCH(QString, message);
    QFETCH(QString, name);
    QFETCH(QString, expected);

    Error error = refusedConnect();
    error.call = call.toStdString();
    error.message = message.toStdString();
    error.name = name.toStdString();
    QCOMPARE(QString::fromStdString(error.toString()), expected);
}

void TestErrors::inputErrorToString()
{
    const Error error = inputError(InputProblem::PortOutOfRange, "70000");
    const QString text = QString::fromStdString(error.toString());
    QVERIFY2(!text.isEmpty(), "an input error must read as something");
    QVERIFY2(text.contains(QString::fromStdString(error.message)), qPrintable(text));
    // No call was made: no "<call>: " prefix with an empty call.
    QVERIFY2(!text.startsWith(":") && !text.startsWith(" "), qPrintable(text));
    QVERIFY2(!text.contains("()"), qPrintable(text));
}

void TestErrors::resultValue()
{
    Result<int> result(42);
    QVERIFY(result.ok());
    QVERIFY(bool(result));
    QCOMPARE(result.value(), 42);
    QCOMPARE(*result, 42);
}

void TestErrors::resultError()
{
    Result<std::string> result(refusedConnect());
    QVERIFY(!result.ok());
    QVERIFY(!bool(result));
    QCOMPARE(QString::fromStdString(result.error().name), QString("ECONNREFUSED"));
}

void TestErrors::resultVoid()
{
    Result<void> fine;
    QVERIFY(fine.ok());
    Result<void> failed(refusedConnect());
    QVERIFY(!failed.ok());
    QCOMPARE(int(failed.error().condition), int(Condition::ConnectionRefused));
}

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
