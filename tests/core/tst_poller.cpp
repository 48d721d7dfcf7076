// Tests for the Poller, run on both backends: Poller::create() (epoll on Linux) and the portable
// poll() poller that Windows and macOS use (poller_poll.h, built everywhere so that it is tested
// here). Readiness, wake() from another thread and before a wait, modify/remove, hundreds of
// sockets at once.
#include "core/poller.h"
#include "core/poller_poll.h" // internal, exposed on purpose so the portable poller is tested too
#include "core/socket.h"

#include "loopback.h"
#include "session_harness.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <set>
#include <thread>
#include <vector>

using namespace socketlab::core;
using namespace socketlab::tests;

namespace {

// Connected TCP pairs on one listener; all calls go to an inactive recorder.
struct Pairs {
    CallRecorder recorder;
    Socket listener;
    std::vector<Socket> clients;
    std::vector<Socket> servers;
    std::string failure;

    explicit Pairs(int count)
    {
        auto opened = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
        if (!opened.ok() || !opened->bind(loopbackV4(0)).ok() || !opened->listen(count + 8).ok()) {
            failure = "listener setup failed";
            return;
        }
        listener = std::move(opened.value());
        const Endpoint address = listener.localAddress().value();
        for (int i = 0; i < count; ++i) {
            auto client = Socket::open(Family::Inet, SocketType::Stream, 0, recorder);
            if (!client.ok()) {
                failure = client.error().toString();
                return;
            }
            if (auto r = client->connect(address, kWaitMs); !r.ok()) {
                failure = r.error().toString();
                return;
            }
            if (!waitReadable(listener.handle(), kWaitMs)) {
                failure = "accept never became ready";
                return;
            }
            auto accepted = listener.accept();
            if (!accepted.ok()) {
                failure = accepted.error().toString();
                return;
            }
            clients.push_back(std::move(client.value()));
            servers.push_back(std::move(accepted->socket));
        }
    }
};

// The backend under test, from the current data row.
std::unique_ptr<Poller> makePoller()
{
    QFETCH_GLOBAL(QString, backend);
    auto poller = backend == "poll" ? createPollPoller() : Poller::create();
    return poller.ok() ? std::move(poller.value()) : nullptr;
}

} // namespace

class TestPoller : public QObject {
    Q_OBJECT

private slots:
    void initTestCase_data();
    void readableAfterDataArrives();
    void timeoutWithNothingReady();
    void wakeFromAnotherThread();
    void wakeBeforeWait();
    void modifyInterest();
    void removeStopsReports();
    void hangupReported();
    void manySockets();
};

void TestPoller::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("default") << "default";
    QTest::newRow("poll") << "poll";
}

void TestPoller::readableAfterDataArrives()
{
    Pairs pairs(1);
    QVERIFY2(pairs.failure.empty(), pairs.failure.c_str());
    auto poller = makePoller();
    QVERIFY(poller);
    QVERIFY(poller->add(pairs.servers[0].handle(), kReadable, 7).ok());

    std::vector<ReadyEvent> ready;
    auto woke = poller->wait(0, ready);
    QVERIFY(woke.ok());
    QVERIFY(!*woke);
    QVERIFY(ready.empty());

    QVERIFY(pairs.clients[0].send("x", 1).ok());
    woke = poller->wait(kWaitMs, ready);
    QVERIFY(woke.ok());
    QVERIFY(!*woke);
    QCOMPARE(ready.size(), std::size_t(1));
    QCOMPARE(ready[0].token, std::uint64_t(7));
    QVERIFY(ready[0].readable);
    QVERIFY(!ready[0].writable);
}

void TestPoller::timeoutWithNothingReady()
{
    Pairs pairs(1);
    QVERIFY2(pairs.failure.empty(), pairs.failure.c_str());
    auto poller = makePoller();
    QVERIFY(poller);
    QVERIFY(poller->add(pairs.servers[0].handle(), kReadable, 1).ok());
    std::vector<ReadyEvent> ready(3); // wait() clears it first
    auto woke = poller->wait(20, ready);
    QVERIFY(woke.ok());
    QVERIFY(!*woke);
    QVERIFY(ready.empty());
}

void TestPoller::wakeFromAnotherThread()
{
    auto poller = makePoller();
    QVERIFY(poller);
    // No fixed sleep: whether wake() lands before or during the wait, the wait must end woken.
    std::thread waker([&] { poller->wake(); });
    std::vector<ReadyEvent> ready;
    const auto start = std::chrono::steady_clock::now();
    auto woke = poller->wait(kWaitMs, ready); // bounded stand-in for wait(-1)
    const auto elapsed = std::chrono::steady_clock::now() - start;
    waker.join();
    QVERIFY(woke.ok());
    QVERIFY2(*woke, "wait() did not report the wake");
    QVERIFY(elapsed < std::chrono::milliseconds(kWaitMs));

    // A wait with no limit at all, woken from another thread that waits for it to start.
    std::atomic<bool> waiting {false};
    std::thread second([&] {
        while (!waiting.load())
            std::this_thread::yield();
        poller->wake();
    });
    waiting = true;
    woke = poller->wait(-1, ready);
    second.join();
    QVERIFY(woke.ok());
    QVERIFY(*woke);
}

