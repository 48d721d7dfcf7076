// Faults through the workers on their QThreads (issue 7): Stop while the session is blocked in
// accept, recv, recvfrom, connect or getaddrinfo ends it promptly; a DNS failure arrives as
// finished(error) naming the host; a lookup answer that comes after cancel and destruction is
// dropped; 100 starts and stops leave no descriptor or thread behind. The DNS cases run in the
// offline namespace of socketlab_run_offline; Linux only (/proc counts).
#include "workers/lookup_worker.h"
#include "workers/tcp_client_worker.h"
#include "workers/tcp_server_worker.h"
#include "workers/udp_worker.h"

#include "core/messages.h"

#include "loopback.h"
#include "offline_dns.h"
#include "process_counts.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace socketlab;
using namespace socketlab::tests;

namespace {

// The target for Stop is 100 ms; the test allows 5x (sanitizers, valgrind, load).
constexpr int kStopBoundMs = 500;
constexpr int kRepeats = 100;
constexpr int kLongWaitMs = 10000;

// What a worker reports, with the moment finished() came (the worker emits on this thread).
struct Outcome {
    std::optional<core::Endpoint> ready;
    std::vector<std::string> calls;
    std::optional<std::optional<core::Error>> finished;
    QElapsedTimer clock;
    qint64 finishedAtMs = -1;

    void attach(workers::SessionWorker& worker)
    {
        clock.start();
        QObject::connect(&worker, &workers::SessionWorker::batchReady, [this](const workers::SessionBatch& batch) {
            if (batch.ready)
                ready = batch.ready;
            for (const core::CallEvent& call : batch.calls)
                calls.push_back(call.call);
        });
        QObject::connect(&worker, &workers::SessionWorker::finished, [this](const std::optional<core::Error>& error) {
            finished = error;
            finishedAtMs = clock.elapsed();
        });
    }
};

// For messages: QVERIFY2 builds its message even when the check passes.
std::string describe(const std::optional<core::Error>& error)
{
    return error ? error->toString() : std::string("(no error)");
}

core::TcpClientOptions clientTo(const std::string& host, std::uint16_t port)
{
    core::TcpClientOptions options;
    options.host = host;
    options.port = std::to_string(port);
    options.mode = core::ClientMode::Conversation;
    options.connectTimeoutMs = kLongWaitMs * 10; // only stop() ends the connect
    return options;
}

core::TcpServerOptions serverOn(const std::string& host)
{
    core::TcpServerOptions options;
    options.host = host;
    options.port = "0";
    options.mode = core::ReplyMode::Echo;
    return options;
}

core::UdpOptions udpOn(const std::string& host)
{
    core::UdpOptions options;
    options.host = host;
    options.port = "0";
    return options;
}

} // namespace

class TestWorkerFaults : public QObject {
    Q_OBJECT

private slots:
    void stopWhileBlocked_data();
    void stopWhileBlocked();
    void dnsFailureArrivesAsFinishedError_data();
    void dnsFailureArrivesAsFinishedError();
    void lateLookupAnswerIsDropped();
    void startStopHundredTimes_data();
    void startStopHundredTimes();
};

void TestWorkerFaults::stopWhileBlocked_data()
{
    QTest::addColumn<QString>("blockedIn");
    QTest::newRow("accept") << QStringLiteral("accept");
    QTest::newRow("recv") << QStringLiteral("recv");
    QTest::newRow("recvfrom") << QStringLiteral("recvfrom");
    QTest::newRow("connect") << QStringLiteral("connect");
    QTest::newRow("getaddrinfo (client)") << QStringLiteral("getaddrinfo client");
    QTest::newRow("getaddrinfo (udp)") << QStringLiteral("getaddrinfo udp");
}

