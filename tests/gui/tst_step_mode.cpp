// Step-by-step mode in the whole window: the tutorial's server and client walked call by call on
// the Server and Client tabs. The client's connect() succeeds before the server presses accept(),
// its recv() shows as blocked until the server sends, and it ends with 'Thank you for connecting'.
#include "client_tab.h"
#include "datagram_model.h"
#include "main_window.h"
#include "server_tab.h"
#include "step_panel.h"
#include "trace_model.h"
#include "trace_panel.h"
#include "udp_endpoint_panel.h"

#include "core/resolver.h"
#include "core/session.h"
#include "core/socket.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace socketlab;
using core::StepCall;

namespace {

constexpr int kWaitMs = 5000;

QStringList traceCalls(QWidget* tab)
{
    QStringList calls;
    const gui::TraceModel* model = tab->findChild<gui::TracePanel*>()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        calls << QString::fromStdString(model->event(row).call);
    return calls;
}

// Presses `call` once its button is enabled. click(), not a mouse event: the tab of the other
// side is hidden behind the current one, and a hidden widget gets no mouse events.
bool press(gui::StepPanel* panel, StepCall call)
{
    QPushButton* button = panel->button(call);
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, kWaitMs))
        return false;
    button->click();
    return true;
}

bool enabled(gui::StepPanel* panel, StepCall call)
{
    return panel->button(call)->isEnabled();
}

} // namespace

class TestStepMode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void walksTheTutorialServerAndClient();
    void onlyTheNextCallsAreEnabled();
    void toggleRefusedWhileASessionRuns();
    void blockedCallCanBeStopped();
    void stopAllClosesTheStepSockets();
    void udpEndpointSendsToItself();
};

void TestStepMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
}

void TestStepMode::walksTheTutorialServerAndClient()
{
    gui::MainWindow window;
    gui::ServerTab* server = window.serverTab();
    gui::ClientTab* client = window.clientTab();
    gui::StepPanel* serverSteps = server->stepPanel();
    gui::StepPanel* clientSteps = client->stepPanel();
    server->applyTutorialSettings();
    server->setPort(QStringLiteral("0")); // the system picks a free port
    client->applyTutorialSettings();
    QVERIFY(serverSteps->setStepMode(true));
    QVERIFY(clientSteps->setStepMode(true));
    QVERIFY(!server->findChild<QPushButton*>(QStringLiteral("startButton"))->isEnabled());
    QVERIFY(!client->findChild<QPushButton*>(QStringLiteral("connectButton"))->isEnabled());

    // server.py: s = socket(); s.bind((host, port)); s.listen(5)
    QSignalSpy serverSteps_(serverSteps, &gui::StepPanel::stepFinished);
    QVERIFY(press(serverSteps, StepCall::Socket));
    QVERIFY(press(serverSteps, StepCall::Bind));
    QTRY_COMPARE_WITH_TIMEOUT(serverSteps_.count(), 2, kWaitMs);
    const auto bound = serverSteps_.last().first().value<workers::StepReport>();
    QVERIFY2(!bound.error, bound.error ? bound.error->toString().c_str() : "");
    QVERIFY(bound.local && bound.local->port() != 0);
    QVERIFY(press(serverSteps, StepCall::Listen));
    QTRY_VERIFY_WITH_TIMEOUT(enabled(serverSteps, StepCall::Accept), kWaitMs);
    QVERIFY(serverSteps->stateText().contains(QLatin1String("backlog")));

    // client.py: s = socket(); s.connect((host, port)) — before the server's accept().
    client->setPort(QString::number(bound.local->port()));
    QVERIFY(press(clientSteps, StepCall::Socket));
    QVERIFY(press(clientSteps, StepCall::Connect));
    QTRY_VERIFY_WITH_TIMEOUT(enabled(clientSteps, StepCall::Recv), kWaitMs);
    QVERIFY2(!traceCalls(server).contains(QLatin1String("accept")), "connect() succeeded before accept()");
    QVERIFY(traceCalls(client).contains(QLatin1String("connect")));

    // s.recv(1024) waits: nothing has been sent.
    QSignalSpy received(client, &gui::ClientTab::received);
    QVERIFY(press(clientSteps, StepCall::Recv));
    QTRY_VERIFY_WITH_TIMEOUT(clientSteps->stateText().contains(QLatin1String("Blocked in recv()")), kWaitMs);
    QVERIFY(!enabled(clientSteps, StepCall::Close)); // nothing else while a call waits
    QCOMPARE(received.count(), 0);

    // c, addr = s.accept() returns the waiting connection at once; c.send(...); c.close()
    QVERIFY(press(serverSteps, StepCall::Accept));
    QTRY_VERIFY_WITH_TIMEOUT(enabled(serverSteps, StepCall::Send), kWaitMs);
    QVERIFY(serverSteps->stateText().contains(QLatin1String("accept() returned")));
    QVERIFY(press(serverSteps, StepCall::Send));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kWaitMs);
    QCOMPARE(received.first().first().toByteArray(), QByteArray(core::kTutorialReply));
    QVERIFY(press(serverSteps, StepCall::CloseConnection));
    QTRY_VERIFY_WITH_TIMEOUT(enabled(serverSteps, StepCall::Accept), kWaitMs);

    // The client reads the end of the stream and closes; the server closes its listening socket.
    QVERIFY(press(clientSteps, StepCall::Recv));
    QTRY_VERIFY_WITH_TIMEOUT(clientSteps->stateText().contains(QLatin1String("returned 0 bytes")), kWaitMs);
    QVERIFY(press(clientSteps, StepCall::Close));
    QVERIFY(press(serverSteps, StepCall::Close));
    QTRY_VERIFY_WITH_TIMEOUT(enabled(serverSteps, StepCall::Socket) && enabled(clientSteps, StepCall::Socket), kWaitMs);

    QCOMPARE(traceCalls(server),
        QStringList({"socket", "bind", "getsockname", "listen", "accept", "send", "close", "close"}));
    QCOMPARE(traceCalls(client), QStringList({"socket", "connect", "recv", "recv", "close"}));
    // Everything is closed: step mode may be left, and Start works again.
    QVERIFY(serverSteps->setStepMode(false));
    QVERIFY(server->findChild<QPushButton*>(QStringLiteral("startButton"))->isEnabled());
}

