// Stepper against loopback: the lessons made checkable. A client's connect() succeeds
// before the stepped server's accept() (the backlog), accept() and recv() wait until something
// arrives and can be cancelled, and a call out of order is refused without a socket call.
#include "core/stepper.h"

#include "loopback.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>
#include <thread>

using namespace socketlab::core;

namespace {

constexpr int kWaitMs = 5000;

class RecordingSink : public CallSink {
public:
    void onCall(const CallEvent& event) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_calls.push_back(event.call + (event.failed() ? " " + event.errorName : std::string()));
    }
    std::vector<std::string> calls()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_calls;
    }

private:
    std::mutex m_mutex;
    std::vector<std::string> m_calls;
};

StepSettings loopbackSettings(const std::string& port = "0")
{
    StepSettings settings;
    settings.host = "127.0.0.1";
    settings.port = port;
    return settings;
}

// socket(), bind(127.0.0.1, 0), listen(5); returns the port.
std::uint16_t listenOnLoopback(Stepper& server)
{
    const StepSettings settings = loopbackSettings();
    if (!server.perform(StepCall::Socket, settings).ok())
        return 0;
    const StepOutcome bound = server.perform(StepCall::Bind, settings);
    if (!bound.ok() || !bound.local)
        return 0;
    if (!server.perform(StepCall::Listen, settings).ok())
        return 0;
    return bound.local->port();
}

} // namespace

class TestStepper : public QObject {
    Q_OBJECT

private slots:
    void connectSucceedsBeforeAccept();
    void acceptBlocksUntilCancelled();
    void recvBlocksUntilDataArrives();
    void refusesCallsOutOfOrder();
    void refusedConnectLeavesOnlyClose();
    void stopEndsEveryLaterWait();
    void udpSendsToItself();
};

void TestStepper::connectSucceedsBeforeAccept()
{
    RecordingSink serverSink;
    Stepper server(StepRole::Server, serverSink);
    const std::uint16_t port = listenOnLoopback(server);
    QVERIFY(port != 0);
    QVERIFY(server.machine().allows(StepCall::Accept));

    // The lesson: the system completes the handshake into the backlog; nobody has called accept().
    RecordingSink clientSink;
    Stepper client(StepRole::Client, clientSink);
    const StepSettings toServer = loopbackSettings(std::to_string(port));
    QVERIFY(client.perform(StepCall::Socket, toServer).ok());
    const StepOutcome connected = client.perform(StepCall::Connect, toServer);
    QVERIFY2(connected.ok(), connected.error ? connected.error->toString().c_str() : "");
    const std::vector<std::string> beforeAccept = serverSink.calls();
    QVERIFY(std::find(beforeAccept.begin(), beforeAccept.end(), "accept") == beforeAccept.end());

    const StepOutcome accepted = server.perform(StepCall::Accept, {});
    QVERIFY(accepted.ok());
    QVERIFY(accepted.peer.has_value());
    QCOMPARE(accepted.peer->host(), std::string("127.0.0.1"));

    StepSettings reply;
    reply.data = kTutorialReply;
    const StepOutcome sent = server.perform(StepCall::Send, reply);
    QVERIFY(sent.ok());
    QCOMPARE(sent.sent, reply.data.size());
    QVERIFY(server.perform(StepCall::CloseConnection, {}).ok());

    const StepOutcome received = client.perform(StepCall::Recv, toServer);
    QVERIFY(received.ok());
    QCOMPARE(received.received, std::string(kTutorialReply));
    const StepOutcome finished = client.perform(StepCall::Recv, toServer);
    QVERIFY(finished.ok() && finished.peerFinished);
    QVERIFY(client.perform(StepCall::Close, {}).ok());

    const std::vector<std::string> expected = {"socket", "bind", "getsockname", "listen", "accept", "send", "close"};
    QCOMPARE(serverSink.calls(), expected);
    const std::vector<std::string> clientExpected = {"socket", "connect", "recv", "recv", "close"};
    QCOMPARE(clientSink.calls(), clientExpected);
}

void TestStepper::acceptBlocksUntilCancelled()
{
    RecordingSink sink;
    Stepper server(StepRole::Server, sink);
    QVERIFY(listenOnLoopback(server) != 0);
    std::atomic<bool> blocked {false};
    server.setBlockedHandler([&blocked](StepCall call) { blocked = call == StepCall::Accept; });

    auto waiting = std::async(std::launch::async, [&server] { return server.perform(StepCall::Accept, {}); });
    QTRY_VERIFY_WITH_TIMEOUT(blocked.load(), kWaitMs);
    QVERIFY(waiting.wait_for(std::chrono::milliseconds(50)) == std::future_status::timeout); // still waiting
    server.cancel();
    QVERIFY(waiting.wait_for(std::chrono::milliseconds(kWaitMs)) == std::future_status::ready);
    const StepOutcome outcome = waiting.get();
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->condition, Condition::Cancelled);
    // Nothing changed: accept() may be pressed again.
    QVERIFY(server.machine().allows(StepCall::Accept));
}