void TestWorkerFaults::stopWhileBlocked()
{
    QFETCH(QString, blockedIn);
    const bool resolving = blockedIn.startsWith(QLatin1String("getaddrinfo"));
    if (resolving)
        SOCKETLAB_REQUIRE_OFFLINE_DNS(); // kSilentName: the name server never answers
    const int threadsBefore = threadCount();

    // The peers: a listener that completes connects but never accepts or sends, and one whose
    // backlog is full so a connect to it hangs.
    core::CallRecorder recorder;
    auto quiet = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(quiet.ok() && quiet->bind(loopbackV4(0)).ok() && quiet->listen(1).ok());
    const std::uint16_t quietPort = quiet->localAddress()->port();
    std::unique_ptr<FullBacklogListener> full;
    if (blockedIn == QLatin1String("connect")) {
        full = std::make_unique<FullBacklogListener>();
        if (full->broken)
            QFAIL(full->reason.c_str());
        if (!full->ok)
            QSKIP(full->reason.c_str());
    }

    std::unique_ptr<workers::SessionWorker> worker;
    Outcome outcome;
    if (blockedIn == QLatin1String("accept")) {
        auto server = std::make_unique<workers::TcpServerWorker>();
        outcome.attach(*server);
        QVERIFY(server->start(serverOn("127.0.0.1")));
        worker = std::move(server);
    } else if (blockedIn == QLatin1String("recvfrom") || blockedIn == QLatin1String("getaddrinfo udp")) {
        auto udp = std::make_unique<workers::UdpWorker>();
        outcome.attach(*udp);
        QVERIFY(udp->start(udpOn(resolving ? kSilentName : "127.0.0.1")));
        worker = std::move(udp);
    } else {
        auto client = std::make_unique<workers::TcpClientWorker>();
        outcome.attach(*client);
        const std::string host = resolving ? kSilentName : "127.0.0.1";
        const std::uint16_t port = full ? full->port : quietPort;
        QVERIFY(client->start(clientTo(host, port)));
        worker = std::move(client);
    }
    if (resolving)
        QTRY_VERIFY2_WITH_TIMEOUT(lookupInProgress(), "the lookup never reached the name server", kLongWaitMs);
    else if (blockedIn != QLatin1String("connect"))
        QTRY_VERIFY_WITH_TIMEOUT(outcome.ready.has_value(), kLongWaitMs);
    else // socket() is recorded at once, connect() only when it ends: it is under way
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.calls.empty() && outcome.calls.front() == "socket", kLongWaitMs);

    QVERIFY(worker->isRunning());
    const qint64 stoppedAtMs = outcome.clock.elapsed();
    worker->stop();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.finished.has_value(), kLongWaitMs);
    const qint64 tookMs = outcome.finishedAtMs - stoppedAtMs;
    qInfo("blocked in %s: finished() came %lld ms after stop()", qPrintable(blockedIn), tookMs);
    QVERIFY2(tookMs < kStopBoundMs, qPrintable(QStringLiteral("stop took %1 ms").arg(tookMs)));
    QVERIFY2(!outcome.finished->has_value(), describe(*outcome.finished).c_str()); // a stop is no failure
    QVERIFY(!worker->isRunning());
    worker.reset();
    // A lookup's late answer (after the wrapper's 2 s) goes nowhere; its thread ends.
    QTRY_COMPARE_WITH_TIMEOUT(threadCount(), threadsBefore, kLongWaitMs);
}

void TestWorkerFaults::dnsFailureArrivesAsFinishedError_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("condition");
    QTest::newRow("NXDOMAIN") << QString::fromLatin1(kUnknownName) << int(core::Condition::HostNotFound);
    QTest::newRow("SERVFAIL") << QString::fromLatin1(kServerFailureName) << int(core::Condition::TemporaryFailure);
}

void TestWorkerFaults::dnsFailureArrivesAsFinishedError()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    QFETCH(QString, host);
    QFETCH(int, condition);
    workers::TcpClientWorker client;
    Outcome outcome;
    outcome.attach(client);
    QVERIFY(client.start(clientTo(host.toStdString(), core::kTutorialPort)));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.finished.has_value(), kLongWaitMs);
    QVERIFY2(outcome.finished->has_value(), "an unknown host did not fail the client");
    const core::Error& error = **outcome.finished;
    QCOMPARE(int(error.condition), condition);
    const QString described = QString::fromStdString(core::describeError(error));
    QVERIFY2(described.contains(host), qPrintable(described));
    // The worker is usable again.
    QVERIFY(!client.isRunning());
    QVERIFY(client.start(clientTo(kUnknownName, core::kTutorialPort)));
    QTRY_VERIFY_WITH_TIMEOUT(!client.isRunning(), kLongWaitMs);
}

