// socketlab-cli against other programs that speak sockets: the tutorial's own Python client and
// server, netcat and socat. Each case is skipped, saying why, when its tool is not installed.
#include "cli_process.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using socketlab::tests::CliProcess;

namespace {

constexpr char kTutorialReply[] = "Thank you for connecting";
constexpr quint32 kRandomSeed = 4242;
constexpr int kStreamPayloadSize = 256 * 1024;
constexpr int kLongWaitMs = 30000;

// client.py from the tutorial, in Python 3.
constexpr char kPythonTutorialClient[] = "import socket, sys\n"
                                         "s = socket.socket()\n"
                                         "s.connect(('127.0.0.1', int(sys.argv[1])))\n"
                                         "print(s.recv(1024).decode())\n"
                                         "s.close()\n";

// server.py from the tutorial on port 0, printing the port it got, for one client.
constexpr char kPythonTutorialServer[] = "import socket\n"
                                         "s = socket.socket()\n"
                                         "s.bind(('127.0.0.1', 0))\n"
                                         "s.listen(5)\n"
                                         "print(s.getsockname()[1], flush=True)\n"
                                         "c, addr = s.accept()\n"
                                         "print('Got connection from', addr, flush=True)\n"
                                         "c.send(b'Thank you for connecting')\n"
                                         "c.close()\n"
                                         "s.close()\n";

// An echo server for one client: everything back until the client shuts down its sending side.
constexpr char kPythonEchoServer[] = "import socket\n"
                                     "s = socket.socket()\n"
                                     "s.bind(('127.0.0.1', 0))\n"
                                     "s.listen(1)\n"
                                     "print(s.getsockname()[1], flush=True)\n"
                                     "c, addr = s.accept()\n"
                                     "while True:\n"
                                     "    data = c.recv(65536)\n"
                                     "    if not data:\n"
                                     "        break\n"
                                     "    c.sendall(data)\n"
                                     "c.close()\n"
                                     "s.close()\n";

constexpr char kPythonUdpSender[] = "import socket, sys\n"
                                    "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                                    "s.sendto(b'hello from python', ('127.0.0.1', int(sys.argv[1])))\n"
                                    "s.close()\n";

QString findTool(const char* name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QByteArray randomBytes(int size)
{
    QByteArray data(size, '\0');
    QRandomGenerator generator(kRandomSeed);
    for (char& byte : data)
        byte = static_cast<char>(generator.bounded(256));
    return data;
}

// The port a Python server printed on its first line; 0 if none came.
quint16 waitForPrintedPort(CliProcess& server)
{
    static const QRegularExpression firstLine(QStringLiteral("^(\\d+)\\n"));
    QRegularExpressionMatch match;
    if (!server.waitForStdout(firstLine, &match))
        return 0;
    return static_cast<quint16>(match.captured(1).toUInt());
}

} // namespace

class TestCliInterop : public QObject {
    Q_OBJECT

private slots:
    void pythonClientAgainstCliServer();
    void cliClientAgainstPythonServer();
    void cliStdinAgainstPythonEchoServer();
    void netcatAgainstCliEchoServer();
    void socatAgainstCliEchoServer();
    void pythonDatagramToCliUdpListen();

private:
    static quint16 startCliServer(CliProcess& server, const QStringList& extra);
};

quint16 TestCliInterop::startCliServer(CliProcess& server, const QStringList& extra)
{
    if (!server.startCli(QStringList {QStringLiteral("server"), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--count"), QStringLiteral("1")}
            + extra)) {
        return 0;
    }
    return server.waitForListeningPort();
}

void TestCliInterop::pythonClientAgainstCliServer()
{
    const QString python = findTool("python3");
    if (python.isEmpty())
        QSKIP("python3 is not installed: the tutorial's client cannot run");

    CliProcess server;
    const quint16 port = startCliServer(server, {});
    QVERIFY2(port != 0, server.describe().constData());

    CliProcess client;
    QVERIFY(client.start(python, {QStringLiteral("-c"), QLatin1String(kPythonTutorialClient), QString::number(port)}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray(kTutorialReply) + '\n');

    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());
    static const QRegularExpression gotConnection(
        QStringLiteral("^Got connection from \\('127\\.0\\.0\\.1', \\d+\\)$"));
    const QString output = QString::fromUtf8(server.standardOutput()).trimmed();
    QVERIFY2(gotConnection.match(output).hasMatch(), qPrintable(output));
}

void TestCliInterop::cliClientAgainstPythonServer()
{
    const QString python = findTool("python3");
    if (python.isEmpty())
        QSKIP("python3 is not installed: the tutorial's server cannot run");

    CliProcess server;
    QVERIFY(server.start(python, {QStringLiteral("-c"), QLatin1String(kPythonTutorialServer)}));
    const quint16 port = waitForPrintedPort(server);
    QVERIFY2(port != 0, server.describe().constData());

    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--port"), QString::number(port)}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray(kTutorialReply) + '\n');

    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());
    // Python's own line uses the same tuple form as socketlab-cli's server.
    QVERIFY2(server.standardOutput().contains("Got connection from ('127.0.0.1', "), server.standardOutput());
}

void TestCliInterop::cliStdinAgainstPythonEchoServer()
{
    const QString python = findTool("python3");
    if (python.isEmpty())
        QSKIP("python3 is not installed: the echo server cannot run");

    CliProcess server;
    QVERIFY(server.start(python, {QStringLiteral("-c"), QLatin1String(kPythonEchoServer)}));
    const quint16 port = waitForPrintedPort(server);
    QVERIFY2(port != 0, server.describe().constData());

    const QByteArray payload = randomBytes(kStreamPayloadSize);
    CliProcess client;
    QVERIFY(client.startCli(
        {QStringLiteral("client"), QStringLiteral("--port"), QString::number(port), QStringLiteral("--stdin")}));
    client.write(payload);
    client.closeWrite();
    QVERIFY2(client.finish(kLongWaitMs), client.describe().constData());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput().size(), payload.size());
    QVERIFY(client.standardOutput() == payload);
    QVERIFY(server.finish());
    QCOMPARE(server.exitCode(), 0);
}

