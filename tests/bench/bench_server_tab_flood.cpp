// The Server tab under a flood (issue 8, item 2), inside the main window as a learner sees it:
// the clients table, the conversation, the throughput chart, the call trace and the sequence
// diagram all live. Two scenarios:
//  1. one plain C sender pushes 2 GiB into the tab's server in discard mode. Figures: throughput
//     against a plain send/recv loop measured in the same run (interleaved, best of each), the
//     longest gap between ticks of a 10 ms timer on the GUI thread, and resident memory growth
//     over the whole transfer. The tab must count exactly the bytes sent.
//  2. 100 clients at once send 8 MiB each in pieces to the server in echo mode and read the echo
//     back. Figure: the longest gap of the 10 ms timer. Every byte must come back and be counted.
// --smoke: 16 MiB and 5 clients of 256 KiB, so CTest checks that it still runs and counts.
#include "bench_report.h"
#include "gui_faults.h"
#include "plain_tcp.h"

#include "gui/client_list_model.h"
#include "gui/conversation_view.h"
#include "gui/main_window.h"
#include "gui/server_tab.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <poll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace socketlab;
using namespace socketlab::bench;

namespace {

constexpr int kEchoModeIndex = 1; // tutorial, echo, discard, manual
constexpr int kDiscardModeIndex = 2;
constexpr int kBacklog = 256;
constexpr int kTickMs = 10;
constexpr double kMaxStallMs = 50;
constexpr double kMaxGrowthMB = 100;
constexpr double kMinRatio = 0.5;
constexpr int kRounds = 2; // interleaved: plain loop, tab, plain loop, tab
constexpr int kWaitMs = 120000;
constexpr std::size_t kEchoPieceBytes = 16 * 1024;

// The longest gap between ticks of a 10 ms timer on the GUI thread, and the largest resident
// size seen at the ticks.
class GuiMeter {
public:
    GuiMeter()
    {
        m_timer.setInterval(kTickMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestGapMs() const { return std::max(m_longest, m_sinceTick.elapsed()); }
    std::uint64_t maxResident() const { return std::max(m_maxResident, residentBytes()); }
    // Diagnostics for a noisy machine: the GUI thread's own CPU time in the longest gap, and the
    // longest CPU time it spent between two ticks (a gap the thread did not work through was
    // the scheduler's, not the tab's).
    double cpuInLongestGapMs() const { return m_cpuInLongest; }
    double longestBusyMs() const { return m_longestBusy; }

private:
    static double threadCpuMs()
    {
        timespec now {};
        ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    }
    void tick()
    {
        const qint64 gap = m_sinceTick.restart();
        const double cpu = threadCpuMs();
        const double busy = m_lastCpu > 0 ? cpu - m_lastCpu : 0;
        m_lastCpu = cpu;
        if (gap > m_longest) {
            m_longest = gap;
            m_cpuInLongest = busy;
        }
        m_longestBusy = std::max(m_longestBusy, busy);
        if (++m_ticks % 5 == 0)
            m_maxResident = std::max(m_maxResident, residentBytes());
    }
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
    std::uint64_t m_ticks = 0;
    std::uint64_t m_maxResident = 0;
    double m_lastCpu = 0;
    double m_cpuInLongest = 0;
    double m_longestBusy = 0;
};

// CPU time of the calling thread: unlike wall time, not inflated when other processes take the CPU.
qint64 threadCpuNs()
{
    timespec now {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Times every event the GUI thread handles and keeps the slowest of each kind (receiver class and
// event type): what the profile of a stall points at, printed with the figures.
class TimingApplication : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0 || !m_enabled) {
            if (!m_enabled || event->type() != QEvent::Paint) {
                const bool handled = QApplication::notify(receiver, event);
                --m_depth;
                return handled;
            }
        }
        const int type = event->type();
        const char* className = receiver->metaObject()->className();
        const qint64 before = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 ns = threadCpuNs() - before;
        --m_depth;
        Slowest& slot
            = m_slowest[std::string(className) + (m_depth > 0 ? " (nested)" : "") + " / " + std::to_string(type)];
        slot.count += 1;
        slot.totalNs += ns;
        slot.maxNs = std::max(slot.maxNs, ns);
        return handled;
    }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void printSlowest(const char* title)
    {
        std::vector<std::pair<std::string, Slowest>> all(m_slowest.begin(), m_slowest.end());
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.second.maxNs > b.second.maxNs; });
        std::printf(
            "  slowest GUI events (%s): receiver / QEvent type: max, total CPU ms of the GUI thread, count\n", title);
        for (std::size_t i = 0; i < std::min<std::size_t>(all.size(), 14); ++i) {
            std::printf("    %s: %.1f, %.0f, %llu\n", all[i].first.c_str(),
                static_cast<double>(all[i].second.maxNs) / 1e6, static_cast<double>(all[i].second.totalNs) / 1e6,
                static_cast<unsigned long long>(all[i].second.count));
        }
        m_slowest.clear();
    }

private:
    struct Slowest {
        std::uint64_t count = 0;
        qint64 totalNs = 0;
        qint64 maxNs = 0;
    };
    std::map<std::string, Slowest> m_slowest;
    int m_depth = 0;
    bool m_enabled = false;
};

TimingApplication* timingApp()
{
    return static_cast<TimingApplication*>(QCoreApplication::instance());
}

gui::ClientListModel* clientsOf(gui::ServerTab* tab)
{
    return qobject_cast<gui::ClientListModel*>(tab->findChild<QTableView*>(QStringLiteral("clientsView"))->model());
}

gui::ConversationView* conversationOf(gui::ServerTab* tab)
{
    return tab->findChild<gui::ConversationView*>(QStringLiteral("conversationView"));
}

quint16 startServer(gui::ServerTab* tab, int modeIndex)
{
    tab->applyTutorialSettings();
    tab->setPort(QStringLiteral("0"));
    tab->findChild<QComboBox*>(QStringLiteral("replyModeCombo"))->setCurrentIndex(modeIndex);
    tab->findChild<QSpinBox*>(QStringLiteral("backlogSpin"))->setValue(kBacklog);
    QSignalSpy listening(tab, &gui::ServerTab::listening);
    if (!tab->start() || !tests::waitWithoutSleeping([&] { return listening.count() == 1; }, kWaitMs))
        return 0;
    return listening.first().at(1).value<quint16>();
}

bool stopServer(gui::ServerTab* tab)
{
    tab->stop();
    return tests::waitWithoutSleeping([&] { return !tab->isRunning(); }, kWaitMs);
}

// Every row's received total, summed.
quint64 receivedInTable(gui::ClientListModel* clients)
{
    quint64 sum = 0;
    for (int row = 0; row < clients->rowCount(); ++row)
        sum += clients->totalsAt(row).bytesReceived;
    return sum;
}

struct FloodRun {
    bool ok = false;
    double seconds = 0;
    qint64 longestGapMs = 0;
    double cpuInLongestGapMs = 0;
    double longestBusyMs = 0;
    double growthMB = 0;
};

// Scenario 1: `bytes` from one plain sender into the tab in discard mode.
FloodRun floodOnce(gui::ServerTab* tab, std::uint64_t bytes)
{
    FloodRun run;
    const std::uint64_t residentBefore = residentBytes();
    const quint16 port = startServer(tab, kDiscardModeIndex);
    if (port == 0) {
        std::fprintf(stderr, "the server did not start\n");
        return run;
    }
    gui::ClientListModel* clients = clientsOf(tab);
    gui::ConversationView* conversation = conversationOf(tab);
    timingApp()->setEnabled(true);
    GuiMeter meter;
    std::atomic<std::uint64_t> sent {0};
    Stopwatch clock;
    std::thread sender([&] {
        const int fd = plainConnect(port);
        if (fd < 0)
            return;
        sent = plainSendAll(fd, bytes, kBulkBufferSize);
        ::close(fd);
    });
    const bool counted = tests::waitWithoutSleeping(
        [&] { return clients->rowCount() == 1 && clients->totalsAt(0).bytesReceived >= bytes; }, kWaitMs);
    run.seconds = clock.seconds();
    sender.join();
    // The connection's end, the last chart and text updates: still part of the flood's cost.
    tests::waitWithoutSleeping(
        [&] { return clients->openCount() == 0 && conversation->bytesReceived() >= bytes; }, kWaitMs);
    run.longestGapMs = meter.longestGapMs();
    run.cpuInLongestGapMs = meter.cpuInLongestGapMs();
    run.longestBusyMs = meter.longestBusyMs();
    run.growthMB = static_cast<double>(meter.maxResident() - std::min(meter.maxResident(), residentBefore)) / 1e6;

    timingApp()->setEnabled(false);
    timingApp()->printSlowest("flood");
    const quint64 inTable = clients->rowCount() == 1 ? clients->totalsAt(0).bytesReceived : 0;
    const quint64 inConversation = conversation->bytesReceived();
    run.ok = counted && sent == bytes && inTable == bytes && inConversation == bytes;
    std::printf("  tab run: %.3f s, %llu sent, table counts %llu, conversation counts %llu, stall %lld ms (GUI thread "
                "busy %.0f ms of it; longest busy %.0f ms), RSS +%.1f MB\n",
        run.seconds, static_cast<unsigned long long>(sent.load()), static_cast<unsigned long long>(inTable),
        static_cast<unsigned long long>(inConversation), static_cast<long long>(run.longestGapMs),
        run.cpuInLongestGapMs, run.longestBusyMs, run.growthMB);
    if (!run.ok)
        std::fprintf(stderr, "the tab did not count exactly %llu bytes\n", static_cast<unsigned long long>(bytes));
    if (!stopServer(tab)) {
        std::fprintf(stderr, "the server did not stop\n");
        run.ok = false;
    }
    return run;
}

// The echo clients, all driven by one thread with poll() as a load-test script would: each sends
// `bytes` in pieces while reading the echo back, until all of it came back. One thread, not one a
// client, so the load generator does not starve the GUI thread by sheer numbers of runnable
// threads on a small machine. Returns what each client got back.
std::vector<std::uint64_t> runEchoClients(quint16 port, int count, std::uint64_t bytes)
{
    std::vector<int> fds;
    for (int i = 0; i < count; ++i) {
        const int fd = plainConnect(port);
        if (fd < 0)
            break;
        fds.push_back(fd);
    }
    std::vector<std::uint64_t> sent(fds.size(), 0);
    std::vector<std::uint64_t> received(fds.size(), 0);
    std::vector<bool> broken(fds.size(), false);
    const std::vector<char> piece(kEchoPieceBytes, 'e');
    std::vector<char> in(64 * 1024);
    std::vector<pollfd> polls(fds.size());
    for (;;) {
        std::size_t active = 0;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            const bool done = broken[i] || received[i] >= bytes;
            polls[i] = {done ? -1 : fds[i], static_cast<short>(POLLIN | (sent[i] < bytes ? POLLOUT : 0)), 0};
            active += done ? 0 : 1;
        }
        if (active == 0 || ::poll(polls.data(), polls.size(), 10000) <= 0)
            break;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            const short revents = polls[i].revents;
            if (revents & (POLLIN | POLLERR | POLLHUP)) {
                const ssize_t n = ::recv(fds[i], in.data(), in.size(), MSG_DONTWAIT);
                if (n > 0)
                    received[i] += static_cast<std::uint64_t>(n);
                else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                    broken[i] = true;
            }
            if ((revents & POLLOUT) && sent[i] < bytes) {
                const std::size_t size
                    = static_cast<std::size_t>(std::min<std::uint64_t>(piece.size(), bytes - sent[i]));
                const ssize_t n = ::send(fds[i], piece.data(), size, MSG_DONTWAIT | MSG_NOSIGNAL);
                if (n > 0)
                    sent[i] += static_cast<std::uint64_t>(n);
                else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                    broken[i] = true;
            }
        }
    }
    for (const int fd : fds)
        ::close(fd);
    received.resize(static_cast<std::size_t>(count), 0);
    return received;
}

