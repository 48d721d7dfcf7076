// TcpServer: one poll loop accepting and serving every client of the session.
#include "tcp_server.h"

#include "round_robin.h"
#include "stoppable_resolve.h"

#include <filesystem>
#include <system_error>

namespace socketlab::core {
namespace {

constexpr std::uint64_t kListenerToken = 0; // connection ids start at 1
// recv() calls per readiness event before other clients get their turn.
constexpr int kReadsPerEvent = 16;
// Sent bytes are erased from the front of the output buffer once this many pile up.
constexpr std::size_t kCompactThreshold = 64 * 1024;
// Connections whose TCP state one periodic sample asks for. Up to this many clients every one is
// asked every kTcpStateSampleMs; beyond, a share per turn, round the table: 10,000 idle clients
// then cost 1,000 getsockopt() calls a turn instead of 10,000 (state changes that come with a
// call or an event are reported at once anyway).
constexpr std::size_t kMaxStatesPerSample = 1000;

} // namespace

struct TcpServer::Connection {
    ConnectionId id = 0;
    Socket socket;
    Endpoint peer;
    ConnectionTotals totals;
    std::string output;
    std::size_t outputOffset = 0;
    unsigned interest = 0;
    bool closeAfterFlush = false;
    bool peerFinished = false;
    std::optional<TcpState> reportedState;

