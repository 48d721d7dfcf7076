// TcpServer: the tutorial's server.py made into a session. One poll loop serves every client
// (no thread per client). Reply modes: the tutorial's "send a text, then close", echo, discard
// (count and drop), and manual (the user sends to a chosen client).
#pragma once

#include "session.h"
#include "socket.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace socketlab::core {

enum class ReplyMode { Tutorial, Echo, Discard, Manual };

inline constexpr std::size_t kServerRecvSize = 64 * 1024;
// Per connection: beyond this much unsent output we stop reading from that client (echo), so a
// flooding client cannot grow the server's memory without bound.
inline constexpr std::size_t kMaxPendingOutput = 1024 * 1024;

struct TcpServerOptions {
    Family family = Family::Inet;
    std::string host = kDefaultHost;
    std::string port = kTutorialPortText;
    int backlog = kTutorialBacklog;
    bool reuseAddress = false;
    ReplyMode mode = ReplyMode::Tutorial;
    std::string reply = kTutorialReply;
    std::size_t recvSize = kServerRecvSize;
    std::uint64_t stopAfterConnections = 0; // 0: until stop(); N: after N connections ended
};

class TcpServer : public Session {
public:
    TcpServer(TcpServerOptions options, SessionListener& listener);
    ~TcpServer() override;

    Result<void> run() override;

    // Thread-safe commands.
    void send(ConnectionId id, std::string data);
    void closeConnection(ConnectionId id);

private:
    struct Connection;

    Result<void> openListener();
    void acceptPending();
    void handleReady(const ReadyEvent& event);
    void readFrom(Connection& connection);
    void flush(Connection& connection);
    void queueOutput(Connection& connection, const char* data, std::size_t size);
    void updateInterest(Connection& connection);
    void finish(Connection& connection, CloseReason reason, const Error* error = nullptr);
    void closeAll();
    // Reports a socket's TCP state when it differs from what was last reported.
    void reportState(ConnectionId id, const Socket& socket, std::optional<TcpState>& reported);
    // Every kTcpStateSampleMs: the listening socket and the connections (a bounded share of them
    // per turn when there are thousands).
    void sampleStatesIfDue();

    TcpServerOptions m_options;
    Socket m_listenSocket;
    std::optional<TcpState> m_listenState; // last reported
    std::chrono::steady_clock::time_point m_lastStateSample;
    std::size_t m_stateSampleCursor = 0; // the bucket of m_connections the next sample starts at
    Endpoint m_boundAddress;
    std::unordered_map<ConnectionId, std::unique_ptr<Connection>> m_connections;
    ConnectionId m_nextId = 1;
    std::uint64_t m_endedConnections = 0;
    bool m_acceptPaused = false;
    std::string m_buffer;
};

} // namespace socketlab::core
