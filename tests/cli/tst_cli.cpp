// socketlab-cli run as a user runs it: each subcommand against another socketlab-cli, on
// loopback, with port 0 and the real port read from the server's stderr status line.
#include "cli_process.h"
#include "offline_dns.h"

#include "core/errors.h"
#include "core/messages.h"

#include "socketlab_version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <tuple>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using socketlab::tests::CliProcess;

namespace {

constexpr char kTutorialReply[] = "Thank you for connecting";
constexpr quint32 kRandomSeed = 20240607;
constexpr int kEchoPayloadSize = 1024 * 1024;
constexpr int kDiscardPayloadSize = 100000;
constexpr int kLongWaitMs = 30000; // a megabyte through two processes on a loaded machine

QByteArray randomBytes(int size)
{
    QByteArray data(size, '\0');
    QRandomGenerator generator(kRandomSeed);
    for (char& byte : data)
        byte = static_cast<char>(generator.bounded(256));
    return data;
}

QString portText(quint16 port)
{
    return QString::number(port);
}

QStringList lines(const QByteArray& output)
{
    return QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Whether `calls` holds `expected` in this order (other calls may come between).
bool containsInOrder(const QStringList& calls, const QStringList& expected)
{
    int next = 0;
    for (const QString& call : calls) {
        if (next < expected.size() && call == expected.at(next))
            ++next;
    }
    return next == expected.size();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void versionAndHelpNeedNoDisplay();
    void messagesFollowTheLocaleAndLang_data();
    void messagesFollowTheLocaleAndLang();
    void russianServerUsesTheTutorialsWords();
    void commandHelp_data();
    void commandHelp();
    void tutorialServerAndClient();
    void customReply();
    void ipv6TupleForm();
    void unixSocket();
    void echoRoundTripIsByteExact();
    void sendOptionPrintsTheReply();
    void stdinLeftOpenDoesNotHoldTheClient();
    void discardPrintsTheByteTotal();
    void refusedConnectionExitsOne();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void unknownServiceRefusedBeforeAnyCall_data();
    void unknownServiceRefusedBeforeAnyCall();
    void addressInUseExitsOne();
    void sigintStopsTheServerCleanly();
    void traceFileHoldsJsonLines();
    void verboseWritesTheTraceToStderr();
    void udpListenAndSendWithEcho();
    void udpSendWithoutReplyExitsOne();
    void lookupLocalhost();
    void lookupSpecialHostForms_data();
    void lookupSpecialHostForms();
    void lookupUnknownHostExitsOne();

private:
    // Starts `server --port 0 <extra>` and returns its port (0 on failure, with a QTest failure).
    static quint16 startServer(CliProcess& server, const QStringList& extra);
};

quint16 TestCli::startServer(CliProcess& server, const QStringList& extra)
{
    if (!server.startCli(
            QStringList {QStringLiteral("server"), QStringLiteral("--port"), QStringLiteral("0")} + extra)) {
        return 0;
    }
    return server.waitForListeningPort();
}

void TestCli::versionAndHelpNeedNoDisplay()
{
    QProcessEnvironment environment = CliProcess().environment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));

    CliProcess version;
    version.setEnvironment(environment);
    QVERIFY(version.startCli({QStringLiteral("--version")}));
    QVERIFY(version.finish());
    QVERIFY2(version.exitedNormally() && version.exitCode() == 0, version.describe().constData());
    QCOMPARE(version.standardOutput(), QByteArray("socketlab-cli " SOCKETLAB_VERSION "\n"));

    CliProcess help;
    help.setEnvironment(environment);
    QVERIFY(help.startCli({QStringLiteral("--help")}));
    QVERIFY(help.finish());
    QVERIFY2(help.exitedNormally() && help.exitCode() == 0, help.describe().constData());
    const QString text = QString::fromUtf8(help.standardOutput());
    QVERIFY2(text.startsWith(QLatin1String("Usage: socketlab-cli")), qPrintable(text));
    for (const char* command : {"server", "client", "udp", "lookup", "--version", "--lang", "--verbose"})
        QVERIFY2(text.contains(QLatin1String(command)), command);
}

