// Quitting with every tab busy: the window closes within a generous bound of the 1 s with
// not one Qt warning (no "QThread: Destroyed while thread is still running", no timers or socket
// notifiers touched from the wrong thread), in process and as the real `socketlab` program that a
// terminal's Ctrl+C (SIGINT) or a SIGTERM closes like its close button: settings saved, exit code 0.
#include "client_list_model.h"
#include "client_tab.h"
#include "datagram_model.h"
#include "lookup_tab.h"
#include "main_window.h"
#include "payload_editor.h"
#include "server_tab.h"
#include "step_panel.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"

#include "core/session.h"
#include "core/socket.h"

#include "gui_faults.h"
#include "loopback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

#include <signal.h>

using namespace socketlab;
using core::StepCall;
using tests::SendingClient;

namespace {

// The issue asks for 1 s; five times that still catches a close that waits for a timeout.
constexpr qint64 kCloseBoundMs = 5000;
constexpr int kWaitMs = 10000;
constexpr int kSendingClients = 4;
constexpr int kDiscardModeIndex = 2; // the server tab's reply modes: tutorial, echo, discard, manual
// What the offscreen platform plugin prints about every window; not a problem of SocketLab's.
const QString kOffscreenRemark = QStringLiteral("This plugin does not support propagateSizeHints()");

gui::ClientListModel* clientsOf(gui::ServerTab* server)
{
    auto* view = server->findChild<QTableView*>(QStringLiteral("clientsView"));
    return view ? qobject_cast<gui::ClientListModel*>(view->model()) : nullptr;
}

bool press(gui::StepPanel* panel, StepCall call)
{
    QPushButton* button = panel->button(call);
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, kWaitMs))
        return false;
    button->click();
    return true;
}

// Closes the window as its close button does, destroys it, and returns how long that took.
qint64 closeAndDestroy(std::unique_ptr<gui::MainWindow>& window)
{
    QElapsedTimer clock;
    clock.start();
    window->close();
    window.reset();
    return clock.elapsed();
}

// The threads of process `pid` that are SocketLab's session threads (Linux names them in comm, cut to 15 characters).
int sessionThreadsOf(qint64 pid)
{
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("SocketLab sess"))
            ++count;
    }
    return count;
}

} // namespace

class TestQuitWhileRunning : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void closeWithEverySessionRunning();
    void closeWithStepCallsWaiting();
    void signalClosesTheProgramCleanly_data();
    void signalClosesTheProgramCleanly();
};

void TestQuitWhileRunning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quit_while_running"));
}

void TestQuitWhileRunning::closeWithEverySessionRunning()
{
    auto window = std::make_unique<gui::MainWindow>();
    window->resize(1024, 700);
    window->show();
    window->sequenceDock()->show();

    // The Server tab reads from several clients that send all the time, and from the Client tab.
    gui::ServerTab* server = window->serverTab();
    server->applyTutorialSettings();
    server->setPort(QStringLiteral("0"));
    server->findChild<QComboBox*>(QStringLiteral("replyModeCombo"))->setCurrentIndex(kDiscardModeIndex);
    QSignalSpy listening(server, &gui::ServerTab::listening);
    QVERIFY(server->start());
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, kWaitMs);
    const auto port = listening.first().at(1).value<quint16>();
    std::vector<std::unique_ptr<SendingClient>> senders;
    for (int i = 0; i < kSendingClients; ++i)
        senders.push_back(std::make_unique<SendingClient>(port, 0, true));

    gui::ClientTab* client = window->clientTab();
    client->applyTutorialSettings();
    client->setPort(QString::number(port));
    QSignalSpy connected(client, &gui::ClientTab::connected);
    QVERIFY(client->connectToServer());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(clientsOf(server)->openCount(), kSendingClients + 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(clientsOf(server)->totalsAt(0).bytesReceived > 0, kWaitMs);

    // Two UDP endpoints that echo each other: one datagram goes back and forth without end.
    gui::UdpTab* udp = window->udpTab();
    for (gui::UdpEndpointPanel* endpoint : {udp->endpointA(), udp->endpointB()})
        endpoint->findChild<QCheckBox*>(QStringLiteral("echoCheck"))->setChecked(true);
    udp->pairEndpoints();
    QTRY_VERIFY_WITH_TIMEOUT(udp->endpointA()->boundPort() != 0 && udp->endpointB()->boundPort() != 0, kWaitMs);
    emit udp->endpointA()
        ->findChild<gui::PayloadEditor*>(QStringLiteral("payloadEditor"))
        ->sendRequested(QByteArrayLiteral("ping"));
    QTRY_VERIFY_WITH_TIMEOUT(udp->endpointB()->datagrams()->datagramsReceived() > 10, kWaitMs);

    // A lookup whose answer has not come back when the window closes.
    window->lookupTab()->setHost(QStringLiteral("localhost"));
    QVERIFY(window->lookupTab()->lookup());
    QVERIFY(window->lookupTab()->isLookingUp());
    QVERIFY(server->isRunning() && client->isBusy() && udp->endpointA()->isRunning());

    qint64 closeMs = 0;
    QStringList warnings;
    {
        tests::WarningRecorder recorder;
        closeMs = closeAndDestroy(window);
        warnings = recorder.warnings();
    }
    senders.clear(); // their connections were closed by the server: they end at once
    qInfo("Closing the window with every session running took %lld ms", closeMs);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY2(closeMs < kCloseBoundMs, qPrintable(QStringLiteral("%1 ms").arg(closeMs)));
}

