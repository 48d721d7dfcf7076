// Tests for ClientListModel: one insertion and one change range per batch, exact byte counts,
// closed rows kept greyed and bounded, and a batch of 10,000 connections.
#include "gui/client_list_model.h"

#include "loopback.h"

#include <QSignalSpy>
#include <QTest>

using namespace socketlab;
using gui::ClientListModel;

namespace {

// A peer address as accept() would report it (numeric: built without any socket call).
core::Endpoint peerOnPort(quint16 port)
{
    return tests::loopbackV4(port);
}

workers::ConnectionEvent opened(core::ConnectionId id, quint16 port)
{
    workers::ConnectionEvent event;
    event.kind = workers::ConnectionEvent::Kind::Opened;
    event.connection = id;
    event.peer = peerOnPort(port);
    return event;
}

workers::ConnectionEvent closed(
    core::ConnectionId id, core::ConnectionTotals totals, core::CloseReason reason = core::CloseReason::PeerClosed)
{
    workers::ConnectionEvent event;
    event.kind = workers::ConnectionEvent::Kind::Closed;
    event.connection = id;
    event.totals = totals;
    event.reason = reason;
    return event;
}

workers::ConnectionEvent peerFinished(core::ConnectionId id)
{
    workers::ConnectionEvent event;
    event.kind = workers::ConnectionEvent::Kind::PeerFinished;
    event.connection = id;
    return event;
}

quint64 cell(const ClientListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toULongLong();
}

} // namespace

class TestClientListModel : public QObject {
    Q_OBJECT

private slots:
    void tenThousandConnectionsInOneBatch();
    void trafficDeltasAddUpWithOneChangeRange();
    void peerFinishedThenClosed();
    void closedRowsStayGreyedWithTotals();
    void closedRowsAreBounded();
    void clearForgetsEverything();
};

void TestClientListModel::tenThousandConnectionsInOneBatch()
{
    constexpr int kConnections = 10000;
    constexpr quint16 kFirstPort = 40000;
    ClientListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    workers::SessionBatch batch;
    for (int i = 1; i <= kConnections; ++i) {
        const auto id = static_cast<core::ConnectionId>(i);
        batch.connections.push_back(opened(id, static_cast<quint16>(kFirstPort + i % 20000)));
        batch.traffic[id] = {static_cast<std::uint64_t>(i), static_cast<std::uint64_t>(2 * i)};
    }
    model.applyBatch(batch);

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), kConnections - 1);
    QCOMPARE(changed.count(), 0); // new rows need no change notice
    QCOMPARE(model.rowCount(), kConnections);
    QCOMPARE(model.openCount(), kConnections);
    for (int row = 0; row < kConnections; ++row) {
        const quint64 id = static_cast<quint64>(row + 1);
        QCOMPARE(cell(model, row, ClientListModel::IdColumn), id);
        QCOMPARE(cell(model, row, ClientListModel::BytesInColumn), id);
        QCOMPARE(cell(model, row, ClientListModel::BytesOutColumn), 2 * id);
    }
    QCOMPARE(model.data(model.index(0, ClientListModel::PeerColumn)).toString(),
        QStringLiteral("('127.0.0.1', %1)").arg(kFirstPort + 1));
    QCOMPARE(model.rowOf(kConnections), kConnections - 1);
    QCOMPARE(model.rowOf(kConnections + 1), -1);
}

void TestClientListModel::trafficDeltasAddUpWithOneChangeRange()
{
    ClientListModel model;
    workers::SessionBatch first;
    for (core::ConnectionId id = 1; id <= 5; ++id)
        first.connections.push_back(opened(id, static_cast<quint16>(50000 + id)));
    model.applyBatch(first);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    workers::SessionBatch second;
    second.traffic[2] = {100, 7};
    second.traffic[4] = {1, 0};
    model.applyBatch(second);
    workers::SessionBatch third;
    third.traffic[2] = {23, 0};
    model.applyBatch(third);

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 2); // one range per batch
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    QCOMPARE(cell(model, 1, ClientListModel::BytesInColumn), 123u);
    QCOMPARE(cell(model, 1, ClientListModel::BytesOutColumn), 7u);
    QCOMPARE(cell(model, 3, ClientListModel::BytesInColumn), 1u);
    QCOMPARE(cell(model, 0, ClientListModel::BytesInColumn), 0u);
}