void TestStepMode::onlyTheNextCallsAreEnabled()
{
    gui::ServerTab server;
    gui::StepPanel* steps = server.stepPanel();
    server.setPort(QStringLiteral("0"));
    QVERIFY(steps->setStepMode(true));
    const auto enabledCalls = [steps] {
        QList<StepCall> calls;
        for (const StepCall call : core::kAllStepCalls) {
            if (steps->button(call) && steps->button(call)->isEnabled())
                calls << call;
        }
        return calls;
    };
    QCOMPARE(enabledCalls(), QList<StepCall>({StepCall::Socket}));
    QVERIFY(!steps->press(StepCall::Listen)); // disabled: nothing happens
    QVERIFY(press(steps, StepCall::Socket));
    QTRY_COMPARE_WITH_TIMEOUT(
        enabledCalls(), QList<StepCall>({StepCall::SetReuseAddress, StepCall::Bind, StepCall::Close}), kWaitMs);
    // A socket is open: leaving the mode is refused until it is closed.
    QVERIFY(!steps->setStepMode(false));
    QVERIFY(press(steps, StepCall::Close));
    QTRY_COMPARE_WITH_TIMEOUT(enabledCalls(), QList<StepCall>({StepCall::Socket}), kWaitMs);
    QVERIFY(steps->setStepMode(false));
}

void TestStepMode::toggleRefusedWhileASessionRuns()
{
    gui::ServerTab server;
    server.setPort(QStringLiteral("0"));
    QSignalSpy listening(&server, &gui::ServerTab::listening);
    QVERIFY(server.start());
    QVERIFY(listening.wait(kWaitMs));
    QVERIFY(!server.stepPanel()->findChild<QCheckBox*>(QStringLiteral("modeCheck"))->isEnabled());
    QVERIFY(!server.stepPanel()->setStepMode(true));
    QSignalSpy stopped(&server, &gui::ServerTab::stopped);
    server.stop();
    QVERIFY(stopped.wait(kWaitMs));
    QVERIFY(server.stepPanel()->setStepMode(true));
}

void TestStepMode::blockedCallCanBeStopped()
{
    gui::ServerTab server;
    gui::StepPanel* steps = server.stepPanel();
    server.setPort(QStringLiteral("0"));
    QVERIFY(steps->setStepMode(true));
    for (const StepCall call : {StepCall::Socket, StepCall::Bind, StepCall::Listen, StepCall::Accept})
        QVERIFY(press(steps, call));
    QTRY_VERIFY_WITH_TIMEOUT(steps->stateText().contains(QLatin1String("Blocked in accept()")), kWaitMs);
    auto* stopWaiting = steps->findChild<QPushButton*>(QStringLiteral("stopWaitingButton"));
    QVERIFY(stopWaiting->isEnabled());
    stopWaiting->click();
    QTRY_VERIFY_WITH_TIMEOUT(enabled(steps, StepCall::Accept), kWaitMs);
    QVERIFY(steps->stateText().contains(QLatin1String("stopped waiting")));
    QVERIFY(!stopWaiting->isEnabled());
}

