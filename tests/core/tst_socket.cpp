// Tests for socket.cpp on loopback: every recorded call of the tutorial's programs with its
// Python-form arguments and result, the errors a learner meets (refused, in use, timed out,
// reset), datagram boundaries, half-close, and RAII ownership.
#include "core/call_event.h"
#include "core/poller.h"
#include "core/socket.h"

#include "loopback.h"
#include "session_harness.h"

#include <QtTest>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace socketlab::core;
using namespace socketlab::tests;

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}
QString handleText(SocketHandle handle)
{
    return QString::number(static_cast<long long>(handle));
}

// A connected TCP pair on 127.0.0.1 with its listener, every call recorded in one recorder.
struct TcpPair {
    Socket listener;
    Socket client;
    Socket server;
    Endpoint listenAddress;
    std::string failure; // empty when the pair is ready

    explicit TcpPair(CallRecorder& recorder, Family family = Family::Inet)
    {
        const char* host = family == Family::Inet6 ? "::1" : "127.0.0.1";
        auto opened = Socket::open(family, SocketType::Stream, 0, recorder);
        if (!opened.ok()) {
            failure = opened.error().toString();
            return;
        }
        listener = std::move(opened.value());
        if (auto r = listener.bind(endpointFor(host, 0, family)); !r.ok()) {
            failure = r.error().toString();
            return;
        }
        if (auto r = listener.listen(5); !r.ok()) {
            failure = r.error().toString();
            return;
        }
        auto local = listener.localAddress();
        if (!local.ok()) {
            failure = local.error().toString();
            return;
        }
        listenAddress = *local;
        auto c = Socket::open(family, SocketType::Stream, 0, recorder);
        if (!c.ok()) {
            failure = c.error().toString();
            return;
        }
        client = std::move(c.value());
        if (auto r = client.connect(listenAddress, kWaitMs); !r.ok()) {
            failure = r.error().toString();
            return;
        }
        if (!waitReadable(listener.handle(), kWaitMs)) {
            failure = "the connection never reached the listener";
            return;
        }
        auto accepted = listener.accept();
        if (!accepted.ok()) {
            failure = accepted.error().toString();
            return;
        }
        server = std::move(accepted->socket);
    }
};

// Receives exactly `size` bytes (or until EOF/error), each recv bounded by a readiness wait.
std::string receiveBytes(Socket& socket, std::size_t size)
{
    std::string out;
    char buffer[65536];
    while (out.size() < size) {
        if (!waitReadable(socket.handle(), kWaitMs))
            break;
        auto got = socket.recv(buffer, std::min(sizeof buffer, size - out.size()));
        if (!got.ok() || *got == 0)
            break;
        out.append(buffer, *got);
    }
    return out;
}

} // namespace

class TestSocket : public QObject {
    Q_OBJECT

private slots:
    void tutorialCallsRecorded();
    void acceptReturnsPeer();
    void getsocknameGivesRealPort();
    void connectionRefused();
    void addressInUse();
    void connectTimeout();
    void sendAfterPeerResetDoesNotKill();
    void udpBoundariesKept();
    void shutdownWriteGivesEof();
    void closeRecordedOnce();
    void moveSemantics();
    void wouldBlockIsNotRecorded();
    void setOptionRecorded();
    void recordDataOff();
    void ipv6Loopback();
    void closedSocketFailsCleanly();
};