void TestClientListModel::peerFinishedThenClosed()
{
    ClientListModel model;
    workers::SessionBatch first;
    first.connections.push_back(opened(1, 50001));
    model.applyBatch(first);
    QCOMPARE(model.stateAt(0), ClientListModel::State::Connected);
    QCOMPARE(model.data(model.index(0, ClientListModel::StateColumn)).toString(), QStringLiteral("Connected"));

    workers::SessionBatch second;
    second.connections.push_back(peerFinished(1));
    model.applyBatch(second);
    QCOMPARE(model.stateAt(0), ClientListModel::State::PeerFinished);
    QVERIFY(model.isOpenAt(0));
    QCOMPARE(
        model.data(model.index(0, ClientListModel::StateColumn)).toString(), QStringLiteral("Peer finished sending"));

    workers::SessionBatch third;
    third.connections.push_back(closed(1, {5, 5}));
    model.applyBatch(third);
    QCOMPARE(model.stateAt(0), ClientListModel::State::Closed);
    QVERIFY(!model.isOpenAt(0));
    QCOMPARE(model.openCount(), 0);
}

void TestClientListModel::closedRowsStayGreyedWithTotals()
{
    ClientListModel model;
    // The tutorial's server: accepted, sent 24 bytes and closed within one batch.
    workers::SessionBatch batch;
    batch.connections.push_back(opened(1, 48437));
    batch.traffic[1] = {0, 24};
    batch.connections.push_back(closed(1, {0, 24}, core::CloseReason::ClosedHere));
    model.applyBatch(batch);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.data(model.index(0, ClientListModel::PeerColumn)).toString(), QStringLiteral("('127.0.0.1', 48437)"));
    QCOMPARE(model.data(model.index(0, ClientListModel::StateColumn)).toString(), QStringLiteral("Closed"));
    QCOMPARE(cell(model, 0, ClientListModel::BytesOutColumn), 24u);
    QCOMPARE(cell(model, 0, ClientListModel::BytesInColumn), 0u);
    QVERIFY(model.data(model.index(0, ClientListModel::PeerColumn), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(0, ClientListModel::StateColumn), Qt::ToolTipRole).toString().isEmpty());
}

void TestClientListModel::closedRowsAreBounded()
{
    constexpr int kMaxClosed = 3;
    ClientListModel model(nullptr, kMaxClosed);
    workers::SessionBatch open;
    for (core::ConnectionId id = 1; id <= 6; ++id)
        open.connections.push_back(opened(id, static_cast<quint16>(50000 + id)));
    model.applyBatch(open);

    // Close 1, 2, 4, 5 and 6; 3 stays open and must survive whatever is dropped around it.
    workers::SessionBatch closing;
    for (const core::ConnectionId id : {1, 2, 4, 5, 6})
        closing.connections.push_back(closed(id, {id, id}));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyBatch(closing);

    QCOMPARE(removed.count(), 1); // rows 1 and 2 are contiguous
    QCOMPARE(model.rowCount(), 1 + kMaxClosed);
    QCOMPARE(model.connectionAt(0), std::optional<core::ConnectionId>(3));
    QCOMPARE(model.stateAt(0), ClientListModel::State::Connected);
    QCOMPARE(model.connectionAt(1), std::optional<core::ConnectionId>(4));
    QCOMPARE(model.rowOf(6), 3);
    QCOMPARE(model.rowOf(1), -1);
    QCOMPARE(model.totalsAt(3).bytesReceived, 6u);
}

void TestClientListModel::clearForgetsEverything()
{
    ClientListModel model;
    workers::SessionBatch batch;
    batch.connections.push_back(opened(1, 50001));
    model.applyBatch(batch);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.openCount(), 0);
    // A new run numbers its connections from 1 again.
    model.applyBatch(batch);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestClientListModel)
#include "tst_client_list_model.moc"