void TestPoller::wakeBeforeWait()
{
    auto poller = makePoller();
    QVERIFY(poller);
    poller->wake();
    poller->wake(); // several wakes collapse into one
    std::vector<ReadyEvent> ready;
    auto woke = poller->wait(kWaitMs, ready);
    QVERIFY(woke.ok());
    QVERIFY(*woke);
    QVERIFY(ready.empty());
    // The wake was consumed: the next wait times out.
    woke = poller->wait(0, ready);
    QVERIFY(woke.ok());
    QVERIFY2(!*woke, "a consumed wake was reported again");
}

void TestPoller::modifyInterest()
{
    Pairs pairs(1);
    QVERIFY2(pairs.failure.empty(), pairs.failure.c_str());
    auto poller = makePoller();
    QVERIFY(poller);
    const SocketHandle socket = pairs.clients[0].handle(); // writable, nothing to read
    QVERIFY(poller->add(socket, kReadable, 1).ok());
    std::vector<ReadyEvent> ready;
    QVERIFY(poller->wait(0, ready).ok());
    QVERIFY(ready.empty());

    QVERIFY(poller->modify(socket, kWritable, 2).ok());
    QVERIFY(poller->wait(kWaitMs, ready).ok());
    QCOMPARE(ready.size(), std::size_t(1));
    QCOMPARE(ready[0].token, std::uint64_t(2));
    QVERIFY(ready[0].writable);
    QVERIFY(!ready[0].readable);

    QVERIFY(poller->modify(socket, kReadable | kWritable, 3).ok());
    QVERIFY(pairs.servers[0].send("x", 1).ok());
    QVERIFY(waitReadable(socket, kWaitMs));
    QVERIFY(poller->wait(kWaitMs, ready).ok());
    QCOMPARE(ready.size(), std::size_t(1));
    QCOMPARE(ready[0].token, std::uint64_t(3));
    QVERIFY(ready[0].readable);
    QVERIFY(ready[0].writable);
}

void TestPoller::removeStopsReports()
{
    Pairs pairs(1);
    QVERIFY2(pairs.failure.empty(), pairs.failure.c_str());
    auto poller = makePoller();
    QVERIFY(poller);
    const SocketHandle socket = pairs.servers[0].handle();
    QVERIFY(poller->add(socket, kReadable, 1).ok());
    poller->remove(socket);
    QVERIFY(pairs.clients[0].send("x", 1).ok());
    QVERIFY(waitReadable(socket, kWaitMs)); // it is readable...
    std::vector<ReadyEvent> ready;
    QVERIFY(poller->wait(50, ready).ok());
    QVERIFY2(ready.empty(), "...but a removed socket is not reported");

    // Removed sockets can be added again.
    QVERIFY(poller->add(socket, kReadable, 9).ok());
    QVERIFY(poller->wait(kWaitMs, ready).ok());
    QCOMPARE(ready.size(), std::size_t(1));
    QCOMPARE(ready[0].token, std::uint64_t(9));
}

void TestPoller::hangupReported()
{
    Pairs pairs(1);
    QVERIFY2(pairs.failure.empty(), pairs.failure.c_str());
    auto poller = makePoller();
    QVERIFY(poller);
    QVERIFY(poller->add(pairs.servers[0].handle(), kReadable, 4).ok());
    pairs.clients[0].close();
    std::vector<ReadyEvent> ready;
    QVERIFY(poller->wait(kWaitMs, ready).ok());
    QCOMPARE(ready.size(), std::size_t(1));
    // A closed peer reads as readable (recv() returns 0) or hang-up; either way it is reported.
    QVERIFY(ready[0].readable || ready[0].hangup);
}

void TestPoller::manySockets()
{
    constexpr int kPairs = 250; // 500 connected sockets
    Pairs pairs(kPairs);
    QVERIFY2(pairs.failure.empty(), pairs.failure.c_str());
    auto poller = makePoller();
    QVERIFY(poller);
    for (int i = 0; i < kPairs; ++i) {
        QVERIFY(poller->add(pairs.clients[i].handle(), kReadable, std::uint64_t(i)).ok());
        QVERIFY(poller->add(pairs.servers[i].handle(), kReadable, std::uint64_t(kPairs + i)).ok());
    }
    for (int i = 0; i < kPairs; ++i) {
        QVERIFY(pairs.clients[i].send("c", 1).ok());
        QVERIFY(pairs.servers[i].send("s", 1).ok());
    }
    std::set<std::uint64_t> seen;
    std::vector<ReadyEvent> ready;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kWaitMs);
    while (seen.size() < std::size_t(2 * kPairs) && std::chrono::steady_clock::now() < deadline) {
        QVERIFY(poller->wait(100, ready).ok());
        for (const ReadyEvent& event : ready) {
            QVERIFY(event.readable);
            QVERIFY(event.token < std::uint64_t(2 * kPairs));
            seen.insert(event.token);
        }
    }
    QCOMPARE(seen.size(), std::size_t(2 * kPairs));
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
