// The equivalent-program generator: literals escape everything that could break out of them, every host
// form becomes what Python and C accept, each reply mode writes its loop, and the programs parse (Python)
// and compile (C, cc -Wall -Werror) where those tools are installed.
#include "code_generator.h"
#include "tools.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace socketlab;
using socketlab::gui::CodeLanguage;

namespace {

constexpr int kToolTimeoutMs = 30000;

using tests::cCompiler;
using tests::python;

// Empty when python3 parses `program`, else its complaint.
QString pythonSyntaxProblem(const QString& program)
{
    QProcess process;
    process.start(python(), {QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(sys.stdin.read())")});
    process.write(program.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(kToolTimeoutMs))
        return QStringLiteral("python3 did not finish");
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError());
    return QString();
}

// Empty when the C compiler accepts `program` with every warning as an error, else its complaint.
QString cCompileProblem(const QString& program)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("program.c"));
    QFile file(source);
    if (!file.open(QIODevice::WriteOnly) || file.write(program.toUtf8()) < 0)
        return QStringLiteral("cannot write ") + source;
    file.close();
    QProcess process;
    process.start(cCompiler(),
        {QStringLiteral("-Wall"), QStringLiteral("-Wextra"), QStringLiteral("-Werror"), QStringLiteral("-fsyntax-only"),
            source});
    if (!process.waitForFinished(kToolTimeoutMs))
        return QStringLiteral("the compiler did not finish");
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError());
    return QString();
}

} // namespace

class TestCodeGenerator : public QObject {
    Q_OBJECT

private slots:
    void pythonBytesLiteral();
    void pythonStringLiteral();
    void cStringLiteral();
    void hostForms_data();
    void hostForms();
    void serviceNamePort();
    void replyModes_data();
    void replyModes();
    void tutorialShape();
    void invalidHostWarns();
    void client();
    void udp();
    void programsParse_data();
    void programsParse();
};

void TestCodeGenerator::pythonBytesLiteral()
{
    QCOMPARE(gui::pythonBytesLiteral("Thank you for connecting"), QStringLiteral("b'Thank you for connecting'"));
    QCOMPARE(gui::pythonBytesLiteral("it's \\ \"q\"\n\t\r"), QStringLiteral("b'it\\'s \\\\ \"q\"\\n\\t\\r'"));
    QCOMPARE(gui::pythonBytesLiteral(QStringLiteral("é").toUtf8()), QStringLiteral("b'\\xc3\\xa9'"));
    QCOMPARE(gui::pythonBytesLiteral(QByteArray("\0\x7f", 2)), QStringLiteral("b'\\x00\\x7f'"));
}

void TestCodeGenerator::pythonStringLiteral()
{
    QCOMPARE(gui::pythonStringLiteral(QStringLiteral("/tmp/a'b\\c")), QStringLiteral("'/tmp/a\\'b\\\\c'"));
    QCOMPARE(gui::pythonStringLiteral(QStringLiteral("дом\n")), QStringLiteral("'\\u0434\\u043e\\u043c\\n'"));
    QCOMPARE(gui::pythonStringLiteral(QString::fromUcs4(U"\U0001F600")), QStringLiteral("'\\U0001f600'"));
}

void TestCodeGenerator::cStringLiteral()
{
    QCOMPARE(gui::cStringLiteral("say \"hi\"\\"), QStringLiteral("\"say \\\"hi\\\"\\\\\""));
    // Three octal digits always: the '1' after the byte stays a character of its own.
    QCOMPARE(gui::cStringLiteral(QByteArray("\x01"
                                            "1")),
        QStringLiteral("\"\\0011\""));
    QCOMPARE(gui::cStringLiteral("?\?="), QStringLiteral("\"\\?\\?=\""));
    QCOMPARE(gui::cStringLiteral(QStringLiteral("é").toUtf8()), QStringLiteral("\"\\303\\251\""));
}

void TestCodeGenerator::hostForms_data()
{
    QTest::addColumn<core::Family>("family");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("python");
    QTest::addColumn<QString>("c");

    QTest::newRow("any") << core::Family::Inet << QString() << QStringList {"host = ''", "s.bind((host, port))"}
                         << "const char *host = NULL;";
    QTest::newRow("broadcast") << core::Family::Inet << "<broadcast>" << QStringList {"host = '<broadcast>'"}
                               << "const char *host = \"255.255.255.255\";";
    QTest::newRow("integer") << core::Family::Inet << "2130706433" << QStringList {"host = '127.0.0.1'", "2130706433"}
                             << "const char *host = \"127.0.0.1\";";
    QTest::newRow("dotted quad") << core::Family::Inet << " 127.0.0.1 " << QStringList {"host = '127.0.0.1'"}
                                 << "const char *host = \"127.0.0.1\";";
    QTest::newRow("name") << core::Family::Inet << "localhost" << QStringList {"host = 'localhost'"}
                          << "const char *host = \"localhost\";";
    QTest::newRow("ipv6") << core::Family::Inet6 << "::1"
                          << QStringList {"socket.AF_INET6", "host = '::1'", "s.bind((host, port, 0, 0))"}
                          << "hints.ai_family = AF_INET6;";
    QTest::newRow("ipv6 brackets") << core::Family::Inet6 << "[::1]" << QStringList {"host = '::1'"}
                                   << "const char *host = \"::1\";";
    QTest::newRow("unix path") << core::Family::Unix << "/tmp/it's.sock"
                               << QStringList {"socket.AF_UNIX", "path = '/tmp/it\\'s.sock'", "s.bind(path)"}
                               << "const char *path = \"/tmp/it's.sock\";";
}

