// Memory per connection is bounded: many clients flooding a TcpServer in each reply mode (echo whose echo is
// never read, discard, manual, the tutorial's) cannot grow the process without bound. Measured as the growth of
// the resident set (Linux /proc/self/statm) against what the clients pushed; a generous bound that still
// catches a server buffering what it receives.
#include "loopback.h"
#include "session_harness.h"

#include "core/poller.h"
#include "core/tcp_server.h"

#include <QFile>
#include <QtTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <unistd.h>

using namespace socketlab;
using namespace socketlab::core;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;
constexpr qint64 kMaxGrowthBytes = 48ll * 1024 * 1024; // far less than what went through
constexpr int kIdleWaitMs = 300; // no progress this long: the server stopped reading (back-pressure)

// Counts bytes; keeps nothing (the listener must not be what grows).
class CountingListener : public SessionListener {
public:
    void onReady(const Endpoint& local) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_local = local;
        m_ready.notify_all();
    }
    void onReceived(ConnectionId, const char*, std::size_t size) override { received += size; }

    Endpoint waitReady()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait_for(lock, std::chrono::seconds(10), [&] { return m_local.isValid(); });
        return m_local;
    }

    std::atomic<std::uint64_t> received {0};

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    Endpoint m_local;
};

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

class TestServerFlood : public QObject {
    Q_OBJECT

private slots:
    void floodIsBounded_data();
    void floodIsBounded();
};

void TestServerFlood::floodIsBounded_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("clientCount");
    QTest::addColumn<int>("pushMiB"); // per client
    // Echo: far more than the kernel's socket buffers hold, so the server's own queue would show.
    QTest::newRow("echo, never read") << int(ReplyMode::Echo) << 8 << 24;
    QTest::newRow("discard") << int(ReplyMode::Discard) << 16 << 4;
    QTest::newRow("manual") << int(ReplyMode::Manual) << 16 << 4;
    QTest::newRow("tutorial") << int(ReplyMode::Tutorial) << 16 << 4;
}

void TestServerFlood::floodIsBounded()
{
    QFETCH(int, mode);
    QFETCH(int, clientCount);
    QFETCH(int, pushMiB);
    const int kClients = clientCount;
    const std::size_t kPushPerClient = static_cast<std::size_t>(pushMiB) * kMiB;
    if (residentBytes() < 0)
        QSKIP("no /proc/self/statm here");
    CountingListener listener;
    TcpServerOptions options;
    options.port = "0";
    options.mode = static_cast<ReplyMode>(mode);
    TcpServer server(options, listener);
    tests::SessionThread thread(server);
    const Endpoint local = listener.waitReady();
    QVERIFY(local.isValid());

    CallRecorder recorder; // no sink: the clients' calls are not kept either
    std::vector<Socket> clients;
    for (int i = 0; i < kClients; ++i) {
        auto client = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
        QVERIFY(client.ok());
        QVERIFY(client->connect(local, 5000).ok());
        QVERIFY(client->setNonBlocking(true).ok());
        clients.push_back(std::move(*client));
    }
    const std::string chunk(64 * 1024, 'f');
    const qint64 before = residentBytes();

    // Round-robin until every client pushed its share, was closed on (tutorial), or is held back.
    std::vector<std::size_t> pushed(kClients, 0);
    std::vector<bool> done(kClients, false);
    auto poller = Poller::create();
    QVERIFY(poller.ok());
    int remaining = kClients;
    while (remaining > 0) {
        bool progress = false;
        for (int i = 0; i < kClients; ++i) {
            if (done[i])
                continue;
            auto sent = clients[i].send(chunk.data(), chunk.size());
            if (sent.ok()) {
                pushed[i] += *sent;
                progress = true;
            } else if (sent.error().condition != Condition::WouldBlock) {
                done[i] = true; // the tutorial server replied and closed
                --remaining;
            }
            if (!done[i] && pushed[i] >= kPushPerClient) {
                done[i] = true;
                --remaining;
            }
        }
        if (!progress) {
            // Wait for any client to become writable; none within kIdleWaitMs: the server holds back.
            for (int i = 0; i < kClients; ++i) {
                if (!done[i])
                    QVERIFY((*poller)->add(clients[i].handle(), kWritable, static_cast<std::uint64_t>(i)).ok());
            }
            std::vector<ReadyEvent> ready;
            QVERIFY((*poller)->wait(kIdleWaitMs, ready).ok());
            for (int i = 0; i < kClients; ++i) {
                if (!done[i])
                    (*poller)->remove(clients[i].handle());
            }
            if (ready.empty())
                break;
        }
    }
    const qint64 growth = residentBytes() - before;
    std::size_t total = 0;
    for (const std::size_t n : pushed)
        total += n;
    qInfo("%d clients pushed %zu bytes, the server received %llu; the process grew by %lld bytes", kClients, total,
        static_cast<unsigned long long>(listener.received.load()), growth);
    QVERIFY2(growth < kMaxGrowthBytes, qPrintable(QString::number(growth)));
    QVERIFY(!thread.finished()); // still serving
}

QTEST_GUILESS_MAIN(TestServerFlood)
#include "tst_server_flood.moc"
