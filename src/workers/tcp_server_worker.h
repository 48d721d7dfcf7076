// TcpServerWorker: the Server tab's session (core::TcpServer) on a worker thread.
#pragma once

#include "session_worker.h"

#include "core/tcp_server.h"

#include <QByteArray>

namespace socketlab::workers {

class TcpServerWorker : public SessionWorker {
    Q_OBJECT

public:
    explicit TcpServerWorker(QObject* parent = nullptr);

    bool start(const core::TcpServerOptions& options);
    // Thread-safe commands to the running server; ignored when it is not running.
    void send(core::ConnectionId connection, const QByteArray& data);
    void closeConnection(core::ConnectionId connection);

private:
    core::TcpServer* server() const;
};

} // namespace socketlab::workers