// Scenario 2: `clients` clients at once, `bytes` each, echo mode.
bool echoScenario(gui::ServerTab* tab, int clientCount, std::uint64_t bytes)
{
    const quint16 port = startServer(tab, kEchoModeIndex);
    if (port == 0) {
        std::fprintf(stderr, "the server did not start\n");
        return false;
    }
    gui::ClientListModel* clients = clientsOf(tab);
    timingApp()->setEnabled(true);
    GuiMeter meter;
    Stopwatch clock;
    std::vector<std::uint64_t> echoed;
    std::atomic<int> joined {0};
    std::thread driver([&] {
        echoed = runEchoClients(port, clientCount, bytes);
        joined = 1;
    });
    const quint64 total = bytes * static_cast<quint64>(clientCount);
    const bool counted = tests::waitWithoutSleeping(
        [&] { return clients->rowCount() == clientCount && receivedInTable(clients) >= total; }, kWaitMs);
    tests::waitWithoutSleeping([&] { return joined.load() == 1 && clients->openCount() == 0; }, kWaitMs);
    driver.join();
    const double seconds = clock.seconds();
    const qint64 stall = meter.longestGapMs();
    timingApp()->setEnabled(false);
    timingApp()->printSlowest("echo");

    bool ok = counted;
    for (const std::uint64_t each : echoed)
        ok = ok && each == bytes;
    for (int row = 0; row < clients->rowCount(); ++row) {
        const core::ConnectionTotals totals = clients->totalsAt(row);
        ok = ok && totals.bytesReceived == bytes && totals.bytesSent == bytes;
    }
    std::printf("  echo: %d clients x %llu bytes in %.3f s (%.2f Gbit/s each way), stall %lld ms (GUI thread busy %.0f "
                "ms of it; longest busy %.0f ms), %s\n",
        clientCount, static_cast<unsigned long long>(bytes), seconds, gbitPerSecond(total, seconds),
        static_cast<long long>(stall), meter.cpuInLongestGapMs(), meter.longestBusyMs(),
        ok ? "every byte echoed and counted" : "BYTES MISSING");
    if (!stopServer(tab))
        ok = false;
    report(Limit {
        "Server tab, 100 echo clients: longest GUI event-loop stall", "ms", static_cast<double>(stall), kMaxStallMs});
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    const bool smoke = smokeRun(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_server_tab_flood"));

    std::uint64_t bytes = smoke ? 16ull * 1024 * 1024 : 2 * kGiB;
    int echoClients = smoke ? 5 : 100;
    // For profiling a shorter run: --mib=N floods N MiB, --clients=N echoes to N clients.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--mib="))
            bytes = arg.mid(6).toULongLong() * 1024 * 1024;
        else if (arg.startsWith("--clients="))
            echoClients = arg.mid(10).toInt();
    }
    const std::uint64_t echoBytes = smoke ? 256 * 1024 : 8ull * 1024 * 1024;

    QSettings().clear(); // a first start: no window state of an earlier run (say, with the diagram shown)
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    // As a learner first sees it: the sequence diagram's dock stays closed unless --sequence.
    if (QCoreApplication::arguments().contains(QStringLiteral("--sequence")))
        window.sequenceDock()->show();
    gui::ServerTab* tab = window.serverTab();
    tests::waitWithoutSleeping([] { return false; }, 200); // laid out and painted once

    bool ok = true;
    double bestPlain = 1e9;
    double bestTab = 1e9;
    qint64 worstStall = 0;
    double worstGrowth = 0;
    for (int round = 0; round < (smoke ? 1 : kRounds); ++round) {
        // The plain loop on threads of its own while the GUI thread runs an empty event loop: the
        // stall this machine causes by itself (two busy threads, other processes), for comparison.
        double plain = 0;
        qint64 floorStall = 0;
        {
            GuiMeter meter;
            std::atomic<int> done {0};
            std::thread baseline([&] {
                plain = plainBulkSeconds(bytes, kBulkBufferSize);
                done = 1;
            });
            tests::waitWithoutSleeping([&] { return done.load() == 1; }, kWaitMs);
            baseline.join();
            floorStall = meter.longestGapMs();
        }
        std::printf("  plain loop: %.3f s; meanwhile an idle GUI event loop stalled up to %lld ms\n", plain,
            static_cast<long long>(floorStall));
        bestPlain = std::min(bestPlain, plain);
        const FloodRun run = floodOnce(tab, bytes);
        ok = ok && run.ok;
        bestTab = std::min(bestTab, run.seconds);
        worstStall = std::max(worstStall, run.longestGapMs);
        worstGrowth = std::max(worstGrowth, run.growthMB);
    }
    report(Comparison {"Server tab flood 2 GiB: tab (discard) vs plain send/recv loop", "Gbit/s",
        gbitPerSecond(bytes, bestTab), gbitPerSecond(bytes, bestPlain), kMinRatio, false, "plain loop"});
    report(Limit {
        "Server tab flood 2 GiB: longest GUI event-loop stall", "ms", static_cast<double>(worstStall), kMaxStallMs});
    report(Limit {"Server tab flood 2 GiB: resident memory growth", "MB", worstGrowth, kMaxGrowthMB});

    ok = echoScenario(tab, echoClients, echoBytes) && ok;
    if (!ok) {
        std::fprintf(stderr, "FAILED: bytes missing or not counted\n");
        return 1;
    }
    return exitCode();
}
