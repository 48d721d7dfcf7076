// Issue 8, item 7: getaddrinfo in the Lookup tab costs no more than the call itself plus one
// event-loop turn.
//
// In one process, interleaved, medians of many runs each:
// - the call: core::getAddressInfo for a local name (localhost, answered from /etc/hosts: never DNS),
//   called directly;
// - a turn: what a result needs to travel from a resolver thread to the GUI at best: a queued call
//   from the GUI thread to an already running worker thread and a queued call back (both hops through
//   the event loops, as the tab's lookup needs them);
// - the tab: LookupTab::lookup() with the same question until the answer's rows are in the tab's
//   results model (the table shows them at its next paint).
// Target: median(tab) <= median(call) + median(turn), measured in the same run.
#include "bench_report.h"
#include "plain_tcp.h"

#include "core/call_event.h"
#include "core/resolver.h"
#include "gui/lookup_tab.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLineEdit>
#include <QMetaObject>
#include <QTableView>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace socketlab;
using namespace socketlab::bench;

namespace {

constexpr int kRuns = 200;
constexpr int kSmokeRuns = 2;
constexpr double kWaitLimitMs = 10000; // one answer that never comes fails the benchmark
const char kHost[] = "localhost";
const char kService[] = "80";

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Turns the GUI thread's event loop until `done` or the limit; false when the limit came first.
template<typename Done>
bool spinUntil(Done done)
{
    Stopwatch clock;
    while (!done()) {
        if (clock.milliseconds() > kWaitLimitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::AllEvents, 50);
    }
    return true;
}

class CollectingSink final : public core::CallSink {
public:
    void onCall(const core::CallEvent& event) override { calls.push_back(event); }
    std::vector<core::CallEvent> calls;
};

double timeCall(bool& ok)
{
    core::LookupQuery query;
    query.host = kHost;
    query.service = kService;
    CollectingSink sink; // the tab's worker collects the calls for the trace too
    core::CallRecorder recorder(&sink);
    Stopwatch clock;
    const core::Result<std::vector<core::AddressInfo>> entries = core::getAddressInfo(query, recorder);
    const double ms = clock.milliseconds();
    ok = ok && entries && !entries->empty();
    return ms;
}

double timeTurn(QObject& remote, bool& ok)
{
    bool back = false;
    QObject local;
    Stopwatch clock;
    QMetaObject::invokeMethod(
        &remote,
        [&local, &back] {
            QMetaObject::invokeMethod(
                &local, [&back] { back = true; }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    ok = spinUntil([&back] { return back; }) && ok;
    return clock.milliseconds();
}

// What a thread per lookup would add: from asking for a new thread to its first instruction.
double timeThreadStart()
{
    const auto asked = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point running;
    std::thread thread([&running] { running = std::chrono::steady_clock::now(); });
    thread.join();
    return std::chrono::duration<double, std::milli>(running - asked).count();
}

double timeTab(gui::LookupTab& tab, const QAbstractItemModel& model, bool& ok)
{
    // The end: the answer's rows are in the model (its reset signal, when it has rows).
    double shownMs = -1;
    Stopwatch clock;
    const QMetaObject::Connection connection = QObject::connect(&model, &QAbstractItemModel::modelReset, [&] {
        if (model.rowCount() > 0 && shownMs < 0)
            shownMs = clock.milliseconds();
    });
    clock.restart();
    if (!tab.lookup()) {
        ok = false;
        QObject::disconnect(connection);
        return 0;
    }
    ok = spinUntil([&tab] { return !tab.isLookingUp(); }) && shownMs >= 0 && ok;
    QObject::disconnect(connection);
    return shownMs;
}

} // namespace

int main(int argc, char** argv)
{
    const bool smoke = smokeRun(argc, argv);
    const int runs = smoke ? kSmokeRuns : kRuns;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    gui::LookupTab tab;
    tab.resize(1000, 600);
    tab.show();
    tab.setHost(QString::fromLatin1(kHost));
    tab.setService(QString::fromLatin1(kService));
    const QAbstractItemModel* model = tab.findChild<QTableView*>(QStringLiteral("resultsView"))->model();
    // The tab asks gethostname() when built: let that answer arrive before timing.
    const QLineEdit* hostName = tab.findChild<QLineEdit*>(QStringLiteral("hostNameEdit"));
    spinUntil([hostName] { return !hostName->text().isEmpty(); });

    QThread remoteThread;
    QObject remote;
    remote.moveToThread(&remoteThread);
    remoteThread.start();

    bool ok = true;
    std::vector<double> callMs;
    std::vector<double> turnMs;
    std::vector<double> tabMs;
    std::vector<double> threadStartMs;
    // One of each untimed: the first getaddrinfo reads nsswitch.conf and /etc/hosts for the process.
    timeCall(ok);
    timeTurn(remote, ok);
    timeTab(tab, *model, ok);
    for (int run = 0; run < runs && ok; ++run) {
        callMs.push_back(timeCall(ok));
        turnMs.push_back(timeTurn(remote, ok));
        tabMs.push_back(timeTab(tab, *model, ok));
        threadStartMs.push_back(timeThreadStart());
    }
    remoteThread.quit();
    remoteThread.wait();
    if (!ok) {
        std::fprintf(stderr, "a lookup failed or never answered\n");
        return 1;
    }

    const double call = median(callMs);
    const double turn = median(turnMs);
    const double tabTime = median(tabMs);
    std::printf("getaddrinfo('%s', '%s'): call %.3f ms, turn (GUI -> worker -> GUI) %.3f ms, tab %.3f ms, "
                "a thread start %.3f ms (medians of %d)\n",
        kHost, kService, call, turn, tabTime, median(threadStartMs), runs);

    Limit lookup;
    lookup.figure = "Lookup tab getaddrinfo vs call + one event-loop turn (median)";
    lookup.unit = "ms";
    lookup.measured = tabTime;
    lookup.limit = call + turn;
    report(lookup);
    return exitCode();
}