void TestCodeGenerator::hostForms()
{
    QFETCH(core::Family, family);
    QFETCH(QString, host);
    QFETCH(QStringList, python);
    QFETCH(QString, c);
    gui::ServerCodeSettings settings;
    settings.family = family;
    settings.host = host;
    const gui::GeneratedCode py = gui::generateServerCode(settings, CodeLanguage::Python);
    QVERIFY2(py.warning.isEmpty(), qPrintable(py.warning));
    for (const QString& expected : python)
        QVERIFY2(py.text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + py.text));
    const gui::GeneratedCode cCode = gui::generateServerCode(settings, CodeLanguage::C);
    QVERIFY2(cCode.text.contains(c), qPrintable(c + QStringLiteral(" not in:\n") + cCode.text));
}

void TestCodeGenerator::serviceNamePort()
{
    gui::ClientCodeSettings settings;
    settings.port = QStringLiteral("http");
    QVERIFY(gui::generateClientCode(settings, CodeLanguage::Python)
                .text.contains("port = socket.getservbyname('http', 'tcp')"));
    QVERIFY(gui::generateClientCode(settings, CodeLanguage::C).text.contains("const char *port = \"http\";"));
}

void TestCodeGenerator::replyModes_data()
{
    QTest::addColumn<core::ReplyMode>("mode");
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("c");
    QTest::newRow("tutorial") << core::ReplyMode::Tutorial << "    c.sendall(b'Thank you for connecting')"
                              << "static const char reply[] = \"Thank you for connecting\";";
    QTest::newRow("echo") << core::ReplyMode::Echo << "        c.sendall(data)"
                          << "send(c, data, (size_t)n, 0)";
    QTest::newRow("discard") << core::ReplyMode::Discard << "        print(len(data), 'bytes')"
                             << "%zd bytes";
    QTest::newRow("manual") << core::ReplyMode::Manual << "        c.sendall(line.encode())"
                            << "fgets(line";
}

void TestCodeGenerator::replyModes()
{
    QFETCH(core::ReplyMode, mode);
    QFETCH(QString, python);
    QFETCH(QString, c);
    gui::ServerCodeSettings settings;
    settings.mode = mode;
    const QString py = gui::generateServerCode(settings, CodeLanguage::Python).text;
    QVERIFY2(py.contains(python), qPrintable(py));
    QCOMPARE(py.contains("b'Thank you for connecting'"), mode == core::ReplyMode::Tutorial);
    QCOMPARE(py.contains("data = c.recv(1024)"), mode == core::ReplyMode::Echo || mode == core::ReplyMode::Discard);
    QVERIFY2(gui::generateServerCode(settings, CodeLanguage::C).text.contains(c), qPrintable(c));
}

void TestCodeGenerator::tutorialShape()
{
    gui::ServerCodeSettings settings;
    settings.port = QStringLiteral("4242");
    settings.backlog = 7;
    settings.reuseAddress = true;
    const gui::GeneratedCode code = gui::generateServerCode(settings, CodeLanguage::Python);
    QCOMPARE(code.fileName, QStringLiteral("server.py"));
    QVERIFY(!code.caption.isEmpty());
    const QStringList expected = {"import socket", "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)",
        "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)", "port = 4242", "s.listen(7)",
        "while True:", "    c, addr = s.accept()", "    print('Got connection from', addr)", "    c.close()"};
    for (const QString& line : expected)
        QVERIFY2(code.text.contains(line), qPrintable(line));
    settings.reuseAddress = false;
    QVERIFY(!gui::generateServerCode(settings, CodeLanguage::Python).text.contains("SO_REUSEADDR"));
    QVERIFY(!gui::generateServerCode(settings, CodeLanguage::C).text.contains("SO_REUSEADDR"));
}

void TestCodeGenerator::invalidHostWarns()
{
    gui::ServerCodeSettings settings;
    settings.host = QStringLiteral("1.2.3.999");
    QVERIFY(!gui::generateServerCode(settings, CodeLanguage::Python).warning.isEmpty());
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = QStringLiteral("70000");
    QVERIFY(!gui::generateServerCode(settings, CodeLanguage::C).warning.isEmpty());
}

