// The server subcommand: options, a listener that prints each client, and the TcpServer session.
#include "server_command.h"

#include "command_line.h"
#include "output.h"
#include "stop_signals.h"
#include "terminal_listener.h"
#include "trace_output.h"

#include "core/tcp_server.h"

#include <unordered_map>

namespace socketlab::cli {

namespace {

constexpr char kBacklogOption[] = "backlog";
constexpr char kReuseAddressOption[] = "reuseaddr";
constexpr char kReplyOption[] = "reply";
constexpr char kEchoOption[] = "echo";
constexpr char kDiscardOption[] = "discard";
constexpr char kCountOption[] = "count";
constexpr std::uint64_t kMaxBacklog = 65535;

class ServerListener : public TerminalListener {
    Q_DECLARE_TR_FUNCTIONS(socketlab::cli)

public:
    ServerListener(core::CallSink& trace, core::ReplyMode mode)
        : TerminalListener(trace)
        , m_mode(mode)
    {
    }

    void onReady(const core::Endpoint& local) override { printListening(local); }

    void onConnectionOpened(core::ConnectionId id, const core::Endpoint& peer) override
    {
        // The tutorial's line, with the address in Python's tuple form.
        printLine(tr("Got connection from %1").arg(fromStd(peer.toTuple())));
        m_peers[id] = peer;
    }

    void onConnectionClosed(core::ConnectionId id, core::CloseReason reason, const core::ConnectionTotals& totals,
        const core::Error* error) override
    {
        const core::Endpoint peer = m_peers[id];
        m_peers.erase(id);
        if (m_mode == core::ReplyMode::Discard) {
            printLine(tr("Connection from %1 closed: %2 received")
                          .arg(fromStd(peer.toTuple()), byteCountText(totals.bytesReceived)));
        }
        // One client's failure (a reset, say) is worth showing but does not end the server.
        if (reason == core::CloseReason::Failed && error != nullptr)
            printStatus(errorText(*error));
    }

private:
    core::ReplyMode m_mode;
    std::unordered_map<core::ConnectionId, core::Endpoint> m_peers;
};

} // namespace

QString ServerCommand::name() const
{
    return QStringLiteral("server");
}

QString ServerCommand::description() const
{
    return tr("Run the tutorial's server: accept clients, print each one, send a reply and close.");
}

int ServerCommand::execute(const QStringList& arguments, const GlobalOptions& global)
{
    CommandLine line(name(), description());
    line.addAddressOptions({core::Family::Inet, core::Family::Inet6, core::Family::Unix});
    line.addOption(QCommandLineOption(QLatin1String(kBacklogOption),
        tr("How many connections may wait to be accepted (listen's backlog; "
           "default: %1).")
            .arg(core::kTutorialBacklog),
        tr("N")));
    line.addOption(QCommandLineOption(QLatin1String(kReuseAddressOption),
        tr("Set SO_REUSEADDR, so the port can be bound again at once after a "
           "restart.")));
    line.addOption(QCommandLineOption(QLatin1String(kReplyOption),
        tr("Send TEXT to each client, then close (default: '%1').").arg(QLatin1String(core::kTutorialReply)),
        tr("TEXT")));
    line.addOption(
        QCommandLineOption(QLatin1String(kEchoOption), tr("Send back everything each client sends, until it closes.")));
    line.addOption(QCommandLineOption(QLatin1String(kDiscardOption),
        tr("Read and drop everything each client sends; print the byte total "
           "when it closes.")));
    line.addOption(QCommandLineOption(
        QLatin1String(kCountOption), tr("Exit after N connections have ended (default: run until Ctrl+C)."), tr("N")));
    line.addTraceOptions();
    core::TcpServerOptions options;
    if (const std::optional<int> exitCode = line.parseWithAddress(arguments, 0, options))
        return *exitCode;

    if (line.isSet(kBacklogOption)) {
        std::uint64_t backlog = 0;
        if (!line.readInteger(kBacklogOption, 0, kMaxBacklog, core::InputProblem::BadBacklog, backlog))
            return kExitUsage;
        options.backlog = static_cast<int>(backlog);
    }
    options.reuseAddress = line.isSet(kReuseAddressOption);

    const int modeCount
        = int(line.isSet(kReplyOption)) + int(line.isSet(kEchoOption)) + int(line.isSet(kDiscardOption));
    if (modeCount > 1) {
        line.reportUsageError(tr("--reply, --echo and --discard exclude each other: choose one."));
        return kExitUsage;
    }
    if (line.isSet(kEchoOption)) {
        options.mode = core::ReplyMode::Echo;
    } else if (line.isSet(kDiscardOption)) {
        options.mode = core::ReplyMode::Discard;
    } else if (line.isSet(kReplyOption)) {
        options.reply = line.value(kReplyOption).toStdString();
    }

    if (line.isSet(kCountOption) && !line.readCount(kCountOption, options.stopAfterConnections))
        return kExitUsage;

    TraceOutput trace;
    if (!line.readTrace(global, trace))
        return kExitUsage;
    CommandLine::warnIfAllInterfaces(options.host, options.family);

    ServerListener listener(trace, options.mode);
    core::TcpServer server(options, listener);
    const StopOnSignals stopOnSignals(server);
    const core::Result<void> result = server.run();
    return finishSession(result, listener, server.stopRequested());
}

} // namespace socketlab::cli
