// bench_udp: issue 8 item 5. A paced plain sendto() sender (a forked child, so that it competes
// with the receiver only as another process would, never inside its threads) sends 100,000
// datagrams/s of 64 and of 1400 bytes to 127.0.0.1. Three receivers, interleaved round by round
// (best of each kept):
//   plain   - a blocking recvfrom() loop with the session's SO_RCVBUF (the baseline);
//   session - core::UdpEndpoint with a listener that counts its datagrams (as the CLI runs it);
//   tab     - the UDP tab of the main window (QApplication, offscreen), its datagram counter.
// Only the kernel may drop: its drops are read per socket from /proc/net/udp, and every receiver
// must have received exactly sent - dropped (any loss inside SocketLab fails, also in --smoke).
// The tab's run also measures the longest gap of a 10 ms timer on the GUI thread, and how much of
// that gap the GUI thread itself ran (little: it waited for a core on a busy machine).
// Figures compare counts received out of the same count sent (the sender's pace varies with the
// load); each line also shows the receiver's process CPU per datagram, the better efficiency gauge.
// For profiling: --only plain|session|tab, --size <bytes>; SOCKETLAB_BENCH_GAPS=1 lists every GUI
// gap over 50 ms, SOCKETLAB_BENCH_PAINTS=1 counts paint events per widget during the tab's run.
#include "bench_report.h"
#include "plain_tcp.h"

#include "core/udp_endpoint.h"
#include "gui/datagram_model.h"
#include "gui/main_window.h"
#include "gui/udp_endpoint_panel.h"
#include "gui/udp_tab.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace socketlab;
using bench::Comparison;
using bench::Limit;