void TestSocket::tutorialCallsRecorded()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);

    auto listener = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY2(listener.ok(), listener.ok() ? "" : listener.error().toString().c_str());
    QVERIFY(listener->isOpen());
    QCOMPARE(int(listener->family()), int(Family::Inet));
    QCOMPARE(int(listener->type()), int(SocketType::Stream));
    const SocketHandle lh = listener->handle();

    auto events = sink.events();
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(q(events[0].call), QString("socket"));
    QVERIFY2(
        q(events[0].args).contains("AF_INET") && q(events[0].args).contains("SOCK_STREAM"), events[0].args.c_str());
    QCOMPARE(events[0].result, static_cast<long long>(lh));
    QCOMPARE(events[0].socket, lh);
    QVERIFY(!events[0].failed());

    QVERIFY(listener->bind(loopbackV4(0)).ok());
    QVERIFY(listener->listen(5).ok());
    const Endpoint address = listener->localAddress().value();
    sink.clear();

    auto client = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(client.ok());
    const SocketHandle ch = client->handle();
    QVERIFY2(client->connect(address, kWaitMs).ok(), "connect to our own listener");
    QVERIFY(waitReadable(lh, kWaitMs));
    auto accepted = listener->accept();
    QVERIFY2(accepted.ok(), accepted.ok() ? "" : accepted.error().toString().c_str());
    const SocketHandle sh = accepted->socket.handle();

    const std::string reply = "Thank you for connecting";
    auto sent = accepted->socket.send(reply.data(), reply.size());
    QVERIFY(sent.ok());
    QCOMPARE(*sent, reply.size());
    QVERIFY(waitReadable(ch, kWaitMs));
    char buffer[1024];
    auto got = client->recv(buffer, sizeof buffer);
    QVERIFY(got.ok());
    QCOMPARE(std::string(buffer, *got), reply);
    accepted->socket.close();
    client->close();
    QVERIFY(!client->isOpen());

    events = sink.events();
    const std::vector<std::string> expected = {"socket", "connect", "accept", "send", "recv", "close", "close"};
    QCOMPARE(q(joined(callNames(events))), q(joined(expected)));

    QCOMPARE(q(events[1].args), handleText(ch) + ", " + q(address.toTuple()));
    QCOMPARE(events[1].result, 0LL);
    QCOMPARE(events[1].socket, ch);

    QCOMPARE(events[2].socket, lh);
    QCOMPARE(events[2].result, static_cast<long long>(sh));
    QCOMPARE(q(events[2].args), handleText(lh));

    QCOMPARE(events[3].socket, sh);
    QCOMPARE(events[3].result, static_cast<long long>(reply.size()));
    QVERIFY2(q(events[3].args).startsWith(handleText(sh) + ", "), events[3].args.c_str());
    QVERIFY2(q(events[3].args).contains("b'Thank you for connecting'") || q(events[3].data).contains("Thank you"),
        events[3].args.c_str());

    QCOMPARE(events[4].socket, ch);
    QCOMPARE(q(events[4].args), handleText(ch) + ", 1024");
    QCOMPARE(events[4].result, static_cast<long long>(reply.size()));
    QVERIFY2(q(events[4].data).contains("b'Thank you for connecting'"), events[4].data.c_str());

    QCOMPARE(events[5].socket, sh);
    QCOMPARE(q(events[5].args), handleText(sh));
    QCOMPARE(events[5].result, 0LL);
    QCOMPARE(events[6].socket, ch);
}

void TestSocket::acceptReturnsPeer()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    TcpPair pair(recorder);
    QVERIFY2(pair.failure.empty(), pair.failure.c_str());

    const Endpoint clientLocal = pair.client.localAddress().value();
    const auto accepts = eventsNamed(sink.events(), "accept");
    QCOMPARE(accepts.size(), std::size_t(1));
    // Python: (4, ('127.0.0.1', 48437))
    const QString expected = "(" + handleText(pair.server.handle()) + ", " + q(clientLocal.toTuple()) + ")";
    QCOMPARE(q(accepts[0].returned), expected);
    QCOMPARE(pair.server.peerAddress().value(), clientLocal);
}

