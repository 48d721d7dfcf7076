// socketlab-cli server: the tutorial's server.py (bind, listen(5), for each client print
// "Got connection from (...)", send "Thank you for connecting", close), plus echo and discard.
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace socketlab::cli {

class ServerCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    QString name() const override;
    QString description() const override;
    int execute(const QStringList& arguments, const GlobalOptions& global) override;
};

} // namespace socketlab::cli