namespace {

constexpr int kRate = 100000; // datagrams per second
constexpr double kSeconds = 3.0;
constexpr int kRounds = 2;
constexpr int kSmokeDatagrams = 2000;
constexpr int kSmokeRate = 20000;
// After the sender has finished: how long the receiver may take to drain its queue.
constexpr int kDrainTimeoutMs = 5000;
constexpr int kGuiTimerMs = 10;
constexpr double kMaxGuiGapMs = 50;

bool g_lostInApp = false; // fails the run even in --smoke

// --- the sender: a child process driven over two pipes ------------------------------------------

struct SendCommand {
    std::uint16_t port = 0; // 0: exit
    std::uint32_t size = 0;
    std::uint64_t count = 0;
    std::uint32_t rate = 0;
};

struct SendReport {
    std::uint64_t sent = 0;
    double seconds = 0;
};

double monotonicSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Datagram i is due at start + i / rate: sends what is due, then sleeps ~100 µs, so the pace holds
// on average without spinning a core.
SendReport paceDatagrams(const SendCommand& command)
{
    SendReport report;
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(command.port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<char> payload(command.size);
    for (std::size_t i = 0; i < payload.size(); ++i)
        payload[i] = static_cast<char>('a' + i % 26);
    const double start = monotonicSeconds();
    std::uint64_t done = 0;
    while (done < command.count) {
        const double elapsed = monotonicSeconds() - start;
        const auto due = std::min<std::uint64_t>(command.count, static_cast<std::uint64_t>(elapsed * command.rate) + 1);
        for (; done < due; ++done) {
            const ssize_t sent
                = ::sendto(fd, payload.data(), payload.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
            if (sent == static_cast<ssize_t>(payload.size()))
                ++report.sent;
        }
        if (done < command.count) {
            const timespec pause {0, 100 * 1000};
            nanosleep(&pause, nullptr);
        }
    }
    report.seconds = monotonicSeconds() - start;
    ::close(fd);
    return report;
}

class Sender {
public:
    // Forks the child: call before any thread exists (QApplication, sessions).
    Sender()
    {
        int commands[2];
        int reports[2];
        if (::pipe(commands) != 0 || ::pipe(reports) != 0) {
            std::perror("pipe");
            std::exit(2);
        }
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(commands[1]);
            ::close(reports[0]);
            SendCommand command;
            while (::read(commands[0], &command, sizeof command) == static_cast<ssize_t>(sizeof command)
                && command.port != 0) {
                const SendReport report = paceDatagrams(command);
                if (::write(reports[1], &report, sizeof report) != static_cast<ssize_t>(sizeof report))
                    break;
            }
            ::_exit(0);
        }
        ::close(commands[0]);
        ::close(reports[1]);
        m_commandFd = commands[1];
        m_reportFd = reports[0];
    }
    ~Sender()
    {
        const SendCommand quit;
        if (::write(m_commandFd, &quit, sizeof quit) < 0)
            std::perror("write");
        ::close(m_commandFd);
        ::close(m_reportFd);
        ::waitpid(m_pid, nullptr, 0);
    }
    Sender(const Sender&) = delete;
    Sender& operator=(const Sender&) = delete;

    void start(std::uint16_t port, std::uint32_t size, std::uint64_t count, std::uint32_t rate)
    {
        const SendCommand command {port, size, count, rate};
        if (::write(m_commandFd, &command, sizeof command) != static_cast<ssize_t>(sizeof command)) {
            std::perror("write");
            std::exit(2);
        }
    }
    // Whether the report is there, waiting at most timeoutMs.
    bool finished(int timeoutMs, SendReport& report)
    {
        pollfd ready {m_reportFd, POLLIN, 0};
        if (::poll(&ready, 1, timeoutMs) <= 0)
            return false;
        return ::read(m_reportFd, &report, sizeof report) == static_cast<ssize_t>(sizeof report);
    }
    int reportFd() const { return m_reportFd; }

private:
    pid_t m_pid = -1;
    int m_commandFd = -1;
    int m_reportFd = -1;
};

// --- what the kernel says about a socket --------------------------------------------------------

struct KernelView {
    bool found = false;
    std::uint64_t drops = 0; // datagrams the kernel dropped for this socket (receive buffer full)
    std::uint64_t queued = 0; // bytes waiting in its receive queue
    unsigned long inode = 0;
};

// The 127.0.0.1:port line of /proc/net/udp.
KernelView kernelView(std::uint16_t port)
{
    KernelView view;
    std::ifstream table("/proc/net/udp");
    std::string line;
    char wanted[32];
    std::snprintf(wanted, sizeof wanted, "0100007F:%04X", port);
    std::getline(table, line); // header
    while (std::getline(table, line)) {
        std::istringstream fields(line);
        std::string slot, local, remote, state, queues, timer, retransmits, uid, timeout, ref, pointer;
        unsigned long inode = 0;
        std::uint64_t drops = 0;
        fields >> slot >> local >> remote >> state >> queues >> timer >> retransmits >> uid >> timeout >> inode >> ref
            >> pointer >> drops;
        if (local != wanted)
            continue;
        view.found = true;
        view.drops = drops;
        view.inode = inode;
        const std::size_t colon = queues.find(':');
        if (colon != std::string::npos)
            view.queued = std::stoull(queues.substr(colon + 1), nullptr, 16);
        break;
    }
    return view;
}

// SO_RCVBUF of this process's socket with that inode (the session's own socket), 0 if not found.
int receiveBufferOfInode(unsigned long inode)
{
    DIR* fds = ::opendir("/proc/self/fd");
    if (!fds)
        return 0;
    int size = 0;
    while (dirent* entry = ::readdir(fds)) {
        const int fd = std::atoi(entry->d_name);
        struct stat info { };
        if (fd <= 2 || ::fstat(fd, &info) != 0 || !S_ISSOCK(info.st_mode) || info.st_ino != inode)
            continue;
        socklen_t length = sizeof size;
        ::getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, &length);
        break;
    }
    ::closedir(fds);
    return size;
}

double processCpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// --- one run ------------------------------------------------------------------------------------

enum class Receiver { Plain, Session, Tab };

const char* receiverName(Receiver receiver)
{
    switch (receiver) {
    case Receiver::Plain: return "plain recvfrom";
    case Receiver::Session: return "UdpEndpoint session";
    case Receiver::Tab: return "UDP tab";
    }
    return "";
}

struct RunResult {
    std::uint64_t sent = 0;
    std::uint64_t dropped = 0; // by the kernel
    std::uint64_t received = 0; // by the receiver
    double sendSeconds = 0;
    double cpuSeconds = 0; // receiver's process CPU during the run (the sender is another process)
    double longestGapMs = 0; // tab only
    double guiCpuShare = 0; // tab only: the GUI thread's CPU time / wall time during the run
    // tab only: what the GUI thread itself ran during its longest gap (far less than the gap:
    // it waited for a core, the machine is busy; close to it: our own work stalled it)
    double guiCpuInLongestGapMs = 0;
    int receiveBuffer = 0;
    bool complete() const { return received == sent - dropped; }
    double rate() const { return sendSeconds > 0 ? static_cast<double>(received) / sendSeconds : 0; }
};

struct Plan {
    std::uint32_t size = 0;
    std::uint64_t count = 0;
    std::uint32_t rate = 0;
};

// Waits until the receiver has every datagram the kernel did not drop (or the drain time is up).
// `pump` runs between checks (the GUI's event loop, or a short sleep).
void awaitDelivery(std::uint16_t port, RunResult& result, const std::function<std::uint64_t()>& received,
    const std::function<void(int)>& pump)
{
    const bench::Stopwatch drain;
    while (drain.milliseconds() < kDrainTimeoutMs) {
        const KernelView view = kernelView(port);
        result.dropped = view.drops;
        result.received = received();
        if (result.received + result.dropped >= result.sent && view.queued == 0)
            break;
        pump(5);
    }
    result.received = received();
}

RunResult runPlain(Sender& sender, const Plan& plan)
{
    RunResult result;
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    const int wanted = core::kUdpReceiveBuffer;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &wanted, sizeof wanted);
    socklen_t length = sizeof result.receiveBuffer;
    ::getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &result.receiveBuffer, &length);
    timeval tick {0, 20 * 1000}; // to look at the stop flag while idle
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tick, sizeof tick);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    const std::uint16_t port = ntohs(address.sin_port);

    std::atomic<bool> stop {false};
    std::atomic<std::uint64_t> count {0};
    std::thread receiver([&] {
        std::vector<char> buffer(core::kUdpRecvSize);
        std::uint64_t local = 0;
        while (!stop.load(std::memory_order_relaxed)) {
            sockaddr_storage from {};
            socklen_t fromLength = sizeof from;
            const ssize_t got
                = ::recvfrom(fd, buffer.data(), buffer.size(), 0, reinterpret_cast<sockaddr*>(&from), &fromLength);
            if (got >= 0)
                count.store(++local, std::memory_order_relaxed);
        }
    });
    const double cpu = processCpuSeconds();
    sender.start(port, plan.size, plan.count, plan.rate);
    SendReport report;
    while (!sender.finished(100, report)) { }
    result.sent = report.sent;
    result.sendSeconds = report.seconds;
    awaitDelivery(
        port, result, [&] { return count.load(); },
        [](int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); });
    result.cpuSeconds = processCpuSeconds() - cpu;
    stop = true;
    receiver.join();
    ::close(fd);
    return result;
}

