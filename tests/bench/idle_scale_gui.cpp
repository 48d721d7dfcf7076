// Scenario B of bench_idle_scale: MainWindow (offscreen), the Server tab in echo mode, the fleet's
// clients connecting and echoing while a 10 ms timer on the GUI thread measures the event loop.
#include "idle_scale_gui.h"

#include "gui_faults.h"
#include "plain_tcp.h"

#include "gui/client_list_model.h"
#include "gui/main_window.h"
#include "gui/server_tab.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <poll.h>

#include <cstdio>

#include <algorithm>
#include <functional>

namespace socketlab::bench {
namespace {

// Bound for anything the scenario waits for: reaching it means something failed, not that it was slow.
constexpr int kWaitMs = 180'000;
// The GUI settles this long before and after the clients, so that memory is measured at rest.
constexpr int kSettleMs = 500;

// This thread's time on a CPU and waiting for one (run queue), in ns, from /proc/thread-self/schedstat.
struct SchedTimes {
    double runNs = 0;
    double waitNs = 0;
};

SchedTimes schedTimes()
{
    SchedTimes times;
    if (FILE* file = std::fopen("/proc/thread-self/schedstat", "r")) {
        if (std::fscanf(file, "%lf %lf", &times.runNs, &times.waitNs) != 2)
            times = SchedTimes();
        std::fclose(file);
    }
    return times;
}

// The longest gap between the ticks of a 10 ms timer: how long the event loop was kept from
// running (anything past ~10 ms is time it spent elsewhere). For the longest gap it also keeps how
// much of it the GUI thread ran and how much it waited for a CPU (a loaded machine's share).
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gapMs = static_cast<double>(m_sinceTick.nsecsElapsed()) / 1e6;
            const SchedTimes now = schedTimes();
            if (gapMs > m_longestMs) {
                m_longestMs = gapMs;
                m_longestRunMs = (now.runNs - m_lastTimes.runNs) / 1e6;
                m_longestWaitMs = (now.waitNs - m_lastTimes.waitNs) / 1e6;
            }
            m_lastTimes = now;
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_longestMs = m_longestRunMs = m_longestWaitMs = 0;
        m_lastTimes = schedTimes();
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longestMs;
    }
    double longestRunMs() const { return m_longestRunMs; }
    double longestWaitMs() const { return m_longestWaitMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    SchedTimes m_lastTimes;
    double m_longestMs = 0;
    double m_longestRunMs = 0;
    double m_longestWaitMs = 0;
};

// Runs the event loop until done() (checked every millisecond; never sleeps on the GUI thread).
bool runUntil(const std::function<bool()>& done, int timeoutMs = kWaitMs)
{
    return tests::waitWithoutSleeping(done, timeoutMs);
}

void settle(int ms)
{
    QElapsedTimer since;
    since.start();
    runUntil([&] { return since.elapsed() >= ms; });
}

bool readable(int fd)
{
    pollfd entry {fd, POLLIN, 0};
    return ::poll(&entry, 1, 0) > 0;
}

quint64 sentTotal(const gui::ClientListModel& model)
{
    quint64 sent = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        sent += model.totalsAt(row).bytesSent;
    return sent;
}

double paintedMs(QTableView& view, const std::function<void()>& action)
{
    QElapsedTimer elapsed;
    elapsed.start();
    action();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    return static_cast<double>(elapsed.nsecsElapsed()) / 1e6;
}

} // namespace

GuiScaleFigures runServerTabScenario(ClientFleet& fleet, std::uint32_t clients, int backlog)
{
    GuiScaleFigures figures;
    gui::MainWindow window;
    window.resize(1280, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return figures;
    auto* tab = window.findChild<gui::ServerTab*>();
    auto* view = tab ? tab->findChild<QTableView*>(QStringLiteral("clientsView")) : nullptr;
    auto* model = view ? qobject_cast<gui::ClientListModel*>(view->model()) : nullptr;
    auto* mode = tab ? tab->findChild<QComboBox*>(QStringLiteral("replyModeCombo")) : nullptr;
    auto* backlogSpin = tab ? tab->findChild<QSpinBox*>(QStringLiteral("backlogSpin")) : nullptr;
    if (!model || !mode || !backlogSpin)
        return figures;

    tab->applyTutorialSettings();
    mode->setCurrentIndex(mode->findData(static_cast<int>(core::ReplyMode::Echo)));
    backlogSpin->setValue(backlog);
    tab->setPort(QStringLiteral("0"));
    quint16 port = 0;
    QObject::connect(tab, &gui::ServerTab::listening, [&](const QString&, quint16 bound) { port = bound; });
    if (!tab->start() || !runUntil([&] { return port != 0; }, 10'000))
        return figures;
    figures.listened = true;
    settle(kSettleMs);
    const std::uint64_t before = residentBytes();

    StallMeter stalls;
    Stopwatch shown;
    stalls.start();
    fleet.startConnect(port, clients);
    runUntil([&] { return readable(fleet.replyFd()); });
    figures.connected = fleet.waitReply();
    const std::uint32_t expected = figures.connected.done;
    runUntil([&] { return static_cast<std::uint32_t>(model->rowCount()) >= expected; });
    figures.rowsShownSeconds = shown.seconds();
    figures.rowsShown = static_cast<std::uint32_t>(model->rowCount());
    figures.connectStallMs = stalls.stop();
    figures.connectStallRunMs = stalls.longestRunMs();
    figures.connectStallWaitMs = stalls.longestWaitMs();

    stalls.start();
    fleet.startEcho();
    runUntil([&] { return readable(fleet.replyFd()); });
    figures.echoed = fleet.waitReply();
    // Until the list counts every echoed byte: the GUI has seen all of it.
    const quint64 echoedBytes = quint64(figures.echoed.done) * 8;
    runUntil([&] { return sentTotal(*model) >= echoedBytes; }, 30'000);
    figures.echoStallMs = stalls.stop();
    figures.echoStallRunMs = stalls.longestRunMs();
    figures.echoStallWaitMs = stalls.longestWaitMs();
    settle(kSettleMs);
    const std::uint64_t after = residentBytes();
    if (expected > 0)
        figures.bytesPerConnection = (static_cast<double>(after) - static_cast<double>(before)) / expected;

    // The list with every client in it: a click on a visible row, and scrolling.
    view->scrollToTop();
    QCoreApplication::processEvents();
    const int rowY = view->rowViewportPosition(2) + view->rowHeight(2) / 2;
    figures.clickSelectMs = paintedMs(*view, [&] {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(view->columnViewportPosition(1) + 5, rowY));
    });
    if (view->selectionModel()->selectedRows().value(0).row() != 2)
        figures.clickSelectMs = -1; // the click did not select the row
    QScrollBar* bar = view->verticalScrollBar();
    figures.scrollMs = std::max({paintedMs(*view, [&] { view->scrollToBottom(); }),
        paintedMs(*view, [&] { bar->setValue(bar->maximum() / 2); }), paintedMs(*view, [&] { view->scrollToTop(); })});

    fleet.startClose();
    runUntil([&] { return readable(fleet.replyFd()); });
    fleet.waitReply();
    runUntil([&] { return model->openCount() == 0; }, 30'000);
    tab->stop();
    runUntil([&] { return !tab->isRunning(); }, 10'000);
    return figures;
}

} // namespace socketlab::bench
