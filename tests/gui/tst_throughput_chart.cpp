// Tests for throughput_meter.cpp and throughput_chart.cpp, and for the TCP state shown on the tabs:
// rates computed from known byte counts on a fake clock, history bounded to a minute, units;
// then a real echo server (Server tab) and client (Client tab) on 127.0.0.1 exchanging data show
// non-zero totals, LISTEN / ESTABLISHED where the system reports states, and "closed" afterwards.
#include "gui/client_list_model.h"
#include "gui/client_tab.h"
#include "gui/server_tab.h"
#include "gui/tcp_state_label.h"
#include "gui/tcp_state_text.h"
#include "gui/throughput_chart.h"
#include "gui/throughput_meter.h"
#include "gui/trace_model.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace socketlab::gui;
namespace core = socketlab::core;
namespace workers = socketlab::workers;

namespace {

template<typename T>
T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

bool systemReportsTcpStates()
{
#if defined(__linux__) || defined(__APPLE__)
    return true;
#else
    return false; // Windows before 10 1703, the BSDs: "not reported by this system"
#endif
}

} // namespace

class TestThroughputChart : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void ratesFromKnownCounts();
    void currentRateAveragesTheLastSecond();
    void historyKeepsOneMinute();
    void zeroLengthIntervalWaits();
    void unitsReadWell();
    void chartSamplesOnlyWhileRunning();
    void clientListShowsTcpState();
    void traceToolTipShowsTcpState();
    void echoExchangeShowsTotalsAndStates();
};

void TestThroughputChart::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // "1.5", whatever the machine's locale
}

void TestThroughputChart::ratesFromKnownCounts()
{
    ThroughputMeter meter;
    meter.reset(1000);
    meter.addBytes(1000, 0);
    meter.sample(1250); // 1000 bytes in 250 ms
    QCOMPARE(meter.history().size(), std::size_t {1});
    QCOMPARE(meter.history().back().inPerSecond(), 4000.0);
    QCOMPARE(meter.history().back().outPerSecond(), 0.0);
    QCOMPARE(meter.currentInPerSecond(), 4000.0);
    meter.addBytes(0, 500);
    meter.sample(1500);
    QCOMPARE(meter.history().back().outPerSecond(), 2000.0);
    QCOMPARE(meter.currentInPerSecond(), 2000.0); // 1000 bytes over 500 ms
    QCOMPARE(meter.currentOutPerSecond(), 1000.0);
    QCOMPARE(meter.totalIn(), quint64 {1000});
    QCOMPARE(meter.totalOut(), quint64 {500});
}

void TestThroughputChart::currentRateAveragesTheLastSecond()
{
    ThroughputMeter meter;
    meter.reset(0);
    meter.addBytes(100000, 0);
    meter.sample(250); // a burst, long ago by the end
    for (qint64 t = 500; t <= 3000; t += 250) {
        meter.addBytes(250, 0); // 1000 B/s from here on
        meter.sample(t);
    }
    QCOMPARE(meter.currentInPerSecond(), 1000.0);
    QCOMPARE(meter.totalIn(), quint64 {100000 + 11 * 250});
}

void TestThroughputChart::historyKeepsOneMinute()
{
    ThroughputMeter meter;
    meter.reset(0);
    for (qint64 t = 250; t <= 2 * kThroughputHistoryMs; t += 250) {
        meter.addBytes(1, 1);
        meter.sample(t);
    }
    QCOMPARE(meter.history().size(), std::size_t(kThroughputHistoryMs / 250));
    QVERIFY(meter.history().front().endMs > kThroughputHistoryMs);
    QCOMPARE(meter.totalIn(), quint64(2 * kThroughputHistoryMs / 250)); // totals are never trimmed
}

void TestThroughputChart::zeroLengthIntervalWaits()
{
    ThroughputMeter meter;
    meter.reset(500);
    meter.addBytes(10, 0);
    meter.sample(500); // no time passed: nothing to divide by
    QVERIFY(meter.history().empty());
    meter.sample(1500);
    QCOMPARE(meter.history().back().bytesIn, quint64 {10});
}