// Counts datagrams and ignores calls, as a program that only wants the data would: with
// keepsNextCall() false the session does not build the recvfrom() events at all.
class CountingListener final : public core::SessionListener {
public:
    bool keepsNextCall() const override { return false; }
    void onReady(const core::Endpoint& local) override { port.store(local.port()); }
    void onDatagram(const core::Endpoint&, const char*, std::size_t) override
    {
        datagrams.store(datagrams.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    }
    void onProblem(const core::Error& error) override
    {
        std::fprintf(stderr, "problem: %s\n", error.toString().c_str());
    }

    std::atomic<std::uint16_t> port {0};
    std::atomic<std::uint64_t> datagrams {0};
};

RunResult runSession(Sender& sender, const Plan& plan)
{
    RunResult result;
    CountingListener listener;
    core::UdpOptions options;
    options.host = "127.0.0.1";
    options.port = "0";
    core::UdpEndpoint session(options, listener);
    std::thread thread([&] {
        core::Result<void> ran = session.run();
        if (!ran)
            std::fprintf(stderr, "session: %s\n", ran.error().toString().c_str());
    });
    while (listener.port.load() == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const std::uint16_t port = listener.port.load();
    result.receiveBuffer = receiveBufferOfInode(kernelView(port).inode);

    const double cpu = processCpuSeconds();
    sender.start(port, plan.size, plan.count, plan.rate);
    SendReport report;
    while (!sender.finished(100, report)) { }
    result.sent = report.sent;
    result.sendSeconds = report.seconds;
    awaitDelivery(
        port, result, [&] { return listener.datagrams.load(); },
        [](int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); });
    result.cpuSeconds = processCpuSeconds() - cpu;
    session.stop();
    thread.join();
    return result;
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// With SOCKETLAB_BENCH_PAINTS set: which widgets repaint how often (to see what a batch costs).
class PaintCounter : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            const QString name = QString::fromLatin1(watched->metaObject()->className()) + QLatin1Char(' ')
                + watched->objectName() + QLatin1Char('<')
                + (watched->parent() ? watched->parent()->objectName() : QString());
            ++counts[name.toStdString()];
        }
        return false;
    }
    void print() const
    {
        std::vector<std::pair<int, std::string>> sorted;
        for (const auto& [name, count] : counts)
            sorted.emplace_back(count, name);
        std::sort(sorted.rbegin(), sorted.rend());
        for (std::size_t i = 0; i < sorted.size() && i < 25; ++i)
            std::printf("    %6d paints  %s\n", sorted[i].first, sorted[i].second.c_str());
    }
    std::map<std::string, int> counts;
};

