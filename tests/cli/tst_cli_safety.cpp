// socketlab-cli and the user's safety: a --trace file is never replaced without --overwrite, file names are
// used exactly as given (no shell), binding to all interfaces warns, and received data reaches a terminal
// only escaped (escape sequences, controls, invalid UTF-8, bidirectional overrides) in every output.
#include "cli_process.h"

#include "../support/loopback.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using socketlab::tests::CliProcess;
namespace core = socketlab::core;

namespace {

// Everything a terminal could act on, and text that looks harmless but is not: ESC/CSI/OSC sequences,
// BEL, NUL, backspace, carriage return, an 8-bit CSI, invalid UTF-8 and a right-to-left override.
const QByteArray kHostile = QByteArray("A\x1b[2J\x1b]0;pwned\x07"
                                       "B\x00"
                                       "C\x08\x08"
                                       "D\rE\xc2\x9b"
                                       "31mF\xff\xfe"
                                       "G\xe2\x80\xae"
                                       "txt.exe\n",
    42);
// What must not reach the terminal: each is a byte sequence a terminal would interpret.
const QList<QByteArray> kForbidden = {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\x00", 1), QByteArray("\x08"),
    QByteArray("\xc2\x9b"), QByteArray("\xff"), QByteArray("\xe2\x80\xae")};

QString scriptPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("script"));
}

// Runs `arguments` with its stdout and stderr on a pseudo-terminal (util-linux `script`), as a user at a
// terminal sees it.
bool startOnTerminal(CliProcess& process, const QStringList& arguments)
{
    QStringList quoted {CliProcess::cliPath()};
    for (const QString& argument : arguments)
        quoted << QLatin1Char('\'') + argument + QLatin1Char('\'');
    return process.start(
        scriptPath(), {QStringLiteral("-qfec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
}

QString forbiddenFound(const QByteArray& output)
{
    for (const QByteArray& bytes : kForbidden) {
        if (output.contains(bytes))
            return QStringLiteral("found %1 in: %2")
                .arg(QString::fromLatin1(bytes.toHex()), QString::fromLatin1(output.toHex(' ')));
    }
    return QString();
}

// The escapes a reader sees instead: as text (escapeForDisplay) where the data itself is printed, else at
// least in the --verbose trace's Python bytes form.
void verifyEscapesShown(const QByteArray& output, bool dataPrinted)
{
    for (const char* escape : {"\\x1b[2J", "\\x1b]0;pwned\\x07", "\\x00", "\\x08"})
        QVERIFY2(output.contains(escape), (QByteArray(escape) + " missing in: " + output).constData());
    if (dataPrinted) {
        for (const char* escape : {"\\r", "\\xc2\\x9b", "\\xff", "\\u202e"})
            QVERIFY2(output.contains(escape), (QByteArray(escape) + " missing in: " + output).constData());
    }
}

} // namespace

class TestCliSafety : public QObject {
    Q_OBJECT

private slots:
    void traceRefusesAnExistingFile();
    void overwriteReplacesTheTrace();
    void helpNamesOverwrite();
    void traceNamesAreTakenAsGiven_data();
    void traceNamesAreTakenAsGiven();
    void allInterfacesWarn_data();
    void allInterfacesWarn();
    void clientShowsHostileDataEscaped();
    void serverShowsHostileDataEscaped();
    void udpShowsHostileDataEscaped();
};

void TestCliSafety::traceRefusesAnExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lesson 1.jsonl"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("my notes\n");
    existing.close();

    CliProcess lookup;
    QVERIFY(lookup.startCli({QStringLiteral("lookup"), QStringLiteral("127.0.0.1"), QStringLiteral("--trace"), path}));
    QVERIFY(lookup.finish());
    QVERIFY2(lookup.exitedNormally() && lookup.exitCode() == 2, lookup.describe().constData());
    const QString error = QString::fromUtf8(lookup.standardError());
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("--overwrite")), qPrintable(error));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("my notes\n"));
}

void TestCliSafety::overwriteReplacesTheTrace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("trace.jsonl"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old content that is longer than nothing\n");
    existing.close();

    CliProcess lookup;
    QVERIFY(lookup.startCli({QStringLiteral("lookup"), QStringLiteral("127.0.0.1"), QStringLiteral("--trace"), path,
        QStringLiteral("--overwrite")}));
    QVERIFY(lookup.finish());
    QVERIFY2(lookup.exitedNormally() && lookup.exitCode() == 0, lookup.describe().constData());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    const QByteArray content = existing.readAll();
    QVERIFY2(!content.contains("old content"), content.constData());
    QVERIFY2(QJsonDocument::fromJson(content.split('\n').first()).isObject(), content.constData());
}