void TestSocket::getsocknameGivesRealPort()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto socket = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(socket.ok());
    QVERIFY(socket->bind(loopbackV4(0)).ok());

    const auto binds = eventsNamed(sink.events(), "bind");
    QCOMPARE(binds.size(), std::size_t(1));
    QVERIFY2(q(binds[0].args).startsWith(handleText(socket->handle()) + ", "), binds[0].args.c_str());
    QVERIFY2(q(binds[0].args).endsWith("('127.0.0.1', 0)"), binds[0].args.c_str());
    QCOMPARE(binds[0].result, 0LL);

    auto local = socket->localAddress();
    QVERIFY(local.ok());
    QVERIFY(local->port() != 0);
    QCOMPARE(q(local->host()), QString("127.0.0.1"));
}

void TestSocket::connectionRefused()
{
    const std::uint16_t port = closedPort();
    QVERIFY(port != 0);

    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto socket = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(socket.ok());
    auto connected = socket->connect(loopbackV4(port), kWaitMs);
    QVERIFY(!connected.ok());
    const Error& error = connected.error();
    QCOMPARE(int(error.kind), int(ErrorKind::System));
    QCOMPARE(q(error.name), QString("ECONNREFUSED"));
    QCOMPARE(int(error.condition), int(Condition::ConnectionRefused));
    QCOMPARE(q(error.call), QString("connect"));
    QVERIFY(error.code != 0);
    QCOMPARE(q(error.toString()), "connect: " + q(error.message) + " (ECONNREFUSED)");

    const auto connects = eventsNamed(sink.events(), "connect");
    QCOMPARE(connects.size(), std::size_t(1));
    QVERIFY(connects[0].failed());
    QCOMPARE(q(connects[0].errorName), QString("ECONNREFUSED"));
    QCOMPARE(int(connects[0].condition), int(Condition::ConnectionRefused));
    QCOMPARE(connects[0].result, -1LL);
    QVERIFY2(q(connects[0].args).endsWith(QString("('127.0.0.1', %1)").arg(port)), connects[0].args.c_str());
}

void TestSocket::addressInUse()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto first = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(first.ok());
    QVERIFY(first->bind(loopbackV4(0)).ok());
    QVERIFY(first->listen(5).ok());
    const std::uint16_t port = first->localAddress()->port();

    auto second = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(second.ok());
    auto bound = second->bind(loopbackV4(port));
    QVERIFY(!bound.ok());
    QCOMPARE(q(bound.error().name), QString("EADDRINUSE"));
    QCOMPARE(int(bound.error().condition), int(Condition::AddressInUse));
    QCOMPARE(q(bound.error().call), QString("bind"));
    const auto binds = eventsNamed(sink.events(), "bind");
    QCOMPARE(binds.size(), std::size_t(2));
    QVERIFY(binds[1].failed());
    QCOMPARE(q(binds[1].errorName), QString("EADDRINUSE"));
}

void TestSocket::connectTimeout()
{
    FullBacklogListener full;
    if (full.broken)
        QFAIL(full.reason.c_str());
    if (!full.ok)
        QSKIP(full.reason.c_str());

    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto socket = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(socket.ok());
    auto connected = socket->connect(loopbackV4(full.port), 300);
    QVERIFY2(!connected.ok(), "connect to a full backlog should time out");
    QCOMPARE(int(connected.error().condition), int(Condition::TimedOut));
    QCOMPARE(q(connected.error().name), QString("ETIMEDOUT"));
    const auto connects = eventsNamed(sink.events(), "connect");
    QCOMPARE(connects.size(), std::size_t(1));
    QVERIFY(connects[0].failed());
    QCOMPARE(int(connects[0].condition), int(Condition::TimedOut));
}