// Runs the GUI's event loop for about `ms` milliseconds.
void pumpEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

RunResult runTab(gui::MainWindow& window, Sender& sender, const Plan& plan)
{
    RunResult result;
    gui::UdpEndpointPanel* panel = window.udpTab()->endpointA();
    panel->stop();
    const bench::Stopwatch waitStopped;
    while (panel->isRunning() && waitStopped.seconds() < 5)
        pumpEvents(10);
    panel->setBindAddress(QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    if (!panel->start()) {
        std::fprintf(stderr, "the UDP tab refused to start\n");
        return result;
    }
    const bench::Stopwatch waitBound;
    while (panel->boundPort() == 0 && waitBound.seconds() < 5)
        pumpEvents(5);
    const std::uint16_t port = panel->boundPort();
    result.receiveBuffer = receiveBufferOfInode(kernelView(port).inode);
    const gui::DatagramModel* model = panel->datagrams();
    const std::uint64_t before = model->datagramsReceived(); // 0: start() begins a new run

    // The GUI thread's responsiveness: the longest time between two ticks of a 10 ms timer.
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kGuiTimerMs);
    bench::Stopwatch sinceTick;
    double longestGap = 0;
    // With SOCKETLAB_BENCH_GAPS set: every gap over the limit, with the GUI thread's own CPU time
    // in it (busy in our code, or waiting for a core).
    const bool showGaps = qEnvironmentVariableIsSet("SOCKETLAB_BENCH_GAPS");
    const bench::Stopwatch sinceStart;
    double threadCpuAtTick = threadCpuMs();
    double cpuInLongestGap = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double gap = sinceTick.milliseconds();
        const double cpu = threadCpuMs();
        if (showGaps && gap > kMaxGuiGapMs)
            std::printf("    gap %.1f ms at %.2f s, GUI thread CPU in it %.1f ms\n", gap, sinceStart.seconds(),
                cpu - threadCpuAtTick);
        if (gap > longestGap)
            cpuInLongestGap = cpu - threadCpuAtTick;
        threadCpuAtTick = cpu;
        longestGap = std::max(longestGap, gap);
        sinceTick.restart();
    });

    PaintCounter paints;
    if (qEnvironmentVariableIsSet("SOCKETLAB_BENCH_PAINTS"))
        qApp->installEventFilter(&paints);
    const double cpu = processCpuSeconds();
    const double guiCpuAtStart = threadCpuMs();
    const bench::Stopwatch wall;
    sender.start(port, plan.size, plan.count, plan.rate);
    sinceTick.restart();
    ticker.start();
    SendReport report;
    while (!sender.finished(0, report))
        pumpEvents(5);
    result.sent = report.sent;
    result.sendSeconds = report.seconds;
    awaitDelivery(
        port, result, [&] { return model->datagramsReceived() - before; }, pumpEvents);
    pumpEvents(3 * kGuiTimerMs); // a flush interval more, so a late batch would show up
    result.received = model->datagramsReceived() - before;
    ticker.stop();
    result.cpuSeconds = processCpuSeconds() - cpu;
    result.longestGapMs = longestGap;
    result.guiCpuInLongestGapMs = cpuInLongestGap;
    result.guiCpuShare = (threadCpuMs() - guiCpuAtStart) / wall.milliseconds();
    qApp->removeEventFilter(&paints);
    paints.print();
    panel->stop();
    const bench::Stopwatch waitEnd;
    while (panel->isRunning() && waitEnd.seconds() < 5)
        pumpEvents(10);
    return result;
}

