// What every session (TCP server, TCP client, UDP endpoint) shares: a listener that receives
// everything that happens, a thread-safe stop, and a command queue that other threads use to
// ask the session's loop to do something (send to client N, close it, ...).
//
// A session's run() blocks on the calling thread until it ends; a worker runs it on a QThread,
// the CLI on its main thread.
#pragma once

#include "address.h"
#include "call_event.h"
#include "errors.h"
#include "poller.h"
#include "tcp_state.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace socketlab::core {

// The tutorial's values, used as defaults everywhere.
inline constexpr const char* kDefaultHost = "127.0.0.1";
inline constexpr std::uint16_t kTutorialPort = 12345;
inline constexpr const char* kTutorialPortText = "12345";
inline constexpr int kTutorialBacklog = 5;
inline constexpr std::size_t kTutorialRecvSize = 1024;
inline constexpr const char* kTutorialReply = "Thank you for connecting";
// How often a running TCP session looks at its sockets' states (besides after each call).
inline constexpr int kTcpStateSampleMs = 250;

using ConnectionId = std::uint64_t;

struct ConnectionTotals {
    std::uint64_t bytesReceived = 0;
    std::uint64_t bytesSent = 0;
};

enum class CloseReason {
    PeerClosed, // recv() returned 0: the peer closed or shut down its sending side
    ClosedHere, // we closed it: reply sent, manual close, or client disconnect
    Failed, // a call failed (reset, broken pipe, timeout)
    SessionStopped, // the session stopped with the connection still open
};

class SessionListener : public CallSink {
public:
    void onCall(const CallEvent&) override { }
    // Listening (server) or bound (UDP): the local address in use. Connected (client): the
    // server's address.
    virtual void onReady(const Endpoint& local) { (void)local; }
    virtual void onConnectionOpened(ConnectionId id, const Endpoint& peer) { (void)id, (void)peer; }
    virtual void onReceived(ConnectionId id, const char* data, std::size_t size) { (void)id, (void)data, (void)size; }
    virtual void onSent(ConnectionId id, const char* data, std::size_t size) { (void)id, (void)data, (void)size; }
    // The peer shut down its sending side (recv() returned 0) but the connection stays open.
    virtual void onPeerFinished(ConnectionId id) { (void)id; }
    virtual void onConnectionClosed(
        ConnectionId id, CloseReason reason, const ConnectionTotals& totals, const Error* error)
    {
        (void)id, (void)reason, (void)totals, (void)error;
    }
    virtual void onDatagram(const Endpoint& from, const char* data, std::size_t size)
    {
        (void)from, (void)data, (void)size;
    }
    virtual void onDatagramSent(const Endpoint& to, const char* data, std::size_t size)
    {
        (void)to, (void)data, (void)size;
    }
    // A multicast group was joined or left (UDP).
    virtual void onGroupMembership(const std::string& group, bool joined) { (void)group, (void)joined; }
    // A TCP socket's state changed (sampled after the calls that change it and every
    // kTcpStateSampleMs while running). Server: id 0 is the listening socket, connections have
    // their ids; client: its connection's id. TcpState::Unknown: the system does not report it.
    virtual void onTcpState(ConnectionId id, TcpState state) { (void)id, (void)state; }
    // A failure that did not end the session (a refused command, a failed accept).
    virtual void onProblem(const Error& error) { (void)error; }
};

class Session {
public:
    virtual ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Runs until stop(), the session's own end, or a fatal error (returned).
    virtual Result<void> run() = 0;

    // Thread-safe and async-signal-safe: ends run() promptly, from any thread.
    void stop();
    bool stopRequested() const { return m_stopRequested.load(std::memory_order_relaxed); }
    const std::atomic<bool>& stopFlag() const { return m_stopRequested; }

protected:
    explicit Session(SessionListener& listener);

    using Command = std::function<void()>;
    // Thread-safe: queues a command for the session's loop and wakes it.
    void post(Command command);
    // Session thread: runs the queued commands.
    void runCommands();
    // Session thread: the poller, or the error that made creating it fail.
    Result<void> pollerReady() const;

    SessionListener& m_listener;
    CallRecorder m_recorder;
    std::unique_ptr<Poller> m_poller;

private:
    std::atomic<bool> m_stopRequested {false};
    std::mutex m_commandMutex;
    std::vector<Command> m_commands;
    std::vector<Command> m_running;
    std::optional<Error> m_pollerError;
};

} // namespace socketlab::core
