// Tests for call_event.cpp: the recorder stamps events with the time since it was made and hands
// them to its sink, or to nobody.
#include "core/call_event.h"

#include "session_harness.h"

#include <QtTest>

using namespace socketlab::core;
using socketlab::tests::RecordingSink;

class TestCallEvent : public QObject {
    Q_OBJECT

private slots:
    void recordSuccess();
    void recordFailure();
    void timeStampsGrow();
    void nullSinkIsFine();
    void sinkThatWantsNoCallsGetsNone();
};

void TestCallEvent::recordSuccess()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    QVERIFY(recorder.active());
    recorder.recordSuccess("accept", "3", 4, 3, "(4, ('127.0.0.1', 48437))");
    const auto events = sink.events();
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(events[0].call), QString("accept"));
    QCOMPARE(QString::fromStdString(events[0].args), QString("3"));
    QCOMPARE(events[0].result, 4LL);
    QCOMPARE(events[0].socket, SocketHandle(3));
    QCOMPARE(QString::fromStdString(events[0].returned), QString("(4, ('127.0.0.1', 48437))"));
    QVERIFY(!events[0].failed());
    QCOMPARE(int(events[0].condition), int(Condition::None));
    QVERIFY(events[0].tMs >= 0);
}

void TestCallEvent::recordFailure()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    Error error;
    error.condition = Condition::ConnectionRefused;
    error.call = "connect";
    error.code = 111;
    error.name = "ECONNREFUSED";
    error.message = "Connection refused";
    recorder.recordFailure("connect", "3, ('127.0.0.1', 1)", 3, error);
    const auto events = sink.events();
    QCOMPARE(events.size(), std::size_t(1));
    const CallEvent& event = events[0];
    QVERIFY(event.failed());
    QCOMPARE(event.result, -1LL);
    QCOMPARE(QString::fromStdString(event.errorName), QString("ECONNREFUSED"));
    QCOMPARE(event.errorCode, 111);
    QCOMPARE(QString::fromStdString(event.message), QString("Connection refused"));
    QCOMPARE(int(event.condition), int(Condition::ConnectionRefused));
    QCOMPARE(event.socket, SocketHandle(3));
}

void TestCallEvent::timeStampsGrow()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    for (int i = 0; i < 100; ++i)
        recorder.recordSuccess("send", "3, b'x'", 1, 3);
    const auto events = sink.events();
    QCOMPARE(events.size(), std::size_t(100));
    for (std::size_t i = 1; i < events.size(); ++i)
        QVERIFY(events[i].tMs >= events[i - 1].tMs);
    QVERIFY(recorder.elapsedMs() >= events.back().tMs);
}

void TestCallEvent::nullSinkIsFine()
{
    CallRecorder recorder;
    QVERIFY(!recorder.active());
    recorder.recordSuccess("close", "3", 0, 3);
    RecordingSink sink;
    recorder.setSink(&sink);
    QVERIFY(recorder.active());
    recorder.record(CallEvent {});
    QCOMPARE(sink.events().size(), std::size_t(1));
}

void TestCallEvent::sinkThatWantsNoCallsGetsNone()
{
    // A sink that nobody reads (the CLI without --trace) makes the recorder inactive, which is
    // what lets sockets skip building events; it can change its mind between calls.
    class SwitchableSink : public RecordingSink {
    public:
        bool wanted = false;
        bool wantsCalls() const override { return wanted; }
    };
    SwitchableSink sink;
    CallRecorder recorder(&sink);
    QVERIFY(!recorder.active());
    recorder.recordSuccess("recv", "3, 1024", 10, 3);
    recorder.record(CallEvent {});
    QCOMPARE(sink.events().size(), std::size_t(0));
    sink.wanted = true;
    QVERIFY(recorder.active());
    recorder.recordSuccess("recv", "3, 1024", 10, 3);
    QCOMPARE(sink.events().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestCallEvent)
#include "tst_call_event.moc"