// Session → Stop all: even blocked in accept(), the step sockets close, the port is free again and
// the tab is back in one-click mode.
void TestStepMode::stopAllClosesTheStepSockets()
{
    gui::MainWindow window;
    gui::StepPanel* steps = window.serverTab()->stepPanel();
    window.serverTab()->setPort(QStringLiteral("0"));
    QVERIFY(steps->setStepMode(true));
    QSignalSpy finished(steps, &gui::StepPanel::stepFinished);
    for (const StepCall call : {StepCall::Socket, StepCall::Bind})
        QVERIFY(press(steps, call));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
    const auto bound = finished.last().first().value<workers::StepReport>();
    QVERIFY(bound.local.has_value());
    for (const StepCall call : {StepCall::Listen, StepCall::Accept})
        QVERIFY(press(steps, call));
    QTRY_VERIFY_WITH_TIMEOUT(steps->stateText().contains(QLatin1String("Blocked in accept()")), kWaitMs);

    auto* stopAll = window.findChild<QAction*>(QStringLiteral("actionStopAll"));
    QVERIFY(stopAll);
    stopAll->trigger();
    QVERIFY(!steps->isStepMode());
    QVERIFY(!steps->isActive());
    // Nothing listens on the port any more: a connect there is refused.
    core::CallRecorder recorder;
    auto probe = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(probe.ok());
    auto target = core::resolveEndpoints("127.0.0.1", std::to_string(bound.local->port()), core::Family::Inet,
        core::SocketType::Stream, false, recorder);
    QVERIFY(target.ok());
    const auto connected = probe->connect(target->front(), kWaitMs);
    QVERIFY(!connected.ok());
    QCOMPARE(connected.error().condition, core::Condition::ConnectionRefused);
}

void TestStepMode::udpEndpointSendsToItself()
{
    gui::UdpEndpointPanel endpoint;
    gui::StepPanel* steps = endpoint.stepPanel();
    endpoint.setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    QVERIFY(steps->setStepMode(true));
    QSignalSpy finished(steps, &gui::StepPanel::stepFinished);
    QVERIFY(press(steps, StepCall::Socket));
    QTRY_VERIFY_WITH_TIMEOUT(enabled(steps, StepCall::Bind), kWaitMs);
    QVERIFY(!enabled(steps, StepCall::RecvFrom)); // no address to receive on yet
    QVERIFY(press(steps, StepCall::Bind));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
    const auto bound = finished.last().first().value<workers::StepReport>();
    QVERIFY(bound.local && bound.local->port() != 0);

    // recvfrom() waits until the datagram this socket sends to itself arrives.
    QVERIFY(press(steps, StepCall::RecvFrom));
    QTRY_VERIFY_WITH_TIMEOUT(steps->stateText().contains(QLatin1String("Blocked in recvfrom()")), kWaitMs);
    steps->findChild<QPushButton*>(QStringLiteral("stopWaitingButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(enabled(steps, StepCall::SendTo), kWaitMs);
    endpoint.setDestination(QStringLiteral("127.0.0.1"), QString::number(bound.local->port()));
    endpoint.findChild<QLineEdit*>(QStringLiteral("payloadEdit"))->setText(QStringLiteral("ping"));
    QVERIFY(press(steps, StepCall::SendTo));
    QVERIFY(press(steps, StepCall::RecvFrom));
    QTRY_COMPARE_WITH_TIMEOUT(endpoint.datagrams()->rowCount(), 2, kWaitMs);
    QCOMPARE(endpoint.datagrams()->datagramsReceived(), quint64(1));
    QCOMPARE(traceCalls(&endpoint), QStringList({"socket", "bind", "getsockname", "sendto", "recvfrom"}));
    QVERIFY(press(steps, StepCall::Close));
    QTRY_VERIFY_WITH_TIMEOUT(steps->setStepMode(false), kWaitMs);
}

QTEST_MAIN(TestStepMode)
#include "tst_step_mode.moc"
