// socketlab-cli lookup: the tutorial's getaddrinfo() listing, one Python tuple a line, followed by
// gethostname().
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace socketlab::cli {

class LookupCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    QString name() const override;
    QString description() const override;
    int execute(const QStringList& arguments, const GlobalOptions& global) override;
};

} // namespace socketlab::cli
