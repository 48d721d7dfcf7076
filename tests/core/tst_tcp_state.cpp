// Tests for tcp_state.cpp and platform::tcpState on loopback: a listener reads LISTEN, a connected
// pair ESTABLISHED on both ends; after one side shuts down its sending side, the closer reads
// FIN_WAIT2 and the other side CLOSE_WAIT (also on the recv() that returned 0); once both have
// closed, the side that closed first reads TIME_WAIT. Sessions report the states to their listener.
#include "core/call_event.h"
#include "core/socket.h"
#include "core/tcp_client.h"
#include "core/tcp_server.h"
#include "core/tcp_state.h"

#include "loopback.h"
#include "session_harness.h"

#include <QtTest>

#include <algorithm>
#include <string>

using namespace socketlab::core;
using namespace socketlab::tests;

namespace {

// A QString, so that QTRY_COMPARE compares text (with const char* it would compare pointers).
QString name(TcpState state)
{
    return QString::fromLatin1(tcpStateName(state));
}

const TcpState kAllStates[] = {TcpState::Unknown, TcpState::Closed, TcpState::Listen, TcpState::SynSent,
    TcpState::SynReceived, TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::CloseWait,
    TcpState::Closing, TcpState::LastAck, TcpState::TimeWait};

bool contains(const std::vector<TcpState>& states, TcpState state)
{
    return std::find(states.begin(), states.end(), state) != states.end();
}

} // namespace

class TestTcpState : public QObject {
    Q_OBJECT

private slots:
    void namesAndExplanations();
    void udpHasNoTcpState();
    void loopbackLifecycle();
    void serverSessionReportsStates();
};

void TestTcpState::namesAndExplanations()
{
    QCOMPARE(name(TcpState::Established), "ESTABLISHED");
    QCOMPARE(name(TcpState::CloseWait), "CLOSE_WAIT");
    QCOMPARE(name(TcpState::TimeWait), "TIME_WAIT");
    QVERIFY(name(TcpState::Unknown).isEmpty());
    for (TcpState state : kAllStates) {
        QVERIFY(std::string(tcpStateExplanation(state)).size() > 20);
        if (state != TcpState::Unknown)
            QVERIFY(!name(state).isEmpty());
    }
    QVERIFY(std::string(timeWaitAfterCloseText()).find("SO_REUSEADDR") != std::string::npos);
}

void TestTcpState::udpHasNoTcpState()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto udp = Socket::open(Family::Inet, SocketType::Datagram, 0, recorder);
    QVERIFY(udp.ok());
    QVERIFY(udp->bind(loopbackV4()).ok());
    QCOMPARE(udp->tcpState(), TcpState::Unknown);
    for (const CallEvent& event : sink.events())
        QVERIFY2(!event.tcpState, event.call.c_str()); // never a TCP state on a UDP row
}

void TestTcpState::loopbackLifecycle()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto opened = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(opened.ok());
    Socket listener = std::move(*opened);
    QVERIFY(listener.bind(loopbackV4()).ok());
    QVERIFY(listener.listen(5).ok());
    if (listener.tcpState() == TcpState::Unknown) {
#ifdef __linux__
        QFAIL("Linux reports TCP_INFO: LISTEN expected");
#else
        QSKIP("this system does not report TCP states");
#endif
    }
    QCOMPARE(name(listener.tcpState()), "LISTEN");
    QCOMPARE(eventsNamed(sink.events(), "listen").back().tcpState, std::optional<TcpState>(TcpState::Listen));

    auto local = listener.localAddress();
    QVERIFY(local.ok());
    auto c = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(c.ok());
    Socket client = std::move(*c);
    QVERIFY(client.connect(*local, kWaitMs).ok());
    QCOMPARE(eventsNamed(sink.events(), "connect").back().tcpState, std::optional<TcpState>(TcpState::Established));
    QVERIFY(waitReadable(listener.handle(), kWaitMs));
    auto accepted = listener.accept();
    QVERIFY(accepted.ok());
    Socket server = std::move(accepted->socket);
    QCOMPARE(name(client.tcpState()), "ESTABLISHED");
    QCOMPARE(name(server.tcpState()), "ESTABLISHED");
    QCOMPARE(eventsNamed(sink.events(), "accept").back().tcpState, std::optional<TcpState>(TcpState::Established));

    // The client finishes sending: FIN out, ACKed by the server's kernel at once.
    QVERIFY(client.shutdown(ShutdownHow::Write).ok());
    QTRY_COMPARE_WITH_TIMEOUT(name(client.tcpState()), "FIN_WAIT2", kWaitMs);
    QVERIFY(waitReadable(server.handle(), kWaitMs));
    char buffer[16];
    auto got = server.recv(buffer, sizeof buffer);
    QVERIFY(got.ok());
    QCOMPARE(*got, std::size_t {0});
    QCOMPARE(name(server.tcpState()), "CLOSE_WAIT");
    QCOMPARE(eventsNamed(sink.events(), "recv").back().tcpState, std::optional<TcpState>(TcpState::CloseWait));

    // The server closes too. The client, which closed first, enters TIME_WAIT; Linux keeps that
    // in a separate kernel record, so the descriptor itself then reads CLOSED.
    server.close();
    QTRY_VERIFY_WITH_TIMEOUT(client.tcpState() == TcpState::TimeWait || client.tcpState() == TcpState::Closed, kWaitMs);
    QVERIFY(!eventsNamed(sink.events(), "close").back().tcpState); // no socket left to ask
}

void TestTcpState::serverSessionReportsStates()
{
    RecordingListener serverListener;
    TcpServer server(serverOptions(ReplyMode::Echo), serverListener);
    SessionThread serverThread(server);
    const Endpoint address = serverListener.waitReady();
    QVERIFY(address.isValid());
    QVERIFY(serverListener.waitFor([](const auto& s) { return s.tcpStates.count(0) > 0; }));
    const TcpState listening = serverListener.snapshot().tcpStates.at(0).front();
    if (listening == TcpState::Unknown) {
#ifdef __linux__
        QFAIL("Linux reports TCP_INFO: LISTEN expected");
#else
        QSKIP("this system does not report TCP states");
#endif
    }
    QCOMPARE(name(listening), "LISTEN");

    RecordingListener clientListener;
    TcpClient client(clientOptions(address.port(), ClientMode::Conversation), clientListener);
    SessionThread clientThread(client);
    QVERIFY(clientListener.waitFor([](const auto& s) {
        return s.tcpStates.count(TcpClient::kConnection)
            && contains(s.tcpStates.at(TcpClient::kConnection), TcpState::Established);
    }));
    QVERIFY(serverListener.waitFor(
        [](const auto& s) { return s.tcpStates.count(1) && contains(s.tcpStates.at(1), TcpState::Established); }));

    // The client half-closes: it reports the states after ESTABLISHED as it leaves it (FIN_WAIT2,
    // then TIME_WAIT or CLOSED once the echo server, whose peer has finished, closes as well).
    client.shutdownWrite();
    QVERIFY(clientListener.waitFor([](const auto& s) {
        const auto& states = s.tcpStates.at(TcpClient::kConnection);
        return contains(states, TcpState::FinWait2) || contains(states, TcpState::TimeWait)
            || contains(states, TcpState::Closed);
    }));
}

QTEST_GUILESS_MAIN(TestTcpState)
#include "tst_tcp_state.moc"
