// Tests for tcp_client.cpp on loopback: the tutorial client's one recv(), conversations, refused
// and timed-out connects, half-close, disconnect, and how fast stop() ends a blocked recv().
#include "core/session.h"
#include "core/socket.h"
#include "core/tcp_client.h"
#include "core/tcp_server.h"

#include "loopback.h"
#include "session_harness.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <string>
#include <vector>

using namespace socketlab::core;
using namespace socketlab::tests;

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// A server session on its own thread, ready (or `failure` says why not).
struct RunningServer {
    RecordingListener events;
    TcpServer server;
    SessionThread thread;
    Endpoint local;

    explicit RunningServer(const TcpServerOptions& options)
        : server(options, events)
        , thread(server)
        , local(events.waitReady())
    {
    }
    std::string failure() const { return local.isValid() ? std::string() : describe(thread.error()); }
};

std::string receivedOf(const RecordingListener& listener)
{
    auto state = listener.snapshot();
    return state.received[TcpClient::kConnection];
}

} // namespace

class TestTcpClient : public QObject {
    Q_OBJECT

private slots:
    void connectionRefused();
    void connectTimeout();
    void tutorialReceivesOneRecv();
    void conversationReceivesAll();
    void readyGivesServerAddress();
    void shutdownWriteFinishesPeer();
    void dataQueuedBeforeConnect();
    void disconnectEndsRun();
    void badInputRefusedBeforeAnyCall();
    void ipv6Loopback();
    void stopWakesRecv();
    void stopWakesConnect();
    void sendBlockingAfterEndReturnsFalse();
    void sendSourceStreamsEveryByteInOrder();
    void bigAndSmallChunksArriveInOrder();
};

void TestTcpClient::connectionRefused()
{
    const std::uint16_t port = closedPort();
    QVERIFY(port != 0);
    RecordingListener events;
    TcpClient client(clientOptions(port, ClientMode::Tutorial), events);
    SessionThread thread(client);
    QVERIFY(thread.waitFinished());
    const auto error = thread.error();
    QVERIFY2(error.has_value(), "connecting to a closed port returned ok");
    QCOMPARE(q(error->name), QString("ECONNREFUSED"));
    QCOMPARE(int(error->condition), int(Condition::ConnectionRefused));
    QCOMPARE(q(error->call), QString("connect"));
    QCOMPARE(q(joined(events.callNames())), QString("socket, connect, close"));
    const auto connects = eventsNamed(events.snapshot().calls, "connect");
    QVERIFY(connects[0].failed());
    QVERIFY(!events.snapshot().ready.has_value());
}

void TestTcpClient::connectTimeout()
{
    FullBacklogListener full;
    if (full.broken)
        QFAIL(full.reason.c_str());
    if (!full.ok)
        QSKIP(full.reason.c_str());

    RecordingListener events;
    TcpClientOptions options = clientOptions(full.port, ClientMode::Tutorial);
    options.connectTimeoutMs = 300;
    TcpClient client(options, events);
    SessionThread thread(client);
    QVERIFY(thread.waitFinished());
    const auto error = thread.error();
    QVERIFY2(error.has_value(), "connect to a full backlog returned ok");
    QCOMPARE(int(error->condition), int(Condition::TimedOut));
    QCOMPARE(q(error->call), QString("connect"));
}

void TestTcpClient::tutorialReceivesOneRecv()
{
    TcpServerOptions options = serverOptions(ReplyMode::Tutorial);
    options.reply = std::string(3000, 'r');
    RunningServer server(options);
    QVERIFY2(server.local.isValid(), server.failure().c_str());

    RecordingListener events;
    TcpClientOptions clientOpts = clientOptions(server.local.port(), ClientMode::Tutorial);
    clientOpts.recvSize = 1024;
    TcpClient client(clientOpts, events);
    SessionThread thread(client);
    QVERIFY(thread.waitFinished());
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());

    // client.py: exactly one recv(1024), whatever else the server sent.
    QCOMPARE(receivedOf(events).size(), std::size_t(1024));
    QCOMPARE(q(joined(events.callNames())), QString("socket, connect, recv, close"));
    const auto recvs = eventsNamed(events.snapshot().calls, "recv");
    QCOMPARE(recvs[0].result, 1024LL);
    QVERIFY2(q(recvs[0].args).endsWith(", 1024"), recvs[0].args.c_str());
}