void TestCli::messagesFollowTheLocaleAndLang_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("russian");
    QTest::newRow("LANG=ru") << "ru_RU.UTF-8" << QStringList {"--help"} << true;
    QTest::newRow("--lang ru") << "C.UTF-8" << QStringList {"--lang", "ru", "--help"} << true;
    QTest::newRow("--lang=ru") << "C.UTF-8" << QStringList {"--lang=ru", "--help"} << true;
    QTest::newRow("--lang en wins over LANG") << "ru_RU.UTF-8" << QStringList {"--lang", "en", "--help"} << false;
    QTest::newRow("LANG=de: English") << "de_DE.UTF-8" << QStringList {"--help"} << false;
    QTest::newRow("error in Russian") << "C.UTF-8" << QStringList {"--lang", "ru", "client", "--port", "99999"} << true;
}

void TestCli::messagesFollowTheLocaleAndLang()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, arguments);
    QFETCH(bool, russian);
    CliProcess cli;
    QProcessEnvironment environment = cli.environment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    cli.setEnvironment(environment);
    QVERIFY(cli.startCli(arguments));
    QVERIFY(cli.finish());
    const QString output = QString::fromUtf8(cli.standardOutput() + cli.standardError());
    static const QRegularExpression cyrillic(QStringLiteral("[а-яё]"));
    // The program's own description, not only Qt's "Usage:", must follow the language.
    const bool describedInRussian = output.contains(cyrillic) && !output.contains(QLatin1String("Show this help"))
        && !output.contains(QLatin1String("is not a number"));
    QVERIFY2(describedInRussian == russian, qPrintable(output));
    if (arguments.contains(QLatin1String("--port")))
        QVERIFY2(output.contains(QLatin1String("99999")) && cli.exitCode() == 2, qPrintable(output));
}

