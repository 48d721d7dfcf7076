// BatchingListener: the session-thread side of a worker. Collects everything the core session
// reports into a bounded SessionBatch under a short lock; the GUI thread takes it whole.
#pragma once

#include "session_batch.h"

#include "core/session.h"

#include <mutex>

namespace socketlab::workers {

class BatchingListener final : public core::SessionListener {
public:
    BatchingListener() = default;

    // GUI thread: everything collected since the last take().
    SessionBatch take();

    // Session thread (core::SessionListener).
    void onCall(const core::CallEvent& event) override;
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
    const std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

} // namespace socketlab::workers
