// socketlab-cli's entry point: a QCoreApplication (no display needed) and the CLI's front door.
#include "cli_app.h"

#include "core/process_limits.h"

#include "socketlab_version.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("socketlab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKETLAB_VERSION));

    // A server may hold thousands of clients; the default soft limit (often 1024) would refuse them.
    socketlab::core::raiseOpenFileLimit();

    socketlab::cli::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
