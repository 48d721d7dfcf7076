// Tests of UdpWorker: datagrams between two workers, boundaries kept, multicast membership.
#include "workers/udp_worker.h"

#include <QTest>

#include <algorithm>

using namespace socketlab;

namespace {

struct UdpCollector {
    std::optional<core::Endpoint> ready;
    std::vector<QByteArray> received;
    std::vector<std::pair<std::string, bool>> memberships;
    std::vector<core::Error> problems;
    bool finished = false;

    void attach(workers::UdpWorker& worker)
    {
        QObject::connect(&worker, &workers::SessionWorker::batchReady, [this](const workers::SessionBatch& batch) {
            if (batch.ready)
                ready = batch.ready;
            for (const auto& chunk : batch.data) {
                if (chunk.direction == workers::Direction::Received)
                    received.push_back(chunk.bytes);
            }
            memberships.insert(memberships.end(), batch.memberships.begin(), batch.memberships.end());
            problems.insert(problems.end(), batch.problems.begin(), batch.problems.end());
        });
        QObject::connect(&worker, &workers::SessionWorker::finished, [this] { finished = true; });
    }
};

core::UdpOptions loopbackOptions()
{
    core::UdpOptions options;
    options.port = "0";
    return options;
}

} // namespace

class TestUdpWorker : public QObject {
    Q_OBJECT

private slots:
    void datagramsKeepTheirBoundaries();
    void multicastOnLoopback();
    void floodKeepsTraceBatchesSmallAndCountsExact();
    void floodSlowsTheFlushInterval();
};

void TestUdpWorker::datagramsKeepTheirBoundaries()
{
    workers::UdpWorker a;
    workers::UdpWorker b;
    UdpCollector atA;
    UdpCollector atB;
    atA.attach(a);
    atB.attach(b);
    QVERIFY(a.start(loopbackOptions()));
    QVERIFY(b.start(loopbackOptions()));
    QTRY_VERIFY(atA.ready && atB.ready);
    const QString bPort = QString::number(atB.ready->port());
    for (const char* text : {"a", "bb", "ccc"})
        a.sendTo(QStringLiteral("127.0.0.1"), bPort, QByteArray(text));
    QTRY_COMPARE(atB.received.size(), std::size_t(3));
    QCOMPARE(atB.received[0], QByteArray("a"));
    QCOMPARE(atB.received[1], QByteArray("bb"));
    QCOMPARE(atB.received[2], QByteArray("ccc"));
    a.stop();
    b.stop();
    QTRY_VERIFY(atA.finished && atB.finished);
}

void TestUdpWorker::multicastOnLoopback()
{
    // 239.255/16 is the organisation-local scope, and the interface 127.0.0.1 keeps every datagram
    // on this machine.
    const QString group = QStringLiteral("239.255.42.99");
    core::UdpOptions receiverOptions = loopbackOptions();
    receiverOptions.host = ""; // a group member listens on the wildcard address
    receiverOptions.reuseAddress = true;
    receiverOptions.multicastInterface = "127.0.0.1";
    workers::UdpWorker receiver;
    UdpCollector atReceiver;
    atReceiver.attach(receiver);
    QVERIFY(receiver.start(receiverOptions));
    QTRY_VERIFY(atReceiver.ready);
    receiver.joinGroup(group);
    QTRY_VERIFY(!atReceiver.memberships.empty() || !atReceiver.problems.empty());
    if (atReceiver.memberships.empty())
        QSKIP(qPrintable(QStringLiteral("this system refuses multicast on loopback: %1")
                             .arg(QString::fromStdString(atReceiver.problems.front().toString()))));
    QCOMPARE(atReceiver.memberships.front(), std::make_pair(group.toStdString(), true));

    core::UdpOptions senderOptions;
    senderOptions.bind = false;
    senderOptions.multicastInterface = "127.0.0.1";
    senderOptions.multicastTtl = 0; // not even one router hop
    workers::UdpWorker sender;
    UdpCollector atSender;
    atSender.attach(sender);
    QVERIFY(sender.start(senderOptions));
    sender.sendTo(group, QString::number(atReceiver.ready->port()), QByteArray("to the group"));
    QTRY_COMPARE(atReceiver.received.size(), std::size_t(1));
    QCOMPARE(atReceiver.received.front(), QByteArray("to the group"));

    receiver.leaveGroup(group);
    QTRY_COMPARE(atReceiver.memberships.size(), std::size_t(2));
    QCOMPARE(atReceiver.memberships.back(), std::make_pair(group.toStdString(), false));
    // Not a group: refused before any call, named.
    receiver.joinGroup(QStringLiteral("10.1.2.3"));
    QTRY_VERIFY(!atReceiver.problems.empty());
    QCOMPARE(atReceiver.problems.back().problem, core::InputProblem::NotMulticastGroup);
    sender.stop();
    receiver.stop();
    QTRY_VERIFY(atSender.finished && atReceiver.finished);
}

