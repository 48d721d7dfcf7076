// Tests for the Client tab, driven through its widgets' objectNames: refused input marked at the field, a real
// exchange with the tutorial's server, ECONNREFUSED, echo with send and half-close, small recv() sizes,
// cancelling a connect, settings and a language change. Servers run on 127.0.0.1 with a port from the system.
#include "core/messages.h"
#include "core/tcp_server.h"
#include "gui/client_tab.h"
#include "gui/core_text.h"
#include "gui/field_check.h"
#include "gui/host_choices.h"
#include "gui/payload_editor.h"
#include "gui/trace_model.h"
#include "gui/trace_panel.h"

// Shared with the core's tests (tests/support).
#include "loopback.h"
#include "session_harness.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

using socketlab::gui::ClientTab;
namespace core = socketlab::core;
namespace gui = socketlab::gui;
namespace tests = socketlab::tests;

namespace {

constexpr int kTabWidth = 900;
constexpr int kTabHeight = 600;
constexpr int kTutorialReplySize = 24; // "Thank you for connecting"
constexpr int kSmallRecvSize = 4;

// A core TcpServer on 127.0.0.1, port "0", on its own thread; `port` is the one the system gave it.
// Members end in reverse order: the thread is stopped and joined before the server and listener go.
struct LoopbackServer {
    explicit LoopbackServer(core::ReplyMode mode)
        : server(optionsFor(mode), listener)
        , thread(server)
        , port(listener.waitReady().port())
    {
    }

    static core::TcpServerOptions optionsFor(core::ReplyMode mode)
    {
        core::TcpServerOptions options;
        options.host = "127.0.0.1";
        options.port = "0";
        options.mode = mode;
        return options;
    }

    tests::RecordingListener listener;
    core::TcpServer server;
    tests::SessionThread thread;
    quint16 port = 0;
};

template<typename T>
T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QString conversationText(const ClientTab& tab)
{
    return child<QPlainTextEdit>(*child<QWidget>(tab, "receivedView"), "conversationText")->toPlainText();
}

QStringList tracedCalls(const ClientTab& tab)
{
    const gui::TraceModel* model = child<gui::TracePanel>(tab, "tracePanel")->model();
    QStringList calls;
    for (int row = 0; row < model->rowCount(); ++row)
        calls << QString::fromStdString(model->event(row).call);
    return calls;
}

// Replaces a line edit's text the way a user does: select all, then type.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

} // namespace

class TestClientTab : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaultsAreTheTutorials();
    void refusedPortIsMarked_data();
    void refusedPortIsMarked();
    void refusedHostIsMarked_data();
    void refusedHostIsMarked();
    void unixFamilyTakesAPath();
    void unixPathIsTheServersInTheTemporaryFolder();
    void tutorialServerExchange();
    void connectionRefusedIsExplained();
    void echoSendAndShutDownSending();
    void disconnectClosesTheConnection();
    void smallRecvSizeSplitsTheReply();
    void cancelWhileConnecting();
    void settingsRoundTrip();
    void languageChangeKeepsMarks();

private:
    void connectTo(quint16 port);

    std::unique_ptr<ClientTab> m_tab;
};

