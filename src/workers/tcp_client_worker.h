// TcpClientWorker: the Client tab's session (core::TcpClient) on a worker thread.
#pragma once

#include "session_worker.h"

#include "core/tcp_client.h"

#include <QByteArray>

namespace socketlab::workers {

class TcpClientWorker : public SessionWorker {
    Q_OBJECT

public:
    explicit TcpClientWorker(QObject* parent = nullptr);

    bool start(const core::TcpClientOptions& options);
    // Thread-safe commands to the running client; ignored when it is not running.
    void send(const QByteArray& data);
    void shutdownWrite();
    void disconnectFromServer();

private:
    core::TcpClient* client() const;
};

} // namespace socketlab::workers
