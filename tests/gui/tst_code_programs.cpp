// The generated programs run: the Python (and, where a C compiler is installed, the C) server and client
// that the Code page shows, against the app's own Client and Server tabs, on 127.0.0.1 only.
#include "client_tab.h"
#include "code_generator.h"
#include "server_tab.h"
#include "udp_endpoint_panel.h"

#include "loopback.h"
#include "tools.h"

#include <QCheckBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace socketlab;
using socketlab::gui::CodeLanguage;

namespace {

constexpr int kProcessTimeoutMs = 15000;
constexpr int kConnectProbeTimeoutMs = 200;

using tests::cCompiler;
using tests::python;

// A reply that needs every kind of escaping on its way into a program.
QByteArray awkwardReply()
{
    return QStringLiteral("Thank you for connecting: it's \"ok\" \\ ?\?= привет").toUtf8();
}

bool write(const QString& fileName, const QString& text)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

// Whether something accepts connections on 127.0.0.1:port now.
bool accepting(quint16 port)
{
    core::CallRecorder recorder;
    auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    return socket.ok() && socket->connect(tests::loopbackV4(port), kConnectProbeTimeoutMs).ok();
}

// Kills a server that loops forever (the tutorial's `while True`) when the test is done with it.
struct ProcessGuard {
    QProcess& process;
    ~ProcessGuard()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(kProcessTimeoutMs);
        }
    }
};

// Compiles `source` to `binary`; empty when it worked, else the compiler's complaint.
QString compileC(const QString& source, const QString& binary)
{
    QProcess cc;
    cc.start(cCompiler(), {QStringLiteral("-Wall"), QStringLiteral("-o"), binary, source});
    if (!cc.waitForFinished(kProcessTimeoutMs))
        return QStringLiteral("the compiler did not finish");
    return cc.exitCode() == 0 ? QString() : QString::fromUtf8(cc.readAllStandardError());
}

} // namespace

class TestCodePrograms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void generatedClientReadsServerTab_data();
    void generatedClientReadsServerTab();
    void clientTabReadsGeneratedServer_data();
    void clientTabReadsGeneratedServer();
    void generatedUdpEchoAnswers_data();
    void generatedUdpEchoAnswers();
    void udpPanelEchoesGeneratedUdp_data();
    void udpPanelEchoesGeneratedUdp();

private:
    QTemporaryDir m_dir;
    // Runs the generated program in `language` (compiling C first); false when it could not start.
    bool start(QProcess& process, CodeLanguage language, const QString& name, const QString& program);
};

void TestCodePrograms::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

bool TestCodePrograms::start(QProcess& process, CodeLanguage language, const QString& name, const QString& program)
{
    if (language == CodeLanguage::Python) {
        const QString file = m_dir.filePath(name + QStringLiteral(".py"));
        if (!write(file, program))
            return false;
        process.start(python(), {QStringLiteral("-u"), file}); // -u: print() reaches the test at once
    } else {
        const QString file = m_dir.filePath(name + QStringLiteral(".c"));
        const QString binary = m_dir.filePath(name);
        if (!write(file, program))
            return false;
        const QString problem = compileC(file, binary);
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
        process.start(binary);
    }
    return process.waitForStarted(kProcessTimeoutMs);
}

void TestCodePrograms::generatedClientReadsServerTab_data()
{
    QTest::addColumn<CodeLanguage>("language");
    QTest::newRow("python") << CodeLanguage::Python;
    QTest::newRow("c") << CodeLanguage::C;
}

void TestCodePrograms::generatedClientReadsServerTab()
{
    QFETCH(CodeLanguage, language);
    if (language == CodeLanguage::Python && python().isEmpty())
        QSKIP("python3 is not installed");
    if (language == CodeLanguage::C && cCompiler().isEmpty())
        QSKIP("no C compiler is installed");

    gui::ServerTab server;
    QSignalSpy listening(&server, &gui::ServerTab::listening);
    server.applyTutorialSettings();
    server.setPort(QStringLiteral("0"));
    QVERIFY(server.start());
    QTRY_COMPARE(listening.count(), 1);
    const quint16 port = listening.first().at(1).value<quint16>();

    gui::ClientCodeSettings settings;
    settings.port = QString::number(port); // the port the system chose for 0
    QProcess client;
    QVERIFY(start(client, language, QStringLiteral("client"), gui::generateClientCode(settings, language).text));
    QVERIFY(client.waitForFinished(kProcessTimeoutMs));
    QCOMPARE(client.readAllStandardError(), QByteArray());
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(client.readAllStandardOutput(), QByteArray("Thank you for connecting\n"));
    server.stop();
    QTRY_VERIFY(!server.isRunning());
}

void TestCodePrograms::clientTabReadsGeneratedServer_data()
{
    generatedClientReadsServerTab_data();
}

