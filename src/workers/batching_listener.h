// BatchingListener: the session-thread side of a worker. Collects everything the core session
// reports into a bounded SessionBatch under a short lock; the GUI thread takes it whole.
#pragma once

#include "session_batch.h"

#include "core/session.h"

#include <atomic>
#include <mutex>

namespace socketlab::workers {

class BatchingListener final : public core::SessionListener {
public:
    BatchingListener() = default;

    // At most this many call events per batch (the rest are counted as omitted). Set before the
    // session starts; a UDP flood makes one call a datagram, more than a trace can show.
    void setMaxCallsPerBatch(std::size_t maxCalls);

    // GUI thread: everything collected since the last take().
    SessionBatch take();

    // Session thread (core::SessionListener).
    void onCall(const core::CallEvent& event) override;
    // A full batch takes no more calls: the session skips building them and they are counted.
    bool keepsNextCall() const override { return !m_callsFull.load(std::memory_order_relaxed); }
    void onCallSkipped() override { m_callsSkipped.fetch_add(1, std::memory_order_relaxed); }
    void onReady(const core::Endpoint& local) override;
    void onConnectionOpened(core::ConnectionId id, const core::Endpoint& peer) override;
    void onReceived(core::ConnectionId id, const char* data, std::size_t size) override;
    void onSent(core::ConnectionId id, const char* data, std::size_t size) override;
    void onPeerFinished(core::ConnectionId id) override;
    void onConnectionClosed(core::ConnectionId id, core::CloseReason reason, const core::ConnectionTotals& totals,
        const core::Error* error) override;
    void onDatagram(const core::Endpoint& from, const char* data, std::size_t size) override;
    void onDatagramSent(const core::Endpoint& to, const char* data, std::size_t size) override;
    void onProblem(const core::Error& error) override;
    void onTcpState(core::ConnectionId id, core::TcpState state) override;
    void onGroupMembership(const std::string& group, bool joined) override;

private:
    // Caller holds m_mutex.
    void addData(
        core::ConnectionId id, Direction direction, const char* data, std::size_t size, const core::Endpoint& peer);
    double nowMs() const;

    std::mutex m_mutex;
    SessionBatch m_batch; // guarded by m_mutex
    qsizetype m_dataBytes = 0; // payload bytes kept in m_batch, guarded by m_mutex
    std::size_t m_maxCalls = kMaxCallsPerBatch; // guarded by m_mutex
    std::atomic<bool> m_callsFull {false}; // m_batch.calls is at m_maxCalls
    std::atomic<quint64> m_callsSkipped {0}; // calls not built since the last take()
    const std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

} // namespace socketlab::workers
