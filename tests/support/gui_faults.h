// Helpers for the GUI's fault tests: the process's open descriptors and threads as /proc counts
// them, the longest stall of the GUI thread, a record of every warning Qt prints, and loopback
// clients that connect and send from threads of their own (so a test's GUI thread never blocks).
// Nothing here ever leaves the loopback interface.
#pragma once

#include "core/address.h"
#include "core/call_event.h"
#include "core/poller.h"
#include "core/socket.h"

#include "loopback.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace socketlab::tests {

// Entries of a /proc/self directory (Linux): the descriptors or the threads of this process.
inline int procEntries(const char* directory)
{
    const QDir dir(QString::fromLatin1(directory));
    // Descriptors of sockets and pipes are symbolic links to nowhere: System lists them too.
    return static_cast<int>(
        dir.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot).size());
}

inline int openDescriptorCount()
{
    return procEntries("/proc/self/fd");
}

inline int threadCount()
{
    return procEntries("/proc/self/task");
}

// The longest time between two ticks of a 10 ms timer on the thread that created it: how long the
// GUI thread was unable to run its event loop while something happened.
class GuiStallMeter {
public:
    static constexpr int kTickMs = 10;

    GuiStallMeter()
    {
        m_timer.setInterval(kTickMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_sinceTick.start();
        m_timer.start();
    }

    qint64 longestGapMs() const { return std::max(m_longest, m_sinceTick.elapsed()); }

private:
    void tick() { m_longest = std::max(m_longest, m_sinceTick.restart()); }

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// Waits until `done` (checked every millisecond) or `timeoutMs`, running the event loop all the
// time. QTest::qWaitFor sleeps 10 ms between its checks, which would show as stalls of the GUI thread.
inline bool waitWithoutSleeping(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

// Every warning, critical and fatal message Qt prints while it exists (info and debug messages go
// on to the previous handler, so a test's qInfo() figures still show).
class WarningRecorder {
public:
    WarningRecorder()
    {
        std::lock_guard<std::mutex> lock(mutex());
        messages().clear();
        m_previous = qInstallMessageHandler(&WarningRecorder::record);
        previous() = m_previous;
    }
    ~WarningRecorder() { qInstallMessageHandler(m_previous); }
    WarningRecorder(const WarningRecorder&) = delete;
    WarningRecorder& operator=(const WarningRecorder&) = delete;

    QStringList warnings() const
    {
        std::lock_guard<std::mutex> lock(mutex());
        return messages();
    }

private:
    static void record(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
            std::lock_guard<std::mutex> lock(mutex());
            messages() << message;
        }
        if (type != QtWarningMsg && type != QtCriticalMsg && previous())
            previous()(type, context, message);
    }
    static std::mutex& mutex()
    {
        static std::mutex instance;
        return instance;
    }
    static QStringList& messages()
    {
        static QStringList instance;
        return instance;
    }
    static QtMessageHandler& previous()
    {
        static QtMessageHandler instance = nullptr;
        return instance;
    }

    QtMessageHandler m_previous = nullptr;
};

// A TCP client on its own thread: connects to 127.0.0.1:`port`, sends `firstBytes`, then (when
// `keepSending`) sends on until stopped or refused, a chunk every kPaceMs (a hundred of them must
// not starve a two-core machine's GUI thread), and keeps the connection open until stopped.
// Sending waits for room with a short poll, so stopping never waits for a peer that does not read.
class SendingClient {
public:
    static constexpr std::size_t kChunk = 4096;
    static constexpr int kConnectTimeoutMs = 5000;
    static constexpr int kPollMs = 20;
    static constexpr int kPaceMs = 5;

    SendingClient(std::uint16_t port, std::uint64_t firstBytes, bool keepSending)
        : m_thread([this, port, firstBytes, keepSending] { run(port, firstBytes, keepSending); })
    {
    }
    ~SendingClient()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_stopped.notify_all();
        m_thread.join();
    }
    SendingClient(const SendingClient&) = delete;
    SendingClient& operator=(const SendingClient&) = delete;

    bool isConnected() const { return m_connected; }
    bool sentFirstBytes() const { return m_firstDone; }
    bool hasFailed() const { return m_failed; }
    bool hasEnded() const { return m_ended; }
    std::uint64_t bytesSent() const { return m_sent; }
    // This client's address as the server shows it: ('127.0.0.1', 48437).
    std::string localTuple() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_localTuple;
    }

private:
    void run(std::uint16_t port, std::uint64_t firstBytes, bool keepSending)
    {
        core::CallRecorder recorder;
        auto opened = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        if (!opened.ok()) {
            m_failed = true;
            return;
        }
        core::Socket socket = std::move(opened.value());
        socket.setRecordData(false);
        if (!socket.connect(loopbackV4(port), kConnectTimeoutMs).ok() || !socket.setNonBlocking(true).ok()) {
            m_failed = true;
            return;
        }
        if (auto local = socket.localAddress(); local.ok()) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_localTuple = local->toTuple();
        }
        m_connected = true;
        auto poller = core::Poller::create();
        if (!poller.ok() || !(*poller)->add(socket.handle(), core::kWritable, 1).ok()) {
            m_failed = true;
            return;
        }
        const std::string chunk(kChunk, 'x');
        std::vector<core::ReadyEvent> ready;
        bool open = true;
        while (!m_stop && open && (m_sent < firstBytes || keepSending)) {
            const std::size_t size = keepSending && m_sent >= firstBytes
                ? kChunk
                : static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, firstBytes - m_sent));
            auto sent = socket.send(chunk.data(), size);
            if (sent.ok()) {
                const bool pacing = m_firstDone;
                m_sent += *sent;
                if (m_sent >= firstBytes)
                    m_firstDone = true;
                if (pacing) {
                    std::unique_lock<std::mutex> lock(m_mutex);
                    m_stopped.wait_for(lock, std::chrono::milliseconds(kPaceMs), [this] { return m_stop.load(); });
                }
                continue;
            }
            if (sent.error().condition != core::Condition::WouldBlock) {
                open = false; // the server closed or reset the connection: the end of this client
                break;
            }
            ready.clear();
            (void)(*poller)->wait(kPollMs, ready);
        }
        if (m_sent >= firstBytes)
            m_firstDone = true;
        m_ended = true;
        (*poller)->remove(socket.handle());
        std::unique_lock<std::mutex> lock(m_mutex);
        m_stopped.wait(lock, [this] { return m_stop.load(); }); // the connection stays open until then
    }

    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_connected {false};
    std::atomic<bool> m_firstDone {false};
    std::atomic<bool> m_failed {false};
    std::atomic<bool> m_ended {false};
    std::atomic<std::uint64_t> m_sent {0};
    mutable std::mutex m_mutex;
    std::condition_variable m_stopped;
    std::string m_localTuple;
    std::thread m_thread; // last: it starts once every member above exists
};

} // namespace socketlab::tests