void TestCliInterop::netcatAgainstCliEchoServer()
{
    const QString netcat = findTool("nc");
    if (netcat.isEmpty())
        QSKIP("nc (netcat-openbsd) is not installed");

    CliProcess server;
    const quint16 port = startCliServer(server, {QStringLiteral("--echo")});
    QVERIFY2(port != 0, server.describe().constData());

    // -N: shut down the sending side at the end of input, so the echo server sees EOF.
    CliProcess client;
    QVERIFY(client.start(netcat, {QStringLiteral("-N"), QStringLiteral("127.0.0.1"), QString::number(port)}));
    client.write("hello from netcat\n");
    client.closeWrite();
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray("hello from netcat\n"));
    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());
}

void TestCliInterop::socatAgainstCliEchoServer()
{
    const QString socat = findTool("socat");
    if (socat.isEmpty())
        QSKIP("socat is not installed");

    CliProcess server;
    const quint16 port = startCliServer(server, {QStringLiteral("--echo")});
    QVERIFY2(port != 0, server.describe().constData());

    CliProcess client;
    QVERIFY(client.start(socat, {QStringLiteral("-"), QStringLiteral("TCP:127.0.0.1:%1").arg(port)}));
    client.write("hello from socat\n");
    client.closeWrite();
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray("hello from socat\n"));
    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());
}

void TestCliInterop::pythonDatagramToCliUdpListen()
{
    const QString python = findTool("python3");
    if (python.isEmpty())
        QSKIP("python3 is not installed: no datagram sender");

    CliProcess listener;
    QVERIFY(listener.startCli({QStringLiteral("udp"), QStringLiteral("listen"), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--count"), QStringLiteral("1")}));
    const quint16 port = listener.waitForListeningPort();
    QVERIFY2(port != 0, listener.describe().constData());

    CliProcess sender;
    QVERIFY(sender.start(python, {QStringLiteral("-c"), QLatin1String(kPythonUdpSender), QString::number(port)}));
    QVERIFY(sender.finish());
    QVERIFY2(sender.exitCode() == 0, sender.describe().constData());
    QVERIFY(listener.finish());
    QVERIFY2(listener.exitCode() == 0, listener.describe().constData());
    const QString heard = QString::fromUtf8(listener.standardOutput()).trimmed();
    static const QRegularExpression datagram(
        QStringLiteral("^\\('127\\.0\\.0\\.1', \\d+\\) 17 byte.*: b'hello from python'$"));
    QVERIFY2(datagram.match(heard).hasMatch(), qPrintable(heard));
}

QTEST_GUILESS_MAIN(TestCliInterop)
#include "tst_cli_interop.moc"