void TestClientTab::init()
{
    m_tab = std::make_unique<ClientTab>();
    m_tab->resize(kTabWidth, kTabHeight);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestClientTab::cleanup()
{
    m_tab.reset();
}

void TestClientTab::connectTo(quint16 port)
{
    typeInto(child<QLineEdit>(*m_tab, "portEdit"), QString::number(port));
    QPushButton* connectButton = child<QPushButton>(*m_tab, "connectButton");
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
}

void TestClientTab::defaultsAreTheTutorials()
{
    QCOMPARE(child<QComboBox>(*m_tab, "familyCombo")->currentText(), QStringLiteral("AF_INET"));
    QCOMPARE(child<QComboBox>(*m_tab, "hostCombo")->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QLineEdit>(*m_tab, "portEdit")->text(), QStringLiteral("12345"));
    QCOMPARE(child<QDoubleSpinBox>(*m_tab, "timeoutSpin")->value(), 10.0);
    QCOMPARE(child<QSpinBox>(*m_tab, "recvSizeSpin")->value(), 1024);
    QVERIFY(child<QPushButton>(*m_tab, "connectButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_tab, "disconnectButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_tab, "shutdownButton")->isEnabled());
    QVERIFY(!child<QWidget>(*m_tab, "payloadEditor")->isEnabled());
    QVERIFY(!child<QLabel>(*m_tab, "errorLabel")->isVisible());
    QVERIFY(!child<QLabel>(*m_tab, "validationLabel")->isVisible());
    QVERIFY(!m_tab->isBusy());
    // socket.gethostname()'s answer is offered, found without any socket call.
    QVERIFY(child<QComboBox>(*m_tab, "hostCombo")->findText(QSysInfo::machineHostName()) >= 0);
}

void TestClientTab::refusedPortIsMarked_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("out of range") << QStringLiteral("70000");
    QTest::newRow("letters and digits") << QStringLiteral("12a");
    QTest::newRow("empty") << QString();
}

void TestClientTab::refusedPortIsMarked()
{
    QFETCH(QString, port);
    QLineEdit* portEdit = child<QLineEdit>(*m_tab, "portEdit");
    QLabel* validation = child<QLabel>(*m_tab, "validationLabel");
    QPushButton* connectButton = child<QPushButton>(*m_tab, "connectButton");

    typeInto(portEdit, port);
    QVERIFY(gui::isMarkedInvalid(portEdit));
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(QStringLiteral("Port '%1'").arg(port)), qPrintable(validation->text()));
    QCOMPARE(portEdit->toolTip(), validation->text());
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(!m_tab->connectToServer());
    QVERIFY(!m_tab->isBusy());

    typeInto(portEdit, QStringLiteral("www")); // a service name is a port too
    QVERIFY(!gui::isMarkedInvalid(portEdit));
    QVERIFY(!validation->isVisible());
    QVERIFY(connectButton->isEnabled());
}

void TestClientTab::refusedHostIsMarked_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("host");
    QTest::newRow("bad dotted quad") << QStringLiteral("AF_INET") << QStringLiteral("999.1.1.1");
    QTest::newRow("IPv6 for AF_INET") << QStringLiteral("AF_INET") << QStringLiteral("::1");
    QTest::newRow("IPv4 for AF_INET6") << QStringLiteral("AF_INET6") << QStringLiteral("127.0.0.1");
    QTest::newRow("a URL") << QStringLiteral("AF_INET") << QStringLiteral("http://example.com/");
}

void TestClientTab::refusedHostIsMarked()
{
    QFETCH(QString, family);
    QFETCH(QString, host);
    QComboBox* familyCombo = child<QComboBox>(*m_tab, "familyCombo");
    QComboBox* hostCombo = child<QComboBox>(*m_tab, "hostCombo");
    QLabel* validation = child<QLabel>(*m_tab, "validationLabel");

    familyCombo->setCurrentText(family);
    typeInto(hostCombo->lineEdit(), host);
    QVERIFY(gui::isMarkedInvalid(hostCombo));
    QVERIFY2(validation->text().contains(QStringLiteral("Host '%1'").arg(host)), qPrintable(validation->text()));
    QVERIFY(!child<QPushButton>(*m_tab, "connectButton")->isEnabled());
    QVERIFY(!m_tab->connectToServer());

    m_tab->setHost(family == QLatin1String("AF_INET6") ? QStringLiteral("::1") : QStringLiteral("localhost"));
    QVERIFY(!gui::isMarkedInvalid(hostCombo));
    QVERIFY(child<QPushButton>(*m_tab, "connectButton")->isEnabled());
}

