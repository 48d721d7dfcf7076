// The tutorial's own programs (Python 3) against the window: client.py reads the Server tab's
// reply, and the Client tab reads server.py's. Skipped where python3 is missing.
#include "client_tab.h"
#include "server_tab.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace socketlab;

namespace {

constexpr int kProcessTimeoutMs = 10000;

// client.py with the port as its argument.
const char* const kTutorialClient = R"(import socket, sys
s = socket.socket()
s.connect(('127.0.0.1', int(sys.argv[1])))
print(s.recv(1024).decode())
s.close()
)";

// server.py for one client, on a port the system picks (printed first).
const char* const kTutorialServer = R"(import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(5)
print(s.getsockname()[1], flush=True)
c, addr = s.accept()
print('Got connection from', addr, flush=True)
c.send(b'Thank you for connecting')
c.close()
)";

QString python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

class TestPythonTutorial : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tutorialClientReadsServerTab();
    void clientTabReadsTutorialServer();
};

void TestPythonTutorial::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (python().isEmpty())
        QSKIP("python3 is not installed: the tutorial's programs cannot run");
}

void TestPythonTutorial::tutorialClientReadsServerTab()
{
    gui::ServerTab server;
    QSignalSpy listening(&server, &gui::ServerTab::listening);
    server.applyTutorialSettings();
    server.setPort(QStringLiteral("0"));
    QVERIFY(server.start());
    QTRY_COMPARE(listening.count(), 1);
    const quint16 port = listening.first().at(1).value<quint16>();

    QProcess client;
    client.start(python(), {QStringLiteral("-c"), QString::fromLatin1(kTutorialClient), QString::number(port)});
    QVERIFY(client.waitForFinished(kProcessTimeoutMs));
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(client.readAllStandardOutput(), QByteArray("Thank you for connecting\n"));
    server.stop();
    QTRY_VERIFY(!server.isRunning());
}

void TestPythonTutorial::clientTabReadsTutorialServer()
{
    QProcess server;
    server.start(python(), {QStringLiteral("-c"), QString::fromLatin1(kTutorialServer)});
    QVERIFY(server.waitForReadyRead(kProcessTimeoutMs));
    const QByteArray port = server.readLine().trimmed();
    QVERIFY(!port.isEmpty());

    gui::ClientTab client;
    client.applyTutorialSettings();
    client.setPort(QString::fromLatin1(port));
    QSignalSpy received(&client, &gui::ClientTab::received);
    QVERIFY(client.connectToServer());
    QTRY_VERIFY(!received.isEmpty());
    QCOMPARE(received.first().first().toByteArray(), QByteArray("Thank you for connecting"));
    // waitForFinished() is false for a process that has already ended: wait on its state.
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, kProcessTimeoutMs);
    QCOMPARE(server.exitCode(), 0);
    // print() may write the port and its newline separately: readLine() can leave the newline.
    const QByteArray output = server.readAllStandardOutput().trimmed();
    QVERIFY2(output.startsWith("Got connection from ('127.0.0.1', "), output.constData());
}

QTEST_MAIN(TestPythonTutorial)
#include "tst_python_tutorial.moc"
