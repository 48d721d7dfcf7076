// TcpClient: connect with a timeout, then recv/send on one poll loop until done or stopped.
#include "tcp_client.h"

#include "stoppable_resolve.h"

namespace socketlab::core {
namespace {

constexpr std::uint64_t kSocketToken = TcpClient::kConnection;
// Queued chunks are joined into sends of about this size: fewer calls for streamed data.
constexpr std::size_t kSendBatch = 256 * 1024;
constexpr int kReadsPerEvent = 16;

} // namespace

TcpClient::TcpClient(TcpClientOptions options, SessionListener& listener)
    : Session(listener)
    , m_options(std::move(options))
{
}

TcpClient::~TcpClient()
{
    // run() normally ends the session; this covers a client destroyed without running.
    std::lock_guard<std::mutex> lock(m_queueMutex);
    m_ended = true;
    m_queueDrained.notify_all();
}

Result<void> TcpClient::run()
{
    Result<void> result = pollerReady();
    if (result)
        result = connectToServer();
    if (result && m_connected)
        result = loop();
    endSession();
    return result;
}

Result<void> TcpClient::connectToServer()
{
    Result<std::vector<Endpoint>> addresses = resolveEndpointsUntilStopped(
        m_options.host, m_options.port, m_options.family, SocketType::Stream, false, m_recorder, stopFlag());
    if (!addresses) {
        if (addresses.error().condition == Condition::Cancelled)
            return {}; // stop() during getaddrinfo: not a failure
        return addresses.error();
    }
    std::optional<Error> lastError;
    for (const Endpoint& address : *addresses) {
        if (stopRequested())
            return {};
        Result<Socket> socket = Socket::open(address.family(), SocketType::Stream, 0, m_recorder);
        if (!socket)
            return socket.error();
        if (Result<void> nonBlocking = socket->setNonBlocking(true); !nonBlocking)
            return nonBlocking;
        Result<void> connected = socket->connect(address, m_options.connectTimeoutMs, m_poller.get(), &stopFlag());
        if (!connected) {
            if (connected.error().condition == Condition::Cancelled)
                return {}; // stop() during connect: not a failure
            lastError = connected.error();
            continue; // the Socket's destructor closes it, recorded
        }
        m_socket = std::move(*socket);
        m_connected = true;
        m_listener.onReady(address);
        m_listener.onConnectionOpened(kConnection, address);
        reportState();
        return {};
    }
    if (lastError)
        return *lastError;
    return {};
}

Result<void> TcpClient::loop()
{
    m_buffer.resize(m_options.recvSize > 0 ? m_options.recvSize : kTutorialRecvSize);
    if (Result<void> added = m_poller->add(m_socket.handle(), kReadable, kSocketToken); !added)
        return added;
    m_interest = kReadable;
    std::vector<ReadyEvent> events;
    while (!m_done && !stopRequested()) {
        runCommands();
        if (m_closeRequested) {
            m_closeReason = CloseReason::ClosedHere;
            break;
        }
        if (m_options.mode == ClientMode::Conversation)
            flush();
        if (m_done)
            break;
        updateInterest();
        if (m_done)
            break;
        // A timeout rather than -1, so the socket's state is sampled while nothing happens.
        Result<bool> woken = m_poller->wait(kTcpStateSampleMs, events);
        if (!woken)
            return woken.error();
        for (const ReadyEvent& event : events) {
            if (event.token != kSocketToken)
                continue;
            if (event.readable)
                readAvailable();
            if (!m_done && (event.writable || event.hangup) && m_options.mode == ClientMode::Conversation)
                flush();
        }
        reportState(); // one getsockopt() per wake-up or timeout: cheap
    }
    return m_failure ? Result<void>(*m_failure) : Result<void>();
}

void TcpClient::readAvailable()
{
    for (int i = 0; i < kReadsPerEvent && !m_done; ++i) {
        Result<std::size_t> received = m_socket.recv(m_buffer.data(), m_buffer.size());
        if (!received) {
            if (received.error().condition != Condition::WouldBlock)
                fail(received.error());
            return;
        }
        const std::size_t size = *received;
        if (size == 0) {
            m_peerFinished = true;
            m_listener.onPeerFinished(kConnection);
            if (m_options.mode == ClientMode::Tutorial) {
                m_closeReason = CloseReason::PeerClosed;
                m_done = true;
            }
            return;
        }
        m_totals.bytesReceived += size;
        m_listener.onReceived(kConnection, m_buffer.data(), size);
        if (m_options.mode == ClientMode::Tutorial) {
            // client.py: print s.recv(1024); s.close()
            m_closeReason = CloseReason::ClosedHere;
            m_done = true;
            return;
        }
        if (size < m_buffer.size())
            return;
    }
}

bool TcpClient::takeQueued()
{
    std::lock_guard<std::mutex> lock(m_queueMutex);
    if (m_queue.empty())
        return false;
    m_output.clear();
    m_outputOffset = 0;
    while (!m_queue.empty() && m_output.size() < kSendBatch) {
        m_queuedBytes -= m_queue.front().size();
        if (m_output.empty())
            m_output = std::move(m_queue.front());
        else
            m_output += m_queue.front();
        m_queue.pop_front();
    }
    m_queueDrained.notify_all();
    return true;
}

void TcpClient::flush()
{
    while (!m_done) {
        if (m_outputOffset == m_output.size() && !takeQueued())
            break;
        Result<std::size_t> sent = m_socket.send(m_output.data() + m_outputOffset, m_output.size() - m_outputOffset);
        if (!sent) {
            if (sent.error().condition != Condition::WouldBlock)
                fail(sent.error());
            return;
        }
        m_listener.onSent(kConnection, m_output.data() + m_outputOffset, *sent);
        m_totals.bytesSent += *sent;
        m_outputOffset += *sent;
    }
    if (m_done || m_outputOffset != m_output.size() || hasQueued())
        return;
    // Everything is sent: a requested half-close can happen now.
    if (m_writeShutdownRequested && !m_writeShutDone) {
        m_writeShutDone = true;
        if (Result<void> shut = m_socket.shutdown(ShutdownHow::Write); !shut) {
            fail(shut.error());
            return;
        }
    }
    if (m_peerFinished && m_options.closeWhenPeerFinishes) {
        m_closeReason = CloseReason::PeerClosed;
        m_done = true;
    }
}

bool TcpClient::hasQueued()
{
    std::lock_guard<std::mutex> lock(m_queueMutex);
    return !m_queue.empty();
}

void TcpClient::updateInterest()
{
    // The tutorial client only reads; queued data waits for a conversation.
    const bool pending
        = m_options.mode == ClientMode::Conversation && (m_outputOffset != m_output.size() || hasQueued());
    const unsigned wanted = (m_peerFinished ? 0u : kReadable) | (pending ? kWritable : 0u);
    if (wanted == m_interest)
        return;
    if (Result<void> changed = m_poller->modify(m_socket.handle(), wanted, kSocketToken); changed)
        m_interest = wanted;
    else
        fail(changed.error());
}

void TcpClient::reportState()
{
    const TcpState state = m_socket.tcpState();
    if (m_reportedState && *m_reportedState == state)
        return;
    m_reportedState = state;
    m_listener.onTcpState(kConnection, state);
}

void TcpClient::fail(const Error& error)
{
    m_failure = error;
    m_closeReason = CloseReason::Failed;
    m_done = true;
}

void TcpClient::endSession()
{
    {
        std::lock_guard<std::mutex> lock(m_queueMutex);
        m_ended = true;
        m_queue.clear();
        m_queuedBytes = 0;
    }
    m_queueDrained.notify_all();
    if (!m_connected)
        return;
    m_connected = false;
    if (m_socket.isOpen()) {
        m_poller->remove(m_socket.handle());
        m_socket.close();
    }
    const CloseReason reason = stopRequested() && !m_done ? CloseReason::SessionStopped : m_closeReason;
    m_listener.onConnectionClosed(kConnection, reason, m_totals, m_failure ? &*m_failure : nullptr);
}

void TcpClient::send(std::string data)
{
    if (data.empty())
        return;
    {
        std::lock_guard<std::mutex> lock(m_queueMutex);
        if (m_ended)
            return;
        m_queuedBytes += data.size();
        m_queue.push_back(std::move(data));
    }
    if (m_poller)
        m_poller->wake();
}

bool TcpClient::sendBlocking(std::string data)
{
    {
        std::unique_lock<std::mutex> lock(m_queueMutex);
        m_queueDrained.wait(lock, [this] { return m_ended || m_queuedBytes < kClientMaxQueued; });
        if (m_ended)
            return false;
        if (data.empty())
            return true;
        m_queuedBytes += data.size();
        m_queue.push_back(std::move(data));
    }
    if (m_poller)
        m_poller->wake();
    return true;
}

void TcpClient::shutdownWrite()
{
    post([this] { m_writeShutdownRequested = true; });
}

void TcpClient::disconnect()
{
    post([this] { m_closeRequested = true; });
}

} // namespace socketlab::core