void TestCodeGenerator::client()
{
    gui::ClientCodeSettings settings;
    settings.timeoutSeconds = 2.5;
    settings.recvSize = 512;
    const gui::GeneratedCode code = gui::generateClientCode(settings, CodeLanguage::Python);
    QCOMPARE(code.fileName, QStringLiteral("client.py"));
    for (const char* line : {"s.settimeout(2.5)", "s.connect((host, port))", "s.recv(512)", "s.close()"})
        QVERIFY2(code.text.contains(QLatin1String(line)), line);
    settings.timeoutSeconds = 0;
    QVERIFY(!gui::generateClientCode(settings, CodeLanguage::Python).text.contains("settimeout"));
    QVERIFY(gui::generateClientCode(settings, CodeLanguage::C).text.contains("char data[512];"));
}

void TestCodeGenerator::udp()
{
    gui::UdpCodeSettings settings;
    settings.port = QStringLiteral("0");
    settings.echo = true;
    settings.broadcast = true;
    settings.destinationHost = QStringLiteral("<broadcast>");
    settings.destinationPort = QStringLiteral("5005");
    settings.payload = "it's";
    const gui::GeneratedCode py = gui::generateUdpCode(settings, CodeLanguage::Python);
    QCOMPARE(py.fileName, QStringLiteral("udp.py"));
    QVERIFY(py.warning.isEmpty());
    for (const char* line : {"socket.SOCK_DGRAM", "socket.SO_BROADCAST", "s.bind((host, port))",
             "to_host = '<broadcast>'", "to_port = 5005", "s.sendto(b'it\\'s', (to_host, to_port))",
             "data, addr = s.recvfrom(65536)", "    s.sendto(data, addr)"})
        QVERIFY2(py.text.contains(QLatin1String(line)), line);
    const QString c = gui::generateUdpCode(settings, CodeLanguage::C).text;
    for (const char* line : {"SOCK_DGRAM", "SO_BROADCAST", "\"255.255.255.255\"", "recvfrom(", "sendto(s, data"})
        QVERIFY2(c.contains(QLatin1String(line)), line);

    settings.echo = false;
    settings.destinationHost.clear();
    const QString receiveOnly = gui::generateUdpCode(settings, CodeLanguage::Python).text;
    QVERIFY(!receiveOnly.contains("sendto"));
    settings.family = core::Family::Inet6;
    settings.host = QStringLiteral("::1");
    settings.destinationHost = QStringLiteral("::1");
    QVERIFY(gui::generateUdpCode(settings, CodeLanguage::Python).text.contains("(to_host, to_port, 0, 0)"));
}

void TestCodeGenerator::programsParse_data()
{
    QTest::addColumn<core::Family>("family");
    QTest::addColumn<QString>("host");
    QTest::addColumn<core::ReplyMode>("mode");
    QTest::addColumn<QByteArray>("reply");
    const QByteArray nasty = QStringLiteral("it's \"q\" \\ ?\?= \n привет */ '''").toUtf8();
    QTest::newRow("tutorial v4") << core::Family::Inet << "127.0.0.1" << core::ReplyMode::Tutorial << nasty;
    QTest::newRow("echo any") << core::Family::Inet << "" << core::ReplyMode::Echo << nasty;
    QTest::newRow("discard v6") << core::Family::Inet6 << "::1" << core::ReplyMode::Discard << nasty;
    QTest::newRow("manual unix") << core::Family::Unix << "/tmp/a\"b'.sock" << core::ReplyMode::Manual << nasty;
    QTest::newRow("bad host") << core::Family::Inet << "a\"b'c\\" << core::ReplyMode::Tutorial << nasty;
}

void TestCodeGenerator::programsParse()
{
    QFETCH(core::Family, family);
    QFETCH(QString, host);
    QFETCH(core::ReplyMode, mode);
    QFETCH(QByteArray, reply);
    gui::ServerCodeSettings server;
    server.family = family;
    server.host = host;
    server.mode = mode;
    server.reply = reply;
    server.reuseAddress = true;
    gui::ClientCodeSettings client;
    client.family = family;
    client.host = host;
    if (python().isEmpty() && cCompiler().isEmpty())
        QSKIP("neither python3 nor a C compiler is installed");
    gui::UdpCodeSettings udp;
    udp.family = family;
    udp.host = host;
    udp.reuseAddress = true;
    udp.broadcast = true;
    udp.echo = mode == core::ReplyMode::Echo;
    udp.destinationHost = host;
    udp.destinationPort = QStringLiteral("5005");
    udp.payload = reply;
    if (!python().isEmpty()) {
        QCOMPARE(pythonSyntaxProblem(gui::generateServerCode(server, CodeLanguage::Python).text), QString());
        QCOMPARE(pythonSyntaxProblem(gui::generateClientCode(client, CodeLanguage::Python).text), QString());
        QCOMPARE(pythonSyntaxProblem(gui::generateUdpCode(udp, CodeLanguage::Python).text), QString());
    }
    if (!cCompiler().isEmpty()) {
        QCOMPARE(cCompileProblem(gui::generateServerCode(server, CodeLanguage::C).text), QString());
        QCOMPARE(cCompileProblem(gui::generateClientCode(client, CodeLanguage::C).text), QString());
        QCOMPARE(cCompileProblem(gui::generateUdpCode(udp, CodeLanguage::C).text), QString());
    }
}

QTEST_GUILESS_MAIN(TestCodeGenerator)
#include "tst_code_generator.moc"
