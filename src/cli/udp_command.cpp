// The udp subcommands: listen (bind, recvfrom in a loop, optional echo) and send (one sendto,
// optionally waiting for one reply).
#include "udp_command.h"

#include "command_line.h"
#include "output.h"
#include "stop_signals.h"
#include "terminal_listener.h"
#include "trace_output.h"

#include "core/python_repr.h"
#include "core/udp_endpoint.h"
#include "i18n/terminal_text.h"

#include <cstdio>

namespace socketlab::cli {

namespace {

constexpr char kListenCommand[] = "listen";
constexpr char kSendCommand[] = "send";
constexpr char kCountOption[] = "count";
constexpr char kEchoOption[] = "echo";
constexpr char kReuseAddressOption[] = "reuseaddr";
constexpr char kBroadcastOption[] = "broadcast";
constexpr char kWaitReplyOption[] = "wait-reply";
constexpr int kSendOnlyIdleTimeoutMs = 0; // end as soon as the datagram is sent

const QList<core::Family> kUdpFamilies = {core::Family::Inet, core::Family::Inet6};

class UdpListener : public TerminalListener {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    UdpListener(core::CallSink& trace, bool listening)
        : TerminalListener(trace)
        , m_listening(listening)
    {
    }

    void onReady(const core::Endpoint& local) override
    {
        if (m_listening)
            printListening(local);
    }

    void onDatagram(const core::Endpoint& from, const char* data, std::size_t size) override
    {
        ++m_datagrams;
        // Python's repr of the bytes: boundaries and binary content visible, nothing a terminal
        // could take for an escape sequence.
        printLine(tr("%1 %2: %3")
                      .arg(fromStd(from.toTuple()), byteCountText(size),
                          fromStd(core::pythonBytes(std::string_view(data, size)))));
    }

    void onDatagramSent(const core::Endpoint& to, const char*, std::size_t size) override
    {
        if (!m_listening)
            printStatus(tr("Sent %1 to %2").arg(byteCountText(size), fromStd(to.toTuple())));
    }

    std::uint64_t datagrams() const { return m_datagrams; }

private:
    bool m_listening;
    std::uint64_t m_datagrams = 0;
};

} // namespace

QString UdpCommand::name() const
{
    return QStringLiteral("udp");
}

QString UdpCommand::description() const
{
    return tr("Send and receive UDP datagrams: 'udp listen' prints each datagram with its sender, 'udp send' "
              "sends one.");
}

QString UdpCommand::helpText() const
{
    return tr("Usage: %1 udp listen [options]\n"
              "       %1 udp send [options] TEXT\n"
              "%2\n\n"
              "Run '%1 udp listen --help' or '%1 udp send --help' for the options.\n")
        .arg(QLatin1String(kProgramName), description());
}

int UdpCommand::execute(const QStringList& arguments, const GlobalOptions& global)
{
    // arguments[0] is "udp"; what follows names the subcommand.
    const QString subcommand = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (subcommand == QLatin1String(kListenCommand))
        return executeListen(rest, global);
    if (subcommand == QLatin1String(kSendCommand))
        return executeSend(rest, global);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        i18n::writeTerminalText(stdout, helpText());
        return kExitSuccess;
    }
    if (subcommand.isEmpty())
        printStatus(tr("%1 udp: expected 'listen' or 'send'.").arg(QLatin1String(kProgramName)));
    else
        printStatus(tr("%1 udp: unknown subcommand '%2'. Expected 'listen' or 'send'.")
                        .arg(QLatin1String(kProgramName), subcommand));
    i18n::writeTerminalText(stderr, helpText());
    return kExitUsage;
}

