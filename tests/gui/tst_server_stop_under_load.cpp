// The Server tab stopped while 100 clients are connected and sending: the GUI thread keeps
// running (the longest gap of a 10 ms timer stays small), the tab is idle again at once, every
// client is listed as closed with a byte count no larger than what it sent, and when the clients
// had sent a known amount the counts are exactly that. No crash, and Start works again.
#include "client_list_model.h"
#include "server_tab.h"

#include "gui_faults.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <map>
#include <memory>
#include <vector>

using namespace socketlab;
using tests::SendingClient;

namespace {

constexpr int kClients = 100;
constexpr std::uint64_t kFirstBytes = 8 * 1024;
constexpr int kBacklog = 2 * kClients;
constexpr int kDiscardModeIndex = 2; // tutorial, echo, discard, manual
constexpr int kWaitMs = 20000;
// A Stop never waits for the clients; five times the 100 ms.
constexpr qint64 kStopBoundMs = 500;
// Responsive: the GUI thread may spend a while on a batch of 100 connections' data, never seconds.
constexpr qint64 kStallBoundMs = 1000;

} // namespace

class TestServerStopUnderLoad : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stopWhileHundredClientsSend();
    void countsAreExactWhenClientsPause();

private:
    quint16 start();
    gui::ClientListModel* clients() const;
    // The client list's rows by peer tuple: ('127.0.0.1', 48437) -> row.
    std::map<QString, int> rowsByPeer() const;
    // Presses Stop and checks the tab is idle at once with every row closed.
    void stopAndCheck();

    std::unique_ptr<gui::ServerTab> m_tab;
    std::vector<std::unique_ptr<SendingClient>> m_clients;
};

void TestServerStopUnderLoad::init()
{
    m_tab = std::make_unique<gui::ServerTab>();
    m_tab->resize(1024, 700);
    m_tab->show();
}

void TestServerStopUnderLoad::cleanup()
{
    m_clients.clear();
    m_tab.reset();
}

quint16 TestServerStopUnderLoad::start()
{
    m_tab->applyTutorialSettings();
    m_tab->setPort(QStringLiteral("0"));
    m_tab->findChild<QComboBox*>(QStringLiteral("replyModeCombo"))->setCurrentIndex(kDiscardModeIndex);
    // The tutorial's listen(5) makes 100 clients that connect at once wait for SYN-ACK retries
    // (1 s, 3 s, 7 s, ...); a queue that holds them all keeps the test about the stop.
    m_tab->findChild<QSpinBox*>(QStringLiteral("backlogSpin"))->setValue(kBacklog);
    QSignalSpy listening(m_tab.get(), &gui::ServerTab::listening);
    if (!m_tab->start() || !QTest::qWaitFor([&] { return listening.count() == 1; }, kWaitMs))
        return 0;
    return listening.first().at(1).value<quint16>();
}

gui::ClientListModel* TestServerStopUnderLoad::clients() const
{
    return qobject_cast<gui::ClientListModel*>(m_tab->findChild<QTableView*>(QStringLiteral("clientsView"))->model());
}

std::map<QString, int> TestServerStopUnderLoad::rowsByPeer() const
{
    std::map<QString, int> rows;
    gui::ClientListModel* model = clients();
    for (int row = 0; row < model->rowCount(); ++row)
        rows[model->peerTuple(*model->connectionAt(row))] = row;
    return rows;
}

