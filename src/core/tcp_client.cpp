// TcpClient: connect with a timeout, then recv/send on one poll loop until done or stopped.
#include "tcp_client.h"

#include "stoppable_resolve.h"

#include <algorithm>

namespace socketlab::core {
namespace {

constexpr std::uint64_t kSocketToken = TcpClient::kConnection;
// The buffer a send source fills (see setSendSource).
constexpr std::size_t kSendBatch = 256 * 1024;
// Queued chunks smaller than this are joined into one send(): fewer calls for small pieces.
constexpr std::size_t kJoinBelow = 64 * 1024;
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
        const bool peerFinishedBefore = m_peerFinished;
        const bool writeShutBefore = m_writeShutDone;
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
        // The state changes with a FIN sent or received, not with data moving: a getsockopt()
        // per wake-up would cost a little in every chunk of a bulk transfer.
        const bool due
            = std::chrono::steady_clock::now() - m_lastStateSample >= std::chrono::milliseconds(kTcpStateSampleMs);
        if (due || m_peerFinished != peerFinishedBefore || m_writeShutDone != writeShutBefore)
            reportState();
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
    m_outputOffset = 0;
    m_queuedBytes -= m_queue.front().size();
    if (m_spare.capacity() < m_output.capacity())
        m_spare = std::move(m_output); // sent already (takeQueued runs once it is)
    m_output = std::move(m_queue.front());
    m_queue.pop_front();
    // Small chunks (typed lines, short reads) are joined into fewer send() calls; a big one (a
    // pipe's read) goes out as it is, moved rather than copied.
    while (m_output.size() < kJoinBelow && !m_queue.empty() && m_queue.front().size() < kJoinBelow) {
        m_queuedBytes -= m_queue.front().size();
        m_output += m_queue.front();
        m_queue.pop_front();
    }
    m_queueDrained.notify_all();
    m_outputData = m_output.data();
    m_outputSize = m_output.size();
    return true;
}

bool TcpClient::takeFromSource()
{
    if (!m_source)
        return false;
    if (m_sourceBuffer.empty())
        m_sourceBuffer.resize(kSendBatch); // once: the source refills the same buffer
    const std::size_t filled = std::min(m_source(m_sourceBuffer.data(), m_sourceBuffer.size()), m_sourceBuffer.size());
    if (filled == 0) {
        m_source = nullptr;
        m_writeShutdownRequested = true;
        return false;
    }
    m_outputData = m_sourceBuffer.data();
    m_outputSize = filled;
    m_outputOffset = 0;
    return true;
}

void TcpClient::flush()
{
    while (!m_done) {
        if (unsent() == 0 && !takeQueued() && !takeFromSource())
            break;
        Result<std::size_t> sent = m_socket.send(m_outputData + m_outputOffset, unsent());
        if (!sent) {
            if (sent.error().condition != Condition::WouldBlock)
                fail(sent.error());
            return;
        }
        m_listener.onSent(kConnection, m_outputData + m_outputOffset, *sent);
        m_totals.bytesSent += *sent;
        m_outputOffset += *sent;
    }
    if (m_done || unsent() != 0 || hasQueued())
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
    const bool pending = m_options.mode == ClientMode::Conversation && (unsent() != 0 || m_source || hasQueued());
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
    m_lastStateSample = std::chrono::steady_clock::now();
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

std::string TcpClient::reusableBuffer()
{
    std::lock_guard<std::mutex> lock(m_queueMutex);
    return std::move(m_spare);
}

void TcpClient::setSendSource(SendSource source)
{
    m_source = std::move(source);
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
