// Tests for DatagramModel: one row per datagram (boundaries kept), exact counters, one insertion
// per batch, the bound on rows with its "not shown" count, and the text/hex content.
#include "gui/datagram_model.h"

#include "loopback.h"

#include <QSignalSpy>
#include <QTest>

using namespace socketlab;
using gui::DatagramModel;

namespace {

constexpr std::uint16_t kPeerPort = 40001;

workers::DataChunk chunk(const QByteArray& bytes, workers::Direction direction = workers::Direction::Received)
{
    workers::DataChunk data;
    data.direction = direction;
    data.bytes = bytes;
    data.peer = tests::loopbackV4(kPeerPort);
    return data;
}

// A batch as the worker delivers it: the chunks and the exact counters that go with them.
workers::SessionBatch batchOf(const std::vector<workers::DataChunk>& chunks)
{
    workers::SessionBatch batch;
    for (const workers::DataChunk& each : chunks) {
        const bool received = each.direction == workers::Direction::Received;
        (received ? batch.datagramsReceived : batch.datagramsSent) += 1;
        (received ? batch.bytesReceived : batch.bytesSent) += static_cast<quint64>(each.bytes.size());
        batch.data.push_back(each);
    }
    return batch;
}

QString cell(const DatagramModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestDatagramModel : public QObject {
    Q_OBJECT

private slots:
    void eachDatagramIsItsOwnRow();
    void countsAreExactIncludingLeftOut();
    void boundedWithOneInsertionPerBatch();
    void oneBatchLargerThanTheBound();
    void hexAndTextContent();
    void clearForgetsEverything();
    void eachRowShowsItsOwnPeer();
};

void TestDatagramModel::eachDatagramIsItsOwnRow()
{
    DatagramModel model;
    QSignalSpy inserted(&model, &DatagramModel::rowsInserted);
    model.appendBatch(batchOf({chunk("a"), chunk("bb"), chunk("ccc", workers::Direction::Sent)}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.sizeAt(0), quint64(1));
    QCOMPARE(model.sizeAt(1), quint64(2));
    QCOMPARE(model.sizeAt(2), quint64(3));
    QCOMPARE(cell(model, 2, DatagramModel::ContentColumn), QStringLiteral("ccc"));
    QCOMPARE(cell(model, 0, DatagramModel::PeerColumn), QStringLiteral("('127.0.0.1', 40001)"));
    QCOMPARE(model.directionAt(2), workers::Direction::Sent);
    QCOMPARE(model.peerAt(0)->port(), kPeerPort);
    QVERIFY(cell(model, 0, DatagramModel::DirectionColumn) != cell(model, 2, DatagramModel::DirectionColumn));
}

void TestDatagramModel::countsAreExactIncludingLeftOut()
{
    DatagramModel model;
    QSignalSpy counts(&model, &DatagramModel::countsChanged);
    workers::SessionBatch batch = batchOf({chunk("hello")});
    // Two more datagrams arrived but were past the batch's bounds: counted, not listed.
    batch.datagramsReceived += 2;
    batch.bytesNotShown = 7;
    batch.bytesReceived += batch.bytesNotShown;
    model.appendBatch(batch);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.datagramsReceived(), quint64(3));
    QCOMPARE(model.bytesReceived(), quint64(12));
    QCOMPARE(model.notShownCount(), quint64(2));
    QCOMPARE(model.datagramsSent(), quint64(0));
    QCOMPARE(counts.count(), 1);
}

void TestDatagramModel::boundedWithOneInsertionPerBatch()
{
    constexpr int kBatches = 12;
    constexpr int kPerBatch = 1000;
    DatagramModel model;
    QSignalSpy inserted(&model, &DatagramModel::rowsInserted);
    QSignalSpy removed(&model, &DatagramModel::rowsRemoved);
    for (int b = 0; b < kBatches; ++b) {
        std::vector<workers::DataChunk> chunks;
        for (int i = 0; i < kPerBatch; ++i)
            chunks.push_back(chunk(QByteArray::number(b * kPerBatch + i)));
        model.appendBatch(batchOf(chunks));
    }
    QCOMPARE(inserted.count(), kBatches);
    QCOMPARE(removed.count(), kBatches - gui::kMaxDatagramRows / kPerBatch);
    QCOMPARE(model.rowCount(), gui::kMaxDatagramRows);
    QCOMPARE(model.datagramsReceived(), quint64(kBatches * kPerBatch));
    QCOMPARE(model.notShownCount(), quint64(kBatches * kPerBatch - gui::kMaxDatagramRows));
    // The newest stay: the first kept row is datagram 2000.
    QCOMPARE(cell(model, 0, DatagramModel::ContentColumn), QStringLiteral("2000"));
    QCOMPARE(cell(model, model.rowCount() - 1, DatagramModel::ContentColumn), QStringLiteral("11999"));
}

void TestDatagramModel::oneBatchLargerThanTheBound()
{
    constexpr int kCount = 12000;
    DatagramModel model;
    QSignalSpy inserted(&model, &DatagramModel::rowsInserted);
    std::vector<workers::DataChunk> chunks;
    for (int i = 0; i < kCount; ++i)
        chunks.push_back(chunk("x"));
    model.appendBatch(batchOf(chunks));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), gui::kMaxDatagramRows);
    QCOMPARE(model.notShownCount(), quint64(kCount - gui::kMaxDatagramRows));
    QCOMPARE(model.bytesReceived(), quint64(kCount));
}