void TestServerStopUnderLoad::stopAndCheck()
{
    auto* stop = m_tab->findChild<QPushButton*>(QStringLiteral("stopButton"));
    auto* startButton = m_tab->findChild<QPushButton*>(QStringLiteral("startButton"));
    tests::GuiStallMeter meter;
    QElapsedTimer clock;
    clock.start();
    stop->click();
    QVERIFY(tests::waitWithoutSleeping([&] { return !m_tab->isRunning() && startButton->isEnabled(); }, kWaitMs));
    const qint64 idleMs = clock.elapsed();
    qInfo("Stop with %d clients connected: idle after %lld ms, the GUI thread stalled at most %lld ms", kClients,
        idleMs, meter.longestGapMs());
    QVERIFY2(idleMs < kStopBoundMs, qPrintable(QStringLiteral("%1 ms").arg(idleMs)));
    QVERIFY2(meter.longestGapMs() < kStallBoundMs, qPrintable(QStringLiteral("%1 ms").arg(meter.longestGapMs())));

    gui::ClientListModel* model = clients();
    QCOMPARE(model->openCount(), 0);
    QCOMPARE(model->rowCount(), kClients);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->stateAt(row), gui::ClientListModel::State::Closed);
}

void TestServerStopUnderLoad::stopWhileHundredClientsSend()
{
    const quint16 port = start();
    QVERIFY(port != 0);
    {
        tests::GuiStallMeter meter;
        for (int i = 0; i < kClients; ++i)
            m_clients.push_back(std::make_unique<SendingClient>(port, kFirstBytes, true));
        // Every client has been read from, and all still send.
        QVERIFY(tests::waitWithoutSleeping(
            [&] {
                gui::ClientListModel* model = clients();
                if (model->openCount() != kClients)
                    return false;
                for (int row = 0; row < model->rowCount(); ++row) {
                    if (model->totalsAt(row).bytesReceived < kFirstBytes)
                        return false;
                }
                return true;
            },
            kWaitMs));
        qInfo("%d clients sending: the GUI thread stalled at most %lld ms", kClients, meter.longestGapMs());
        QVERIFY2(meter.longestGapMs() < kStallBoundMs, qPrintable(QStringLiteral("%1 ms").arg(meter.longestGapMs())));
    }
    stopAndCheck();

    // What the list shows was received: never more than each client sent, never less than it had
    // seen arrive before Stop.
    const std::map<QString, int> rows = rowsByPeer();
    gui::ClientListModel* model = clients();
    for (const auto& client : m_clients) {
        const auto row = rows.find(QString::fromStdString(client->localTuple()));
        QVERIFY2(row != rows.end(), client->localTuple().c_str());
        const std::uint64_t received = model->totalsAt(row->second).bytesReceived;
        QVERIFY(received >= kFirstBytes);
        QVERIFY2(received <= client->bytesSent(),
            qPrintable(QStringLiteral("%1 received, %2 sent").arg(received).arg(client->bytesSent())));
    }
    // The server closed them: each client's sending ends.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(m_clients.begin(), m_clients.end(), [](const auto& c) { return c->hasEnded(); }), kWaitMs);

    // Usable again.
    m_clients.clear();
    QVERIFY(start() != 0);
}

void TestServerStopUnderLoad::countsAreExactWhenClientsPause()
{
    const quint16 port = start();
    QVERIFY(port != 0);
    for (int i = 0; i < kClients; ++i)
        m_clients.push_back(std::make_unique<SendingClient>(port, kFirstBytes, false));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(m_clients.begin(), m_clients.end(), [](const auto& c) { return c->sentFirstBytes(); }), kWaitMs);
    // Everything the clients sent is counted, client by client.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            gui::ClientListModel* model = clients();
            if (model->openCount() != kClients)
                return false;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->totalsAt(row).bytesReceived != kFirstBytes)
                    return false;
            }
            return true;
        }(),
        kWaitMs);

    stopAndCheck();
    // Closing added nothing and lost nothing.
    const std::map<QString, int> rows = rowsByPeer();
    gui::ClientListModel* model = clients();
    for (const auto& client : m_clients) {
        const auto row = rows.find(QString::fromStdString(client->localTuple()));
        QVERIFY2(row != rows.end(), client->localTuple().c_str());
        QCOMPARE(model->totalsAt(row->second).bytesReceived, client->bytesSent());
        QCOMPARE(model->totalsAt(row->second).bytesSent, std::uint64_t {0});
    }
}

QTEST_MAIN(TestServerStopUnderLoad)
#include "tst_server_stop_under_load.moc"
