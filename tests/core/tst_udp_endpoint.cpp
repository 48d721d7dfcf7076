// Tests for udp_endpoint.cpp on loopback: datagrams keep their boundaries, echo, refusals before
// any sendto (oversized) and by the system (broadcast without SO_BROADCAST), the session's own
// ends, and how fast stop() ends a blocked recvfrom(). Nothing is ever sent beyond loopback.
#include "core/session.h"
#include "core/udp_endpoint.h"

#include "loopback.h"
#include "session_harness.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

using namespace socketlab::core;
using namespace socketlab::tests;

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

UdpOptions udpOptions(const std::string& host = "127.0.0.1")
{
    UdpOptions options;
    options.host = host;
    options.port = "0";
    return options;
}

// A UDP endpoint on its own thread, bound and ready (or `failure` says why not).
struct RunningUdp {
    RecordingListener events;
    UdpEndpoint endpoint;
    SessionThread thread;
    Endpoint local;

    explicit RunningUdp(const UdpOptions& options)
        : endpoint(options, events)
        , thread(endpoint)
        , local(events.waitReady())
    {
    }
    std::string failure() const { return local.isValid() ? std::string() : describe(thread.error()); }
    std::string port() const { return std::to_string(local.port()); }
};

// Takes no call events (as a full batch or a program without a trace): counts what was skipped.
class DecliningListener : public RecordingListener {
public:
    bool keepsNextCall() const override { return false; }
    void onCallSkipped() override { ++skipped; }
    std::atomic<int> skipped {0};
};

} // namespace

class TestUdpEndpoint : public QObject {
    Q_OBJECT

private slots:
    void maxSizes();
    void boundariesKept();
    void echoMode();
    void oversizedRefusedBeforeSending();
    void broadcastNeedsOption();
    void stopAfterDatagrams();
    void sendOnlyEndsWhenIdle();
    void sendToNameIsResolved();
    void badPortReported();
    void ipv6Loopback();
    void stopWakesRecvfrom();
    void declinedCallsAreCountedNotBuilt();
};

void TestUdpEndpoint::maxSizes()
{
    QCOMPARE(maxDatagramSize(Family::Inet), kMaxUdpPayloadIPv4);
    QCOMPARE(maxDatagramSize(Family::Inet6), kMaxUdpPayloadIPv6);
    QCOMPARE(kMaxUdpPayloadIPv4, std::size_t(65507));
}

void TestUdpEndpoint::boundariesKept()
{
    RunningUdp receiver(udpOptions());
    QVERIFY2(receiver.local.isValid(), receiver.failure().c_str());
    RunningUdp sender(udpOptions());
    QVERIFY2(sender.local.isValid(), sender.failure().c_str());
    QVERIFY(receiver.local.port() != 0);

    const std::vector<std::size_t> sizes = {1, 1000, 60000};
    for (std::size_t i = 0; i < sizes.size(); ++i)
        sender.endpoint.sendTo("127.0.0.1", receiver.port(), std::string(sizes[i], char('a' + i)));

    QVERIFY2(
        receiver.events.waitFor([&](const RecordingListener::State& s) { return s.datagrams.size() >= sizes.size(); }),
        "not every datagram arrived");
    const auto state = receiver.events.snapshot();
    QCOMPARE(state.datagrams.size(), sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        QCOMPARE(state.datagrams[i].data.size(), sizes[i]);
        QCOMPARE(state.datagrams[i].data, std::string(sizes[i], char('a' + i)));
        QCOMPARE(q(state.datagrams[i].peer.toTuple()), q(sender.local.toTuple()));
    }
    const auto recvfroms = eventsNamed(state.calls, "recvfrom");
    QCOMPARE(recvfroms.size(), sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i)
        QCOMPARE(recvfroms[i].result, static_cast<long long>(sizes[i]));

    QVERIFY(sender.events.waitFor(
        [&](const RecordingListener::State& s) { return s.datagramsSent.size() == sizes.size(); }));
    const auto sent = sender.events.snapshot();
    const auto sendtos = eventsNamed(sent.calls, "sendto");
    QCOMPARE(sendtos.size(), sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        QCOMPARE(sendtos[i].result, static_cast<long long>(sizes[i]));
        QVERIFY2(q(sendtos[i].args).endsWith(q(receiver.local.toTuple())), sendtos[i].args.c_str());
        QCOMPARE(q(sent.datagramsSent[i].peer.toTuple()), q(receiver.local.toTuple()));
    }
    // A bound UDP endpoint: socket, bind, and no listen/accept/connect.
    const auto names = callNames(sent.calls);
    QCOMPARE(q(names.front()), QString("socket"));
    QVERIFY(std::find(names.begin(), names.end(), "bind") != names.end());
    QVERIFY(std::find(names.begin(), names.end(), "connect") == names.end());
}