void TestCodePrograms::clientTabReadsGeneratedServer()
{
    QFETCH(CodeLanguage, language);
    if (language == CodeLanguage::Python && python().isEmpty())
        QSKIP("python3 is not installed");
    if (language == CodeLanguage::C && cCompiler().isEmpty())
        QSKIP("no C compiler is installed");

    // The server binds a port that was free a moment ago (the program names its port in the code).
    const quint16 port = tests::closedPort();
    QVERIFY(port != 0);
    gui::ServerCodeSettings settings;
    settings.port = QString::number(port);
    settings.reuseAddress = true;
    settings.reply = awkwardReply();
    QProcess server;
    ProcessGuard guard {server};
    QVERIFY(start(server, language, QStringLiteral("server"), gui::generateServerCode(settings, language).text));
    // The program prints nothing before accept(): wait until it accepts (each probe is answered too).
    QTRY_VERIFY_WITH_TIMEOUT(accepting(port) || server.state() == QProcess::NotRunning, kProcessTimeoutMs);
    QVERIFY2(server.state() == QProcess::Running, server.readAllStandardError().constData());

    gui::ClientTab client;
    client.applyTutorialSettings();
    client.setPort(QString::number(port));
    QSignalSpy received(&client, &gui::ClientTab::received);
    QSignalSpy disconnected(&client, &gui::ClientTab::disconnected);
    QVERIFY(client.connectToServer());
    QTRY_VERIFY(!disconnected.isEmpty()); // the server closes after its reply
    QByteArray bytes;
    for (const QList<QVariant>& each : received)
        bytes += each.first().toByteArray();
    QCOMPARE(bytes, awkwardReply());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += server.readAllStandardOutput()).contains("Got connection from ('127.0.0.1', "), kProcessTimeoutMs);
}

void TestCodePrograms::generatedUdpEchoAnswers_data()
{
    generatedClientReadsServerTab_data();
}

void TestCodePrograms::generatedUdpEchoAnswers()
{
    QFETCH(CodeLanguage, language);
    if (language == CodeLanguage::Python && python().isEmpty())
        QSKIP("python3 is not installed");
    if (language == CodeLanguage::C && cCompiler().isEmpty())
        QSKIP("no C compiler is installed");

    gui::UdpCodeSettings settings;
    settings.port = QStringLiteral("0"); // the program prints the port the system chose
    settings.echo = true;
    QProcess program;
    ProcessGuard guard {program};
    QVERIFY(start(program, language, QStringLiteral("udp"), gui::generateUdpCode(settings, language).text));
    const QRegularExpression bound(QStringLiteral("Bound to \\('127\\.0\\.0\\.1', (\\d+)\\)"));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT(
        bound.match(QString::fromUtf8(output += program.readAllStandardOutput())).hasMatch(), kProcessTimeoutMs);
    const quint16 port = bound.match(QString::fromUtf8(output)).captured(1).toUShort();
    QVERIFY(port != 0);

    core::CallRecorder recorder;
    auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Datagram, 0, recorder);
    QVERIFY(socket.ok());
    QVERIFY(socket->bind(tests::loopbackV4(0)).ok());
    const QByteArray ping = awkwardReply();
    QVERIFY(socket->sendTo(ping.constData(), static_cast<std::size_t>(ping.size()), tests::loopbackV4(port)).ok());
    QVERIFY(tests::waitReadable(socket->handle(), kProcessTimeoutMs));
    char buffer[1024];
    core::Endpoint from;
    auto received = socket->recvFrom(buffer, sizeof buffer, from);
    QVERIFY(received.ok());
    QCOMPARE(QByteArray(buffer, static_cast<int>(*received)), ping);
    QCOMPARE(from.port(), port);
}

void TestCodePrograms::udpPanelEchoesGeneratedUdp_data()
{
    generatedClientReadsServerTab_data();
}

void TestCodePrograms::udpPanelEchoesGeneratedUdp()
{
    QFETCH(CodeLanguage, language);
    if (language == CodeLanguage::Python && python().isEmpty())
        QSKIP("python3 is not installed");
    if (language == CodeLanguage::C && cCompiler().isEmpty())
        QSKIP("no C compiler is installed");

    gui::UdpEndpointPanel panel;
    panel.setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    panel.findChild<QCheckBox*>(QStringLiteral("echoCheck"))->setChecked(true);
    QVERIFY(panel.start());
    QTRY_VERIFY(panel.boundPort() != 0);

    gui::UdpCodeSettings settings;
    settings.port = QStringLiteral("0");
    settings.destinationHost = QStringLiteral("127.0.0.1");
    settings.destinationPort = QString::number(panel.boundPort());
    settings.payload = "ping";
    QProcess program;
    ProcessGuard guard {program};
    QVERIFY(start(program, language, QStringLiteral("udp-sender"), gui::generateUdpCode(settings, language).text));
    QByteArray output;
    // Python prints the bytes object (b'ping'), C the bytes themselves.
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += program.readAllStandardOutput()).contains("Got ") && output.contains("ping"), kProcessTimeoutMs);
    panel.stop();
    QTRY_VERIFY(!panel.isRunning());
}

QTEST_MAIN(TestCodePrograms)
#include "tst_code_programs.moc"