void describe(Receiver receiver, const Plan& plan, const RunResult& result)
{
    std::printf("  %-20s %4u B: sent %llu in %.2f s, kernel dropped %llu, received %llu (%.0f/s), CPU %.2f us/datagram"
                ", SO_RCVBUF %d",
        receiverName(receiver), plan.size, static_cast<unsigned long long>(result.sent), result.sendSeconds,
        static_cast<unsigned long long>(result.dropped), static_cast<unsigned long long>(result.received),
        result.rate(), result.received > 0 ? result.cpuSeconds * 1e6 / static_cast<double>(result.received) : 0.0,
        result.receiveBuffer);
    if (receiver == Receiver::Tab)
        std::printf(", longest GUI gap %.1f ms (GUI thread ran %.1f ms of it), GUI thread busy %.0f%%",
            result.longestGapMs, result.guiCpuInLongestGapMs, result.guiCpuShare * 100);
    std::printf("%s\n", result.complete() ? "" : "  <-- LOST INSIDE THE APP");
    std::fflush(stdout);
    if (!result.complete() || result.sent == 0)
        g_lostInApp = true;
}

} // namespace

int main(int argc, char** argv)
{
    const bool smoke = bench::smokeRun(argc, argv);
    // For profiling one receiver at one size: --only plain|session|tab, --size <bytes>.
    std::string only;
    std::uint32_t onlySize = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--only") == 0)
            only = argv[i + 1];
        else if (std::strcmp(argv[i], "--size") == 0)
            onlySize = static_cast<std::uint32_t>(std::atoi(argv[i + 1]));
    }
    Sender sender; // forked before any thread exists

    QStandardPaths::setTestModeEnabled(true); // settings of a test location, not the user's
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_udp"));
    gui::MainWindow window;
    window.findChild<QTabWidget*>()->setCurrentWidget(window.udpTab());
    window.resize(1280, 800);
    window.show();
    pumpEvents(50);

    std::printf("rmem_max %s",
        [] {
            std::ifstream max("/proc/sys/net/core/rmem_max");
            std::string text;
            std::getline(max, text);
            return text;
        }()
            .c_str());
    std::printf(" bytes; SO_RCVBUF asked %d (the kernel reports double what it grants for its bookkeeping)\n",
        core::kUdpReceiveBuffer);

    const std::vector<std::uint32_t> sizes
        = onlySize != 0 ? std::vector<std::uint32_t> {onlySize} : std::vector<std::uint32_t> {64, 1400};
    const int rounds = smoke ? 1 : kRounds;
    for (const std::uint32_t size : sizes) {
        Plan plan;
        plan.size = size;
        plan.rate = smoke ? kSmokeRate : kRate;
        plan.count = smoke ? kSmokeDatagrams : static_cast<std::uint64_t>(kRate * kSeconds);
        RunResult best[3];
        double bestGapMs = 1e9; // the tab's longest GUI gap, in its best round
        for (int round = 0; round < rounds; ++round) {
            for (const Receiver receiver : {Receiver::Plain, Receiver::Session, Receiver::Tab}) {
                static const char* const kOnlyNames[] = {"plain", "session", "tab"};
                if (!only.empty() && only != kOnlyNames[static_cast<int>(receiver)])
                    continue;
                RunResult result;
                switch (receiver) {
                case Receiver::Plain: result = runPlain(sender, plan); break;
                case Receiver::Session: result = runSession(sender, plan); break;
                case Receiver::Tab: result = runTab(window, sender, plan); break;
                }
                describe(receiver, plan, result);
                RunResult& kept = best[static_cast<int>(receiver)];
                if (result.received > kept.received)
                    kept = result;
                if (receiver == Receiver::Tab)
                    bestGapMs = std::min(bestGapMs, result.longestGapMs);
            }
        }
        // Out of the same count sent: the sender's pace varies with the machine's load, the count
        // each receiver got of it (what the kernel did not drop) is what compares receivers.
        const std::string prefix = "UDP " + std::to_string(size) + " B, " + std::to_string(plan.count) + " at "
            + std::to_string(plan.rate / 1000) + "k/s: ";
        const auto received = [](const RunResult& result) { return static_cast<double>(result.received); };
        bench::report(Comparison {prefix + "received by session vs plain recvfrom", "datagrams", received(best[1]),
            received(best[0]), 0.8, false, "plain recvfrom"});
        bench::report(Comparison {prefix + "received by UDP tab vs plain recvfrom", "datagrams", received(best[2]),
            received(best[0]), 0.8, false, "plain recvfrom"});
        bench::report(Limit {prefix + "UDP tab longest GUI event-loop stall", "ms", bestGapMs, kMaxGuiGapMs});
    }
    if (g_lostInApp) {
        std::printf("FAILED: a receiver lost datagrams the kernel had delivered (see the lines marked above)\n");
        return 1;
    }
    return bench::exitCode();
}