// Cancel a lookup the name server never answers, destroy the worker: the answer that comes
// later reaches no one (no signal, no crash; ASan and valgrind runs check for use after free).
void TestWorkerFaults::lateLookupAnswerIsDropped()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    const int threadsBefore = threadCount();
    auto worker = std::make_unique<workers::LookupWorker>();
    int finished = 0;
    connect(worker.get(), &workers::LookupWorker::finished, this, [&finished] { ++finished; });
    core::LookupQuery query;
    query.host = kSilentName;
    const workers::LookupId id = worker->addressInfo(query);
    QTRY_VERIFY_WITH_TIMEOUT(lookupInProgress(), kLongWaitMs);
    QSignalSpy cancelled(worker.get(), &workers::LookupWorker::cancelled);
    worker->cancel(id);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!worker->isBusy());
    worker.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!lookupInProgress(), kLongWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(threadCount(), threadsBefore, kLongWaitMs);
    QCoreApplication::processEvents();
    QCOMPARE(finished, 0);
}

void TestWorkerFaults::startStopHundredTimes_data()
{
    QTest::addColumn<QString>("session");
    QTest::newRow("tcp server") << QStringLiteral("server");
    QTest::newRow("tcp client") << QStringLiteral("client");
    QTest::newRow("udp") << QStringLiteral("udp");
}

void TestWorkerFaults::startStopHundredTimes()
{
    QFETCH(QString, session);
    core::CallRecorder recorder;
    auto listener = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(listener.ok() && listener->bind(loopbackV4(0)).ok() && listener->listen(kRepeats * 2).ok());
    const std::uint16_t port = listener->localAddress()->port();

    std::unique_ptr<workers::SessionWorker> worker;
    Outcome outcome;
    auto startOnce = [&] {
        outcome.ready.reset();
        outcome.finished.reset();
        outcome.calls.clear();
        if (session == QLatin1String("server"))
            return static_cast<workers::TcpServerWorker*>(worker.get())->start(serverOn("127.0.0.1"));
        if (session == QLatin1String("client"))
            return static_cast<workers::TcpClientWorker*>(worker.get())->start(clientTo("127.0.0.1", port));
        return static_cast<workers::UdpWorker*>(worker.get())->start(udpOn("127.0.0.1"));
    };
    if (session == QLatin1String("server"))
        worker = std::make_unique<workers::TcpServerWorker>();
    else if (session == QLatin1String("client"))
        worker = std::make_unique<workers::TcpClientWorker>();
    else
        worker = std::make_unique<workers::UdpWorker>();
    outcome.attach(*worker);

    int fdsBefore = -1;
    int threadsBefore = -1;
    // One round first: Qt's one-time setup (metatypes, the dispatcher) is not a leak.
    for (int i = 0; i <= kRepeats; ++i) {
        if (i == 1) {
            fdsBefore = openFdCount();
            threadsBefore = threadCount();
        }
        QVERIFY(startOnce());
        QVERIFY(QTest::qWaitFor([&] { return outcome.ready.has_value(); }, kLongWaitMs));
        worker->stop();
        QVERIFY(QTest::qWaitFor([&] { return outcome.finished.has_value(); }, kLongWaitMs));
        QVERIFY2(!outcome.finished->has_value(), describe(*outcome.finished).c_str());
    }
    if (fdsBefore < 0 || threadsBefore < 0)
        QSKIP("no /proc/self to count descriptors and threads");
    qInfo("%s worker: %d starts and stops: %d -> %d descriptors, %d -> %d threads", qPrintable(session), kRepeats,
        fdsBefore, openFdCount(), threadsBefore, threadCount());
    QCOMPARE(openFdCount(), fdsBefore);
    QCOMPARE(threadCount(), threadsBefore);
}

QTEST_GUILESS_MAIN(TestWorkerFaults)
#include "tst_worker_faults.moc"
