// Tests of the workers: sessions on QThreads, batched delivery, stop, destruction, errors.
#include "workers/batching_listener.h"
#include "workers/tcp_client_worker.h"
#include "workers/tcp_server_worker.h"

#include "core/socket.h"

#include <QSignalSpy>
#include <QTest>

using namespace socketlab;
using workers::SessionBatch;

namespace {

// Collects everything a worker delivers. The worker emits from the thread it lives in (this
// test's), so plain connections are enough.
struct Collector {
    std::vector<SessionBatch> batches;
    std::optional<std::optional<core::Error>> finished;
    std::optional<core::Endpoint> ready;
    QByteArray received;
    QByteArray sent;
    std::vector<std::string> calls;
    quint64 bytesReceived = 0;

    void attach(workers::SessionWorker& worker)
    {
        QObject::connect(&worker, &workers::SessionWorker::batchReady, [this](const SessionBatch& batch) {
            batches.push_back(batch);
            if (batch.ready)
                ready = batch.ready;
            for (const auto& chunk : batch.data)
                (chunk.direction == workers::Direction::Received ? received : sent) += chunk.bytes;
            for (const auto& call : batch.calls)
                calls.push_back(call.call);
            for (const auto& [id, traffic] : batch.traffic)
                bytesReceived += traffic.bytesReceived;
        });
        QObject::connect(&worker, &workers::SessionWorker::finished,
            [this](const std::optional<core::Error>& error) { finished = error; });
    }
};

core::TcpServerOptions serverOptions(core::ReplyMode mode)
{
    core::TcpServerOptions options;
    options.port = "0";
    options.mode = mode;
    return options;
}

core::TcpClientOptions clientOptions(quint16 port, core::ClientMode mode)
{
    core::TcpClientOptions options;
    options.port = std::to_string(port);
    options.mode = mode;
    return options;
}

} // namespace

class TestSessionWorker : public QObject {
    Q_OBJECT

private slots:
    void tutorialPairThroughWorkers();
    void floodArrivesInFewBatchesWithExactCounts();
    void stopEndsServerPromptly();
    void destroyingRunningWorkerIsSafe();
    void bindErrorArrivesAsFinishedError();
    void workerCanBeStartedAgain();
    void fullBatchDeclinesCallsAndCountsThem();
};

void TestSessionWorker::tutorialPairThroughWorkers()
{
    workers::TcpServerWorker server;
    Collector serverSide;
    serverSide.attach(server);
    QVERIFY(server.start(serverOptions(core::ReplyMode::Tutorial)));
    QVERIFY(!server.start(serverOptions(core::ReplyMode::Tutorial))); // one session at a time
    QTRY_VERIFY(serverSide.ready.has_value());

    workers::TcpClientWorker client;
    Collector clientSide;
    clientSide.attach(client);
    QVERIFY(client.start(clientOptions(serverSide.ready->port(), core::ClientMode::Tutorial)));
    QTRY_VERIFY(clientSide.finished.has_value());
    QVERIFY(!clientSide.finished->has_value());
    QCOMPARE(clientSide.received, QByteArray(core::kTutorialReply));
    const std::vector<std::string> expectedClientCalls = {"socket", "connect", "recv", "close"};
    QCOMPARE(clientSide.calls, expectedClientCalls);

    QTRY_COMPARE(serverSide.sent, QByteArray(core::kTutorialReply));
    server.stop();
    QTRY_VERIFY(serverSide.finished.has_value());
    QVERIFY(!serverSide.finished->has_value());
    QVERIFY(!server.isRunning());
}

void TestSessionWorker::floodArrivesInFewBatchesWithExactCounts()
{
    workers::TcpServerWorker server;
    Collector serverSide;
    serverSide.attach(server);
    QVERIFY(server.start(serverOptions(core::ReplyMode::Discard)));
    QTRY_VERIFY(serverSide.ready.has_value());

    constexpr int kChunks = 256;
    constexpr int kChunkSize = 64 * 1024; // 16 MiB in all: far more than one batch may carry
    workers::TcpClientWorker client;
    Collector clientSide;
    clientSide.attach(client);
    QVERIFY(client.start(clientOptions(serverSide.ready->port(), core::ClientMode::Conversation)));
    const QByteArray chunk(kChunkSize, 'x');
    for (int i = 0; i < kChunks; ++i)
        client.send(chunk);
    client.shutdownWrite();

    const quint64 total = quint64(kChunks) * kChunkSize;
    QTRY_COMPARE_WITH_TIMEOUT(serverSide.bytesReceived, total, 30000);
    QTRY_VERIFY(clientSide.finished.has_value());
    // Every recv() was a call, but they arrived batched: far fewer batches than calls, and no
    // batch carried more than its bounds.
    std::size_t recvCalls = 0;
    for (const auto& name : serverSide.calls)
        recvCalls += name == "recv";
    QVERIFY2(serverSide.batches.size() < recvCalls,
        qPrintable(QStringLiteral("%1 batches for %2 recv calls").arg(serverSide.batches.size()).arg(recvCalls)));
    for (const SessionBatch& batch : serverSide.batches) {
        QVERIFY(batch.calls.size() <= workers::kMaxCallsPerBatch);
        qsizetype kept = 0;
        for (const auto& dataChunk : batch.data)
            kept += dataChunk.bytes.size();
        QVERIFY(kept <= workers::kMaxDataBytesPerBatch);
    }
    server.stop();
    QTRY_VERIFY(serverSide.finished.has_value());
}

