// Option parsing shared by every subcommand: the common options (--host, --port, --family,
// --trace, --verbose), --help, and the checks that turn a typing mistake into exit code 2 with a
// message naming the input and the expected form, before any socket exists.
#pragma once

#include "command.h"

#include "core/address.h"
#include "core/errors.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace socketlab::cli {

class TraceOutput;

inline constexpr char kProgramName[] = "socketlab-cli";

// Option names, shared so that every subcommand spells them alike.
inline constexpr char kHostOption[] = "host";
inline constexpr char kPortOption[] = "port";
inline constexpr char kFamilyOption[] = "family";
inline constexpr char kTraceOption[] = "trace";
inline constexpr char kVerboseOption[] = "verbose";
inline constexpr char kOverwriteOption[] = "overwrite";
inline constexpr char kHelpOption[] = "help";

// The host, port and domain a session uses, checked.
struct AddressChoice {
    core::Family family = core::Family::Inet;
    std::string host;
    std::string port;
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    // `commandPath` is what follows the program name: "server", "udp send".
    CommandLine(const QString& commandPath, const QString& description);

    void addOption(const QCommandLineOption& option);
    void addPositional(const QString& name, const QString& description, const QString& syntax);
    // --host, --port and --family; `families` are the domains the command accepts.
    void addAddressOptions(const QList<core::Family>& families);
    void addTraceOptions();

    // Returns an exit code when the command must end now: 0 after --help, 2 for a mistake.
    std::optional<int> parse(const QStringList& arguments);

    // parse(), at most `positional` positional arguments, then --family/--host/--port into any
    // session options with family, host and port fields (TcpServerOptions, TcpClientOptions,
    // UdpOptions). Returns an exit code when the command must end now.
    template<typename SessionOptions>
    std::optional<int> parseWithAddress(const QStringList& arguments, int positional, SessionOptions& options)
    {
        if (const std::optional<int> exitCode = parse(arguments))
            return exitCode;
        AddressChoice address;
        if (!checkPositionalCount(positional) || !readAddress(address))
            return kExitUsage;
        options.family = address.family;
        options.host = address.host;
        options.port = address.port;
        return std::nullopt;
    }

    bool isSet(const char* option) const;
    QString value(const char* option) const;
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    QString helpText() const;

    // Each reader checks one input; on a mistake it prints what is wrong and returns false, and
    // the command exits with kExitUsage.
    bool readFamily(const QList<core::Family>& allowed, core::Family fallback, core::Family& out) const;
    bool readAddress(AddressChoice& out) const;
    // `label` names the input in messages: "--host", or "HOST" for a positional argument.
    bool readHost(const QString& host, core::Family family, const QString& label, std::string& out) const;
    bool readPort(const QString& port, const QString& label, std::string& out) const;
    bool readInteger(const char* option, std::uint64_t minimum, std::uint64_t maximum, core::InputProblem problem,
        std::uint64_t& out) const;
    bool readCount(const char* option, std::uint64_t& out) const;
    bool readSeconds(const char* option, int& outMs) const;
    bool readTrace(const GlobalOptions& global, TraceOutput& trace) const;
    // For commands that bind(): a warning line on stderr when `host` stands for every interface ('', 0.0.0.0,
    // ::, 0), which other machines on the network can reach; typing it was the explicit choice.
    static void warnIfAllInterfaces(const std::string& host, core::Family family);
    // Refuses positional arguments beyond `expected`.
    bool checkPositionalCount(int expected) const;

    // "socketlab-cli server: <message>"
    void reportUsageError(const QString& message) const;
    void reportInputError(const QString& label, const core::Error& error) const;

private:
    void printHelpHint() const;
    static QString optionLabel(const char* option);

    QString m_commandPath;
    QCommandLineParser m_parser;
    QList<core::Family> m_families;
};

// QCommandLineParser's help names the program as it was started (maybe a full path) on its usage
// line; this puts `usageName` there instead ("socketlab-cli server").
QString withUsageName(QString helpText, const QString& usageName);

// "inet|inet6|unix" for the domains given, as --family accepts them.
QString familyChoices(const QList<core::Family>& families);

} // namespace socketlab::cli
