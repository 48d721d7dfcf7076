// TcpServerWorker: starts core::TcpServer on the worker thread and forwards commands to it.
#include "tcp_server_worker.h"

namespace socketlab::workers {

TcpServerWorker::TcpServerWorker(QObject* parent)
    : SessionWorker(parent)
{
}

bool TcpServerWorker::start(const core::TcpServerOptions& options)
{
    return startSession(std::make_unique<core::TcpServer>(options, listener()));
}

core::TcpServer* TcpServerWorker::server() const
{
    return static_cast<core::TcpServer*>(session());
}

void TcpServerWorker::send(core::ConnectionId connection, const QByteArray& data)
{
    if (core::TcpServer* running = server())
        running->send(connection, data.toStdString());
}

void TcpServerWorker::closeConnection(core::ConnectionId connection)
{
    if (core::TcpServer* running = server())
        running->closeConnection(connection);
}

} // namespace socketlab::workers