void TestCliSafety::helpNamesOverwrite()
{
    for (const QStringList& command : {QStringList {QStringLiteral("server")}, QStringList {QStringLiteral("client")},
             QStringList {QStringLiteral("udp"), QStringLiteral("listen")}, QStringList {QStringLiteral("lookup")}}) {
        CliProcess help;
        QVERIFY(help.startCli(command + QStringList {QStringLiteral("--help")}));
        QVERIFY(help.finish());
        const QString text = QString::fromUtf8(help.standardOutput());
        QVERIFY2(text.contains(QLatin1String("--overwrite")), qPrintable(text));
    }
}

void TestCliSafety::traceNamesAreTakenAsGiven_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("spaces") << QStringLiteral("my trace file.jsonl");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\".jsonl");
    QTest::newRow("command substitution") << QStringLiteral("$(touch pwned).jsonl");
    QTest::newRow("backticks") << QStringLiteral("`touch pwned`.jsonl");
    QTest::newRow("semicolon") << QStringLiteral("a; touch pwned.jsonl");
    QTest::newRow("leading dash") << QStringLiteral("-rf.jsonl");
    QTest::newRow("cyrillic") << QStringLiteral("журнал вызовов.jsonl");
    QTest::newRow("glob") << QStringLiteral("*.jsonl");
}

void TestCliSafety::traceNamesAreTakenAsGiven()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A relative name in an empty working directory: whatever else appears there was made from the name.
    QProcess process;
    process.setWorkingDirectory(dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(CliProcess::cliPath(),
        {QStringLiteral("lookup"), QStringLiteral("127.0.0.1"), QStringLiteral("--trace"), name});
    QVERIFY(process.waitForFinished(socketlab::tests::kProcessWaitMs));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        process.readAllStandardError().constData());
    const QStringList entries = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(entries, QStringList {name});
    QFile trace(dir.filePath(name));
    QVERIFY(trace.open(QIODevice::ReadOnly));
    QVERIFY(trace.readAll().contains("getaddrinfo"));
}

void TestCliSafety::allInterfacesWarn_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("warns");
    const QStringList server {QStringLiteral("server"), QStringLiteral("--port"), QStringLiteral("0")};
    const QStringList udp {
        QStringLiteral("udp"), QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0")};
    QTest::newRow("server default") << server << false;
    QTest::newRow("server loopback") << server + QStringList {QStringLiteral("--host"), QStringLiteral("127.0.0.1")}
                                     << false;
    QTest::newRow("server empty host") << server + QStringList {QStringLiteral("--host"), QString()} << true;
    QTest::newRow("server 0.0.0.0") << server + QStringList {QStringLiteral("--host"), QStringLiteral("0.0.0.0")}
                                    << true;
    QTest::newRow("udp default") << udp << false;
    QTest::newRow("udp empty host") << udp + QStringList {QStringLiteral("--host"), QString()} << true;
    QTest::newRow("udp 0.0.0.0") << udp + QStringList {QStringLiteral("--host"), QStringLiteral("0.0.0.0")} << true;
    if (socketlab::tests::ipv6LoopbackAvailable()) {
        const QStringList inet6 {QStringLiteral("--family"), QStringLiteral("inet6")};
        QTest::newRow("server inet6 default") << server + inet6 << false;
        QTest::newRow("server ::") << server + inet6 + QStringList {QStringLiteral("--host"), QStringLiteral("::")}
                                   << true;
        QTest::newRow("udp ::") << udp + inet6 + QStringList {QStringLiteral("--host"), QStringLiteral("::")} << true;
    }
}

void TestCliSafety::allInterfacesWarn()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, warns);
    CliProcess process;
    QVERIFY(process.startCli(arguments));
    // Started (so the warning, if any, came before): the status line names the bound address.
    QVERIFY2(process.waitForStderr(QRegularExpression(QStringLiteral("Listening on"))), process.describe().constData());
    process.terminate();
    QVERIFY(process.finish());
    const QString error = QString::fromUtf8(process.standardError());
    QCOMPARE(error.contains(QLatin1String("all interfaces")), warns);
    if (warns)
        QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error)); // and how to stay local
}

