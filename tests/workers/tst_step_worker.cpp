// StepWorker: calls requested one at a time run on the worker's thread; "blocked in accept()"
// is reported while accept() waits; cancel and destruction end a wait promptly.
#include "workers/step_worker.h"

#include "loopback.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace socketlab;
using core::StepCall;

namespace {

constexpr int kWaitMs = 5000;
// Destroying a worker whose call waits must not take longer than this.
constexpr qint64 kPromptMs = 2000;

core::StepSettings loopbackSettings()
{
    core::StepSettings settings;
    settings.host = "127.0.0.1";
    settings.port = "0";
    return settings;
}

// Requests `call` and waits for its report; the report, or nothing on a timeout.
std::optional<workers::StepReport> step(
    workers::StepWorker& worker, StepCall call, const core::StepSettings& settings = loopbackSettings())
{
    QSignalSpy finished(&worker, &workers::StepWorker::stepFinished);
    if (!worker.request(call, settings) || !finished.wait(kWaitMs))
        return std::nullopt;
    return finished.first().first().value<workers::StepReport>();
}

} // namespace

class TestStepWorker : public QObject {
    Q_OBJECT

private slots:
    void serverStepsAndBlocksInAccept();
    void refusesWhileBusyAndOutOfOrder();
    void cancelEndsTheWait();
    void destroyingWhileBlockedJoinsPromptly();
};

void TestStepWorker::serverStepsAndBlocksInAccept()
{
    workers::StepWorker worker(core::StepRole::Server);
    QSignalSpy calls(&worker, &workers::StepWorker::callsRecorded);
    QVERIFY(step(worker, StepCall::Socket));
    const std::optional<workers::StepReport> bound = step(worker, StepCall::Bind);
    QVERIFY(bound && !bound->error && bound->local);
    const quint16 port = bound->local->port();
    QVERIFY(port != 0);
    QVERIFY(step(worker, StepCall::Listen));
    QCOMPARE(worker.allowed(), core::stepCallBit(StepCall::Accept) | core::stepCallBit(StepCall::Close));

    QSignalSpy blocked(&worker, &workers::StepWorker::blocked);
    QSignalSpy finished(&worker, &workers::StepWorker::stepFinished);
    QVERIFY(worker.request(StepCall::Accept, loopbackSettings()));
    QVERIFY(blocked.wait(kWaitMs));
    QCOMPARE(blocked.first().first().value<StepCall>(), StepCall::Accept);
    QCOMPARE(worker.blockedIn(), std::optional<StepCall>(StepCall::Accept));
    QCOMPARE(worker.allowed(), core::StepCallSet(0));
    QCOMPARE(finished.count(), 0);

    core::CallRecorder recorder;
    core::Result<core::Socket> client = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(client.ok());
    QVERIFY(client->connect(tests::loopbackV4(port), kWaitMs).ok());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    const auto report = finished.first().first().value<workers::StepReport>();
    QVERIFY(!report.error);
    QVERIFY(report.peer.has_value());
    QVERIFY(!worker.blockedIn());
    QVERIFY(worker.allowed() & core::stepCallBit(StepCall::Send));

    QStringList names;
    for (const QList<QVariant>& batch : calls) {
        for (const core::CallEvent& event : batch.first().value<std::vector<core::CallEvent>>())
            names << QString::fromStdString(event.call);
    }
    QCOMPARE(names, QStringList({"socket", "bind", "getsockname", "listen", "accept"}));
}

void TestStepWorker::refusesWhileBusyAndOutOfOrder()
{
    workers::StepWorker worker(core::StepRole::Client);
    QVERIFY(!worker.request(StepCall::Connect, loopbackSettings())); // no socket yet
    QVERIFY(worker.request(StepCall::Socket, loopbackSettings()));
    QVERIFY(worker.isBusy());
    QVERIFY(!worker.request(StepCall::Close, loopbackSettings())); // the first one still runs
    QTRY_VERIFY_WITH_TIMEOUT(!worker.isBusy(), kWaitMs);
    QVERIFY(worker.isOpen());
    QVERIFY(step(worker, StepCall::Close));
    QVERIFY(!worker.isOpen());
}

void TestStepWorker::cancelEndsTheWait()
{
    workers::StepWorker worker(core::StepRole::Server);
    QVERIFY(step(worker, StepCall::Socket));
    QVERIFY(step(worker, StepCall::Bind));
    QVERIFY(step(worker, StepCall::Listen));
    QSignalSpy blocked(&worker, &workers::StepWorker::blocked);
    QSignalSpy finished(&worker, &workers::StepWorker::stepFinished);
    QVERIFY(worker.request(StepCall::Accept, loopbackSettings()));
    QVERIFY(blocked.wait(kWaitMs));
    worker.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    const auto report = finished.first().first().value<workers::StepReport>();
    QVERIFY(report.error && report.error->condition == core::Condition::Cancelled);
    QVERIFY(worker.allowed() & core::stepCallBit(StepCall::Accept));
}

void TestStepWorker::destroyingWhileBlockedJoinsPromptly()
{
    auto worker = std::make_unique<workers::StepWorker>(core::StepRole::Server);
    QVERIFY(step(*worker, StepCall::Socket));
    QVERIFY(step(*worker, StepCall::Bind));
    QVERIFY(step(*worker, StepCall::Listen));
    QSignalSpy blocked(worker.get(), &workers::StepWorker::blocked);
    QVERIFY(worker->request(StepCall::Accept, loopbackSettings()));
    QVERIFY(blocked.wait(kWaitMs));
    QElapsedTimer timer;
    timer.start();
    worker.reset();
    QVERIFY2(timer.elapsed() < kPromptMs, qPrintable(QString("took %1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestStepWorker)
#include "tst_step_worker.moc"
