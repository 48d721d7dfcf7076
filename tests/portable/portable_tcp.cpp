// A whole TCP conversation through the core's TcpServer and TcpClient sessions, as the Server and
// Client tabs run them: the tutorial's server answers "Thank you for connecting" and closes, its
// client receives that and ends by itself; an echo server returns what a client sends; and the
// same over ::1 where the host has IPv6.
#include "loopback.h"
#include "portable_test.h"
#include "session_harness.h"

#include "core/tcp_client.h"
#include "core/tcp_server.h"

#include <cstdio>
#include <string>

using namespace socketlab;

namespace {

using State = tests::RecordingListener::State;

void tutorialConversation(core::Family family, const std::string& host)
{
    core::TcpServerOptions serverOptions = tests::serverOptions(core::ReplyMode::Tutorial);
    serverOptions.family = family;
    serverOptions.host = host;
    tests::RecordingListener serverEvents;
    core::TcpServer server(serverOptions, serverEvents);
    tests::SessionThread serverThread(server);
    const core::Endpoint local = serverEvents.waitReady();
    REQUIRE_MSG(local.isValid(), tests::describe(serverThread.error()));

    core::TcpClientOptions clientOptions = tests::clientOptions(local.port(), core::ClientMode::Tutorial);
    clientOptions.family = family;
    clientOptions.host = host;
    tests::RecordingListener clientEvents;
    core::TcpClient client(clientOptions, clientEvents);
    tests::SessionThread clientThread(client);

    // client.py: connect, one recv(1024), close — the session ends by itself.
    REQUIRE_MSG(clientThread.waitFinished(), "the tutorial client did not end by itself");
    CHECK_MSG(!clientThread.error(), tests::describe(clientThread.error()));
    State clientSeen = clientEvents.snapshot();
    CHECK_EQUAL(clientSeen.received[core::TcpClient::kConnection], std::string(core::kTutorialReply));
    CHECK_EQUAL(tests::callNames(clientSeen.calls), (std::vector<std::string> {"socket", "connect", "recv", "close"}));

    // server.py: accept, send the reply, close the connection; the server keeps listening.
    REQUIRE(serverEvents.waitFor([](const State& s) { return s.closed.size() == 1; }));
    const State serverSeen = serverEvents.snapshot();
    REQUIRE_EQUAL(serverSeen.opened.size(), std::size_t {1});
    const core::ConnectionId id = serverSeen.opened[0].first;
    CHECK_EQUAL(serverSeen.sent.at(id), std::string(core::kTutorialReply));
    CHECK(serverSeen.closed[0].reason == core::CloseReason::ClosedHere);
    CHECK_MSG(!serverSeen.closed[0].error, tests::describe(serverSeen.closed[0].error));
    CHECK(serverSeen.problems.empty());
    CHECK(!serverThread.finished());
}

} // namespace

TEST_CASE(tutorialServerAndClient)
{
    tutorialConversation(core::Family::Inet, "127.0.0.1");
}

TEST_CASE(tutorialOverIPv6)
{
    if (!tests::ipv6LoopbackAvailable()) {
        std::printf("note: ::1 cannot be bound here; the IPv6 conversation is not run\n");
        return;
    }
    tutorialConversation(core::Family::Inet6, "::1");
}

TEST_CASE(echoConversation)
{
    tests::RecordingListener serverEvents;
    core::TcpServer server(tests::serverOptions(core::ReplyMode::Echo), serverEvents);
    tests::SessionThread serverThread(server);
    const core::Endpoint local = serverEvents.waitReady();
    REQUIRE_MSG(local.isValid(), tests::describe(serverThread.error()));

    tests::RecordingListener clientEvents;
    core::TcpClient client(tests::clientOptions(local.port(), core::ClientMode::Conversation), clientEvents);
    tests::SessionThread clientThread(client);
    const std::string message(100000, 'e'); // more than one send() and recv() on any system
    client.send("hello, ");
    client.send(message);
    client.shutdownWrite(); // the server sees the end, echoes the rest and closes

    REQUIRE_MSG(clientThread.waitFinished(), "the conversation did not end");
    CHECK_MSG(!clientThread.error(), tests::describe(clientThread.error()));
    State clientSeen = clientEvents.snapshot();
    CHECK(clientSeen.received[core::TcpClient::kConnection] == "hello, " + message);
    REQUIRE_EQUAL(clientSeen.closed.size(), std::size_t {1});
    CHECK_EQUAL(clientSeen.closed[0].totals.bytesSent, std::uint64_t {7 + message.size()});
    CHECK_EQUAL(clientSeen.closed[0].totals.bytesReceived, std::uint64_t {7 + message.size()});
    CHECK_MSG(!clientSeen.closed[0].error, tests::describe(clientSeen.closed[0].error));

    REQUIRE(serverEvents.waitFor([](const State& s) { return s.closed.size() == 1; }));
    CHECK(serverEvents.snapshot().problems.empty());
}

// The server's sessions end promptly on stop(), with their sockets closed: a new server can
// listen on the same port at once.
TEST_CASE(stopReleasesThePort)
{
    tests::RecordingListener events;
    auto server = std::make_unique<core::TcpServer>(tests::serverOptions(core::ReplyMode::Echo), events);
    auto thread = std::make_unique<tests::SessionThread>(*server);
    const core::Endpoint local = events.waitReady();
    REQUIRE(local.isValid());
    server->stop();
    REQUIRE_MSG(thread->waitFinished(), "stop() did not end the server");
    CHECK_MSG(!thread->error(), tests::describe(thread->error()));
    thread.reset();
    server.reset();

    tests::RecordingListener againEvents;
    core::TcpServer again(tests::serverOptions(core::ReplyMode::Echo, std::to_string(local.port())), againEvents);
    tests::SessionThread againThread(again);
    const core::Endpoint relistened = againEvents.waitReady();
    CHECK_MSG(relistened.isValid(), tests::describe(againThread.error()));
}
