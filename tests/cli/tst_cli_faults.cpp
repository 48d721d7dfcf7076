// Faults socketlab-cli survives with a clear message and the documented exit code (issue 7):
// DNS failures and Ctrl+C while getaddrinfo waits, permission denied below 1024 as a normal
// user, a connect that times out, a peer that closes or resets while we send (no SIGPIPE death,
// client or server), and 1000 clients in churn against the CLI server. The DNS cases run in
// the offline namespace of socketlab_run_offline; Linux only (/proc, setpriv, SO_LINGER).
#include "cli_process.h"
#include "loopback.h"
#include "offline_dns.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

#include <csignal>
#include <sys/socket.h>

using socketlab::tests::CliProcess;
using namespace socketlab;
using namespace socketlab::tests;

namespace {

// Ctrl+C's target is 100 ms; the test allows 5x plus the process's own exit.
constexpr int kStopBoundMs = 500;
constexpr int kChurnClients = 1000;
constexpr int kChurnThreads = 4;
constexpr int kResetEvery = 10;
constexpr int kChurnWaitMs = 60000;
constexpr int kFloodBytes = 8 * 1024 * 1024;
constexpr char kPrivilegedPort[] = "80";
constexpr int kMaxStalls = 10000; // EAGAINs in a row: both directions are full

QString portText(quint16 port)
{
    return QString::number(port);
}

int processFdCount(qint64 pid)
{
    const QDir dir(QStringLiteral("/proc/%1/fd").arg(pid));
    return dir.exists() ? int(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size()) : -1;
}

core::Socket connectedClient(std::uint16_t port, core::CallRecorder& recorder)
{
    auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    if (!socket.ok() || !socket->connect(loopbackV4(port), kProcessWaitMs).ok())
        return {};
    return std::move(socket.value());
}

void resetAndClose(core::Socket& socket)
{
    linger hard {};
    hard.l_onoff = 1;
    hard.l_linger = 0;
    ::setsockopt(static_cast<int>(socket.handle()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket.close();
}

} // namespace

class TestCliFaults : public QObject {
    Q_OBJECT

private slots:
    void unresolvableHostExitsOne_data();
    void unresolvableHostExitsOne();
    void ctrlCWhileResolvingEndsAtOnce();
    void permissionDeniedBelow1024ExitsOne();
    void connectTimeoutExitsOne();
    void peerClosesWhileClientSends();
    void peerResetsWhileServerSends();
    void churnOfThousandClients();
};

void TestCliFaults::unresolvableHostExitsOne_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("code");
    const QString unknown = QString::fromLatin1(kUnknownName);
    const QString failing = QString::fromLatin1(kServerFailureName);
    QTest::newRow("client NXDOMAIN") << "client" << unknown << "EAI_NONAME";
    QTest::newRow("client SERVFAIL") << "client" << failing << "EAI_AGAIN";
    QTest::newRow("server SERVFAIL") << "server" << failing << "EAI_AGAIN";
    QTest::newRow("udp listen NXDOMAIN") << "udp listen" << unknown << "EAI_NONAME";
    QTest::newRow("lookup SERVFAIL") << "lookup" << failing << "EAI_AGAIN";
}

// A failed lookup is a failed call: exit 1 (the CLI's documented code), naming the host.
void TestCliFaults::unresolvableHostExitsOne()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    QFETCH(QString, command);
    QFETCH(QString, host);
    QFETCH(QString, code);
    const QStringList arguments = command == QLatin1String("lookup") ? QStringList {command, host}
                                                                     : command.split(QLatin1Char(' '))
            + QStringList {QStringLiteral("--host"), host, QStringLiteral("--port"), QStringLiteral("9")};
    CliProcess cli;
    QVERIFY(cli.startCli(arguments));
    QVERIFY(cli.finish());
    QVERIFY2(cli.exitedNormally() && cli.exitCode() == 1, cli.describe().constData());
    const QString error = QString::fromUtf8(cli.standardError());
    QVERIFY2(error.contains(QLatin1String("getaddrinfo: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("(%1)").arg(code)), qPrintable(error));
    QVERIFY2(error.contains(host), qPrintable(error));
}

// Ctrl+C while the name server never answers: the client ends at once, cleanly (exit 0).
void TestCliFaults::ctrlCWhileResolvingEndsAtOnce()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--host"), QString::fromLatin1(kSilentName),
        QStringLiteral("--port"), QStringLiteral("9")}));
    QTRY_VERIFY2_WITH_TIMEOUT(lookupInProgress(), "the lookup never reached the name server", kProcessWaitMs);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(::kill(pid_t(client.processId()), SIGINT) == 0);
    QVERIFY(client.finish());
    const qint64 tookMs = timer.elapsed();
    qInfo("Ctrl+C during getaddrinfo: the client exited %lld ms later", tookMs);
    QVERIFY2(client.exitedNormally() && client.exitCode() == 0, client.describe().constData());
    QVERIFY2(tookMs < kStopBoundMs, qPrintable(QStringLiteral("exit took %1 ms").arg(tookMs)));
}

