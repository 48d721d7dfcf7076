// socketlab-cli client: the tutorial's client.py (connect, print one recv(1024), close), or a
// conversation: --send TEXT, or --stdin streamed netcat-like.
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace socketlab::cli {

class ClientCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    QString name() const override;
    QString description() const override;
    int execute(const QStringList& arguments, const GlobalOptions& global) override;
};

} // namespace socketlab::cli
