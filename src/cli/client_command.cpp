// The client subcommand: options, a listener that writes what arrives, and the TcpClient session.
#include "client_command.h"

#include "command_line.h"
#include "output.h"
#include "stdin_pump.h"
#include "stop_signals.h"
#include "terminal_listener.h"
#include "trace_output.h"

#include "core/tcp_client.h"

#include <cstdio>
#include <memory>

namespace socketlab::cli {

namespace {

constexpr char kSendOption[] = "send";
constexpr char kStdinOption[] = "stdin";
constexpr char kRecvSizeOption[] = "recv-size";
constexpr char kTimeoutOption[] = "timeout";
// recv() sizes beyond this only waste memory; the core's BadSize text names the same range.
constexpr std::uint64_t kMaxRecvSize = 1024 * 1024;
constexpr double kMillisecondsPerSecond = 1000.0;

class ClientListener : public TerminalListener {
public:
    explicit ClientListener(core::CallSink& trace)
        : TerminalListener(trace)
    {
    }

    void onReady(const core::Endpoint&) override { m_connected = true; }

    void onReceived(core::ConnectionId, const char* data, std::size_t size) override
    {
        m_received = m_received || size > 0;
        m_writer.write(data, size);
    }

    void onConnectionClosed(
        core::ConnectionId, core::CloseReason reason, const core::ConnectionTotals&, const core::Error* error) override
    {
        if (reason == core::CloseReason::Failed && error != nullptr)
            onProblem(*error);
    }

    bool connected() const { return m_connected; }
    bool received() const { return m_received; }
    ReceivedDataWriter& writer() { return m_writer; }

private:
    ReceivedDataWriter m_writer;
    bool m_connected = false;
    bool m_received = false;
};

} // namespace

QString ClientCommand::name() const
{
    return QStringLiteral("client");
}

QString ClientCommand::description() const
{
    return tr("Run the tutorial's client: connect, print what one recv() returns, close. With --send or "
              "--stdin: send, then print everything received until the server closes.");
}

int ClientCommand::execute(const QStringList& arguments, const GlobalOptions& global)
{
    CommandLine line(name(), description());
    line.addAddressOptions({core::Family::Inet, core::Family::Inet6, core::Family::Unix});
    line.addOption(QCommandLineOption(QLatin1String(kSendOption),
        tr("Send TEXT after connecting, shut down the sending side, and print "
           "everything received until the server closes."),
        tr("TEXT")));
    line.addOption(QCommandLineOption(QLatin1String(kStdinOption),
        tr("Send standard input to the server (shutting down the sending side at "
           "its end) and write everything received to standard output, "
           "until the server closes.")));
    line.addOption(QCommandLineOption(QLatin1String(kRecvSizeOption),
        tr("The size passed to recv() (default: %1).").arg(core::kTutorialRecvSize), tr("N")));
    line.addOption(QCommandLineOption(QLatin1String(kTimeoutOption),
        tr("Give up connecting after S seconds, such as 5 or 0.5 (default: %1).")
            .arg(core::kDefaultConnectTimeoutMs / kMillisecondsPerSecond),
        tr("S")));
    line.addTraceOptions();
    core::TcpClientOptions options;
    if (const std::optional<int> exitCode = line.parseWithAddress(arguments, 0, options))
        return *exitCode;

    if (line.isSet(kSendOption) && line.isSet(kStdinOption)) {
        line.reportUsageError(tr("--send and --stdin exclude each other: choose one."));
        return kExitUsage;
    }
    const bool conversation = line.isSet(kSendOption) || line.isSet(kStdinOption);
    options.mode = conversation ? core::ClientMode::Conversation : core::ClientMode::Tutorial;

    if (line.isSet(kRecvSizeOption)) {
        std::uint64_t size = 0;
        if (!line.readInteger(kRecvSizeOption, 1, kMaxRecvSize, core::InputProblem::BadSize, size))
            return kExitUsage;
        options.recvSize = static_cast<std::size_t>(size);
    }
    if (line.isSet(kTimeoutOption) && !line.readSeconds(kTimeoutOption, options.connectTimeoutMs))
        return kExitUsage;

    TraceOutput trace;
    if (!line.readTrace(global, trace))
        return kExitUsage;

    ClientListener listener(trace);
    core::TcpClient client(options, listener);
    std::unique_ptr<StdinPump> stdinPump;
    if (line.isSet(kSendOption)) {
        client.send(line.value(kSendOption).toStdString());
        client.shutdownWrite();
    } else if (line.isSet(kStdinOption)) {
        stdinPump = std::make_unique<StdinPump>(client);
        stdinPump->start();
    }

    core::Result<void> result;
    {
        const StopOnSignals stopOnSignals(client);
        result = client.run();
    }
    if (stdinPump)
        stdinPump->sessionEnded();

    listener.writer().finish();
    const bool clean = result.ok() && !listener.firstProblem();
    if (clean && listener.connected()) {
        // Python's print() ends the tutorial's output with a newline; a conversation is written as
        // received, with a newline added only to keep a terminal's prompt off the last line.
        const bool needsNewline = !conversation
            || (listener.writer().toTerminal() && listener.received() && !listener.writer().endsWithNewline());
        if (needsNewline) {
            std::fputc('\n', stdout);
            std::fflush(stdout);
        }
    }

    int exitCode = finishSession(result, listener, client.stopRequested());
    if (exitCode == kExitSuccess && listener.firstProblem() && !client.stopRequested())
        exitCode = kExitCallFailed;
    if (stdinPump) {
        if (const std::optional<QString> readError = stdinPump->readError()) {
            printStatus(*readError);
            if (exitCode == kExitSuccess)
                exitCode = kExitCallFailed;
        }
    }
    return exitCode;
}

} // namespace socketlab::cli