// As uid 65534 (setpriv), port 80: EACCES with the hint, exit 1.
void TestCliFaults::permissionDeniedBelow1024ExitsOne()
{
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    if (::geteuid() != 0)
        QSKIP("dropping to uid 65534 needs root (CI runs the tests as root)");
    QFile unprivilegedStart(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (unprivilegedStart.open(QIODevice::ReadOnly) && unprivilegedStart.readAll().trimmed().toInt() <= 80)
        QSKIP("net.ipv4.ip_unprivileged_port_start lets everyone bind port 80 here");
    CliProcess server;
    QVERIFY(server.start(setpriv,
        {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            CliProcess::cliPath(), QStringLiteral("server"), QStringLiteral("--port"),
            QLatin1String(kPrivilegedPort)}));
    QVERIFY(server.finish());
    QVERIFY2(server.exitedNormally() && server.exitCode() == 1, server.describe().constData());
    const QString error = QString::fromUtf8(server.standardError());
    QVERIFY2(error.contains(QLatin1String("bind: Permission denied (EACCES)")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("127.0.0.1:80")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Use a port of 1024 or above")), qPrintable(error));
}

// A listener whose backlog is full never completes the connect: --timeout ends it, exit 1.
void TestCliFaults::connectTimeoutExitsOne()
{
    FullBacklogListener full;
    if (full.broken)
        QFAIL(full.reason.c_str());
    if (!full.ok)
        QSKIP(full.reason.c_str());
    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--port"), portText(full.port),
        QStringLiteral("--timeout"), QStringLiteral("0.3")}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitedNormally() && client.exitCode() == 1, client.describe().constData());
    const QString error = QString::fromUtf8(client.standardError());
    QVERIFY2(error.contains(QLatin1String("(ETIMEDOUT)")), qPrintable(error));
    QVERIFY2(
        error.contains(QStringLiteral("No answer came from 127.0.0.1:%1 in time.").arg(full.port)), qPrintable(error));
}

// The tutorial server replies and closes while the client still streams 8 MiB from stdin: the
// client must not die of SIGPIPE; it ends with the send error (exit 1) or, if the close came
// after its data, cleanly.
void TestCliFaults::peerClosesWhileClientSends()
{
    core::CallRecorder recorder;
    auto listener = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(listener.ok() && listener->bind(loopbackV4(0)).ok() && listener->listen(1).ok());
    const std::uint16_t port = listener->localAddress()->port();

    CliProcess client;
    QVERIFY(client.startCli(
        {QStringLiteral("client"), QStringLiteral("--port"), portText(port), QStringLiteral("--stdin")}));
    QVERIFY(waitReadable(listener->handle(), kProcessWaitMs));
    auto accepted = listener->accept();
    QVERIFY(accepted.ok());
    // The client sends; we read a little, then close without reading the rest: a reset.
    client.write(QByteArray(kFloodBytes, 'x'));
    // Polled with the event loop running: QProcess writes the client's stdin from it.
    QVERIFY(QTest::qWaitFor([&] { return waitReadable(accepted->socket.handle(), 0); }, kProcessWaitMs));
    char buffer[1024];
    QVERIFY(accepted->socket.recv(buffer, sizeof buffer).ok());
    accepted->socket.close();
    QVERIFY(client.finish());
    QVERIFY2(client.exitedNormally(), "the client died of a signal (SIGPIPE?)");
    QVERIFY2(client.exitCode() == 1, client.describe().constData());
    const QString error = QString::fromUtf8(client.standardError());
    QVERIFY2(
        error.contains(QLatin1String("(EPIPE)")) || error.contains(QLatin1String("(ECONNRESET)")), qPrintable(error));
}

// An echo server whose client floods it without reading, then resets: the server reports the
// failed connection, survives, and still echoes for the next client.
void TestCliFaults::peerResetsWhileServerSends()
{
    CliProcess server;
    QVERIFY(server.startCli(
        {QStringLiteral("server"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--echo")}));
    const quint16 port = server.waitForListeningPort();
    QVERIFY2(port != 0, server.describe().constData());

    core::CallRecorder recorder;
    {
        core::Socket flooder = connectedClient(port, recorder);
        QVERIFY(flooder.isOpen());
        QVERIFY(flooder.setNonBlocking(true).ok());
        const std::string chunk(64 * 1024, 'y');
        // Fill both directions: the server's echo piles up in our unread receive buffer, so it
        // has output pending when the reset comes.
        int sent = 0;
        for (int stalls = 0; sent < kFloodBytes && stalls < kMaxStalls;) {
            auto result = flooder.send(chunk.data(), chunk.size());
            if (result.ok()) {
                sent += int(*result);
                stalls = 0;
            } else if (result.error().condition == core::Condition::WouldBlock) {
                ++stalls;
                std::this_thread::yield(); // let the server read and echo
            } else {
                break;
            }
        }
        qInfo("sent %d bytes without reading the echo, then reset", sent);
        resetAndClose(flooder);
    }
    QVERIFY2(
        server.waitForStderr(QRegularExpression(QStringLiteral("ECONNRESET|EPIPE"))), server.describe().constData());
    QVERIFY2(server.isRunning(), server.describe().constData());

    core::Socket next = connectedClient(port, recorder);
    QVERIFY(next.isOpen());
    QVERIFY(next.send("still here", 10).ok());
    QVERIFY(waitReadable(next.handle(), kProcessWaitMs));
    char reply[10];
    auto got = next.recv(reply, sizeof reply);
    QVERIFY(got.ok() && *got > 0);
    next.close();

    QVERIFY(::kill(pid_t(server.processId()), SIGINT) == 0);
    QVERIFY(server.finish());
    QVERIFY2(server.exitedNormally() && server.exitCode() == 0, server.describe().constData());
}

// 1000 clients connect, get their echo and leave (every 10th with a reset) against the CLI
// server: it keeps its descriptor count, still answers, and stops cleanly.
void TestCliFaults::churnOfThousandClients()
{
    CliProcess server;
    QVERIFY(server.startCli({QStringLiteral("server"), QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--echo"), QStringLiteral("--backlog"), QStringLiteral("128")}));
    const quint16 port = server.waitForListeningPort();
    QVERIFY2(port != 0, server.describe().constData());
    const int fdsBefore = processFdCount(server.processId());
    if (fdsBefore < 0)
        QSKIP("no /proc/<pid>/fd to count the server's descriptors");

    std::atomic<int> echoed {0};
    std::atomic<int> broken {0};
    std::atomic<int> running {kChurnThreads};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> churners;
    for (int t = 0; t < kChurnThreads; ++t) {
        churners.emplace_back([&, t] {
            core::CallRecorder recorder;
            for (int i = t; i < kChurnClients; i += kChurnThreads) {
                core::Socket client = connectedClient(port, recorder);
                const std::string message = "client " + std::to_string(i);
                if (!client.isOpen() || !client.send(message.data(), message.size()).ok()) {
                    ++broken;
                    continue;
                }
                std::string reply;
                char buffer[64];
                while (reply.size() < message.size() && waitReadable(client.handle(), kProcessWaitMs)) {
                    auto got = client.recv(buffer, sizeof buffer);
                    if (!got.ok() || *got == 0)
                        break;
                    reply.append(buffer, *got);
                }
                ++(reply == message ? echoed : broken);
                if (i % kResetEvery == 0)
                    resetAndClose(client);
            }
            --running;
        });
    }
    // This thread keeps reading the server's output meanwhile, so its pipes never fill.
    const bool done = QTest::qWaitFor(
        [&] {
            server.standardError();
            server.standardOutput();
            return running.load() == 0;
        },
        kChurnWaitMs);
    for (std::thread& churner : churners)
        churner.join();
    qInfo("%d clients against the CLI server in %lld ms", kChurnClients, timer.elapsed());
    QVERIFY(done);
    QCOMPARE(broken.load(), 0);
    QCOMPARE(echoed.load(), kChurnClients);
    QVERIFY2(server.isRunning(), server.describe().constData());
    // Every connection ends on the server's side too: back to its descriptors before.
    QTRY_COMPARE_WITH_TIMEOUT(processFdCount(server.processId()), fdsBefore, kProcessWaitMs);

    core::CallRecorder recorder;
    core::Socket last = connectedClient(port, recorder);
    QVERIFY(last.isOpen());
    QVERIFY(last.send("end", 3).ok());
    QVERIFY(waitReadable(last.handle(), kProcessWaitMs));
    last.close();
    QVERIFY(::kill(pid_t(server.processId()), SIGINT) == 0);
    QVERIFY(server.finish());
    QVERIFY2(server.exitedNormally() && server.exitCode() == 0, server.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
