// What every subcommand has: a name, a one-line description and an entry point that returns the
// process's exit code.
#pragma once

#include <QString>
#include <QStringList>

namespace socketlab::cli {

// Scripts tell a failed socket call from a typing mistake by the exit code.
enum ExitCode : int {
    kExitSuccess = 0,
    kExitCallFailed = 1,
    kExitUsage = 2,
};

// What the options before the command name decided.
struct GlobalOptions {
    bool verbose = false;
};

class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // arguments[0] is the command's name; QCommandLineParser skips it as it skips a program name.
    virtual int execute(const QStringList& arguments, const GlobalOptions& global) = 0;
};

} // namespace socketlab::cli