void TestThroughputChart::unitsReadWell()
{
    QCOMPARE(ThroughputChart::formatBytes(0, true), QStringLiteral("0 B/s"));
    QCOMPARE(ThroughputChart::formatBytes(999, false), QStringLiteral("999 B"));
    QCOMPARE(ThroughputChart::formatBytes(1536, true), QStringLiteral("1.5 KiB/s"));
    QCOMPARE(ThroughputChart::formatBytes(3.0 * 1024 * 1024, false), QStringLiteral("3.0 MiB"));
    QCOMPARE(ThroughputChart::formatBytes(5.0 * 1024 * 1024 * 1024, true), QStringLiteral("5.0 GiB/s"));
}

void TestThroughputChart::chartSamplesOnlyWhileRunning()
{
    ThroughputChart chart;
    QVERIFY(!chart.isRunning());
    chart.start();
    QVERIFY(chart.isRunning());
    chart.addBytes(2048, 0);
    QTRY_VERIFY(!chart.meter().history().empty());
    QTRY_VERIFY(chart.text().contains(QLatin1String("KiB/s")));
    QVERIFY(chart.text().contains(QLatin1String("2.0 KiB")));
    chart.stop();
    QVERIFY(!chart.isRunning());
    QVERIFY(chart.text().contains(QStringLiteral("total ↓ 2.0 KiB")));
    chart.start(); // a new session starts from nothing
    QVERIFY(chart.text().contains(QStringLiteral("total ↓ 0 B")));
    chart.stop();
}

void TestThroughputChart::clientListShowsTcpState()
{
    ClientListModel model;
    workers::SessionBatch batch;
    workers::ConnectionEvent opened;
    opened.connection = 1;
    batch.connections.push_back(opened);
    batch.tcpStates[1] = core::TcpState::CloseWait;
    batch.tcpStates[0] = core::TcpState::Listen; // the listening socket: no row
    model.applyBatch(batch);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex cell = model.index(0, ClientListModel::TcpStateColumn);
    QCOMPARE(model.data(cell).toString(), QStringLiteral("CLOSE_WAIT"));
    QVERIFY(model.data(cell, Qt::ToolTipRole).toString().contains(QLatin1String("close()")));

    workers::SessionBatch unknown;
    unknown.tcpStates[1] = core::TcpState::Unknown;
    model.applyBatch(unknown);
    QCOMPARE(model.data(cell).toString(), QStringLiteral("not reported by this system"));

    workers::SessionBatch closed;
    workers::ConnectionEvent end;
    end.kind = workers::ConnectionEvent::Kind::Closed;
    end.connection = 1;
    end.reason = core::CloseReason::ClosedHere;
    closed.connections.push_back(end);
    model.applyBatch(closed);
    QVERIFY(model.data(cell).toString().isEmpty()); // no socket left to ask
    QVERIFY(model.data(cell, Qt::ToolTipRole).toString().contains(QLatin1String("TIME_WAIT")));
}

void TestThroughputChart::traceToolTipShowsTcpState()
{
    core::CallEvent recv;
    recv.call = "recv";
    recv.args = "4, 1024";
    recv.tcpState = core::TcpState::CloseWait;
    core::CallEvent close;
    close.call = "close";
    close.args = "4";
    close.tcpStateBeforeClose = core::TcpState::Established;
    core::CallEvent udp;
    udp.call = "recvfrom";
    TraceModel model;
    model.append({recv, close, udp});
    const QString recvTip = model.data(model.index(0, 0), Qt::ToolTipRole).toString();
    QVERIFY2(recvTip.contains(QLatin1String("TCP state now: CLOSE_WAIT")), qPrintable(recvTip));
    const QString closeTip = model.data(model.index(1, 0), Qt::ToolTipRole).toString();
    QVERIFY(closeTip.contains(QLatin1String("TCP state before close(): ESTABLISHED")));
    QVERIFY(closeTip.contains(QLatin1String("TIME_WAIT")));
    const QString udpTip = model.data(model.index(2, 0), Qt::ToolTipRole).toString();
    QVERIFY(!udpTip.contains(QLatin1String("TCP state")));
}

