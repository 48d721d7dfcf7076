// Tests for messages.cpp: a text for every refused input, an explanation or hint for every
// condition, the source material's description of each call, and the whole terminal line.
#include "core/errors.h"
#include "core/messages.h"
#include "core/text.h"

#include <QtTest>

#include <cstring>
#include <string>

using namespace socketlab::core;

namespace {

// Keep these at the last enumerator of errors.h.
constexpr int kLastInputProblem = int(InputProblem::NoSuchConnection);
constexpr int kLastCondition = int(Condition::Other);

bool empty(const char* text)
{
    return text == nullptr || std::strlen(text) == 0;
}

} // namespace

class TestMessages : public QObject {
    Q_OBJECT

private slots:
    void everyInputProblemHasText();
    void everyConditionIsExplained();
    void learnerConditionsHaveHints_data();
    void learnerConditionsHaveHints();
    void callDescriptions_data();
    void callDescriptions();
    void describeErrorHasHintAndAddress();
    void describeInputError();
};

void TestMessages::everyInputProblemHasText()
{
    for (int i = int(InputProblem::None) + 1; i <= kLastInputProblem; ++i) {
        const char* text = inputProblemText(InputProblem(i));
        QVERIFY2(!empty(text), qPrintable(QString("InputProblem %1 has no text").arg(i)));
        QVERIFY2(std::strstr(text, "%1") != nullptr,
            qPrintable(QString("InputProblem %1's text has no %1 for the input: %2").arg(i).arg(text)));
    }
}

void TestMessages::everyConditionIsExplained()
{
    // Other is the catch-all: the system's own message says it all. BadInput is explained by
    // the input problem's own text (inputProblemText).
    for (int i = int(Condition::None) + 1; i < kLastCondition; ++i) {
        if (Condition(i) == Condition::BadInput)
            continue;
        const bool explained = !empty(conditionExplanation(Condition(i))) || !empty(conditionHint(Condition(i)));
        QVERIFY2(explained, qPrintable(QString("Condition %1 has neither an explanation nor a hint").arg(i)));
    }
}

void TestMessages::learnerConditionsHaveHints_data()
{
    QTest::addColumn<int>("condition");
    QTest::newRow("ConnectionRefused") << int(Condition::ConnectionRefused);
    QTest::newRow("AddressInUse") << int(Condition::AddressInUse);
    QTest::newRow("AddressNotAvailable") << int(Condition::AddressNotAvailable);
    QTest::newRow("PermissionDenied") << int(Condition::PermissionDenied);
    QTest::newRow("TimedOut") << int(Condition::TimedOut);
    QTest::newRow("HostNotFound") << int(Condition::HostNotFound);
    QTest::newRow("TemporaryFailure") << int(Condition::TemporaryFailure);
    QTest::newRow("ServiceNotFound") << int(Condition::ServiceNotFound);
    QTest::newRow("MessageTooLong") << int(Condition::MessageTooLong);
    QTest::newRow("TooManyOpenFiles") << int(Condition::TooManyOpenFiles);
}

void TestMessages::learnerConditionsHaveHints()
{
    QFETCH(int, condition);
    QVERIFY(!empty(conditionHint(Condition(condition))));
    QVERIFY(!empty(conditionExplanation(Condition(condition))));
}

void TestMessages::callDescriptions_data()
{
    // The English source strings of TERMS.md, which the translations are keyed on.
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("description");
    QTest::newRow("bind") << "bind"
                          << "binds an address (hostname, port pair) to the socket";
    QTest::newRow("listen") << "listen"
                            << "sets up and starts the TCP listener";
    QTest::newRow("accept") << "accept"
                            << "passively accepts a TCP client connection, waiting until it arrives (blocking)";
    QTest::newRow("connect") << "connect"
                             << "actively initiates a connection to a TCP server";
    QTest::newRow("recv") << "recv"
                          << "receives a TCP message";
    QTest::newRow("send") << "send"
                          << "sends a TCP message";
    QTest::newRow("recvfrom") << "recvfrom"
                              << "receives a UDP message";
    QTest::newRow("sendto") << "sendto"
                            << "sends a UDP message";
    QTest::newRow("close") << "close"
                           << "closes the socket";
    QTest::newRow("gethostname") << "gethostname"
                                 << "returns the host name";
    QTest::newRow("unknown") << "no_such_call"
                             << "";
}

void TestMessages::callDescriptions()
{
    QFETCH(QString, call);
    QFETCH(QString, description);
    const char* text = callDescription(call.toStdString());
    QCOMPARE(QString(text ? text : ""), description);
}

void TestMessages::describeErrorHasHintAndAddress()
{
    Error error;
    error.kind = ErrorKind::System;
    error.condition = Condition::ConnectionRefused;
    error.call = "connect";
    error.code = 111;
    error.name = "ECONNREFUSED";
    error.message = "Connection refused";
    error.input = "127.0.0.1:12345";

    const QString line = QString::fromStdString(describeError(error));
    QVERIFY2(line.startsWith("connect: Connection refused (ECONNREFUSED)"), qPrintable(line));
    QVERIFY2(line.contains(QString(conditionHint(Condition::ConnectionRefused))), qPrintable(line));
    const std::string explanation = conditionExplanation(Condition::ConnectionRefused);
    QVERIFY2(line.contains(QString::fromStdString(fillPlaceholders(explanation, {error.input}))), qPrintable(line));
    QVERIFY2(!line.contains("%1"), qPrintable(line));
    if (explanation.find("%1") != std::string::npos)
        QVERIFY2(line.contains("127.0.0.1:12345"), qPrintable(line));
    QVERIFY2(!line.contains('\n'), "one line for a terminal");
}

void TestMessages::describeInputError()
{
    const Error error = inputError(InputProblem::PortNotNumberOrService, "12a");
    const QString line = QString::fromStdString(describeError(error));
    QVERIFY2(line.contains("12a"), qPrintable(line));
    QVERIFY2(!line.contains("%1"), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
