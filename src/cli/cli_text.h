// The translation context of every text the CLI shows, for code outside a class that has one.
#pragma once

#include <QCoreApplication>

namespace socketlab::cli {

// lupdate reads Q_DECLARE_TR_FUNCTIONS(socketlab::cli) as the context, so CliText::tr("...") in a
// free function lands in the same context as tr("...") in the command classes.
class CliText {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)
};

} // namespace socketlab::cli
