// Stop pressed while a session waits in a blocking call: the Server tab in accept(), the Client tab
// in connect() to a loopback listener whose backlog is full, the UDP tab in recvfrom(). The tab is
// idle again within a generous bound of the 100 ms, the GUI thread never stalls meanwhile
// (the longest gap of a 10 ms timer), and Start works again afterwards.
#include "client_tab.h"
#include "server_tab.h"
#include "trace_model.h"
#include "trace_panel.h"
#include "udp_endpoint_panel.h"

#include "core/socket.h"

#include "gui_faults.h"
#include "loopback.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace socketlab;

namespace {

// Five times the 100 ms: a Stop that waits for a timeout (10 s for connect) still fails.
constexpr qint64 kStopBoundMs = 500;
// The GUI thread may be busy with a repaint, never blocked in a socket call or a join.
constexpr qint64 kStallBoundMs = 500;
constexpr int kWaitMs = 10000;

struct StopFigures {
    qint64 idleAfterMs = -1; // from the click until the tab is idle again
    qint64 longestStallMs = -1;
};

// Clicks `stop` and waits until `isIdle`; how long that took and how long the GUI thread stalled.
StopFigures pressStop(QPushButton* stop, const std::function<bool()>& isIdle)
{
    StopFigures figures;
    tests::GuiStallMeter meter;
    QElapsedTimer clock;
    clock.start();
    stop->click();
    if (tests::waitWithoutSleeping(isIdle, kWaitMs))
        figures.idleAfterMs = clock.elapsed();
    figures.longestStallMs = meter.longestGapMs();
    return figures;
}

bool traced(QWidget* tab, const char* call)
{
    const gui::TraceModel* model = tab->findChild<gui::TracePanel*>(QStringLiteral("tracePanel"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->event(row).call == call)
            return true;
    }
    return false;
}

} // namespace

class TestStopWhileBlocked : public QObject {
    Q_OBJECT

private slots:
    void serverInAccept();
    void clientInConnect();
    void udpInRecvFrom();

private:
    void checkFigures(const char* what, const StopFigures& figures);
};

void TestStopWhileBlocked::checkFigures(const char* what, const StopFigures& figures)
{
    qInfo("%s: idle %lld ms after Stop; the GUI thread stalled at most %lld ms", what, figures.idleAfterMs,
        figures.longestStallMs);
    QVERIFY2(figures.idleAfterMs >= 0, "the tab never became idle");
    QVERIFY2(figures.idleAfterMs < kStopBoundMs, qPrintable(QStringLiteral("%1 ms").arg(figures.idleAfterMs)));
    QVERIFY2(figures.longestStallMs < kStallBoundMs, qPrintable(QStringLiteral("%1 ms").arg(figures.longestStallMs)));
}

void TestStopWhileBlocked::serverInAccept()
{
    gui::ServerTab tab;
    tab.show();
    tab.applyTutorialSettings();
    tab.setPort(QStringLiteral("0"));
    auto* start = tab.findChild<QPushButton*>(QStringLiteral("startButton"));
    auto* stop = tab.findChild<QPushButton*>(QStringLiteral("stopButton"));
    QSignalSpy listening(&tab, &gui::ServerTab::listening);
    start->click();
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, kWaitMs); // accept() waits for a client now

    checkFigures("Server in accept()",
        pressStop(stop, [&] { return !tab.isRunning() && start->isEnabled() && !stop->isEnabled(); }));

    start->click();
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 2, kWaitMs);
    auto client = std::make_unique<tests::SendingClient>(listening.last().at(1).value<quint16>(), 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(client->sentFirstBytes(), kWaitMs);
    stop->click();
    QTRY_VERIFY_WITH_TIMEOUT(!tab.isRunning(), kWaitMs);
}

void TestStopWhileBlocked::clientInConnect()
{
    tests::FullBacklogListener full;
    QVERIFY2(!full.broken, full.reason.c_str());
    if (!full.ok)
        QSKIP(full.reason.c_str());

    gui::ClientTab tab;
    tab.show();
    tab.applyTutorialSettings(); // a 10 s connect timeout
    tab.setPort(QString::number(full.port));
    auto* connectButton = tab.findChild<QPushButton*>(QStringLiteral("connectButton"));
    auto* disconnectButton = tab.findChild<QPushButton*>(QStringLiteral("disconnectButton"));
    connectButton->click();
    QVERIFY(tab.isBusy());
    // socket() is traced once it returned: the session goes on into connect() and waits there.
    QTRY_VERIFY_WITH_TIMEOUT(traced(&tab, "socket"), kWaitMs);

    checkFigures("Client in connect()",
        pressStop(disconnectButton, [&] { return !tab.isBusy() && connectButton->isEnabled(); }));

    // The next connection works: a listener that accepts.
    tests::LoopbackListener listener;
    QVERIFY(listener.ok());
    QSignalSpy connected(&tab, &gui::ClientTab::connected);
    tab.setPort(QString::number(listener.port));
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kWaitMs);
    disconnectButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!tab.isBusy(), kWaitMs);
}

void TestStopWhileBlocked::udpInRecvFrom()
{
    gui::UdpEndpointPanel endpoint;
    endpoint.show();
    endpoint.setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    auto* start = endpoint.findChild<QPushButton*>(QStringLiteral("startButton"));
    auto* stop = endpoint.findChild<QPushButton*>(QStringLiteral("stopButton"));
    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(endpoint.boundPort() != 0, kWaitMs); // recvfrom() waits for a datagram now

    checkFigures("UDP in recvfrom()",
        pressStop(stop, [&] { return !endpoint.isRunning() && start->isEnabled() && !stop->isEnabled(); }));

    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(endpoint.boundPort() != 0, kWaitMs);
    stop->click();
    QTRY_VERIFY_WITH_TIMEOUT(!endpoint.isRunning(), kWaitMs);
}

QTEST_MAIN(TestStopWhileBlocked)
#include "tst_stop_while_blocked.moc"
