// Start and Stop 100 times in a row from the Server, Client and UDP tabs, and step-by-step mode on
// and off 100 times: no descriptor and no thread may be left behind. /proc/self/fd and
// /proc/self/task are counted after a warm-up round (Qt creates some threads of its own lazily)
// and again after the cycles; a leak of one per cycle would be 100 over.
#include "client_tab.h"
#include "main_window.h"
#include "server_tab.h"
#include "step_panel.h"
#include "udp_endpoint_panel.h"
#include "udp_tab.h"

#include "gui_faults.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace socketlab;
using core::StepCall;

namespace {

constexpr int kCycles = 100;
constexpr int kWaitMs = 10000;
// Room for what Qt or the C library may open once, late (a timer's descriptor, a thread pool's
// thread); far below the 100 a leak per cycle would leave.
constexpr int kDescriptorSlack = 4;
constexpr int kThreadSlack = 2;

} // namespace

class TestStartStopCycles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serverStartStop();
    void clientConnectDisconnect();
    void udpStartStop();
    void stepModeOnOff();

private:
    // Runs `cycle` once to warm up, then kCycles times, and compares the counts before and after.
    void runCycles(const char* what, const std::function<bool()>& cycle);
    // Starts the Server tab on a free port and returns the port (0 when it failed).
    quint16 startServer();

    std::unique_ptr<gui::MainWindow> m_window;
};

void TestStartStopCycles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
}

void TestStartStopCycles::init()
{
    m_window = std::make_unique<gui::MainWindow>();
    m_window->resize(1024, 700);
    m_window->show();
}

void TestStartStopCycles::cleanup()
{
    m_window.reset();
}

void TestStartStopCycles::runCycles(const char* what, const std::function<bool()>& cycle)
{
    QVERIFY2(cycle(), "warm-up round");
    const int descriptorsBefore = tests::openDescriptorCount();
    const int threadsBefore = tests::threadCount();
    for (int i = 0; i < kCycles; ++i)
        QVERIFY2(cycle(), qPrintable(QStringLiteral("cycle %1").arg(i + 1)));
    // A session's thread is joined before its tab says it stopped; the slack is for Qt's own.
    const bool settled = QTest::qWaitFor(
        [&] {
            return tests::openDescriptorCount() <= descriptorsBefore + kDescriptorSlack
                && tests::threadCount() <= threadsBefore + kThreadSlack;
        },
        kWaitMs);
    qInfo("%s, %d times: descriptors %d -> %d, threads %d -> %d", what, kCycles, descriptorsBefore,
        tests::openDescriptorCount(), threadsBefore, tests::threadCount());
    QVERIFY2(settled, "descriptors or threads were left behind");
}

quint16 TestStartStopCycles::startServer()
{
    gui::ServerTab* server = m_window->serverTab();
    QSignalSpy listening(server, &gui::ServerTab::listening);
    server->setPort(QStringLiteral("0"));
    if (!server->start() || !QTest::qWaitFor([&] { return listening.count() == 1; }, kWaitMs))
        return 0;
    return listening.first().at(1).value<quint16>();
}

void TestStartStopCycles::serverStartStop()
{
    gui::ServerTab* server = m_window->serverTab();
    server->applyTutorialSettings();
    auto* stopButton = server->findChild<QPushButton*>(QStringLiteral("stopButton"));
    QVERIFY(stopButton);
    runCycles("Server Start/Stop", [&] {
        if (startServer() == 0)
            return false;
        stopButton->click();
        return QTest::qWaitFor([&] { return !server->isRunning(); }, kWaitMs);
    });
}

void TestStartStopCycles::clientConnectDisconnect()
{
    m_window->serverTab()->applyTutorialSettings();
    // Echo keeps each connection open until the client ends it.
    m_window->serverTab()->findChild<QComboBox*>(QStringLiteral("replyModeCombo"))->setCurrentIndex(1);
    const quint16 port = startServer();
    QVERIFY(port != 0);
    gui::ClientTab* client = m_window->clientTab();
    client->applyTutorialSettings();
    client->setPort(QString::number(port));
    auto* disconnectButton = client->findChild<QPushButton*>(QStringLiteral("disconnectButton"));
    QVERIFY(disconnectButton);
    QSignalSpy connected(client, &gui::ClientTab::connected);
    runCycles("Client Connect/Disconnect", [&] {
        connected.clear();
        if (!client->connectToServer() || !QTest::qWaitFor([&] { return connected.count() == 1; }, kWaitMs))
            return false;
        disconnectButton->click();
        return QTest::qWaitFor([&] { return !client->isBusy(); }, kWaitMs);
    });
}

void TestStartStopCycles::udpStartStop()
{
    gui::UdpEndpointPanel* endpoint = m_window->udpTab()->endpointA();
    endpoint->setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    auto* stopButton = endpoint->findChild<QPushButton*>(QStringLiteral("stopButton"));
    QVERIFY(stopButton);
    runCycles("UDP Start/Stop", [&] {
        if (!endpoint->start() || !QTest::qWaitFor([&] { return endpoint->boundPort() != 0; }, kWaitMs))
            return false;
        stopButton->click();
        return QTest::qWaitFor([&] { return !endpoint->isRunning(); }, kWaitMs);
    });
}

void TestStartStopCycles::stepModeOnOff()
{
    gui::ServerTab* server = m_window->serverTab();
    server->applyTutorialSettings();
    server->setPort(QStringLiteral("0"));
    gui::StepPanel* steps = server->stepPanel();
    runCycles("Step by step on, socket(), bind(), off", [&] {
        if (!steps->setStepMode(true))
            return false;
        // A socket bound to a port: leaving the mode must close it and end the worker's thread.
        for (StepCall call : {StepCall::Socket, StepCall::Bind}) {
            QPushButton* button = steps->button(call);
            if (!QTest::qWaitFor([button] { return button->isEnabled(); }, kWaitMs))
                return false;
            button->click();
        }
        if (!QTest::qWaitFor([&] { return steps->button(StepCall::Listen)->isEnabled(); }, kWaitMs))
            return false;
        steps->stop();
        return !steps->isStepMode() && !steps->isActive();
    });
}

QTEST_MAIN(TestStartStopCycles)
#include "tst_start_stop_cycles.moc"