void TestDatagramModel::hexAndTextContent()
{
    DatagramModel model;
    model.appendBatch(batchOf({chunk(QByteArray("hi\n\x01", 4))}));
    QCOMPARE(cell(model, 0, DatagramModel::ContentColumn), QStringLiteral("hi\\n\\x01"));
    QSignalSpy changed(&model, &DatagramModel::dataChanged);
    model.setContentMode(DatagramModel::ContentMode::Hex);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 0, DatagramModel::ContentColumn), QStringLiteral("68 69 0a 01"));

    // A long datagram keeps its real size; its shown content is cut and marked.
    const QByteArray big(gui::kDatagramPreviewBytes * 2, 'z');
    model.setContentMode(DatagramModel::ContentMode::Text);
    model.appendBatch(batchOf({chunk(big)}));
    QCOMPARE(cell(model, 1, DatagramModel::SizeColumn), QString::number(big.size()));
    QVERIFY(cell(model, 1, DatagramModel::ContentColumn).endsWith(QChar(0x2026)));
}

void TestDatagramModel::clearForgetsEverything()
{
    DatagramModel model;
    model.appendBatch(batchOf({chunk("a", workers::Direction::Sent)}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.datagramsSent(), quint64(0));
    QCOMPARE(model.bytesSent(), quint64(0));
    QCOMPARE(model.notShownCount(), quint64(0));
}

void TestDatagramModel::eachRowShowsItsOwnPeer()
{
    // Rows of one peer share its text: a change of peer, and a return to it, must still show.
    workers::DataChunk other = chunk("c");
    other.peer = tests::loopbackV4(kPeerPort + 1);
    DatagramModel model;
    model.appendBatch(batchOf({chunk("a"), chunk("b"), other}));
    model.appendBatch(batchOf({chunk("d")}));
    const QString first = QStringLiteral("('127.0.0.1', 40001)");
    QCOMPARE(cell(model, 0, DatagramModel::PeerColumn), first);
    QCOMPARE(cell(model, 1, DatagramModel::PeerColumn), first);
    QCOMPARE(cell(model, 2, DatagramModel::PeerColumn), QStringLiteral("('127.0.0.1', 40002)"));
    QCOMPARE(cell(model, 3, DatagramModel::PeerColumn), first);
    QCOMPARE(model.peerAt(2)->port(), quint16(kPeerPort + 1));
}

QTEST_MAIN(TestDatagramModel)
#include "tst_datagram_model.moc"