void TestUdpEndpoint::echoMode()
{
    UdpOptions echoOptions = udpOptions();
    echoOptions.echo = true;
    RunningUdp echo(echoOptions);
    QVERIFY2(echo.local.isValid(), echo.failure().c_str());
    RunningUdp client(udpOptions());
    QVERIFY2(client.local.isValid(), client.failure().c_str());

    client.endpoint.sendTo("127.0.0.1", echo.port(), "ping");
    client.endpoint.sendTo("127.0.0.1", echo.port(), "second ping");
    QVERIFY2(client.events.waitFor([](const RecordingListener::State& s) { return s.datagrams.size() == 2; }),
        "no echo came back");
    const auto state = client.events.snapshot();
    QCOMPARE(q(state.datagrams[0].data), QString("ping"));
    QCOMPARE(q(state.datagrams[1].data), QString("second ping"));
    QCOMPARE(q(state.datagrams[0].peer.toTuple()), q(echo.local.toTuple()));
    QCOMPARE(echo.events.snapshot().datagrams.size(), std::size_t(2));
}

void TestUdpEndpoint::oversizedRefusedBeforeSending()
{
    RunningUdp receiver(udpOptions());
    QVERIFY2(receiver.local.isValid(), receiver.failure().c_str());
    RunningUdp sender(udpOptions());
    QVERIFY2(sender.local.isValid(), sender.failure().c_str());

    sender.endpoint.sendTo("127.0.0.1", receiver.port(), std::string(kMaxUdpPayloadIPv4 + 1, 'o'));
    QVERIFY2(sender.events.waitFor([](const RecordingListener::State& s) { return !s.problems.empty(); }),
        "an oversized datagram was not refused");
    const auto state = sender.events.snapshot();
    QCOMPARE(int(state.problems[0].kind), int(ErrorKind::Input));
    QCOMPARE(int(state.problems[0].problem), int(InputProblem::DatagramTooLarge));
    QVERIFY(eventsNamed(state.calls, "sendto").empty());

    // The session goes on: the largest datagram that fits is sent and arrives whole.
    sender.endpoint.sendTo("127.0.0.1", receiver.port(), std::string(kMaxUdpPayloadIPv4, 'm'));
    QVERIFY2(receiver.events.waitFor([](const RecordingListener::State& s) { return s.datagrams.size() == 1; }),
        "the largest IPv4 datagram did not arrive");
    QCOMPARE(receiver.events.snapshot().datagrams[0].data.size(), kMaxUdpPayloadIPv4);
    QVERIFY(!sender.thread.finished());
}

void TestUdpEndpoint::broadcastNeedsOption()
{
    // Without SO_BROADCAST the system refuses a send to 255.255.255.255 (EACCES on Linux): no
    // packet leaves. The option is never turned on here.
    RunningUdp sender(udpOptions());
    QVERIFY2(sender.local.isValid(), sender.failure().c_str());
    sender.endpoint.sendTo(kBroadcastHost, sender.port(), "nobody hears this");
    QVERIFY2(sender.events.waitFor([](const RecordingListener::State& s) { return !s.problems.empty(); }),
        "a broadcast without SO_BROADCAST was not refused");
    const auto state = sender.events.snapshot();
    QCOMPARE(q(state.problems[0].name), QString("EACCES"));
    QCOMPARE(int(state.problems[0].condition), int(Condition::PermissionDenied));
    const auto sendtos = eventsNamed(state.calls, "sendto");
    QCOMPARE(sendtos.size(), std::size_t(1));
    QVERIFY(sendtos[0].failed());
    QVERIFY2(q(sendtos[0].args).contains("('255.255.255.255', "), sendtos[0].args.c_str());
    QVERIFY(eventsNamed(state.calls, "setsockopt").size() <= 1); // SO_RCVBUF at most, never SO_BROADCAST
    for (const CallEvent& event : eventsNamed(state.calls, "setsockopt"))
        QVERIFY2(!q(event.args).contains("SO_BROADCAST"), event.args.c_str());
    QVERIFY(state.datagramsSent.empty());
    QVERIFY(!sender.thread.finished());
}

