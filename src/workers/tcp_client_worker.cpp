// TcpClientWorker: starts core::TcpClient on the worker thread and forwards commands to it.
#include "tcp_client_worker.h"

namespace socketlab::workers {

TcpClientWorker::TcpClientWorker(QObject* parent)
    : SessionWorker(parent)
{
}

bool TcpClientWorker::start(const core::TcpClientOptions& options)
{
    return startSession(std::make_unique<core::TcpClient>(options, listener()));
}

core::TcpClient* TcpClientWorker::client() const
{
    return static_cast<core::TcpClient*>(session());
}

void TcpClientWorker::send(const QByteArray& data)
{
    if (core::TcpClient* running = client())
        running->send(data.toStdString());
}

void TcpClientWorker::shutdownWrite()
{
    if (core::TcpClient* running = client())
        running->shutdownWrite();
}

void TcpClientWorker::disconnectFromServer()
{
    if (core::TcpClient* running = client())
        running->disconnect();
}

} // namespace socketlab::workers