void TestQuitWhileRunning::closeWithStepCallsWaiting()
{
    auto window = std::make_unique<gui::MainWindow>();
    window->resize(1024, 700);
    window->show();
    window->sequenceDock()->show();

    // The server's accept(), the client's recv() and a UDP endpoint's recvfrom() all wait.
    gui::StepPanel* serverSteps = window->serverTab()->stepPanel();
    window->serverTab()->applyTutorialSettings();
    window->serverTab()->setPort(QStringLiteral("0"));
    QVERIFY(serverSteps->setStepMode(true));
    for (StepCall call : {StepCall::Socket, StepCall::Bind, StepCall::Listen, StepCall::Accept})
        QVERIFY(press(serverSteps, call));
    QTRY_VERIFY_WITH_TIMEOUT(serverSteps->stateText().contains(QLatin1String("Blocked in accept()")), kWaitMs);

    // The client connects to a listener of the test's own that never sends.
    tests::LoopbackListener listener;
    QVERIFY(listener.ok());
    gui::StepPanel* clientSteps = window->clientTab()->stepPanel();
    window->clientTab()->applyTutorialSettings();
    window->clientTab()->setPort(QString::number(listener.port));
    QVERIFY(clientSteps->setStepMode(true));
    for (StepCall call : {StepCall::Socket, StepCall::Connect, StepCall::Recv})
        QVERIFY(press(clientSteps, call));
    QTRY_VERIFY_WITH_TIMEOUT(clientSteps->stateText().contains(QLatin1String("Blocked in recv()")), kWaitMs);

    gui::UdpEndpointPanel* endpoint = window->udpTab()->endpointA();
    endpoint->setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    gui::StepPanel* udpSteps = endpoint->stepPanel();
    QVERIFY(udpSteps->setStepMode(true));
    for (StepCall call : {StepCall::Socket, StepCall::Bind, StepCall::RecvFrom})
        QVERIFY(press(udpSteps, call));
    QTRY_VERIFY_WITH_TIMEOUT(udpSteps->stateText().contains(QLatin1String("Blocked in recvfrom()")), kWaitMs);

    qint64 closeMs = 0;
    QStringList warnings;
    {
        tests::WarningRecorder recorder;
        closeMs = closeAndDestroy(window);
        warnings = recorder.warnings();
    }
    qInfo("Closing the window with accept(), recv() and recvfrom() waiting took %lld ms", closeMs);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY2(closeMs < kCloseBoundMs, qPrintable(QStringLiteral("%1 ms").arg(closeMs)));
}

void TestQuitWhileRunning::signalClosesTheProgramCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << static_cast<int>(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << static_cast<int>(SIGINT);
}