    std::size_t pending() const { return output.size() - outputOffset; }
};

TcpServer::TcpServer(TcpServerOptions options, SessionListener& listener)
    : Session(listener)
    , m_options(std::move(options))
{
}

TcpServer::~TcpServer()
{
    closeAll();
}

Result<void> TcpServer::run()
{
    if (Result<void> ready = pollerReady(); !ready)
        return ready;
    if (Result<void> opened = openListener(); !opened) {
        closeAll();
        if (opened.error().condition == Condition::Cancelled)
            return {}; // stop() during getaddrinfo: not a failure
        return opened;
    }
    m_buffer.resize(m_options.recvSize > 0 ? m_options.recvSize : kServerRecvSize);
    std::vector<ReadyEvent> events;
    const std::uint64_t limit = m_options.stopAfterConnections;
    while (!stopRequested() && (limit == 0 || m_endedConnections < limit)) {
        // A timeout rather than -1, so the sockets' states are sampled while nothing happens.
        Result<bool> woken = m_poller->wait(kTcpStateSampleMs, events);
        if (!woken) {
            closeAll();
            return woken.error();
        }
        runCommands();
        for (const ReadyEvent& event : events) {
            if (stopRequested())
                break;
            handleReady(event);
        }
        sampleStatesIfDue();
    }
    closeAll();
    return {};
}

Result<void> TcpServer::openListener()
{
    Result<std::vector<Endpoint>> addresses = resolveEndpointsUntilStopped(
        m_options.host, m_options.port, m_options.family, SocketType::Stream, true, m_recorder, stopFlag());
    if (!addresses)
        return addresses.error();

    std::optional<Error> lastError;
    // Like redis's anetTcpServer: try each address until one binds and listens.
    for (const Endpoint& address : *addresses) {
        Result<Socket> socket = Socket::open(address.family(), SocketType::Stream, 0, m_recorder);
        if (!socket)
            return socket.error();
        Result<void> step;
        if (m_options.reuseAddress && address.family() != Family::Unix)
            step = socket->setOption(SocketOption::ReuseAddress, 1);
        if (step)
            step = socket->bind(address);
        if (step)
            step = socket->listen(m_options.backlog);
        if (!step) {
            lastError = step.error();
            continue;
        }
        m_listenSocket = std::move(*socket);
        m_boundAddress = address;
        break;
    }
    if (!m_listenSocket.isOpen())
        return *lastError;

    if (Result<void> nonBlocking = m_listenSocket.setNonBlocking(true); !nonBlocking)
        return nonBlocking;
    // With port 0 the system picks the port: ask it which, as a Python program would.
    if (m_boundAddress.family() != Family::Unix && m_boundAddress.port() == 0) {
        Result<Endpoint> local = m_listenSocket.localAddress();
        if (!local)
            return local.error();
        m_boundAddress = *local;
    }
    if (Result<void> added = m_poller->add(m_listenSocket.handle(), kReadable, kListenerToken); !added)
        return added;
    m_listener.onReady(m_boundAddress);
    reportState(kListenerToken, m_listenSocket, m_listenState);
    m_lastStateSample = std::chrono::steady_clock::now();
    return {};
}

void TcpServer::handleReady(const ReadyEvent& event)
{
    if (event.token == kListenerToken) {
        acceptPending();
        return;
    }
    const ConnectionId id = event.token;
    auto found = m_connections.find(id);
    if (found == m_connections.end())
        return;
    const bool wasFinished = found->second->peerFinished;
    if (event.readable && m_options.mode != ReplyMode::Tutorial)
        readFrom(*found->second);
    found = m_connections.find(id); // reading may have finished it
    if (found != m_connections.end() && (event.writable || event.hangup))
        flush(*found->second);
    found = m_connections.find(id);
    // Data moving does not change a TCP state; the peer's FIN or a hang-up does. Asking after
    // every event would cost a getsockopt() per recv() in a flood; the periodic sample catches
    // the rest.
    if (found != m_connections.end() && (event.hangup || found->second->peerFinished != wasFinished))
        reportState(id, found->second->socket, found->second->reportedState);
}

void TcpServer::acceptPending()
{
    while (!stopRequested()) {
        Result<Accepted> accepted = m_listenSocket.accept();
        if (!accepted) {
            const Error& error = accepted.error();
            if (error.condition == Condition::WouldBlock)
                return;
            m_listener.onProblem(error);
            if (error.condition == Condition::TooManyOpenFiles || error.condition == Condition::NoBufferSpace) {
                // The listener stays readable while we cannot accept: stop watching it until a
                // connection ends and frees a descriptor, instead of spinning.
                m_poller->modify(m_listenSocket.handle(), 0, kListenerToken);
                m_acceptPaused = true;
            }
            return;
        }
        auto connection = std::make_unique<Connection>();
        connection->id = m_nextId++;
        connection->socket = std::move(accepted->socket);
        connection->peer = accepted->peer;
        Connection& added = *connection;
        const bool reads = m_options.mode != ReplyMode::Tutorial;
        added.interest = reads ? static_cast<unsigned>(kReadable) : 0u;
        if (Result<void> watched = m_poller->add(added.socket.handle(), added.interest, added.id); !watched) {
            m_listener.onProblem(watched.error());
            continue; // the Socket's destructor closes it
        }
        m_connections.emplace(added.id, std::move(connection));
        m_listener.onConnectionOpened(added.id, added.peer);
        if (m_options.mode == ReplyMode::Tutorial) {
            // server.py: c.send('Thank you for connecting'); c.close()
            added.closeAfterFlush = true;
            queueOutput(added, m_options.reply.data(), m_options.reply.size());
            continue; // queueOutput may have finished (and freed) the connection
        }
        reportState(added.id, added.socket, added.reportedState);
        // What arrived with the connection (a request, or a client that already left) is read
        // now rather than after another trip through the poller: one wake-up per short-lived
        // client instead of two. May finish (and free) the connection.
        readFrom(added);
    }
}

void TcpServer::readFrom(Connection& connection)
{
    for (int i = 0; i < kReadsPerEvent; ++i) {
        if (connection.pending() > kMaxPendingOutput)
            break; // echo back-pressure: let the client read first
        Result<std::size_t> received = connection.socket.recv(m_buffer.data(), m_buffer.size());
        if (!received) {
            if (received.error().condition != Condition::WouldBlock)
                finish(connection, CloseReason::Failed, &received.error());
            return;
        }
        const std::size_t size = *received;
        if (size == 0) {
            connection.peerFinished = true;
            m_listener.onPeerFinished(connection.id);
            if (connection.pending() == 0) {
                finish(connection, CloseReason::PeerClosed);
                return;
            }
            connection.closeAfterFlush = true;
            updateInterest(connection);
            return;
        }
        connection.totals.bytesReceived += size;
        m_listener.onReceived(connection.id, m_buffer.data(), size);
        if (m_options.mode == ReplyMode::Echo) {
            const ConnectionId id = connection.id;
            queueOutput(connection, m_buffer.data(), size);
            if (m_connections.find(id) == m_connections.end())
                return;
        }
        if (size < m_buffer.size())
            break; // drained for now; saves a recv() that would only say EAGAIN
    }
    updateInterest(connection);
}

void TcpServer::queueOutput(Connection& connection, const char* data, std::size_t size)
{
    connection.output.append(data, size);
    flush(connection);
}

void TcpServer::flush(Connection& connection)
{
    while (connection.pending() > 0) {
        Result<std::size_t> sent
            = connection.socket.send(connection.output.data() + connection.outputOffset, connection.pending());
        if (!sent) {
            if (sent.error().condition == Condition::WouldBlock)
                break;
            finish(connection, CloseReason::Failed, &sent.error());
            return;
        }
        m_listener.onSent(connection.id, connection.output.data() + connection.outputOffset, *sent);
        connection.totals.bytesSent += *sent;
        connection.outputOffset += *sent;
    }
    if (connection.pending() == 0) {
        connection.output.clear();
        connection.outputOffset = 0;
        if (connection.closeAfterFlush) {
            finish(connection, connection.peerFinished ? CloseReason::PeerClosed : CloseReason::ClosedHere);
            return;
        }
    } else if (connection.outputOffset >= kCompactThreshold) {
        connection.output.erase(0, connection.outputOffset);
        connection.outputOffset = 0;
    }
    updateInterest(connection);
}

void TcpServer::updateInterest(Connection& connection)
{
    const bool reads = m_options.mode != ReplyMode::Tutorial && !connection.peerFinished
        && connection.pending() <= kMaxPendingOutput;
    const unsigned wanted = (reads ? kReadable : 0u) | (connection.pending() > 0 ? kWritable : 0u);
    if (wanted == connection.interest)
        return;
    if (Result<void> changed = m_poller->modify(connection.socket.handle(), wanted, connection.id); changed)
        connection.interest = wanted;
    else
        finish(connection, CloseReason::Failed, &changed.error());
}

void TcpServer::finish(Connection& connection, CloseReason reason, const Error* error)
{
    const ConnectionId id = connection.id;
    const ConnectionTotals totals = connection.totals;
    m_poller->remove(connection.socket.handle());
    connection.socket.close();
    m_connections.erase(id); // `connection` is gone from here on
    ++m_endedConnections;
    m_listener.onConnectionClosed(id, reason, totals, error);
    if (m_acceptPaused && m_listenSocket.isOpen()) {
        m_acceptPaused = false;
        m_poller->modify(m_listenSocket.handle(), kReadable, kListenerToken);
    }
}

void TcpServer::reportState(ConnectionId id, const Socket& socket, std::optional<TcpState>& reported)
{
    const TcpState state = socket.tcpState();
    if (reported && *reported == state)
        return;
    reported = state;
    m_listener.onTcpState(id, state);
}

void TcpServer::sampleStatesIfDue()
{
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastStateSample < std::chrono::milliseconds(kTcpStateSampleMs))
        return;
    m_lastStateSample = now;
    if (m_listenSocket.isOpen())
        reportState(kListenerToken, m_listenSocket, m_listenState);
    visitRoundRobin(m_connections, m_stateSampleCursor, kMaxStatesPerSample,
        [this](ConnectionId id, std::unique_ptr<Connection>& connection) {
            reportState(id, connection->socket, connection->reportedState);
        });
}

