// socketlab-cli's front door: global options (--help, --version, --lang, --verbose), the list of
// subcommands, and dispatch to the one named.
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace socketlab::cli {

class CliApp {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    CliApp();
    ~CliApp();

    // `arguments` as QCoreApplication::arguments() gives them. Returns the process's exit code.
    int run(const QStringList& arguments);

private:
    QString helpText(const QString& optionsHelp) const;
    Command* findCommand(const QString& name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace socketlab::cli