void TestQuitWhileRunning::signalClosesTheProgramCleanly()
{
    QFETCH(int, signalNumber);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const quint16 port = tests::closedPort();
    QVERIFY(port != 0);
    // The client program connects to a listener of the test's own that never answers, so it stays
    // connected (the server program's default reply closes each connection after its text).
    tests::LoopbackListener listener;
    QVERIFY(listener.ok());

    // Four programs, each with one tab busy: a server, a client connected to it, a bound UDP
    // endpoint and a lookup. Each has its own settings directory, to see that it saved them.
    struct Program {
        QString name;
        QStringList arguments;
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
        QString configDirectory;
    };
    const QString portText = QString::number(port);
    std::vector<Program> programs;
    const auto addProgram = [&programs](const QString& name, const QStringList& arguments) {
        Program program;
        program.name = name;
        program.arguments = arguments + QStringList {QStringLiteral("--start")};
        programs.push_back(std::move(program));
    };
    addProgram(QStringLiteral("server"),
        {QStringLiteral("--tab"), QStringLiteral("server"), QStringLiteral("--port"), portText});
    addProgram(QStringLiteral("client"),
        {QStringLiteral("--tab"), QStringLiteral("client"), QStringLiteral("--port"), QString::number(listener.port)});
    addProgram(QStringLiteral("udp"),
        {QStringLiteral("--tab"), QStringLiteral("udp"), QStringLiteral("--port"), QStringLiteral("0")});
    addProgram(QStringLiteral("lookup"),
        {QStringLiteral("--tab"), QStringLiteral("lookup"), QStringLiteral("--host"), QStringLiteral("localhost")});

    const auto killLeftovers = qScopeGuard([&programs] {
        for (Program& program : programs) {
            if (program.process->state() != QProcess::NotRunning) {
                program.process->kill();
                program.process->waitForFinished(kWaitMs);
            }
        }
    });

    const QString runtimeDirectory = home.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtimeDirectory));
    QFile::setPermissions(runtimeDirectory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (std::size_t i = 0; i < programs.size(); ++i) {
        Program& program = programs[i];
        program.configDirectory = home.filePath(QStringLiteral("config-") + program.name);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), program.configDirectory);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDirectory);
        program.process->setProcessEnvironment(environment);
        program.process->start(QStringLiteral(SOCKETLAB_GUI_PATH),
            QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + program.arguments);
        QVERIFY2(program.process->waitForStarted(kWaitMs), qPrintable(program.name));
        if (i == 0) {
            // The client program needs the server listening first; a test client proves it is.
            std::unique_ptr<SendingClient> probe;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    probe = std::make_unique<SendingClient>(port, 0, true);
                    (void)QTest::qWaitFor([&] { return probe->isConnected() || probe->hasFailed(); }, kWaitMs);
                    return probe->isConnected();
                }(),
                kWaitMs);
        }
    }
    // The server, the client and the UDP endpoint each run a session thread.
    for (std::size_t i = 0; i < 3; ++i) {
        const qint64 pid = programs[i].process->processId();
        QTRY_VERIFY2_WITH_TIMEOUT(sessionThreadsOf(pid) == 1, qPrintable(programs[i].name), kWaitMs);
    }
    // More clients that send all the time, so the server is busy when the signal comes.
    std::vector<std::unique_ptr<SendingClient>> senders;
    for (int i = 0; i < kSendingClients; ++i)
        senders.push_back(std::make_unique<SendingClient>(port, 0, true));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(senders.begin(), senders.end(), [](const auto& s) { return s->isConnected(); }), kWaitMs);

    for (Program& program : programs) {
        QCOMPARE(program.process->state(), QProcess::Running);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(static_cast<pid_t>(program.process->processId()), signalNumber), 0);
        const bool finished = program.process->waitForFinished(kWaitMs);
        const qint64 exitMs = clock.elapsed();
        if (!finished)
            program.process->kill();
        const QString errors = QString::fromLocal8Bit(program.process->readAllStandardError());
        qInfo("%s: exited %lld ms after the signal", qPrintable(program.name), exitMs);
        if (!errors.isEmpty())
            qInfo("%s wrote to stderr:\n%s", qPrintable(program.name), qPrintable(errors));
        QVERIFY2(finished, qPrintable(program.name + QStringLiteral(" did not exit")));
        QVERIFY2(program.process->exitStatus() == QProcess::NormalExit,
            qPrintable(program.name + QStringLiteral(" was killed by the signal instead of closing")));
        QCOMPARE(program.process->exitCode(), 0);
        QVERIFY2(exitMs < kCloseBoundMs, qPrintable(QStringLiteral("%1 ms").arg(exitMs)));
        // Nothing but the offscreen platform's own remark (it cannot size a window's frame).
        QStringList unexpected = errors.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        unexpected.removeAll(kOffscreenRemark);
        QVERIFY2(
            unexpected.isEmpty(), qPrintable(program.name + QStringLiteral(": ") + unexpected.join(QLatin1Char('\n'))));
        // Closed like the window: the window's own settings were saved on the way out.
        const QSettings saved(
            program.configDirectory + QStringLiteral("/SocketLab/SocketLab.conf"), QSettings::IniFormat);
        QVERIFY2(saved.contains(QStringLiteral("window/geometry")), qPrintable(program.name));
    }
}

QTEST_MAIN(TestQuitWhileRunning)
#include "tst_quit_while_running.moc"