void TestTcpClient::conversationReceivesAll()
{
    TcpServerOptions options = serverOptions(ReplyMode::Tutorial);
    options.reply = std::string(3000, 'r');
    RunningServer server(options);
    QVERIFY2(server.local.isValid(), server.failure().c_str());

    RecordingListener events;
    TcpClientOptions clientOpts = clientOptions(server.local.port(), ClientMode::Conversation);
    clientOpts.recvSize = 1024;
    TcpClient client(clientOpts, events);
    SessionThread thread(client);
    QVERIFY2(thread.waitFinished(), "the client should end when the server closes");
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());

    const auto state = events.snapshot();
    QCOMPARE(receivedOf(events), std::string(3000, 'r'));
    QVERIFY(state.receiveSizes.size() >= 3);
    for (std::size_t size : state.receiveSizes)
        QVERIFY(size <= 1024);
    QCOMPARE(state.closed.size(), std::size_t(1));
    QCOMPARE(state.closed[0].totals.bytesReceived, std::uint64_t(3000));
    QVERIFY(!state.peerFinished.empty() || state.closed[0].reason == CloseReason::PeerClosed);
}

void TestTcpClient::readyGivesServerAddress()
{
    // session.h: a client's onReady gives the server's address; onConnectionOpened the same peer.
    RunningServer server(serverOptions(ReplyMode::Manual));
    QVERIFY2(server.local.isValid(), server.failure().c_str());

    RecordingListener events;
    TcpClient client(clientOptions(server.local.port(), ClientMode::Conversation), events);
    SessionThread thread(client);
    const Endpoint ready = events.waitReady();
    QVERIFY(ready.isValid());
    QCOMPARE(q(ready.toTuple()), q(server.local.toTuple()));
    QVERIFY(events.waitFor([](const RecordingListener::State& s) { return !s.opened.empty(); }));
    const auto state = events.snapshot();
    QCOMPARE(state.opened.size(), std::size_t(1));
    QCOMPARE(state.opened[0].first, TcpClient::kConnection);
    QCOMPARE(q(state.opened[0].second.toTuple()), q(server.local.toTuple()));
    QVERIFY(server.events.waitFor([](const RecordingListener::State& s) { return s.opened.size() == 1; }));
}

void TestTcpClient::shutdownWriteFinishesPeer()
{
    RunningServer server(serverOptions(ReplyMode::Discard));
    QVERIFY2(server.local.isValid(), server.failure().c_str());

    RecordingListener events;
    TcpClient client(clientOptions(server.local.port(), ClientMode::Conversation), events);
    SessionThread thread(client);
    const std::string data(5000, 's');
    client.send(data);
    client.shutdownWrite();
    QVERIFY2(server.events.waitFor([](const RecordingListener::State& s) { return s.closed.size() == 1; }),
        "the server never saw the client finish");
    const auto serverState = server.events.snapshot();
    QCOMPARE(serverState.closed[0].totals.bytesReceived, std::uint64_t(data.size()));
    QCOMPARE(int(serverState.closed[0].reason), int(CloseReason::PeerClosed));
    QVERIFY(thread.waitFinished());
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());

    const auto calls = events.snapshot().calls;
    const auto shutdowns = eventsNamed(calls, "shutdown");
    QCOMPARE(shutdowns.size(), std::size_t(1));
    QVERIFY2(q(shutdowns[0].args).contains("SHUT_WR"), shutdowns[0].args.c_str());
    // Everything was sent before the half-close.
    std::size_t sentBefore = 0;
    for (const CallEvent& event : calls) {
        if (event.call == "shutdown")
            break;
        if (event.call == "send")
            sentBefore += std::size_t(event.result);
    }
    QCOMPARE(sentBefore, data.size());
    QCOMPARE(events.snapshot().closed.size(), std::size_t(1));
    QCOMPARE(events.snapshot().closed[0].totals.bytesSent, std::uint64_t(data.size()));
}

void TestTcpClient::dataQueuedBeforeConnect()
{
    RunningServer server(serverOptions(ReplyMode::Echo));
    QVERIFY2(server.local.isValid(), server.failure().c_str());

    RecordingListener events;
    TcpClient client(clientOptions(server.local.port(), ClientMode::Conversation), events);
    client.send("queued before run()");
    client.shutdownWrite();
    SessionThread thread(client);
    QVERIFY2(thread.waitFinished(), "the echo conversation never ended");
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());
    QCOMPARE(q(receivedOf(events)), QString("queued before run()"));
}