void TestThroughputChart::echoExchangeShowsTotalsAndStates()
{
    ServerTab server;
    server.resize(1024, 700);
    server.show();
    QSignalSpy listening(&server, &ServerTab::listening);
    auto* mode = child<QComboBox>(server, "replyModeCombo");
    mode->setCurrentIndex(mode->findData(static_cast<int>(core::ReplyMode::Echo)));
    server.setPort(QStringLiteral("0"));
    QVERIFY(server.start());
    QTRY_COMPARE(listening.count(), 1);
    const quint16 port = static_cast<quint16>(listening.first().at(1).toUInt());

    ClientTab client;
    client.resize(1024, 700);
    client.show();
    client.setPort(QString::number(port));
    QVERIFY(client.connectToServer());
    QWidget* editor = child<QWidget>(client, "payloadEditor");
    QTRY_VERIFY(editor->isEnabled());
    QTest::keyClicks(child<QLineEdit>(*editor, "payloadEdit"), QStringLiteral("hello"));
    QPushButton* send = child<QPushButton>(*editor, "sendButton");
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    const ThroughputChart* clientChart = child<ThroughputChart>(client, "throughputChart");
    const ThroughputChart* serverChart = child<ThroughputChart>(server, "throughputChart");
    QTRY_COMPARE(clientChart->meter().totalOut(), quint64 {5});
    QTRY_COMPARE(clientChart->meter().totalIn(), quint64 {5}); // the echo
    QTRY_COMPARE(serverChart->meter().totalIn(), quint64 {5});
    QTRY_COMPARE(serverChart->meter().totalOut(), quint64 {5});
    QTRY_VERIFY(clientChart->text().contains(QStringLiteral("total ↓ 5 B  ↑ 5 B")));
    QVERIFY(clientChart->isRunning());

    const auto* clientState = child<TcpStateLabel>(client, "tcpStateLabel");
    const auto* listenState = child<TcpStateLabel>(server, "listenTcpStateLabel");
    const auto* clients = child<QTableView>(server, "clientsView")->model();
    if (systemReportsTcpStates()) {
        QTRY_COMPARE(clientState->state(), std::optional<core::TcpState>(core::TcpState::Established));
        QTRY_COMPARE(listenState->state(), std::optional<core::TcpState>(core::TcpState::Listen));
        QTRY_COMPARE(clients->data(clients->index(0, ClientListModel::TcpStateColumn)).toString(),
            QStringLiteral("ESTABLISHED"));
        QVERIFY(clientState->text().contains(QLatin1String("ESTABLISHED")));
        QVERIFY(listenState->text().contains(QLatin1String("LISTEN")));
    } else {
        QTRY_COMPARE(clientState->state(), std::optional<core::TcpState>(core::TcpState::Unknown));
        QVERIFY(clientState->text().contains(tcpStateLabel(core::TcpState::Unknown)));
    }

    client.disconnectFromServer();
    QTRY_VERIFY(!client.isBusy());
    QVERIFY(!clientChart->isRunning());
    QCOMPARE(clientChart->meter().totalIn(), quint64 {5}); // the numbers stay on show
    QVERIFY(clientState->text().contains(QLatin1String("closed")));
    QVERIFY(clientState->toolTip().contains(QLatin1String("TIME_WAIT")));
    server.stop();
    QTRY_VERIFY(!server.isRunning());
    QVERIFY(!serverChart->isRunning());
    QVERIFY(listenState->toolTip().contains(QLatin1String("SO_REUSEADDR")));
}

QTEST_MAIN(TestThroughputChart)
#include "tst_throughput_chart.moc"