void TestUdpWorker::floodKeepsTraceBatchesSmallAndCountsExact()
{
    // A flood is one recvfrom() a datagram: no batch carries more than kUdpMaxCallsPerBatch calls
    // (the trace cannot show more), every call is counted, and every datagram is counted exactly.
    workers::UdpWorker receiver;
    workers::UdpWorker sender;
    UdpCollector atReceiver;
    UdpCollector atSender;
    atReceiver.attach(receiver);
    atSender.attach(sender);
    std::size_t largestCalls = 0;
    quint64 recvfromCalls = 0;
    quint64 omittedCalls = 0;
    quint64 datagrams = 0;
    QObject::connect(&receiver, &workers::SessionWorker::batchReady, [&](const workers::SessionBatch& batch) {
        largestCalls = std::max(largestCalls, batch.calls.size());
        recvfromCalls += static_cast<quint64>(std::count_if(batch.calls.begin(), batch.calls.end(),
            [](const core::CallEvent& call) { return call.call == "recvfrom"; }));
        omittedCalls += batch.callsOmitted;
        datagrams += batch.datagramsReceived;
    });
    QVERIFY(receiver.start(loopbackOptions()));
    QVERIFY(sender.start(loopbackOptions()));
    QTRY_VERIFY(atReceiver.ready && atSender.ready);

    // Bursts of more calls than a UDP batch keeps, each awaited so that even a small receive
    // buffer (the system may cap SO_RCVBUF) holds one.
    constexpr int kBurst = 300;
    constexpr int kBursts = 4;
    const QString port = QString::number(atReceiver.ready->port());
    for (int burst = 1; burst <= kBursts; ++burst) {
        for (int i = 0; i < kBurst; ++i)
            sender.sendTo(QStringLiteral("127.0.0.1"), port, QByteArray("d"));
        QTRY_COMPARE_WITH_TIMEOUT(datagrams, quint64(burst * kBurst), 20000);
    }
    constexpr int kDatagrams = kBurst * kBursts;
    QVERIFY2(largestCalls <= workers::kUdpMaxCallsPerBatch, qPrintable(QString::number(largestCalls)));
    QVERIFY(recvfromCalls > 0);
    // Only recvfrom() calls are omitted in a flood; together with the kept ones, one per datagram.
    QCOMPARE(recvfromCalls + omittedCalls, quint64(kDatagrams));
    receiver.stop();
    sender.stop();
    QTRY_VERIFY(atReceiver.finished && atSender.finished);
}

void TestUdpWorker::floodSlowsTheFlushInterval()
{
    using workers::kFlushIntervalMs;
    using workers::kUdpFloodFlushIntervalMs;
    using workers::udpFlushIntervalAfter;
    // A few datagrams keep the quick interval; a flood (per second, whatever the interval) slows it,
    // and its end makes it quick again.
    QCOMPARE(udpFlushIntervalAfter(0, kFlushIntervalMs), kFlushIntervalMs);
    QCOMPARE(udpFlushIntervalAfter(10, kFlushIntervalMs), kFlushIntervalMs);
    QCOMPARE(udpFlushIntervalAfter(3000, kFlushIntervalMs), kUdpFloodFlushIntervalMs);
    QCOMPARE(udpFlushIntervalAfter(3000, kUdpFloodFlushIntervalMs), kUdpFloodFlushIntervalMs);
    QCOMPARE(udpFlushIntervalAfter(500, kUdpFloodFlushIntervalMs), kFlushIntervalMs);
}

QTEST_GUILESS_MAIN(TestUdpWorker)
#include "tst_udp_worker.moc"