void TestSocket::sendAfterPeerResetDoesNotKill()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    TcpPair pair(recorder);
    QVERIFY2(pair.failure.empty(), pair.failure.c_str());

    // The server closes with unread data in its receive buffer: the kernel answers with RST.
    const std::string unread = "data the server never reads";
    QVERIFY(pair.client.send(unread.data(), unread.size()).ok());
    QVERIFY(waitReadable(pair.server.handle(), kWaitMs));
    pair.server.close();
    QVERIFY2(waitReadable(pair.client.handle(), kWaitMs), "the reset never reached the client");

    // The first send after a reset fails with ECONNRESET or EPIPE; without MSG_NOSIGNAL the
    // process would die of SIGPIPE here (and the test with it). Try a few: a send may still be
    // accepted by the kernel before the reset is noticed.
    const std::string more(1024, 'x');
    std::optional<Error> failure;
    for (int i = 0; i < 50 && !failure; ++i) {
        auto sent = pair.client.send(more.data(), more.size());
        if (!sent.ok())
            failure = sent.error();
    }
    QVERIFY2(failure.has_value(), "send kept succeeding on a reset connection");
    QVERIFY2(failure->name == "ECONNRESET" || failure->name == "EPIPE", failure->toString().c_str());
    QVERIFY(failure->condition == Condition::ConnectionReset || failure->condition == Condition::BrokenPipe);
    // And again: the second failure is EPIPE, still no signal.
    auto again = pair.client.send(more.data(), more.size());
    QVERIFY(!again.ok());
    QVERIFY2(again.error().name == "EPIPE" || again.error().name == "ECONNRESET", again.error().toString().c_str());
}

void TestSocket::udpBoundariesKept()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto receiver = Socket::open(Family::Inet, SocketType::Datagram, 0, recorder);
    QVERIFY(receiver.ok());
    QVERIFY(receiver->bind(endpointFor("127.0.0.1", 0, Family::Inet, SocketType::Datagram)).ok());
    const Endpoint to = receiver->localAddress().value();
    auto sender = Socket::open(Family::Inet, SocketType::Datagram, 0, recorder);
    QVERIFY(sender.ok());
    QVERIFY(sender->bind(endpointFor("127.0.0.1", 0, Family::Inet, SocketType::Datagram)).ok());
    const Endpoint from = sender->localAddress().value();

    const std::vector<std::size_t> sizes = {1, 1000, 5000};
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const std::string datagram(sizes[i], char('a' + i));
        auto sent = sender->sendTo(datagram.data(), datagram.size(), to);
        QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().toString().c_str());
        QCOMPARE(*sent, sizes[i]);
    }
    std::vector<char> buffer(65536);
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        QVERIFY(waitReadable(receiver->handle(), kWaitMs));
        Endpoint peer;
        auto got = receiver->recvFrom(buffer.data(), buffer.size(), peer);
        QVERIFY(got.ok());
        QCOMPARE(*got, sizes[i]);
        QCOMPARE(std::string(buffer.data(), *got), std::string(sizes[i], char('a' + i)));
        QCOMPARE(peer, from);
    }
    const auto events = sink.events();
    const auto sendtos = eventsNamed(events, "sendto");
    const auto recvfroms = eventsNamed(events, "recvfrom");
    QCOMPARE(sendtos.size(), std::size_t(3));
    QCOMPARE(recvfroms.size(), std::size_t(3));
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        QCOMPARE(sendtos[i].result, static_cast<long long>(sizes[i]));
        QVERIFY2(q(sendtos[i].args).endsWith(q(to.toTuple())), sendtos[i].args.c_str());
        QCOMPARE(recvfroms[i].result, static_cast<long long>(sizes[i]));
        // Python's recvfrom returns (bytes, address).
        QVERIFY2(q(recvfroms[i].returned).contains(q(from.toTuple())), recvfroms[i].returned.c_str());
    }
}

