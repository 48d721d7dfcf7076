// BatchingListener: bounded collection of session events for the GUI.
#include "batching_listener.h"

#include <algorithm>
#include <utility>

namespace socketlab::workers {

SessionBatch BatchingListener::take()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    SessionBatch batch = std::move(m_batch);
    m_batch = SessionBatch();
    m_dataBytes = 0;
    m_callsFull.store(false, std::memory_order_relaxed);
    // A call skipped while this runs is counted here or in the next batch, never twice or lost.
    batch.callsOmitted += m_callsSkipped.exchange(0, std::memory_order_relaxed);
    return batch;
}

void BatchingListener::setMaxCallsPerBatch(std::size_t maxCalls)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_maxCalls = std::max<std::size_t>(1, std::min(maxCalls, kMaxCallsPerBatch));
}

double BatchingListener::nowMs() const
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
}

void BatchingListener::onCall(const core::CallEvent& event)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_batch.calls.size() < m_maxCalls)
        m_batch.calls.push_back(event);
    else
        ++m_batch.callsOmitted;
    if (m_batch.calls.size() >= m_maxCalls)
        m_callsFull.store(true, std::memory_order_relaxed);
}

void BatchingListener::onReady(const core::Endpoint& local)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_batch.ready = local;
}

void BatchingListener::onConnectionOpened(core::ConnectionId id, const core::Endpoint& peer)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ConnectionEvent event;
    event.kind = ConnectionEvent::Kind::Opened;
    event.connection = id;
    event.peer = peer;
    event.tMs = nowMs();
    m_batch.connections.push_back(std::move(event));
}

void BatchingListener::onReceived(core::ConnectionId id, const char* data, std::size_t size)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_batch.bytesReceived += size;
    addData(id, Direction::Received, data, size, {});
}

void BatchingListener::onSent(core::ConnectionId id, const char* data, std::size_t size)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_batch.bytesSent += size;
    addData(id, Direction::Sent, data, size, {});
}

void BatchingListener::onPeerFinished(core::ConnectionId id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ConnectionEvent event;
    event.kind = ConnectionEvent::Kind::PeerFinished;
    event.connection = id;
    event.tMs = nowMs();
    m_batch.connections.push_back(std::move(event));
}

void BatchingListener::onConnectionClosed(
    core::ConnectionId id, core::CloseReason reason, const core::ConnectionTotals& totals, const core::Error* error)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ConnectionEvent event;
    event.kind = ConnectionEvent::Kind::Closed;
    event.connection = id;
    event.reason = reason;
    event.totals = totals;
    if (error)
        event.error = *error;
    event.tMs = nowMs();
    m_batch.connections.push_back(std::move(event));
}

void BatchingListener::onDatagram(const core::Endpoint& from, const char* data, std::size_t size)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_batch.bytesReceived += size;
    ++m_batch.datagramsReceived;
    addData(0, Direction::Received, data, size, from);
}

void BatchingListener::onDatagramSent(const core::Endpoint& to, const char* data, std::size_t size)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_batch.bytesSent += size;
    ++m_batch.datagramsSent;
    addData(0, Direction::Sent, data, size, to);
}

void BatchingListener::onProblem(const core::Error& error)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_batch.problems.push_back(error);
}

void BatchingListener::onTcpState(core::ConnectionId id, core::TcpState state)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_batch.tcpStates[id] = state; // only the latest counts for the display
}

void BatchingListener::onGroupMembership(const std::string& group, bool joined)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_batch.memberships.emplace_back(group, joined);
}

void BatchingListener::addData(
    core::ConnectionId id, Direction direction, const char* data, std::size_t size, const core::Endpoint& peer)
{
    core::ConnectionTotals& traffic = m_batch.traffic[id];
    (direction == Direction::Received ? traffic.bytesReceived : traffic.bytesSent) += size;

    const qsizetype kept = std::min<qsizetype>(kMaxDataBytesPerBatch - m_dataBytes, static_cast<qsizetype>(size));
    if (kept <= 0 || m_batch.data.size() >= kMaxChunksPerBatch) {
        m_batch.bytesNotShown += size;
        if (direction == Direction::Received)
            m_batch.bytesNotShownReceived += size;
        return;
    }
    DataChunk chunk;
    chunk.connection = id;
    chunk.direction = direction;
    chunk.peer = peer;
    chunk.tMs = nowMs();
    chunk.bytes = QByteArray(data, kept);
    chunk.omittedBytes = size - static_cast<std::size_t>(kept);
    m_dataBytes += kept;
    m_batch.data.push_back(std::move(chunk));
}

} // namespace socketlab::workers