void TestUdpEndpoint::stopAfterDatagrams()
{
    UdpOptions options = udpOptions();
    options.stopAfterDatagrams = 3;
    RunningUdp receiver(options);
    QVERIFY2(receiver.local.isValid(), receiver.failure().c_str());
    RunningUdp sender(udpOptions());
    QVERIFY2(sender.local.isValid(), sender.failure().c_str());

    for (int i = 0; i < 3; ++i)
        sender.endpoint.sendTo("127.0.0.1", receiver.port(), "datagram " + std::to_string(i));
    QVERIFY2(receiver.thread.waitFinished(), "run() should end by itself after 3 datagrams");
    QVERIFY2(!receiver.thread.error(), describe(receiver.thread.error()).c_str());
    QCOMPARE(receiver.events.snapshot().datagrams.size(), std::size_t(3));
    QCOMPARE(q(receiver.events.snapshot().calls.back().call), QString("close"));
}

void TestUdpEndpoint::sendOnlyEndsWhenIdle()
{
    RunningUdp receiver(udpOptions());
    QVERIFY2(receiver.local.isValid(), receiver.failure().c_str());

    RecordingListener events;
    UdpOptions options = udpOptions();
    options.bind = false;
    options.idleTimeoutMs = 0;
    UdpEndpoint sender(options, events);
    sender.sendTo("127.0.0.1", receiver.port(), "one shot");
    SessionThread thread(sender);
    QVERIFY2(thread.waitFinished(), "a send-only endpoint with idleTimeoutMs=0 should end after sending");
    QVERIFY2(!thread.error(), describe(thread.error()).c_str());
    QVERIFY(receiver.events.waitFor([](const RecordingListener::State& s) { return s.datagrams.size() == 1; }));
    QCOMPARE(q(receiver.events.snapshot().datagrams[0].data), QString("one shot"));
    // The system bound it at the first sendto: no bind call.
    const auto names = events.callNames();
    QVERIFY2(std::find(names.begin(), names.end(), "bind") == names.end(), qPrintable(q(joined(names))));
    QCOMPARE(eventsNamed(events.snapshot().calls, "sendto").size(), std::size_t(1));
}

void TestUdpEndpoint::sendToNameIsResolved()
{
    RunningUdp receiver(udpOptions());
    QVERIFY2(receiver.local.isValid(), receiver.failure().c_str());
    RunningUdp sender(udpOptions());
    QVERIFY2(sender.local.isValid(), sender.failure().c_str());
    sender.endpoint.sendTo("localhost", receiver.port(), "by name");
    QVERIFY(receiver.events.waitFor([](const RecordingListener::State& s) { return s.datagrams.size() == 1; }));
    QCOMPARE(q(receiver.events.snapshot().datagrams[0].data), QString("by name"));
    const auto names = sender.events.callNames();
    const auto lookup = std::find(names.begin(), names.end(), "getaddrinfo");
    QVERIFY2(lookup != names.end(), qPrintable(q(joined(names))));
    QVERIFY(lookup < std::find(names.begin(), names.end(), "sendto"));
}

void TestUdpEndpoint::badPortReported()
{
    RunningUdp sender(udpOptions());
    QVERIFY2(sender.local.isValid(), sender.failure().c_str());
    sender.endpoint.sendTo("127.0.0.1", "70000", "nowhere");
    QVERIFY(sender.events.waitFor([](const RecordingListener::State& s) { return !s.problems.empty(); }));
    const auto state = sender.events.snapshot();
    QCOMPARE(int(state.problems[0].problem), int(InputProblem::PortOutOfRange));
    QVERIFY(eventsNamed(state.calls, "sendto").empty());
    QVERIFY(!sender.thread.finished());
}