void TestSocket::shutdownWriteGivesEof()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    TcpPair pair(recorder);
    QVERIFY2(pair.failure.empty(), pair.failure.c_str());

    const std::string last = "bye";
    QVERIFY(pair.client.send(last.data(), last.size()).ok());
    QVERIFY(pair.client.shutdown(ShutdownHow::Write).ok());
    QCOMPARE(receiveBytes(pair.server, last.size()), last);
    QVERIFY(waitReadable(pair.server.handle(), kWaitMs));
    char buffer[16];
    auto got = pair.server.recv(buffer, sizeof buffer);
    QVERIFY(got.ok());
    QCOMPARE(*got, std::size_t(0));

    // The other direction still works after a half-close.
    QVERIFY(pair.server.send("ok", 2).ok());
    QCOMPARE(receiveBytes(pair.client, 2), std::string("ok"));

    const auto shutdowns = eventsNamed(sink.events(), "shutdown");
    QCOMPARE(shutdowns.size(), std::size_t(1));
    QVERIFY2(q(shutdowns[0].args).contains("SHUT_WR"), shutdowns[0].args.c_str());
}

void TestSocket::closeRecordedOnce()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    SocketHandle handle = kNoSocket;
    {
        auto socket = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
        QVERIFY(socket.ok());
        handle = socket->handle();
        socket->close();
        QVERIFY(!socket->isOpen());
        socket->close(); // harmless and not recorded again
    } // and the destructor does not close it a third time
    auto closes = eventsNamed(sink.events(), "close");
    QCOMPARE(closes.size(), std::size_t(1));
    QCOMPARE(closes[0].socket, handle);

    sink.clear();
    {
        auto socket = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
        QVERIFY(socket.ok());
    } // the destructor closes and records it
    closes = eventsNamed(sink.events(), "close");
    QCOMPARE(closes.size(), std::size_t(1));
}

void TestSocket::moveSemantics()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto opened = Socket::open(Family::Inet, SocketType::Datagram, 0, recorder);
    QVERIFY(opened.ok());
    const SocketHandle handle = opened->handle();

    Socket a = std::move(opened.value());
    QCOMPARE(a.handle(), handle);
    QCOMPARE(int(a.type()), int(SocketType::Datagram));
    Socket b(std::move(a));
    QVERIFY(!a.isOpen()); // NOLINT(bugprone-use-after-move): moved-from state is the contract
    QCOMPARE(b.handle(), handle);

    auto other = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(other.ok());
    const SocketHandle otherHandle = other->handle();
    sink.clear();
    b = std::move(other.value()); // b's old socket is closed
    QCOMPARE(b.handle(), otherHandle);
    auto closes = eventsNamed(sink.events(), "close");
    QCOMPARE(closes.size(), std::size_t(1));
    QCOMPARE(closes[0].socket, handle);

    b = std::move(b); // self-move must not close the socket
    sink.clear();
    {
        Socket c = std::move(b);
    }
    closes = eventsNamed(sink.events(), "close");
    QCOMPARE(closes.size(), std::size_t(1));
    QCOMPARE(closes[0].socket, otherHandle);
}

void TestSocket::wouldBlockIsNotRecorded()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    TcpPair pair(recorder);
    QVERIFY2(pair.failure.empty(), pair.failure.c_str());
    QVERIFY(pair.client.setNonBlocking(true).ok());
    QVERIFY(pair.listener.setNonBlocking(true).ok());
    sink.clear();

    char buffer[16];
    auto got = pair.client.recv(buffer, sizeof buffer);
    QVERIFY(!got.ok());
    QCOMPARE(int(got.error().condition), int(Condition::WouldBlock));
    auto accepted = pair.listener.accept();
    QVERIFY(!accepted.ok());
    QCOMPARE(int(accepted.error().condition), int(Condition::WouldBlock));
    QCOMPARE(q(joined(callNames(sink.events()))), QString());
}