void TestTcpClient::disconnectEndsRun()
{
    RunningServer server(serverOptions(ReplyMode::Manual));
    QVERIFY2(server.local.isValid(), server.failure().c_str());

    RecordingListener events;
    TcpClient client(clientOptions(server.local.port(), ClientMode::Conversation), events);
    SessionThread thread(client);
    QVERIFY(events.waitReady().isValid());
    QVERIFY(server.events.waitFor([](const RecordingListener::State& s) { return s.opened.size() == 1; }));
    client.disconnect();
    QVERIFY2(thread.waitFinished(), "disconnect() did not end run()");
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());
    const auto state = events.snapshot();
    QCOMPARE(state.closed.size(), std::size_t(1));
    QCOMPARE(int(state.closed[0].reason), int(CloseReason::ClosedHere));
    QCOMPARE(q(state.calls.back().call), QString("close"));

    QVERIFY(server.events.waitFor([](const RecordingListener::State& s) { return s.closed.size() == 1; }));
    QCOMPARE(int(server.events.snapshot().closed[0].reason), int(CloseReason::PeerClosed));
}

void TestTcpClient::badInputRefusedBeforeAnyCall()
{
    RecordingListener events;
    TcpClientOptions options = clientOptions(0, ClientMode::Tutorial);
    options.host = "1.2.3.999";
    options.port = "80";
    TcpClient client(options, events);
    SessionThread thread(client);
    QVERIFY(thread.waitFinished());
    QVERIFY(thread.error().has_value());
    QCOMPARE(int(thread.error()->kind), int(ErrorKind::Input));
    QCOMPARE(int(thread.error()->problem), int(InputProblem::HostBadIPv4));
    QCOMPARE(q(joined(events.callNames())), QString());
}

void TestTcpClient::ipv6Loopback()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("::1 is not available here");
    TcpServerOptions options = serverOptions(ReplyMode::Tutorial);
    options.family = Family::Inet6;
    options.host = "::1";
    RunningServer server(options);
    QVERIFY2(server.local.isValid(), server.failure().c_str());
    QCOMPARE(q(server.local.host()), QString("::1"));

    RecordingListener events;
    TcpClientOptions clientOpts = clientOptions(server.local.port(), ClientMode::Tutorial);
    clientOpts.family = Family::Inet6;
    clientOpts.host = "::1";
    TcpClient client(clientOpts, events);
    SessionThread thread(client);
    QVERIFY(thread.waitFinished());
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());
    QCOMPARE(q(receivedOf(events)), QString(kTutorialReply));
    const auto connects = eventsNamed(events.snapshot().calls, "connect");
    QVERIFY2(
        q(connects[0].args).endsWith(QString("('::1', %1, 0, 0)").arg(server.local.port())), connects[0].args.c_str());
}

void TestTcpClient::stopWakesRecv()
{
    // A client connected to a manual server that never sends is blocked in recv(). Best of three.
    RunningServer server(serverOptions(ReplyMode::Manual));
    QVERIFY2(server.local.isValid(), server.failure().c_str());
    constexpr auto kLimit = std::chrono::milliseconds(100);
    QStringList times;
    bool fastEnough = false;
    for (int attempt = 0; attempt < 3 && !fastEnough; ++attempt) {
        RecordingListener events;
        TcpClient client(clientOptions(server.local.port(), ClientMode::Conversation), events);
        SessionThread thread(client);
        QVERIFY(events.waitReady().isValid());
        const auto stopAt = SessionThread::Clock::now();
        client.stop();
        QVERIFY2(thread.waitFinished(), "stop() did not end run()");
        const auto latency = thread.endTime() - stopAt;
        times << QString::number(std::chrono::duration<double, std::milli>(latency).count(), 'f', 3) + " ms";
        fastEnough = latency < kLimit;
        QVERIFY2(!thread.error(), describe(thread.error()).c_str());
        const auto state = events.snapshot();
        QCOMPARE(state.closed.size(), std::size_t(1));
        QCOMPARE(int(state.closed[0].reason), int(CloseReason::SessionStopped));
    }
    qInfo("stop() -> run() returned, client blocked in recv: %s", qPrintable(times.join(", ")));
    QVERIFY2(fastEnough, qPrintable(times.join(", ")));
}

void TestTcpClient::stopWakesConnect()
{
    // connect() with no time limit to a listener that never completes it: stop() must end it,
    // and a stopped connect is not a failure.
    FullBacklogListener full;
    if (full.broken)
        QFAIL(full.reason.c_str());
    if (!full.ok)
        QSKIP(full.reason.c_str());

    RecordingListener events;
    TcpClientOptions options = clientOptions(full.port, ClientMode::Tutorial);
    options.connectTimeoutMs = -1;
    TcpClient client(options, events);
    SessionThread thread(client);
    QVERIFY(events.waitFor([](const RecordingListener::State& s) { return !s.calls.empty(); }));
    client.stop();
    QVERIFY2(thread.waitFinished(), "stop() did not end a connect() without a time limit");
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());
    QVERIFY(!events.snapshot().ready.has_value());
    QCOMPARE(q(events.snapshot().calls.back().call), QString("close"));
}

