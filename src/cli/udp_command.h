// socketlab-cli udp listen | send: connectionless sockets, one line per datagram, so the message
// boundaries (the lesson of SOCK_DGRAM) stay visible.
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace socketlab::cli {

class UdpCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    QString name() const override;
    QString description() const override;
    int execute(const QStringList& arguments, const GlobalOptions& global) override;

private:
    int executeListen(const QStringList& arguments, const GlobalOptions& global);
    int executeSend(const QStringList& arguments, const GlobalOptions& global);
    QString helpText() const;
};

} // namespace socketlab::cli