void TestSessionWorker::stopEndsServerPromptly()
{
    workers::TcpServerWorker server;
    Collector serverSide;
    serverSide.attach(server);
    QVERIFY(server.start(serverOptions(core::ReplyMode::Manual)));
    QTRY_VERIFY(serverSide.ready.has_value());
    QVERIFY(server.isRunning());
    server.stop();
    QTRY_VERIFY(serverSide.finished.has_value());
    QVERIFY(!server.isRunning());
    QCOMPARE(serverSide.calls.back(), std::string("close"));
}

void TestSessionWorker::destroyingRunningWorkerIsSafe()
{
    auto server = std::make_unique<workers::TcpServerWorker>();
    Collector serverSide;
    serverSide.attach(*server);
    QVERIFY(server->start(serverOptions(core::ReplyMode::Echo)));
    QTRY_VERIFY(serverSide.ready.has_value());

    auto client = std::make_unique<workers::TcpClientWorker>();
    Collector clientSide;
    clientSide.attach(*client);
    QVERIFY(client->start(clientOptions(serverSide.ready->port(), core::ClientMode::Conversation)));
    QTRY_VERIFY(!clientSide.calls.empty() && clientSide.calls.back() == "connect");
    // Both sessions are blocked in their loops: destruction must stop and join them.
    client.reset();
    server.reset();
    QVERIFY(true);
}

void TestSessionWorker::bindErrorArrivesAsFinishedError()
{
    core::CallRecorder recorder;
    auto taken = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(taken.ok());
    auto address = core::Endpoint();
    {
        workers::TcpServerWorker probe; // learn a free port from a real server, then hold it
        Collector probeSide;
        probeSide.attach(probe);
        QVERIFY(probe.start(serverOptions(core::ReplyMode::Manual)));
        QTRY_VERIFY(probeSide.ready.has_value());
        address = *probeSide.ready;
        probe.stop();
        QTRY_VERIFY(probeSide.finished.has_value());
    }
    QVERIFY(taken->bind(address).ok());
    QVERIFY(taken->listen(1).ok());

    workers::TcpServerWorker server;
    Collector serverSide;
    serverSide.attach(server);
    core::TcpServerOptions options = serverOptions(core::ReplyMode::Tutorial);
    options.port = std::to_string(address.port());
    QVERIFY(server.start(options));
    QTRY_VERIFY(serverSide.finished.has_value());
    QVERIFY(serverSide.finished->has_value());
    QCOMPARE(QString::fromStdString((*serverSide.finished)->name), QStringLiteral("EADDRINUSE"));
    QVERIFY(std::find(serverSide.calls.begin(), serverSide.calls.end(), "bind") != serverSide.calls.end());
}

void TestSessionWorker::workerCanBeStartedAgain()
{
    workers::TcpServerWorker server;
    Collector serverSide;
    serverSide.attach(server);
    for (int round = 0; round < 3; ++round) {
        serverSide.ready.reset();
        serverSide.finished.reset();
        QVERIFY(server.start(serverOptions(core::ReplyMode::Tutorial)));
        QTRY_VERIFY(serverSide.ready.has_value());
        server.stop();
        QTRY_VERIFY(serverSide.finished.has_value());
        QVERIFY(!server.isRunning());
    }
}

void TestSessionWorker::fullBatchDeclinesCallsAndCountsThem()
{
    // Once a batch holds its calls, the listener declines more (the session then skips building
    // them) and counts each skipped call as omitted; the next batch takes calls again.
    workers::BatchingListener listener;
    listener.setMaxCallsPerBatch(3);
    core::CallEvent call;
    call.call = "recvfrom";
    for (int i = 0; i < 3; ++i) {
        QVERIFY(listener.keepsNextCall());
        listener.onCall(call);
    }
    QVERIFY(!listener.keepsNextCall());
    for (int i = 0; i < 5; ++i)
        listener.onCallSkipped();
    listener.onCall(call); // one that asked before the batch filled up: counted, not kept
    workers::SessionBatch batch = listener.take();
    QCOMPARE(batch.calls.size(), std::size_t(3));
    QCOMPARE(batch.callsOmitted, quint64(6));
    QVERIFY(listener.keepsNextCall());
    listener.onCall(call);
    batch = listener.take();
    QCOMPARE(batch.calls.size(), std::size_t(1));
    QCOMPARE(batch.callsOmitted, quint64(0));
}

QTEST_GUILESS_MAIN(TestSessionWorker)
#include "tst_session_worker.moc"