void TestCli::russianServerUsesTheTutorialsWords()
{
    CliProcess server;
    QVERIFY(server.startCli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("server"),
        QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--count"), QStringLiteral("1")}));
    static const QRegularExpression listening(QStringLiteral("\\('127\\.0\\.0\\.1', (\\d+)\\)"));
    QRegularExpressionMatch match;
    QVERIFY2(server.waitForStderr(listening, &match), server.describe().constData());
    const QString port = match.captured(1);

    CliProcess client;
    QVERIFY(client.startCli(
        {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("client"), QStringLiteral("--port"), port}));
    QVERIFY(client.finish());
    // The reply is data: the same bytes in every language.
    QCOMPARE(client.standardOutput(), QByteArray(kTutorialReply) + '\n');
    QVERIFY(server.finish());
    const QString output = QString::fromUtf8(server.standardOutput()).trimmed();
    static const QRegularExpression gotConnection(
        QStringLiteral("^Получено соединение от \\('127\\.0\\.0\\.1', \\d+\\)$"));
    QVERIFY2(gotConnection.match(output).hasMatch(), qPrintable(output));
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("server") << QStringList {"server", "--help"} << QStringLiteral("--backlog");
    QTest::newRow("client") << QStringList {"client", "--help"} << QStringLiteral("--stdin");
    QTest::newRow("udp") << QStringList {"udp", "--help"} << QStringLiteral("udp send");
    QTest::newRow("udp listen") << QStringList {"udp", "listen", "--help"} << QStringLiteral("--echo");
    QTest::newRow("udp send") << QStringList {"udp", "send", "--help"} << QStringLiteral("--wait-reply");
    QTest::newRow("lookup") << QStringList {"lookup", "--help"} << QStringLiteral("--type");
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    CliProcess cli;
    QVERIFY(cli.startCli(arguments));
    QVERIFY(cli.finish());
    QVERIFY2(cli.exitedNormally() && cli.exitCode() == 0, cli.describe().constData());
    const QString text = QString::fromUtf8(cli.standardOutput());
    QVERIFY2(text.startsWith(QLatin1String("Usage: socketlab-cli ") + arguments.constFirst()), qPrintable(text));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestCli::tutorialServerAndClient()
{
    CliProcess server;
    const quint16 port = startServer(server, {QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY2(port != 0, server.describe().constData());

    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--port"), portText(port)}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitedNormally() && client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray(kTutorialReply) + '\n');

    // --count 1: the server ends by itself once the one connection has ended.
    QVERIFY(server.finish());
    QVERIFY2(server.exitedNormally() && server.exitCode() == 0, server.describe().constData());
    const QString output = QString::fromUtf8(server.standardOutput());
    static const QRegularExpression gotConnection(
        QStringLiteral("^Got connection from \\('127\\.0\\.0\\.1', \\d+\\)$"));
    QVERIFY2(gotConnection.match(output.trimmed()).hasMatch(), qPrintable(output));
    QVERIFY(output.endsWith(QLatin1Char('\n')));
}

void TestCli::customReply()
{
    CliProcess server;
    const quint16 port = startServer(server,
        {QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--reply"), QStringLiteral("Hello, learner")});
    QVERIFY2(port != 0, server.describe().constData());

    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--port"), portText(port),
        QStringLiteral("--recv-size"), QStringLiteral("5")}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    // One recv(5), exactly as client.py would do with s.recv(5).
    QCOMPARE(client.standardOutput(), QByteArray("Hello\n"));
    QVERIFY(server.finish());
    QCOMPARE(server.exitCode(), 0);
}

void TestCli::ipv6TupleForm()
{
    CliProcess server;
    QVERIFY(server.startCli({QStringLiteral("server"), QStringLiteral("--family"), QStringLiteral("inet6"),
        QStringLiteral("--host"), QStringLiteral("::1"), QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--count"), QStringLiteral("1")}));
    const quint16 port = server.waitForListeningPort();
    if (port == 0) {
        server.finish();
        QSKIP(qPrintable(QStringLiteral("::1 cannot be bound here: ") + QString::fromUtf8(server.standardError())));
    }
    QVERIFY(server.standardError().contains("('::1', " + QByteArray::number(port) + ", 0, 0)"));

    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--family"), QStringLiteral("inet6"),
        QStringLiteral("--port"), portText(port)}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray(kTutorialReply) + '\n');

    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());
    static const QRegularExpression gotConnection(QStringLiteral("^Got connection from \\('::1', \\d+, 0, 0\\)$"));
    const QString output = QString::fromUtf8(server.standardOutput()).trimmed();
    QVERIFY2(gotConnection.match(output).hasMatch(), qPrintable(output));
}

void TestCli::unixSocket()
{
#ifndef Q_OS_UNIX
    QSKIP("AF_UNIX is tested on POSIX systems");
#else
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("tutorial.sock"));

    CliProcess server;
    QVERIFY(server.startCli({QStringLiteral("server"), QStringLiteral("--family"), QStringLiteral("unix"),
        QStringLiteral("--host"), path, QStringLiteral("--count"), QStringLiteral("1")}));
    QVERIFY2(server.waitForStderr(QRegularExpression(QStringLiteral("Listening on "))), server.describe().constData());

    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--family"), QStringLiteral("unix"),
        QStringLiteral("--host"), path}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray(kTutorialReply) + '\n');
    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());
    QVERIFY(server.standardOutput().startsWith("Got connection from "));
#endif
}

void TestCli::echoRoundTripIsByteExact()
{
    CliProcess server;
    const quint16 port
        = startServer(server, {QStringLiteral("--echo"), QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY2(port != 0, server.describe().constData());

    const QByteArray payload = randomBytes(kEchoPayloadSize);
    CliProcess client;
    QVERIFY(client.startCli(
        {QStringLiteral("client"), QStringLiteral("--port"), portText(port), QStringLiteral("--stdin")}));
    client.write(payload);
    client.closeWrite();
    QVERIFY2(client.finish(kLongWaitMs), client.describe().constData());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    const QByteArray echoed = client.standardOutput();
    QCOMPARE(echoed.size(), payload.size());
    QVERIFY(echoed == payload);

    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());
}

void TestCli::sendOptionPrintsTheReply()
{
    CliProcess server;
    const quint16 port
        = startServer(server, {QStringLiteral("--echo"), QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY2(port != 0, server.describe().constData());

    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--port"), portText(port),
        QStringLiteral("--send"), QStringLiteral("hello, echo")}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    // Into a pipe the conversation is written as received: no newline added.
    QCOMPARE(client.standardOutput(), QByteArray("hello, echo"));
    QVERIFY(server.finish());
    QCOMPARE(server.exitCode(), 0);
}

void TestCli::stdinLeftOpenDoesNotHoldTheClient()
{
    // The tutorial's server replies and closes while the client's input is still open: the client
    // ends with the server, it does not wait for an end of input that may never come.
    CliProcess server;
    const quint16 port = startServer(server, {QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY2(port != 0, server.describe().constData());

    CliProcess client;
    QVERIFY(client.startCli(
        {QStringLiteral("client"), QStringLiteral("--port"), portText(port), QStringLiteral("--stdin")}));
    QVERIFY2(client.finish(), "the client waited for standard input after the server had closed");
    QVERIFY2(client.exitedNormally() && client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray(kTutorialReply));
    QVERIFY(server.finish());
    QCOMPARE(server.exitCode(), 0);
}

void TestCli::discardPrintsTheByteTotal()
{
    CliProcess server;
    const quint16 port
        = startServer(server, {QStringLiteral("--discard"), QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY2(port != 0, server.describe().constData());

    CliProcess client;
    QVERIFY(client.startCli(
        {QStringLiteral("client"), QStringLiteral("--port"), portText(port), QStringLiteral("--stdin")}));
    client.write(randomBytes(kDiscardPayloadSize));
    client.closeWrite();
    QVERIFY2(client.finish(kLongWaitMs), client.describe().constData());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QCOMPARE(client.standardOutput(), QByteArray());

    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());
    const QString output = QString::fromUtf8(server.standardOutput());
    const QRegularExpression total(QStringLiteral("\\('127\\.0\\.0\\.1', \\d+\\).* %1 byte").arg(kDiscardPayloadSize));
    QVERIFY2(total.match(output).hasMatch(), qPrintable(output));
}

void TestCli::refusedConnectionExitsOne()
{
    // A port that was just listening and is now closed: SIGTERM stops the server cleanly (exit 0).
    quint16 port = 0;
    {
        CliProcess server;
        port = startServer(server, {});
        QVERIFY2(port != 0, server.describe().constData());
        server.terminate();
        QVERIFY(server.finish());
        QVERIFY2(server.exitedNormally() && server.exitCode() == 0, server.describe().constData());
    }

    CliProcess client;
    QVERIFY(client.startCli({QStringLiteral("client"), QStringLiteral("--port"), portText(port)}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitedNormally() && client.exitCode() == 1, client.describe().constData());
    const QString error = QString::fromUtf8(client.standardError());
    QVERIFY2(error.contains(QLatin1String("connect: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("(ECONNREFUSED)")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error));
    QVERIFY2(
        error.contains(QLatin1String(socketlab::core::conditionHint(socketlab::core::Condition::ConnectionRefused))),
        qPrintable(error));
    QCOMPARE(client.standardOutput(), QByteArray());
}

void TestCli::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what stderr must name

    QTest::newRow("port out of range") << QStringList {"client", "--port", "70000"} << "'70000'";
    QTest::newRow("port not a number") << QStringList {"client", "--port", "12a"} << "'12a'";
    QTest::newRow("port empty") << QStringList {"client", "--port", ""} << "--port";
    QTest::newRow("unknown service") << QStringList {"client", "--port", "nosuchservice"} << "'nosuchservice'";
    QTest::newRow("host with a space") << QStringList {"client", "--host", "a b"} << "'a b'";
    QTest::newRow("bad dotted quad") << QStringList {"client", "--host", "1.2.3.999"} << "'1.2.3.999'";
    QTest::newRow("server port") << QStringList {"server", "--port", "70000"} << "'70000'";
    QTest::newRow("server host") << QStringList {"server", "--host", "1.2.3.999"} << "'1.2.3.999'";
    QTest::newRow("family mismatch") << QStringList {"client", "--family", "inet6", "--host", "127.0.0.1"}
                                     << "'127.0.0.1'";
    QTest::newRow("unknown family") << QStringList {"server", "--family", "x25"} << "'x25'";
    QTest::newRow("unix without path") << QStringList {"server", "--family", "unix"} << "--host";
    QTest::newRow("backlog") << QStringList {"server", "--backlog", "-1"} << "'-1'";
    QTest::newRow("count zero") << QStringList {"server", "--count", "0"} << "'0'";
    QTest::newRow("two reply modes") << QStringList {"server", "--echo", "--discard"} << "--discard";
    QTest::newRow("timeout") << QStringList {"client", "--timeout", "soon"} << "'soon'";
    QTest::newRow("recv size") << QStringList {"client", "--recv-size", "0"} << "'0'";
    QTest::newRow("unknown option") << QStringList {"client", "--bogus"} << "bogus";
    QTest::newRow("stray argument") << QStringList {"server", "extra"} << "'extra'";
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << "'frobnicate'";
    QTest::newRow("no command") << QStringList {} << "no command";
    QTest::newRow("udp without subcommand") << QStringList {"udp"} << "listen";
    QTest::newRow("udp send without text") << QStringList {"udp", "send", "--port", "9"} << "TEXT";
    QTest::newRow("udp send to an unknown service")
        << QStringList {"udp", "send", "--port", "nosuchservice", "x"} << "'nosuchservice'";
    QTest::newRow("udp broadcast over IPv6")
        << QStringList {"udp", "send", "--family", "inet6", "--host", "<broadcast>", "x"} << "'<broadcast>'";
    QTest::newRow("lookup unix") << QStringList {"lookup", "--family", "unix"} << "'unix'";
    QTest::newRow("lookup bad type") << QStringList {"lookup", "--type", "raw"} << "'raw'";
    QTest::newRow("lookup bad service") << QStringList {"lookup", "localhost", "12a"} << "'12a'";
    QTest::newRow("unknown language") << QStringList {"--lang", "xx", "lookup"} << "'xx'";

    // Issue 7's bad ports, hosts, sizes and paths, in every command that takes them. `named` is the
    // input as quoted in the message (control characters escaped), then the expected form it states.
    const QList<QPair<QString, QString>> ports
        = {{"-1", "0 to 65535"}, {"65536", "0 to 65535"}, {"70000", "0 to 65535"}, {"12a", "0 to 65535"},
            {"no-such-service", "services database"}, {" 65536 ", "0 to 65535"}};
    const QList<QStringList> portCommands = {{"server"}, {"client"}, {"udp", "listen"}, {"udp", "send", "x"}};
    for (const QStringList& command : portCommands) {
        for (const auto& [port, form] : ports) {
            QTest::addRow("%s --port '%s'", qPrintable(command.join(' ')), qPrintable(port))
                << command + QStringList {"--port", port} << QStringLiteral("'%1'|%2").arg(port.trimmed(), form);
        }
        QTest::addRow("%s --port ''", qPrintable(command.join(' ')))
            << command + QStringList {"--port", ""} << QStringLiteral("''|0 to 65535");
    }
    for (const auto& [port, form] : ports) {
        QTest::addRow("lookup SERVICE '%s'", qPrintable(port))
            << QStringList {"lookup", "127.0.0.1", "--", port} << QStringLiteral("'%1'|%2").arg(port.trimmed(), form);
    }

    const QString longName
        = QString(63, 'a') + '.' + QString(63, 'b') + '.' + QString(63, 'c') + '.' + QString(63, 'd');
    const QList<std::tuple<QString, QString, QString>> hosts = {{"1.2.3.256", "1.2.3.256", "0 to 255"},
        {"1.2.3.4.5", "1.2.3.4.5", "0 to 255"}, {"1..2.3", "1..2.3", "0 to 255"}, {"::1::", "::1::", "such as ::1"},
        {"fe80::1%", "fe80::1%", "such as ::1"}, {"[::1", "[::1", "such as ::1"}, {"12345::", "12345::", "such as ::1"},
        {longName, longName.left(40), "253 characters"},
        {QString(64, 'a') + ".example.com", QString(64, 'a'), "1 to 63"},
        {"my host", "my host", "Expected a host name"}, {"my\thost", "my\\thost", "Expected a host name"},
        {"my\x01host", "my\\x01host", "Expected a host name"}, {"my\x7fhost", "my\\x7fhost", "Expected a host name"},
        {"my\nhost", "my\\nhost", "Expected a host name"},
        {"my\x1b[31mhost", "my\\x1b[31mhost", "Expected a host name"}};
    const QList<QStringList> hostCommands = {{"server"}, {"client"}, {"udp", "listen"}, {"udp", "send", "x"}};
    for (const auto& [host, named, form] : hosts) {
        for (const QStringList& command : hostCommands) {
            QTest::addRow("%s --host '%s'", qPrintable(command.join(' ')), qPrintable(named.left(20)))
                << command + QStringList {"--host", host} << QStringLiteral("'%1|%2").arg(named, form);
        }
        QTest::addRow("lookup HOST '%s'", qPrintable(named.left(20)))
            << QStringList {"lookup", host} << QStringLiteral("'%1|%2").arg(named, form);
    }

    for (const QString& size : {QString("0"), QString("-1"), QString("abc"), QString("1048577"),
             QString("99999999999999999999999"), QString("")}) {
        QTest::addRow("--recv-size '%s'", qPrintable(size))
            << QStringList {"client", "--recv-size", size} << QStringLiteral("'%1'|1 to 1048576").arg(size);
    }

    // One byte over UDP's limit for each family: 65507 over IPv4, 65527 over IPv6.
    QTest::newRow("datagram of 65508 bytes over IPv4")
        << QStringList {"udp", "send", QString(65508, 'x')} << QStringLiteral("65508 bytes|65507");
    QTest::newRow("datagram of 65528 bytes over IPv6")
        << QStringList {"udp", "send", "--family", "inet6", QString(65528, 'x')} << QStringLiteral("65528 bytes|65527");

    // sun_path holds 108 bytes here, one of them the terminating zero.
    const QString longPath = "/tmp/" + QString(103, 'p');
    QTest::newRow("server unix path of 108 bytes")
        << QStringList {"server", "--family", "unix", "--host", longPath} << QStringLiteral("'/tmp/ppp|107 bytes");
    QTest::newRow("client unix path of 108 bytes")
        << QStringList {"client", "--family", "unix", "--host", longPath} << QStringLiteral("'/tmp/ppp|107 bytes");
}

void TestCli::badInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    CliProcess cli;
    QVERIFY(cli.startCli(arguments));
    // Refused before any socket exists, so at once: a server that started would time out here.
    QVERIFY2(cli.finish(), "the command did not end: it should have refused its input");
    QVERIFY2(cli.exitedNormally() && cli.exitCode() == 2, cli.describe().constData());
    const QString error = QString::fromUtf8(cli.standardError());
    // `named` may list several parts: the input as quoted, then the expected form, split by '|'.
    for (const QString& part : named.split(QLatin1Char('|')))
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("'%1' missing in: %2").arg(part, error)));
    QCOMPARE(cli.standardOutput(), QByteArray());
    // No crash report, and no control character passed on to the terminal.
    for (const char* noise : {"terminate called", "Aborted", "Segmentation", "what():", "QCommandLineParser", "ASSERT"})
        QVERIFY2(!error.contains(QLatin1String(noise)), qPrintable(error));
    for (const QChar c : error)
        QVERIFY2(c == QLatin1Char('\n') || (c.unicode() >= 0x20 && c.unicode() != 0x7F), qPrintable(error));
}

void TestCli::unknownServiceRefusedBeforeAnyCall_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("client") << QStringList {"client", "--port", "no-such-service"};
    QTest::newRow("server") << QStringList {"server", "--port", "no-such-service"};
    QTest::newRow("udp send") << QStringList {"udp", "send", "--port", "no-such-service", "x"};
    QTest::newRow("lookup") << QStringList {"lookup", "127.0.0.1", "no-such-service"};
}

void TestCli::unknownServiceRefusedBeforeAnyCall()
{
    // The services database is asked while the options are checked: --verbose shows no call at all.
    QFETCH(QStringList, arguments);
    CliProcess cli;
    QVERIFY(cli.startCli(QStringList {"--verbose"} + arguments));
    QVERIFY(cli.finish());
    QVERIFY2(cli.exitedNormally() && cli.exitCode() == 2, cli.describe().constData());
    const QString error = QString::fromUtf8(cli.standardError());
    QVERIFY2(error.contains(QLatin1String("'no-such-service'")), qPrintable(error));
    QVERIFY2(
        !error.contains(QLatin1String("getaddrinfo")) && !error.contains(QLatin1String("socket(")), qPrintable(error));
}

void TestCli::addressInUseExitsOne()
{
    CliProcess first;
    const quint16 port = startServer(first, {});
    QVERIFY2(port != 0, first.describe().constData());

    CliProcess second;
    QVERIFY(second.startCli({QStringLiteral("server"), QStringLiteral("--port"), portText(port)}));
    QVERIFY(second.finish());
    QVERIFY2(second.exitedNormally() && second.exitCode() == 1, second.describe().constData());
    const QString error = QString::fromUtf8(second.standardError());
    QVERIFY2(error.contains(QLatin1String("bind: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("(EADDRINUSE)")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(socketlab::core::conditionHint(socketlab::core::Condition::AddressInUse))),
        qPrintable(error));
    QVERIFY(first.isRunning()); // the first server is untouched
}

void TestCli::sigintStopsTheServerCleanly()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT is sent with kill(), a POSIX call");
#else
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString tracePath = directory.filePath(QStringLiteral("server.jsonl"));
    CliProcess server;
    const quint16 port = startServer(server, {QStringLiteral("--trace"), tracePath});
    QVERIFY2(port != 0, server.describe().constData());
    QCOMPARE(::kill(static_cast<pid_t>(server.processId()), SIGINT), 0);
    QVERIFY(server.finish());
    QVERIFY2(server.exitedNormally() && server.exitCode() == 0, server.describe().constData());
    // A clean stop closes the listening socket, and the trace says so.
    QFile trace(tracePath);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QList<QByteArray> traceLines = trace.readAll().trimmed().split('\n');
    QVERIFY(!traceLines.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(traceLines.constLast()).object().value(QStringLiteral("call")).toString(),
        QStringLiteral("close"));
#endif
}

void TestCli::traceFileHoldsJsonLines()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString serverTrace = directory.filePath(QStringLiteral("server.jsonl"));
    const QString clientTrace = directory.filePath(QStringLiteral("client.jsonl"));

    CliProcess server;
    const quint16 port
        = startServer(server, {QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--trace"), serverTrace});
    QVERIFY2(port != 0, server.describe().constData());
    CliProcess client;
    QVERIFY(client.startCli(
        {QStringLiteral("client"), QStringLiteral("--port"), portText(port), QStringLiteral("--trace"), clientTrace}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    QVERIFY(server.finish());
    QVERIFY2(server.exitCode() == 0, server.describe().constData());

    const auto readCalls = [](const QString& path, QStringList& calls) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        QVERIFY(content.endsWith('\n'));
        for (const QByteArray& line : content.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
            const QJsonObject object = document.object();
            for (const char* key : {"t_ms", "call", "args", "result", "errno", "message"})
                QVERIFY2(object.contains(QLatin1String(key)), (QByteArray(key) + " missing in " + line).constData());
            QVERIFY(object.value(QStringLiteral("t_ms")).isDouble());
            calls << object.value(QStringLiteral("call")).toString();
        }
    };
    QStringList serverCalls;
    readCalls(serverTrace, serverCalls);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(containsInOrder(serverCalls, {"socket", "bind", "listen", "accept", "send", "close"}),
        qPrintable(serverCalls.join(QLatin1Char(' '))));

    QStringList clientCalls;
    readCalls(clientTrace, clientCalls);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(containsInOrder(clientCalls, {"socket", "connect", "recv", "close"}),
        qPrintable(clientCalls.join(QLatin1Char(' '))));
}

void TestCli::verboseWritesTheTraceToStderr()
{
    CliProcess server;
    const quint16 port
        = startServer(server, {QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--verbose")});
    QVERIFY2(port != 0, server.describe().constData());
    QVERIFY(server.standardError().contains("listen("));

    // --verbose before the command name works too.
    CliProcess client;
    QVERIFY(client.startCli(
        {QStringLiteral("--verbose"), QStringLiteral("client"), QStringLiteral("--port"), portText(port)}));
    QVERIFY(client.finish());
    QVERIFY2(client.exitCode() == 0, client.describe().constData());
    const QString trace = QString::fromUtf8(client.standardError());
    QVERIFY2(trace.contains(QLatin1String(" ms  connect(")), qPrintable(trace));
    QVERIFY2(trace.contains(QLatin1String(" ms  recv(")), qPrintable(trace));
    // The trace never mixes into the data on stdout.
    QCOMPARE(client.standardOutput(), QByteArray(kTutorialReply) + '\n');
    QVERIFY(server.finish());
    QCOMPARE(server.exitCode(), 0);
}

void TestCli::udpListenAndSendWithEcho()
{
    CliProcess listener;
    QVERIFY(listener.startCli({QStringLiteral("udp"), QStringLiteral("listen"), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--echo")}));
    const quint16 port = listener.waitForListeningPort();
    QVERIFY2(port != 0, listener.describe().constData());

    CliProcess sender;
    QVERIFY(sender.startCli({QStringLiteral("udp"), QStringLiteral("send"), QStringLiteral("--port"), portText(port),
        QStringLiteral("--wait-reply"), QStringLiteral("5"), QStringLiteral("hello")}));
    QVERIFY(sender.finish());
    QVERIFY2(sender.exitedNormally() && sender.exitCode() == 0, sender.describe().constData());
    QVERIFY(listener.finish());
    QVERIFY2(listener.exitedNormally() && listener.exitCode() == 0, listener.describe().constData());

    static const QRegularExpression datagram(QStringLiteral("^\\('127\\.0\\.0\\.1', (\\d+)\\) 5 byte.*: b'hello'$"));
    const QString heard = QString::fromUtf8(listener.standardOutput()).trimmed();
    const QRegularExpressionMatch heardMatch = datagram.match(heard);
    QVERIFY2(heardMatch.hasMatch(), qPrintable(heard));
    const QString reply = QString::fromUtf8(sender.standardOutput()).trimmed();
    const QRegularExpressionMatch replyMatch = datagram.match(reply);
    QVERIFY2(replyMatch.hasMatch(), qPrintable(reply));
    // The reply comes from the port the listener was bound to.
    QCOMPARE(replyMatch.captured(1).toUInt(), static_cast<uint>(port));
}

void TestCli::udpSendWithoutReplyExitsOne()
{
    // A listener that does not echo: the datagram arrives, no reply comes back.
    CliProcess listener;
    QVERIFY(listener.startCli({QStringLiteral("udp"), QStringLiteral("listen"), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--count"), QStringLiteral("1")}));
    const quint16 port = listener.waitForListeningPort();
    QVERIFY2(port != 0, listener.describe().constData());

    CliProcess sender;
    QVERIFY(sender.startCli({QStringLiteral("udp"), QStringLiteral("send"), QStringLiteral("--port"), portText(port),
        QStringLiteral("--wait-reply"), QStringLiteral("0.3"), QStringLiteral("anyone?")}));
    QVERIFY(sender.finish());
    QVERIFY2(sender.exitedNormally() && sender.exitCode() == 1, sender.describe().constData());
    QVERIFY2(sender.standardError().contains("No reply"), sender.describe().constData());
    QCOMPARE(sender.standardOutput(), QByteArray());

    QVERIFY(listener.finish());
    QCOMPARE(listener.exitCode(), 0);
    QVERIFY(listener.standardOutput().contains("b'anyone?'"));
}

void TestCli::lookupLocalhost()
{
    CliProcess lookup;
    QVERIFY(lookup.startCli(
        {QStringLiteral("lookup"), QStringLiteral("localhost"), QStringLiteral("--family"), QStringLiteral("inet")}));
    QVERIFY(lookup.finish());
    QVERIFY2(lookup.exitCode() == 0, lookup.describe().constData());
    const QStringList output = lines(lookup.standardOutput());
    QVERIFY(output.size() >= 2);
    QVERIFY2(output.filter(QStringLiteral("(AF_INET, ")).size() == output.size() - 1, qPrintable(output.join('\n')));
    QVERIFY2(!output.filter(QStringLiteral("('127.0.0.1', 0))")).isEmpty(), qPrintable(output.join('\n')));
    // The last line is gethostname(), as in the tutorial.
    QCOMPARE(output.constLast(), QSysInfo::machineHostName());
}

void TestCli::lookupSpecialHostForms_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer address, service name")
        << QStringList {"lookup", "2130706433", "www"} << QStringLiteral("('127.0.0.1', 80))");
    QTest::newRow("broadcast") << QStringList {"lookup", "<broadcast>", "80"}
                               << QStringLiteral("('255.255.255.255', 80))");
    QTest::newRow("port with spaces, trimmed")
        << QStringList {"lookup", "127.0.0.1", " 80 "} << QStringLiteral("('127.0.0.1', 80))");
    QTest::newRow("stream only") << QStringList {"lookup", "127.0.0.1", "80", "--type", "stream"}
                                 << QStringLiteral("(AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 80))");
}

void TestCli::lookupSpecialHostForms()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    CliProcess lookup;
    QVERIFY(lookup.startCli(arguments));
    QVERIFY(lookup.finish());
    QVERIFY2(lookup.exitCode() == 0, lookup.describe().constData());
    const QStringList output = lines(lookup.standardOutput());
    QVERIFY2(!output.filter(expected).isEmpty(), qPrintable(output.join('\n')));
    QCOMPARE(output.constLast(), QSysInfo::machineHostName());
}

void TestCli::lookupUnknownHostExitsOne()
{
    // .invalid never resolves (RFC 6761); the fake name server answers NXDOMAIN (offline_dns.h).
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    CliProcess lookup;
    QVERIFY(lookup.startCli({QStringLiteral("lookup"), QStringLiteral("no-such-host.invalid")}));
    QVERIFY(lookup.finish());
    QVERIFY2(lookup.exitedNormally() && lookup.exitCode() == 1, lookup.describe().constData());
    const QString error = QString::fromUtf8(lookup.standardError());
    QVERIFY2(error.contains(QLatin1String("getaddrinfo: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("(EAI_NONAME)")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no-such-host.invalid")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