void TestClientTab::unixFamilyTakesAPath()
{
    QComboBox* familyCombo = child<QComboBox>(*m_tab, "familyCombo");
    QComboBox* hostCombo = child<QComboBox>(*m_tab, "hostCombo");
    QLineEdit* portEdit = child<QLineEdit>(*m_tab, "portEdit");
    typeInto(portEdit, QStringLiteral("70000")); // refused, but AF_UNIX has no port at all

    familyCombo->setCurrentText(QStringLiteral("AF_UNIX"));
    QVERIFY(!portEdit->isEnabled());
    QVERIFY(!gui::isMarkedInvalid(portEdit));
    QVERIFY(hostCombo->currentText().startsWith(QLatin1Char('/')));
    QVERIFY(child<QPushButton>(*m_tab, "connectButton")->isEnabled());

    familyCombo->setCurrentText(QStringLiteral("AF_INET"));
    QCOMPARE(hostCombo->currentText(), QStringLiteral("127.0.0.1"));
    QVERIFY(portEdit->isEnabled());
    QVERIFY(gui::isMarkedInvalid(portEdit));
}

// The client offers the file the Server tab listens on by default, wherever the temporary folder
// is (TMPDIR here): a pair left at its defaults meets, and no fixed /tmp is assumed (Windows).
void TestClientTab::unixPathIsTheServersInTheTemporaryFolder()
{
#ifdef Q_OS_WIN
    QSKIP("Windows takes its temporary folder from TEMP, not TMPDIR");
#endif
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QByteArray savedTmpdir = qgetenv("TMPDIR");
    const bool hadTmpdir = qEnvironmentVariableIsSet("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(folder.path()));
    const QString expected = QDir(folder.path()).filePath(QStringLiteral("socketlab.sock"));
    const QString serversDefault = gui::defaultUnixSocketPath();
    ClientTab tab;
    child<QComboBox>(tab, "familyCombo")->setCurrentText(QStringLiteral("AF_UNIX"));
    const QString offered = child<QComboBox>(tab, "hostCombo")->currentText();
    if (hadTmpdir)
        qputenv("TMPDIR", savedTmpdir);
    else
        qunsetenv("TMPDIR");
    QCOMPARE(serversDefault, expected);
    QCOMPARE(offered, expected);
}

void TestClientTab::tutorialServerExchange()
{
    LoopbackServer server(core::ReplyMode::Tutorial);
    QVERIFY(server.port != 0);
    QSignalSpy connectedSpy(m_tab.get(), &ClientTab::connected);
    QSignalSpy receivedSpy(m_tab.get(), &ClientTab::received);
    QSignalSpy disconnectedSpy(m_tab.get(), &ClientTab::disconnected);

    connectTo(server.port);
    QTRY_COMPARE(disconnectedSpy.count(), 1);

    QCOMPARE(connectedSpy.count(), 1);
    QCOMPARE(connectedSpy.at(0).at(0).toString(), QStringLiteral("('127.0.0.1', %1)").arg(server.port));
    QByteArray received;
    for (const QList<QVariant>& arguments : receivedSpy)
        received += arguments.at(0).toByteArray();
    QCOMPARE(received, QByteArray(core::kTutorialReply));

    QTRY_VERIFY(conversationText(*m_tab).contains(QLatin1String(core::kTutorialReply)));
    const QString text = conversationText(*m_tab);
    // "byte" without its ending: the English plural forms come from a translation that tests do not load.
    QVERIFY2(text.contains(QStringLiteral("recv() #1 \u2014 %1 byte").arg(kTutorialReplySize)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Connected to ('127.0.0.1', %1)").arg(server.port)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("recv() returned 0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Disconnected")), qPrintable(text));
    QVERIFY(child<QLabel>(*m_tab, "bytesLabel")->text().contains(QStringLiteral("%1 byte").arg(kTutorialReplySize)));

    const QStringList calls = tracedCalls(*m_tab);
    for (const char* call : {"socket", "connect", "recv", "close"})
        QVERIFY2(calls.contains(QLatin1String(call)), qPrintable(calls.join(QLatin1Char(' '))));

    // Closed, and ready for the next connection.
    QVERIFY(!m_tab->isBusy());
    QVERIFY(child<QPushButton>(*m_tab, "connectButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*m_tab, "disconnectButton")->isEnabled());
    QVERIFY(child<QGroupBox>(*m_tab, "settingsGroup")->isEnabled());
    QVERIFY(!child<QLabel>(*m_tab, "errorLabel")->isVisible());
}

void TestClientTab::connectionRefusedIsExplained()
{
    const quint16 port = tests::closedPort();
    QVERIFY(port != 0);
    QSignalSpy failedSpy(m_tab.get(), &ClientTab::connectFailed);
    QSignalSpy disconnectedSpy(m_tab.get(), &ClientTab::disconnected);

    connectTo(port);
    QTRY_COMPARE(failedSpy.count(), 1);
    QCOMPARE(failedSpy.at(0).at(0).value<core::Error>().condition, core::Condition::ConnectionRefused);
    QTRY_COMPARE(disconnectedSpy.count(), 1);

    QLabel* errorLabel = child<QLabel>(*m_tab, "errorLabel");
    QVERIFY(errorLabel->isVisible());
    QVERIFY(errorLabel->wordWrap());
    const QString hint = gui::coreText(core::conditionHint(core::Condition::ConnectionRefused));
    QVERIFY(!hint.isEmpty());
    QVERIFY2(errorLabel->text().contains(QLatin1String("ECONNREFUSED")), qPrintable(errorLabel->text()));
    QVERIFY2(errorLabel->text().contains(hint), qPrintable(errorLabel->text()));
    QVERIFY2(errorLabel->text().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(errorLabel->text()));

    const gui::TraceModel* model = child<gui::TracePanel>(*m_tab, "tracePanel")->model();
    bool failedConnectTraced = false;
    for (int row = 0; row < model->rowCount(); ++row)
        failedConnectTraced |= model->event(row).call == "connect" && model->event(row).errorName == "ECONNREFUSED";
    QVERIFY(failedConnectTraced);

    QVERIFY(!m_tab->isBusy());
    QVERIFY(child<QPushButton>(*m_tab, "connectButton")->isEnabled());
    QVERIFY(child<QGroupBox>(*m_tab, "settingsGroup")->isEnabled());

    // The next attempt starts clean.
    LoopbackServer server(core::ReplyMode::Tutorial);
    connectTo(server.port);
    QVERIFY(!errorLabel->isVisible());
    QTRY_COMPARE(disconnectedSpy.count(), 2);
}

void TestClientTab::echoSendAndShutDownSending()
{
    LoopbackServer server(core::ReplyMode::Echo);
    QSignalSpy receivedSpy(m_tab.get(), &ClientTab::received);
    QSignalSpy disconnectedSpy(m_tab.get(), &ClientTab::disconnected);
    QWidget* editor = child<QWidget>(*m_tab, "payloadEditor");
    QPushButton* shutdownButton = child<QPushButton>(*m_tab, "shutdownButton");

    connectTo(server.port);
    QTRY_VERIFY(editor->isEnabled());
    QVERIFY(m_tab->isBusy());
    QVERIFY(shutdownButton->isEnabled());
    QVERIFY(!child<QPushButton>(*m_tab, "connectButton")->isEnabled());
    QVERIFY(!child<QGroupBox>(*m_tab, "settingsGroup")->isEnabled());

    QTest::keyClicks(child<QLineEdit>(*editor, "payloadEdit"), QStringLiteral("hello"));
    QPushButton* sendButton = child<QPushButton>(*editor, "sendButton");
    QTRY_VERIFY(sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);

    const auto receivedBytes = [&receivedSpy] {
        QByteArray bytes;
        for (const QList<QVariant>& arguments : receivedSpy)
            bytes += arguments.at(0).toByteArray();
        return bytes;
    };
    QTRY_VERIFY(receivedBytes().startsWith("hello"));
    QTRY_VERIFY(conversationText(*m_tab).contains(QLatin1String("hello")));
    QVERIFY(conversationText(*m_tab).contains(QLatin1String("send()")));

    // Half-close: the echo server's recv() returns 0, it closes, and so does the client.
    QTest::mouseClick(shutdownButton, Qt::LeftButton);
    QVERIFY(!shutdownButton->isEnabled());
    QVERIFY(!editor->isEnabled());
    QVERIFY(server.listener.waitFor([](const tests::RecordingListener::State& s) { return !s.peerFinished.empty(); }));
    QTRY_COMPARE(disconnectedSpy.count(), 1);
    QTRY_VERIFY(conversationText(*m_tab).contains(QLatin1String("recv() returned 0")));
    QVERIFY(tracedCalls(*m_tab).contains(QLatin1String("shutdown")));
    QVERIFY(!child<QLabel>(*m_tab, "errorLabel")->isVisible());
}

void TestClientTab::disconnectClosesTheConnection()
{
    LoopbackServer server(core::ReplyMode::Echo);
    QSignalSpy disconnectedSpy(m_tab.get(), &ClientTab::disconnected);
    QPushButton* disconnectButton = child<QPushButton>(*m_tab, "disconnectButton");

    connectTo(server.port);
    QTRY_VERIFY(child<QWidget>(*m_tab, "payloadEditor")->isEnabled());
    QVERIFY(disconnectButton->isEnabled());
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QTRY_COMPARE(disconnectedSpy.count(), 1);

    QVERIFY(tracedCalls(*m_tab).contains(QLatin1String("close")));
    QVERIFY(server.listener.waitFor([](const tests::RecordingListener::State& s) { return !s.closed.empty(); }));
    QVERIFY(!m_tab->isBusy());
    QVERIFY(!disconnectButton->isEnabled());
    QVERIFY(!child<QLabel>(*m_tab, "errorLabel")->isVisible());
}

void TestClientTab::smallRecvSizeSplitsTheReply()
{
    LoopbackServer server(core::ReplyMode::Tutorial);
    QSignalSpy receivedSpy(m_tab.get(), &ClientTab::received);
    QSignalSpy disconnectedSpy(m_tab.get(), &ClientTab::disconnected);
    QSpinBox* recvSize = child<QSpinBox>(*m_tab, "recvSizeSpin");
    recvSize->setFocus();
    recvSize->selectAll();
    QTest::keyClicks(recvSize, QString::number(kSmallRecvSize));
    QCOMPARE(recvSize->value(), kSmallRecvSize);

    connectTo(server.port);
    QTRY_COMPARE(disconnectedSpy.count(), 1);

    QByteArray received;
    for (const QList<QVariant>& arguments : receivedSpy) {
        const QByteArray chunk = arguments.at(0).toByteArray();
        QVERIFY2(chunk.size() <= kSmallRecvSize, chunk.constData());
        received += chunk;
    }
    QCOMPARE(received, QByteArray(core::kTutorialReply));
    QVERIFY(receivedSpy.count() >= kTutorialReplySize / kSmallRecvSize);
    QTRY_VERIFY(conversationText(*m_tab).contains(QStringLiteral("recv() #6 \u2014 4 byte")));
}

void TestClientTab::cancelWhileConnecting()
{
    // A listener whose backlog is full leaves connect() waiting: the only way to see "Connecting…" on loopback.
    tests::FullBacklogListener full;
    QVERIFY2(!full.broken, full.reason.c_str());
    if (!full.ok)
        QSKIP(full.reason.c_str());
    QSignalSpy failedSpy(m_tab.get(), &ClientTab::connectFailed);
    QSignalSpy disconnectedSpy(m_tab.get(), &ClientTab::disconnected);

    connectTo(full.port);
    QVERIFY(m_tab->isBusy());
    QCOMPARE(child<QLabel>(*m_tab, "stateLabel")->text(), QStringLiteral("Connecting…"));
    QVERIFY(!child<QPushButton>(*m_tab, "connectButton")->isEnabled());
    QVERIFY(!child<QGroupBox>(*m_tab, "settingsGroup")->isEnabled());
    QPushButton* disconnectButton = child<QPushButton>(*m_tab, "disconnectButton");
    QVERIFY(disconnectButton->isEnabled());
    QVERIFY(!m_tab->connectToServer()); // busy

    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QTRY_COMPARE(disconnectedSpy.count(), 1);
    QCOMPARE(failedSpy.count(), 0); // cancelling is not a failure
    QVERIFY(!m_tab->isBusy());
    QVERIFY(child<QPushButton>(*m_tab, "connectButton")->isEnabled());
    QVERIFY(!child<QLabel>(*m_tab, "errorLabel")->isVisible());
}

void TestClientTab::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        m_tab->setHost(QStringLiteral("::1"));
        child<QComboBox>(*m_tab, "familyCombo")->setCurrentText(QStringLiteral("AF_INET6"));
        m_tab->setHost(QStringLiteral("::1"));
        m_tab->setPort(QStringLiteral("echo"));
        child<QDoubleSpinBox>(*m_tab, "timeoutSpin")->setValue(2.5);
        child<QSpinBox>(*m_tab, "recvSizeSpin")->setValue(16);
        QSettings settings(file, QSettings::IniFormat);
        m_tab->saveSettings(settings);
        QVERIFY(settings.childGroups().contains(QStringLiteral("client")));
    }
    ClientTab restored;
    QSettings settings(file, QSettings::IniFormat);
    restored.loadSettings(settings);
    QCOMPARE(child<QComboBox>(restored, "familyCombo")->currentText(), QStringLiteral("AF_INET6"));
    QCOMPARE(child<QComboBox>(restored, "hostCombo")->currentText(), QStringLiteral("::1"));
    QCOMPARE(child<QLineEdit>(restored, "portEdit")->text(), QStringLiteral("echo"));
    QCOMPARE(child<QDoubleSpinBox>(restored, "timeoutSpin")->value(), 2.5);
    QCOMPARE(child<QSpinBox>(restored, "recvSizeSpin")->value(), 16);
    QVERIFY(child<QPushButton>(restored, "connectButton")->isEnabled());

    restored.applyTutorialSettings();
    QCOMPARE(child<QComboBox>(restored, "familyCombo")->currentText(), QStringLiteral("AF_INET"));
    QCOMPARE(child<QComboBox>(restored, "hostCombo")->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QLineEdit>(restored, "portEdit")->text(), QStringLiteral("12345"));
    QCOMPARE(child<QSpinBox>(restored, "recvSizeSpin")->value(), 1024);
}

void TestClientTab::languageChangeKeepsMarks()
{
    QLineEdit* portEdit = child<QLineEdit>(*m_tab, "portEdit");
    const QString normalToolTip = portEdit->toolTip();
    typeInto(portEdit, QStringLiteral("70000"));
    QVERIFY(gui::isMarkedInvalid(portEdit));

    // Texts set in code are set again: a stale one shows whether the (posted) event has run.
    QLabel* stateLabel = child<QLabel>(*m_tab, "stateLabel");
    stateLabel->setText(QStringLiteral("stale"));
    QCoreApplication::postEvent(m_tab.get(), new QEvent(QEvent::LanguageChange));
    QTRY_COMPARE(stateLabel->text(), QStringLiteral("Not connected"));
    QVERIFY(gui::isMarkedInvalid(portEdit));
    QCOMPARE(portEdit->toolTip(), child<QLabel>(*m_tab, "validationLabel")->text());
    QVERIFY(!child<QPushButton>(*m_tab, "connectButton")->isEnabled());

    typeInto(portEdit, QStringLiteral("12345"));
    QCOMPARE(portEdit->toolTip(), normalToolTip);
}

QTEST_MAIN(TestClientTab)
#include "tst_client_tab.moc"