void TestStepper::recvBlocksUntilDataArrives()
{
    // A plain listening socket as the peer.
    CallRecorder peerRecorder;
    Result<Socket> listener = Socket::open(Family::Inet, SocketType::Stream, 0, peerRecorder);
    QVERIFY(listener.ok());
    QVERIFY(listener->bind(socketlab::tests::loopbackV4()).ok());
    QVERIFY(listener->listen(1).ok());
    const Result<Endpoint> local = listener->localAddress();
    QVERIFY(local.ok());

    RecordingSink sink;
    Stepper client(StepRole::Client, sink);
    const StepSettings settings = loopbackSettings(std::to_string(local->port()));
    QVERIFY(client.perform(StepCall::Socket, settings).ok());
    QVERIFY(client.perform(StepCall::Connect, settings).ok());
    Result<Accepted> peer = listener->accept();
    QVERIFY(peer.ok());

    std::atomic<bool> blocked {false};
    client.setBlockedHandler([&blocked](StepCall call) { blocked = call == StepCall::Recv; });
    auto waiting
        = std::async(std::launch::async, [&client, settings] { return client.perform(StepCall::Recv, settings); });
    QTRY_VERIFY_WITH_TIMEOUT(blocked.load(), kWaitMs);
    QVERIFY(waiting.wait_for(std::chrono::milliseconds(50)) == std::future_status::timeout);
    const std::string hello = "hello";
    QVERIFY(peer->socket.send(hello.data(), hello.size()).ok());
    QVERIFY(waiting.wait_for(std::chrono::milliseconds(kWaitMs)) == std::future_status::ready);
    const StepOutcome outcome = waiting.get();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.received, hello);
}

void TestStepper::refusesCallsOutOfOrder()
{
    RecordingSink sink;
    Stepper server(StepRole::Server, sink);
    for (const StepCall call :
        {StepCall::Bind, StepCall::Listen, StepCall::Accept, StepCall::Send, StepCall::Close, StepCall::Connect}) {
        const StepOutcome outcome = server.perform(call, loopbackSettings());
        QVERIFY(outcome.error.has_value());
        QCOMPARE(outcome.error->problem, InputProblem::CallOutOfOrder);
    }
    QVERIFY(server.perform(StepCall::Socket, loopbackSettings()).ok());
    const StepOutcome early = server.perform(StepCall::Listen, loopbackSettings());
    QVERIFY(early.error && early.error->problem == InputProblem::CallOutOfOrder);
    QCOMPARE(sink.calls(), std::vector<std::string>({"socket"})); // no socket call for a refusal
}

void TestStepper::refusedConnectLeavesOnlyClose()
{
    const std::uint16_t port = socketlab::tests::closedPort();
    RecordingSink sink;
    Stepper client(StepRole::Client, sink);
    const StepSettings settings = loopbackSettings(std::to_string(port));
    QVERIFY(client.perform(StepCall::Socket, settings).ok());
    const StepOutcome outcome = client.perform(StepCall::Connect, settings);
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->condition, Condition::ConnectionRefused);
    QCOMPARE(client.machine().allowed(), stepCallBit(StepCall::Close));
}

void TestStepper::stopEndsEveryLaterWait()
{
    RecordingSink sink;
    Stepper server(StepRole::Server, sink);
    QVERIFY(listenOnLoopback(server) != 0);
    server.stop();
    auto waiting = std::async(std::launch::async, [&server] { return server.perform(StepCall::Accept, {}); });
    QVERIFY(waiting.wait_for(std::chrono::milliseconds(kWaitMs)) == std::future_status::ready);
    const StepOutcome outcome = waiting.get();
    QVERIFY(outcome.error && outcome.error->condition == Condition::Cancelled);
}

void TestStepper::udpSendsToItself()
{
    RecordingSink sink;
    Stepper udp(StepRole::Udp, sink);
    StepSettings settings = loopbackSettings();
    QVERIFY(udp.perform(StepCall::Socket, settings).ok());
    QVERIFY(udp.perform(StepCall::RecvFrom, settings).error.has_value()); // no address yet
    const StepOutcome bound = udp.perform(StepCall::Bind, settings);
    QVERIFY(bound.ok() && bound.local);
    settings.peerHost = "127.0.0.1";
    settings.peerPort = std::to_string(bound.local->port());
    settings.data = "ping";
    QVERIFY(udp.perform(StepCall::SendTo, settings).ok());
    const StepOutcome received = udp.perform(StepCall::RecvFrom, settings);
    QVERIFY(received.ok());
    QCOMPARE(received.received, std::string("ping"));
    QVERIFY(received.peer && received.peer->port() == bound.local->port());
}

QTEST_GUILESS_MAIN(TestStepper)
#include "tst_stepper.moc"