void TestUdpEndpoint::ipv6Loopback()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("::1 is not available here");
    UdpOptions options = udpOptions("::1");
    options.family = Family::Inet6;
    RunningUdp receiver(options);
    QVERIFY2(receiver.local.isValid(), receiver.failure().c_str());
    RunningUdp sender(options);
    QVERIFY2(sender.local.isValid(), sender.failure().c_str());
    sender.endpoint.sendTo("::1", receiver.port(), "over ipv6");
    QVERIFY(receiver.events.waitFor([](const RecordingListener::State& s) { return s.datagrams.size() == 1; }));
    const auto state = receiver.events.snapshot();
    QCOMPARE(q(state.datagrams[0].data), QString("over ipv6"));
    QCOMPARE(q(state.datagrams[0].peer.toTuple()), q(sender.local.toTuple()));
    QVERIFY(q(state.datagrams[0].peer.toTuple()).startsWith("('::1', "));
}

void TestUdpEndpoint::stopWakesRecvfrom()
{
    constexpr auto kLimit = std::chrono::milliseconds(100);
    QStringList times;
    bool fastEnough = false;
    for (int attempt = 0; attempt < 3 && !fastEnough; ++attempt) {
        RunningUdp idle(udpOptions());
        QVERIFY2(idle.local.isValid(), idle.failure().c_str());
        const auto stopAt = SessionThread::Clock::now();
        idle.endpoint.stop();
        QVERIFY2(idle.thread.waitFinished(), "stop() did not end run()");
        QVERIFY2(!idle.thread.error(), describe(idle.thread.error()).c_str());
        const auto latency = idle.thread.endTime() - stopAt;
        times << QString::number(std::chrono::duration<double, std::milli>(latency).count(), 'f', 3) + " ms";
        fastEnough = latency < kLimit;
    }
    qInfo("stop() -> run() returned, UDP endpoint blocked in recvfrom: %s", qPrintable(times.join(", ")));
    QVERIFY2(fastEnough, qPrintable(times.join(", ")));
}

void TestUdpEndpoint::declinedCallsAreCountedNotBuilt()
{
    // A listener that declines calls gets each recvfrom() and sendto() as onCallSkipped(), never
    // built into an event, while every datagram still arrives.
    DecliningListener receiverEvents;
    UdpEndpoint receiver(udpOptions(), receiverEvents);
    SessionThread receiverThread(receiver);
    const Endpoint local = receiverEvents.waitReady();
    QVERIFY2(local.isValid(), describe(receiverThread.error()).c_str());
    DecliningListener senderEvents;
    UdpEndpoint sender(udpOptions(), senderEvents);
    SessionThread senderThread(sender);
    QVERIFY(senderEvents.waitReady().isValid());

    constexpr int kDatagrams = 5;
    for (int i = 0; i < kDatagrams; ++i)
        sender.sendTo("127.0.0.1", std::to_string(local.port()), std::string(std::size_t(i + 1), 'x'));
    QVERIFY2(
        receiverEvents.waitFor([&](const RecordingListener::State& s) { return s.datagrams.size() >= kDatagrams; }),
        "not every datagram arrived");
    QVERIFY(
        senderEvents.waitFor([&](const RecordingListener::State& s) { return s.datagramsSent.size() >= kDatagrams; }));

    QCOMPARE(receiverEvents.skipped.load(), kDatagrams);
    QCOMPARE(senderEvents.skipped.load(), kDatagrams);
    for (const DecliningListener* events : {&receiverEvents, &senderEvents}) {
        for (const CallEvent& call : events->snapshot().calls) {
            QVERIFY2(call.call != "recvfrom" && call.call != "sendto", call.call.c_str());
        }
    }
}

QTEST_GUILESS_MAIN(TestUdpEndpoint)
#include "tst_udp_endpoint.moc"