int UdpCommand::executeListen(const QStringList& arguments, const GlobalOptions& global)
{
    CommandLine line(
        QStringLiteral("udp listen"), tr("Bind a UDP socket and print each datagram that arrives, with its sender."));
    line.addAddressOptions(kUdpFamilies);
    line.addOption(QCommandLineOption(
        QLatin1String(kCountOption), tr("Exit after N datagrams (default: run until Ctrl+C)."), tr("N")));
    line.addOption(QCommandLineOption(QLatin1String(kEchoOption), tr("Send each datagram back to its sender.")));
    line.addOption(QCommandLineOption(QLatin1String(kReuseAddressOption), tr("Set SO_REUSEADDR before bind().")));
    line.addOption(
        QCommandLineOption(QLatin1String(kBroadcastOption), tr("Set SO_BROADCAST (needed to send to '<broadcast>').")));
    line.addTraceOptions();
    core::UdpOptions options;
    if (const std::optional<int> exitCode = line.parseWithAddress(arguments, 0, options))
        return *exitCode;
    options.echo = line.isSet(kEchoOption);
    options.reuseAddress = line.isSet(kReuseAddressOption);
    options.broadcast = line.isSet(kBroadcastOption);
    if (line.isSet(kCountOption) && !line.readCount(kCountOption, options.stopAfterDatagrams))
        return kExitUsage;

    TraceOutput trace;
    if (!line.readTrace(global, trace))
        return kExitUsage;
    CommandLine::warnIfAllInterfaces(options.host, options.family);

    UdpListener listener(trace, true);
    core::UdpEndpoint endpoint(options, listener);
    const StopOnSignals stopOnSignals(endpoint);
    const core::Result<void> result = endpoint.run();
    return finishSession(result, listener, endpoint.stopRequested());
}

int UdpCommand::executeSend(const QStringList& arguments, const GlobalOptions& global)
{
    CommandLine line(
        QStringLiteral("udp send"), tr("Send TEXT as one datagram with sendto(); optionally wait for one reply."));
    line.addAddressOptions(kUdpFamilies);
    line.addOption(
        QCommandLineOption(QLatin1String(kBroadcastOption), tr("Set SO_BROADCAST, needed to send to '<broadcast>'.")));
    line.addOption(QCommandLineOption(QLatin1String(kWaitReplyOption),
        tr("Wait up to S seconds for one reply datagram and print it; exit 1 if "
           "none comes."),
        tr("S")));
    line.addPositional(QStringLiteral("TEXT"), tr("The datagram's content."), QStringLiteral("TEXT"));
    line.addTraceOptions();
    if (const std::optional<int> exitCode = line.parse(arguments))
        return *exitCode;
    if (line.positionalArguments().isEmpty()) {
        line.reportUsageError(tr("the TEXT to send is missing."));
        return kExitUsage;
    }
    if (!line.checkPositionalCount(1))
        return kExitUsage;

    AddressChoice address;
    if (!line.readAddress(address))
        return kExitUsage;
    const std::string text = line.positionalArguments().constFirst().toStdString();
    if (text.size() > core::maxDatagramSize(address.family)) {
        line.reportInputError(QStringLiteral("TEXT"),
            core::inputError(core::InputProblem::DatagramTooLarge, std::to_string(text.size())));
        return kExitUsage;
    }

    core::UdpOptions options;
    options.family = address.family;
    options.bind = false; // like a client's sendto(): the system picks the local port
    options.broadcast = line.isSet(kBroadcastOption);
    const bool waitForReply = line.isSet(kWaitReplyOption);
    options.idleTimeoutMs = kSendOnlyIdleTimeoutMs;
    if (waitForReply) {
        if (!line.readSeconds(kWaitReplyOption, options.idleTimeoutMs))
            return kExitUsage;
        options.stopAfterDatagrams = 1;
    }

    TraceOutput trace;
    if (!line.readTrace(global, trace))
        return kExitUsage;

    UdpListener listener(trace, false);
    core::UdpEndpoint endpoint(options, listener);
    endpoint.sendTo(address.host, address.port, text);
    const StopOnSignals stopOnSignals(endpoint);
    const core::Result<void> result = endpoint.run();

    int exitCode = finishSession(result, listener, endpoint.stopRequested());
    if (endpoint.stopRequested() || exitCode != kExitSuccess)
        return exitCode;
    if (const std::optional<core::Error>& problem = listener.firstProblem()) // the sendto failed
        return problem->kind == core::ErrorKind::Input ? kExitUsage : kExitCallFailed;
    if (waitForReply && listener.datagrams() == 0) {
        printStatus(tr("No reply came within %1 seconds.").arg(line.value(kWaitReplyOption)));
        return kExitCallFailed;
    }
    return kExitSuccess;
}

} // namespace socketlab::cli
