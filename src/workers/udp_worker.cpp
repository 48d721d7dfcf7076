// UdpWorker: starts core::UdpEndpoint on the worker thread and forwards commands to it.
#include "udp_worker.h"

#include <algorithm>

namespace socketlab::workers {

UdpWorker::UdpWorker(QObject* parent)
    : SessionWorker(parent)
{
    setMaxCallsPerBatch(kUdpMaxCallsPerBatch);
    connect(this, &SessionWorker::batchReady, this, [this](const SessionBatch& batch) {
        setFlushIntervalMs(udpFlushIntervalAfter(batch.datagramsReceived + batch.datagramsSent, flushIntervalMs()));
    });
}

int udpFlushIntervalAfter(quint64 datagrams, int intervalMs)
{
    const bool flood = datagrams * 1000 >= kUdpFloodDatagramsPerSecond * static_cast<quint64>(std::max(intervalMs, 1));
    return flood ? kUdpFloodFlushIntervalMs : kFlushIntervalMs;
}

bool UdpWorker::start(const core::UdpOptions& options)
{
    setFlushIntervalMs(kFlushIntervalMs); // a new run starts quick to show its first datagrams
    return startSession(std::make_unique<core::UdpEndpoint>(options, listener()));
}

core::UdpEndpoint* UdpWorker::endpoint() const
{
    return static_cast<core::UdpEndpoint*>(session());
}

void UdpWorker::sendTo(const QString& host, const QString& port, const QByteArray& data)
{
    if (core::UdpEndpoint* running = endpoint())
        running->sendTo(host.toStdString(), port.toStdString(), data.toStdString());
}

void UdpWorker::joinGroup(const QString& group)
{
    if (core::UdpEndpoint* running = endpoint())
        running->joinGroup(group.toStdString());
}

void UdpWorker::leaveGroup(const QString& group)
{
    if (core::UdpEndpoint* running = endpoint())
        running->leaveGroup(group.toStdString());
}

} // namespace socketlab::workers