void TcpServer::closeAll()
{
    while (!m_connections.empty())
        finish(*m_connections.begin()->second, CloseReason::SessionStopped);
    if (m_listenSocket.isOpen()) {
        if (m_poller)
            m_poller->remove(m_listenSocket.handle());
        m_listenSocket.close();
        // A bound AF_UNIX socket leaves its file behind; it is ours, so remove it.
        if (m_boundAddress.family() == Family::Unix && !m_boundAddress.host().empty()) {
            std::error_code ignored;
            std::filesystem::remove(m_boundAddress.host(), ignored);
        }
    }
}

void TcpServer::send(ConnectionId id, std::string data)
{
    post([this, id, data = std::move(data)] {
        const auto found = m_connections.find(id);
        if (found == m_connections.end()) {
            m_listener.onProblem(inputError(InputProblem::NoSuchConnection, std::to_string(id)));
            return;
        }
        queueOutput(*found->second, data.data(), data.size());
    });
}

void TcpServer::closeConnection(ConnectionId id)
{
    post([this, id] {
        const auto found = m_connections.find(id);
        if (found == m_connections.end()) {
            m_listener.onProblem(inputError(InputProblem::NoSuchConnection, std::to_string(id)));
            return;
        }
        Connection& connection = *found->second;
        if (connection.pending() == 0)
            finish(connection, CloseReason::ClosedHere);
        else
            connection.closeAfterFlush = true;
    });
}

} // namespace socketlab::core