void TestCliSafety::clientShowsHostileDataEscaped()
{
    if (scriptPath().isEmpty())
        QSKIP("util-linux 'script' (a pseudo-terminal) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    core::CallRecorder recorder;
    auto listener = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(listener.ok());
    QVERIFY(listener->bind(socketlab::tests::loopbackV4(0)).ok());
    QVERIFY(listener->listen(1).ok());
    const auto local = listener->localAddress();
    QVERIFY(local.ok());
    const QString tracePath = dir.filePath(QStringLiteral("client.jsonl"));

    CliProcess client;
    QVERIFY(startOnTerminal(client,
        {QStringLiteral("client"), QStringLiteral("--port"), QString::number(local->port()),
            QStringLiteral("--verbose"), QStringLiteral("--trace"), tracePath}));
    QVERIFY(socketlab::tests::waitReadable(listener->handle(), socketlab::tests::kProcessWaitMs));
    auto accepted = listener->accept();
    QVERIFY(accepted.ok());
    QVERIFY(accepted->socket.send(kHostile.constData(), static_cast<std::size_t>(kHostile.size())).ok());
    accepted->socket = core::Socket(); // close: the tutorial client ends after its recv()
    QVERIFY(client.finish());
    const QByteArray output = client.standardOutput() + client.standardError();
    const QString found = forbiddenFound(output);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    verifyEscapesShown(output, true);

    // The trace file: JSON a terminal can `cat` safely, and the data still there, escaped.
    QFile trace(tracePath);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QByteArray json = trace.readAll();
    const QString foundInTrace = forbiddenFound(json);
    QVERIFY2(foundInTrace.isEmpty(), qPrintable(foundInTrace));
    bool recvSeen = false;
    for (const QByteArray& line : json.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QVERIFY2(!object.isEmpty(), line.constData());
        if (object.value(QStringLiteral("call")).toString() == QLatin1String("recv")) {
            recvSeen = true;
            const QString text = QString::fromUtf8(line);
            QVERIFY2(!text.contains(QChar(0x202E)) && !text.contains(QChar(0x1B)), line.constData());
        }
    }
    QVERIFY(recvSeen);
}

void TestCliSafety::serverShowsHostileDataEscaped()
{
    if (scriptPath().isEmpty())
        QSKIP("util-linux 'script' (a pseudo-terminal) is not installed");
    CliProcess server;
    QVERIFY(startOnTerminal(server,
        {QStringLiteral("server"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--count"),
            QStringLiteral("1"), QStringLiteral("--echo"), QStringLiteral("--verbose")}));
    QRegularExpressionMatch match;
    QVERIFY2(server.waitForStdout(
                 QRegularExpression(QStringLiteral("Listening on \\('127\\.0\\.0\\.1', (\\d+)\\)")), &match),
        server.describe().constData());
    const auto port = static_cast<std::uint16_t>(match.captured(1).toUInt());

    core::CallRecorder recorder;
    auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(socket.ok());
    QVERIFY(socket->connect(socketlab::tests::loopbackV4(port), socketlab::tests::kProcessWaitMs).ok());
    QVERIFY(socket->send(kHostile.constData(), static_cast<std::size_t>(kHostile.size())).ok());
    QVERIFY(socket->shutdown(core::ShutdownHow::Write).ok());
    QVERIFY(socketlab::tests::waitReadable(socket->handle(), socketlab::tests::kProcessWaitMs));
    *socket = core::Socket();
    QVERIFY(server.finish());
    const QByteArray output = server.standardOutput();
    const QString found = forbiddenFound(output);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    verifyEscapesShown(output, false);
}

void TestCliSafety::udpShowsHostileDataEscaped()
{
    if (scriptPath().isEmpty())
        QSKIP("util-linux 'script' (a pseudo-terminal) is not installed");
    CliProcess udp;
    QVERIFY(startOnTerminal(udp,
        {QStringLiteral("udp"), QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--verbose")}));
    QRegularExpressionMatch match;
    QVERIFY2(
        udp.waitForStdout(QRegularExpression(QStringLiteral("Listening on \\('127\\.0\\.0\\.1', (\\d+)\\)")), &match),
        udp.describe().constData());
    const auto port = static_cast<std::uint16_t>(match.captured(1).toUInt());

    core::CallRecorder recorder;
    auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Datagram, 0, recorder);
    QVERIFY(socket.ok());
    const core::Endpoint to
        = socketlab::tests::endpointFor("127.0.0.1", port, core::Family::Inet, core::SocketType::Datagram);
    QVERIFY(socket->sendTo(kHostile.constData(), static_cast<std::size_t>(kHostile.size()), to).ok());
    QVERIFY(udp.finish());
    const QByteArray output = udp.standardOutput();
    const QString found = forbiddenFound(output);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    verifyEscapesShown(output, false);
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
