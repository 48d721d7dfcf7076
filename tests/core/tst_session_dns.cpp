// Stop and DNS failures for the core's sessions (issue 7): Stop while getaddrinfo waits for a
// name server that never answers returns at once and the late answer goes nowhere; NXDOMAIN and
// SERVFAIL fail a session with an error naming the host. Runs in the offline namespace of
// socketlab_run_offline (tests/support/offline_dns): no lookup ever leaves the machine.
#include "core/messages.h"
#include "core/stepper.h"
#include "core/tcp_client.h"
#include "core/tcp_server.h"
#include "core/udp_endpoint.h"

#include "offline_dns.h"
#include "process_counts.h"
#include "session_harness.h"

#include <QElapsedTimer>
#include <QtTest>

#include <chrono>
#include <future>
#include <memory>

using namespace socketlab::core;
using namespace socketlab::tests;

namespace {

// The target for Stop is 100 ms; tests allow 5x (sanitizers, valgrind, a loaded machine).
constexpr int kStopBoundMs = 500;

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

long long msSince(std::chrono::steady_clock::time_point start, std::chrono::steady_clock::time_point end)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(end - start).count();
}

struct Baseline {
    int fds = openFdCount();
    int threads = threadCount();
};

} // namespace

class TestSessionDns : public QObject {
    Q_OBJECT

private slots:
    void stopWhileResolving_data();
    void stopWhileResolving();
    void stepperCancelsWhileResolving();
    void dnsFailureNamesTheHost_data();
    void dnsFailureNamesTheHost();
};

void TestSessionDns::stopWhileResolving_data()
{
    QTest::addColumn<QString>("session");
    QTest::newRow("tcp client connect") << QStringLiteral("client");
    QTest::newRow("tcp server bind") << QStringLiteral("server");
    QTest::newRow("udp bind") << QStringLiteral("udp bind");
    QTest::newRow("udp sendto") << QStringLiteral("udp sendto");
}

// getaddrinfo cannot be interrupted: Stop must not wait for it, and its late answer must go
// nowhere (the session and its listener may be gone by then).
void TestSessionDns::stopWhileResolving()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS(); // kSilentName: the name server never answers
    QFETCH(QString, session);
    const Baseline before;
    auto events = std::make_unique<RecordingListener>();
    std::unique_ptr<Session> running;
    if (session == QLatin1String("client")) {
        TcpClientOptions options = clientOptions(kTutorialPort, ClientMode::Conversation);
        options.host = kSilentName;
        running = std::make_unique<TcpClient>(options, *events);
    } else if (session == QLatin1String("server")) {
        TcpServerOptions options = serverOptions(ReplyMode::Echo);
        options.host = kSilentName;
        running = std::make_unique<TcpServer>(options, *events);
    } else {
        UdpOptions options;
        options.port = "0";
        if (session == QLatin1String("udp bind"))
            options.host = kSilentName;
        running = std::make_unique<UdpEndpoint>(options, *events);
    }
    auto thread = std::make_unique<SessionThread>(*running);
    if (session == QLatin1String("udp sendto")) {
        QVERIFY(events->waitReady().isValid());
        static_cast<UdpEndpoint*>(running.get())->sendTo(kSilentName, "9", "hello");
    }
    QTRY_VERIFY2_WITH_TIMEOUT(lookupInProgress(), "the lookup never reached the name server", kWaitMs);

    const auto stopped = std::chrono::steady_clock::now();
    running->stop();
    QVERIFY2(thread->waitFinished(kWaitMs), "run() did not return after stop()");
    const long long tookMs = msSince(stopped, thread->endTime());
    qInfo("%s: run() returned %lld ms after stop() while getaddrinfo was waiting", qPrintable(session), tookMs);
    QVERIFY2(tookMs < kStopBoundMs, qPrintable(QStringLiteral("stop took %1 ms").arg(tookMs)));
    QVERIFY2(!thread->error(), describe(thread->error()).c_str()); // a stop is not a failure
    QVERIFY(events->snapshot().problems.empty());
    // The session goes away while the lookup still runs; the listener stays to show that no
    // late getaddrinfo event reaches it.
    const std::size_t callsAtStop = events->snapshot().calls.size();
    thread.reset();
    running.reset();
    // The answer (EAI_AGAIN after the wrapper's 2 s) arrives into nothing; the helper thread ends.
    QTRY_VERIFY_WITH_TIMEOUT(!lookupInProgress(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(threadCount(), before.threads, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), before.fds, kWaitMs);
    QCOMPARE(events->snapshot().calls.size(), callsAtStop);
}

