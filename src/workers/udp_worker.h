// UdpWorker: the UDP tab's session (core::UdpEndpoint) on a worker thread.
#pragma once

#include "session_worker.h"

#include "core/udp_endpoint.h"

#include <QByteArray>
#include <QString>

namespace socketlab::workers {

// Call events per batch (~30 ms) for a UDP session: every datagram is one recvfrom(), and at
// 100,000 datagrams/s formatting 2,000 trace rows a batch took most of the GUI thread. ~8,000
// calls/s still fill the trace; the rest are counted as not shown, the datagrams stay exact.
inline constexpr std::size_t kUdpMaxCallsPerBatch = 250;
// While datagrams arrive faster than this, batches come every kUdpFloodFlushIntervalMs instead of
// kFlushIntervalMs: repainting 33 times a second a list that changes faster than anyone reads
// cost the GUI thread more than the rows themselves. The counts stay exact either way.
inline constexpr quint64 kUdpFloodDatagramsPerSecond = 20000;
inline constexpr int kUdpFloodFlushIntervalMs = 100;

// The flush interval after a batch of `datagrams` (received and sent) collected in `intervalMs`.
int udpFlushIntervalAfter(quint64 datagrams, int intervalMs);

class UdpWorker : public SessionWorker {
    Q_OBJECT

public:
    explicit UdpWorker(QObject* parent = nullptr);

    bool start(const core::UdpOptions& options);
    // Thread-safe commands to the running endpoint; ignored when it is not running. Every
    // outcome arrives in a batch: the sendto() in the trace and data, or a problem.
    void sendTo(const QString& host, const QString& port, const QByteArray& data);
    void joinGroup(const QString& group);
    void leaveGroup(const QString& group);

private:
    core::UdpEndpoint* endpoint() const;
};

} // namespace socketlab::workers