void TestTcpClient::sendBlockingAfterEndReturnsFalse()
{
    const std::uint16_t port = closedPort();
    QVERIFY(port != 0);
    RecordingListener events;
    TcpClient client(clientOptions(port, ClientMode::Conversation), events);
    SessionThread thread(client);
    QVERIFY(thread.waitFinished());
    QVERIFY(thread.error().has_value());
    // Nothing will ever be sent: sendBlocking says so instead of waiting.
    QVERIFY(!client.sendBlocking(std::string(kClientMaxQueued + 1, 'x')));
    QVERIFY(!client.sendBlocking("small"));
}

void TestTcpClient::sendSourceStreamsEveryByteInOrder()
{
    RunningServer server(serverOptions(ReplyMode::Discard));
    QVERIFY2(server.local.isValid(), server.failure().c_str());

    // Several of the session's source buffers, the last one short.
    const std::size_t total = 1024 * 1024 + 777;
    std::string expected(total, '\0');
    for (std::size_t i = 0; i < total; ++i)
        expected[i] = char((i * 131 + i / 4093) & 0xff);

    RecordingListener events;
    TcpClient client(clientOptions(server.local.port(), ClientMode::Conversation), events);
    std::size_t produced = 0;
    int calls = 0;
    int callsAfterEnd = 0;
    bool askedBeforeSent = false;
    client.setSendSource([&](char* buffer, std::size_t capacity) {
        // Back-pressure: the session asks again only once all it was given has been sent.
        if (events.snapshot().sent[TcpClient::kConnection].size() != produced)
            askedBeforeSent = true;
        if (produced == total)
            ++callsAfterEnd;
        ++calls;
        const std::size_t piece = std::min(capacity, total - produced);
        std::memcpy(buffer, expected.data() + produced, piece);
        produced += piece;
        return piece;
    });
    SessionThread thread(client);

    // The end of the source shuts down the sending side: the server sees the peer finish.
    QVERIFY2(server.events.waitFor([](const RecordingListener::State& s) { return s.closed.size() == 1; }),
        "the server never saw the stream end");
    const auto serverState = server.events.snapshot();
    QCOMPARE(int(serverState.closed[0].reason), int(CloseReason::PeerClosed));
    QCOMPARE(serverState.closed[0].totals.bytesReceived, std::uint64_t(total));
    QVERIFY2(serverState.received.at(serverState.closed[0].id) == expected, "bytes lost or out of order");
    QVERIFY(thread.waitFinished());
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());
    QVERIFY(calls >= 2);
    QCOMPARE(callsAfterEnd, 1); // the one call that returned 0, then never again
    QVERIFY2(!askedBeforeSent, "the source was asked for more while its data was still unsent");
    QCOMPARE(events.snapshot().closed[0].totals.bytesSent, std::uint64_t(total));
}

void TestTcpClient::bigAndSmallChunksArriveInOrder()
{
    RunningServer server(serverOptions(ReplyMode::Discard));
    QVERIFY2(server.local.isValid(), server.failure().c_str());

    RecordingListener events;
    TcpClient client(clientOptions(server.local.port(), ClientMode::Conversation), events);
    SessionThread thread(client);
    // Small chunks are joined into one send(), big ones are sent as they are: order must hold.
    std::string expected;
    constexpr std::size_t kBig = 100 * 1024;
    for (int i = 0; i < 30; ++i) {
        std::string chunk(i % 3 == 0 ? kBig : std::size_t(300 + i), char('A' + i % 26));
        expected += chunk;
        QVERIFY(client.sendBlocking(std::move(chunk)));
    }
    client.shutdownWrite();
    QVERIFY2(server.events.waitFor([](const RecordingListener::State& s) { return s.closed.size() == 1; }),
        "the server never saw the stream end");
    const auto serverState = server.events.snapshot();
    QCOMPARE(serverState.closed[0].totals.bytesReceived, std::uint64_t(expected.size()));
    QVERIFY2(serverState.received.at(serverState.closed[0].id) == expected, "bytes lost or out of order");
    QVERIFY(thread.waitFinished());
    // A big chunk that went out comes back for the next read.
    QVERIFY(client.reusableBuffer().capacity() >= kBig);
    QVERIFY(client.reusableBuffer().capacity() < kBig); // handed out once
}

QTEST_GUILESS_MAIN(TestTcpClient)
#include "tst_tcp_client.moc"