void TestSocket::setOptionRecorded()
{
    QCOMPARE(QString(socketOptionName(SocketOption::ReuseAddress)), QString("SO_REUSEADDR"));
    QCOMPARE(QString(socketOptionName(SocketOption::Broadcast)), QString("SO_BROADCAST"));
    QCOMPARE(QString(socketOptionName(SocketOption::NoDelay)), QString("TCP_NODELAY"));
    QCOMPARE(QString(socketOptionName(SocketOption::IPv6Only)), QString("IPV6_V6ONLY"));

    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto socket = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(socket.ok());
    QVERIFY(socket->setOption(SocketOption::ReuseAddress, 1).ok());
    const auto options = eventsNamed(sink.events(), "setsockopt");
    QCOMPARE(options.size(), std::size_t(1));
    QVERIFY2(q(options[0].args).startsWith(handleText(socket->handle()) + ", "), options[0].args.c_str());
    QVERIFY2(q(options[0].args).contains("SO_REUSEADDR"), options[0].args.c_str());
    QVERIFY2(q(options[0].args).endsWith("1"), options[0].args.c_str());
}

void TestSocket::recordDataOff()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    TcpPair pair(recorder);
    QVERIFY2(pair.failure.empty(), pair.failure.c_str());
    pair.client.setRecordData(false);
    sink.clear();
    const std::string secret = "bulk payload";
    QVERIFY(pair.client.send(secret.data(), secret.size()).ok());
    const auto sends = eventsNamed(sink.events(), "send");
    QCOMPARE(sends.size(), std::size_t(1));
    QVERIFY2(!q(sends[0].args).contains("bulk") && !q(sends[0].data).contains("bulk"), sends[0].args.c_str());
    QCOMPARE(sends[0].result, static_cast<long long>(secret.size()));
}

void TestSocket::ipv6Loopback()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("::1 is not available here");
    RecordingSink sink;
    CallRecorder recorder(&sink);
    TcpPair pair(recorder, Family::Inet6);
    QVERIFY2(pair.failure.empty(), pair.failure.c_str());
    QCOMPARE(q(pair.listenAddress.host()), QString("::1"));
    const auto binds = eventsNamed(sink.events(), "bind");
    QVERIFY(!binds.empty());
    QVERIFY2(q(binds[0].args).endsWith("('::1', 0, 0, 0)"), binds[0].args.c_str());
    const auto accepts = eventsNamed(sink.events(), "accept");
    QCOMPARE(accepts.size(), std::size_t(1));
    QVERIFY2(q(accepts[0].returned).contains("('::1', "), accepts[0].returned.c_str());
}

void TestSocket::closedSocketFailsCleanly()
{
    // A default-constructed, moved-from or closed Socket has nothing to call: every call fails
    // with an Error, none crashes.
    Socket empty;
    QVERIFY(!empty.isOpen());
    char buffer[8];
    Endpoint from;
    QVERIFY(!empty.bind(loopbackV4(0)).ok());
    QVERIFY(!empty.listen(5).ok());
    QVERIFY(!empty.accept().ok());
    QVERIFY(!empty.connect(loopbackV4(9), 100).ok());
    QVERIFY(!empty.send("x", 1).ok());
    QVERIFY(!empty.recv(buffer, sizeof buffer).ok());
    QVERIFY(!empty.sendTo("x", 1, loopbackV4(9)).ok());
    QVERIFY(!empty.recvFrom(buffer, sizeof buffer, from).ok());
    QVERIFY(!empty.shutdown(ShutdownHow::Both).ok());
    QVERIFY(!empty.localAddress().ok());
    QVERIFY(!empty.peerAddress().ok());
    QVERIFY(!empty.setOption(SocketOption::ReuseAddress, 1).ok());
    empty.close();

    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto opened = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
    QVERIFY(opened.ok());
    Socket moved = std::move(opened.value());
    QVERIFY(!opened->send("x", 1).ok());
    QVERIFY(!opened->bind(loopbackV4(0)).ok());
    moved.close();
    QVERIFY(!moved.send("x", 1).ok());
    QVERIFY(!moved.bind(loopbackV4(0)).ok());
}

QTEST_GUILESS_MAIN(TestSocket)
#include "tst_socket.moc"