// Step-by-step mode: cancel() while connect()'s getaddrinfo waits ends the step at once.
void TestSessionDns::stepperCancelsWhileResolving()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    const int threadsBefore = threadCount();
    RecordingSink sink;
    Stepper client(StepRole::Client, sink);
    QVERIFY(client.perform(StepCall::Socket, {}).ok());
    StepSettings settings;
    settings.host = kSilentName;
    auto waiting = std::async(std::launch::async, [&] { return client.perform(StepCall::Connect, settings); });
    QTRY_VERIFY2_WITH_TIMEOUT(lookupInProgress(), "the lookup never reached the name server", kWaitMs);
    QElapsedTimer timer;
    timer.start();
    client.cancel();
    QVERIFY(waiting.wait_for(std::chrono::milliseconds(kWaitMs)) == std::future_status::ready);
    const qint64 tookMs = timer.elapsed();
    qInfo("step connect(): cancelled %lld ms after cancel() while getaddrinfo was waiting", tookMs);
    QVERIFY2(tookMs < kStopBoundMs, qPrintable(QStringLiteral("cancel took %1 ms").arg(tookMs)));
    const StepOutcome outcome = waiting.get();
    QVERIFY(outcome.error.has_value());
    QCOMPARE(int(outcome.error->condition), int(Condition::Cancelled));
    const std::size_t callsAtCancel = sink.events().size();
    // The late answer is dropped: no getaddrinfo event reaches the trace, the helper thread ends.
    QTRY_COMPARE_WITH_TIMEOUT(threadCount(), threadsBefore, kWaitMs);
    QCOMPARE(sink.events().size(), callsAtCancel);
    QVERIFY(eventsNamed(sink.events(), "getaddrinfo").empty());
}

void TestSessionDns::dnsFailureNamesTheHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("condition");
    QTest::newRow("NXDOMAIN") << QString::fromLatin1(kUnknownName) << int(Condition::HostNotFound);
    QTest::newRow("SERVFAIL") << QString::fromLatin1(kServerFailureName) << int(Condition::TemporaryFailure);
}

// A client to an unknown name, and a server asked to bind one: a resolver error naming the host.
void TestSessionDns::dnsFailureNamesTheHost()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    QFETCH(QString, host);
    QFETCH(int, condition);
    RecordingListener clientEvents;
    TcpClientOptions clientOpts = clientOptions(kTutorialPort, ClientMode::Tutorial);
    clientOpts.host = host.toStdString();
    TcpClient client(clientOpts, clientEvents);
    RecordingListener serverEvents;
    TcpServerOptions serverOpts = serverOptions(ReplyMode::Echo);
    serverOpts.host = host.toStdString();
    TcpServer server(serverOpts, serverEvents);
    for (Session* session : {static_cast<Session*>(&client), static_cast<Session*>(&server)}) {
        SessionThread thread(*session);
        QVERIFY(thread.waitFinished());
        const auto error = thread.error();
        QVERIFY2(error, "an unresolvable host did not fail the session");
        QCOMPARE(q(error->call), QString("getaddrinfo"));
        QCOMPARE(int(error->condition), condition);
        QVERIFY2(q(error->input).startsWith(host), error->input.c_str());
        const QString described = q(describeError(*error));
        QVERIFY2(described.contains(host), qPrintable(described));
    }
}

QTEST_GUILESS_MAIN(TestSessionDns)
#include "tst_session_dns.moc"
