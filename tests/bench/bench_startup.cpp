// Issue 8, item 6: start-up, from process start to the main window shown, against a minimal Qt
// Widgets program (tests/bench/minimal_window.cpp: Qt's "Hello World", a QLabel with a short text)
// built by the same CMake: target <= 1.5x. The same program with --empty (an empty QMainWindow,
// which never starts fontconfig since it draws no text) is timed too and printed as information.
//
// Both programs report "shown" the same way (src/gui/shown_report.h): with SOCKETLAB_REPORT_SHOWN=1
// they print one line on stdout once their main window's first expose has been handled (the first
// frame is painted). Each run is timed from just before fork() to reading that line; the program is
// then killed. The runs are interleaved (minimal, SocketLab, minimal, ...) so that the machine's
// noise falls on both alike, and the medians are compared.
//
// Every run gets a fresh HOME / XDG_CONFIG_HOME, so no user's settings change the figure and no run
// writes them, in one of two states, each measured: empty (a first start: SocketLab then builds all
// its tabs to see whether the Learn panel fits beside them) and the settings a first session left
// when it was closed (every later start: only the tab on show is built before the first frame).
// The platform is QT_QPA_PLATFORM from the environment, offscreen when unset (as in CI).
#include "bench_report.h"
#include "plain_tcp.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace socketlab::bench;

namespace {

constexpr int kRuns = 15;
constexpr int kSmokeRuns = 2;
constexpr int kShownTimeoutMs = 60000; // a run that never shows its window fails the benchmark
constexpr double kMaxSlowdown = 1.5;
const char kShownLine[] = "SOCKETLAB_SHOWN";

std::string binDir()
{
    char path[PATH_MAX] = {};
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return ".";
    std::string exe(path, static_cast<std::size_t>(length));
    return exe.substr(0, exe.rfind('/'));
}

std::string makeTempDir(const std::string& pattern)
{
    std::string name = pattern + "XXXXXX";
    std::vector<char> buffer(name.begin(), name.end());
    buffer.push_back('\0');
    if (!mkdtemp(buffer.data())) {
        std::perror("mkdtemp");
        std::exit(2);
    }
    return buffer.data();
}

void removeTree(const std::string& dir)
{
    const std::string command = "rm -rf '" + dir + "'";
    if (std::system(command.c_str()) != 0)
        std::fprintf(stderr, "could not remove %s\n", dir.c_str());
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Starts `program` with a fresh home under `scratch` (a copy of `settings` when given) and returns
// the milliseconds from fork to its "shown" line, or a negative value when it never printed it.
// With `closeGracefully` the program is asked to close (SIGTERM: SocketLab saves its settings) and
// its home is kept in `keptHome`.
double timeToShown(const std::string& program, const std::string& scratch, const std::string& settings = {},
    bool closeGracefully = false, std::string* keptHome = nullptr, const char* argument = nullptr)
{
    const std::string home = makeTempDir(scratch + "/home-");
    const std::string config = home + "/.config";
    mkdir(config.c_str(), 0700);
    if (!settings.empty()) {
        const std::string copy = "cp -a '" + settings + "/.' '" + config + "/'";
        if (std::system(copy.c_str()) != 0)
            std::fprintf(stderr, "could not copy the settings\n");
    }

    int output[2];
    if (pipe2(output, O_CLOEXEC) != 0) {
        std::perror("pipe2");
        std::exit(2);
    }
    Stopwatch clock;
    const pid_t child = fork();
    if (child < 0) {
        std::perror("fork");
        std::exit(2);
    }
    if (child == 0) {
        dup2(output[1], STDOUT_FILENO);
        const int devNull = open("/dev/null", O_WRONLY);
        if (devNull >= 0)
            dup2(devNull, STDERR_FILENO); // Qt's warnings (no XDG_RUNTIME_DIR, ...) are not the figure
        setenv("HOME", home.c_str(), 1);
        setenv("XDG_CONFIG_HOME", config.c_str(), 1);
        setenv("SOCKETLAB_REPORT_SHOWN", "1", 1);
        execl(program.c_str(), program.c_str(), argument, static_cast<char*>(nullptr));
        _exit(127);
    }
    close(output[1]);

    double shownMs = -1;
    std::string received;
    char buffer[512];
    for (;;) {
        pollfd readable {output[0], POLLIN, 0};
        const int remaining = kShownTimeoutMs - static_cast<int>(clock.milliseconds());
        if (remaining <= 0 || poll(&readable, 1, remaining) <= 0)
            break;
        const ssize_t got = read(output[0], buffer, sizeof buffer);
        if (got <= 0)
            break; // exited without showing
        received.append(buffer, static_cast<std::size_t>(got));
        if (received.find(kShownLine) != std::string::npos) {
            shownMs = clock.milliseconds();
            break;
        }
    }
    // No close: nothing is saved, the next run starts from the same state.
    kill(child, closeGracefully ? SIGTERM : SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    close(output[0]);
    if (keptHome)
        *keptHome = config;
    else
        removeTree(home);
    return shownMs;
}

} // namespace

int main(int argc, char** argv)
{
    const bool smoke = smokeRun(argc, argv);
    const int runs = smoke ? kSmokeRuns : kRuns;
    const std::string dir = binDir();
    const std::string minimal = dir + "/minimal_window";
    const std::string socketlab = dir + "/socketlab";
    for (const std::string& program : {minimal, socketlab}) {
        if (access(program.c_str(), X_OK) != 0) {
            std::fprintf(stderr, "missing %s: build the `benchmarks` and `socketlab` targets\n", program.c_str());
            return 2;
        }
    }
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);

    // Shared by every run of both programs: caches (fontconfig, Mesa) stay warm alike.
    const std::string scratch = makeTempDir("/tmp/socketlab-bench-startup-");
    const std::string cache = scratch + "/cache";
    const std::string runtime = scratch + "/runtime";
    mkdir(cache.c_str(), 0700);
    mkdir(runtime.c_str(), 0700);
    setenv("XDG_CACHE_HOME", cache.c_str(), 1);
    setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
    std::printf("platform: %s, %d runs each, interleaved\n", std::getenv("QT_QPA_PLATFORM"), runs);

    bool allShown = true;
    // One untimed run each (the first start after a build pays for reading the binaries from disk);
    // SocketLab's is closed like a user would, and leaves the settings of every later start.
    std::string remembered;
    allShown = timeToShown(minimal, scratch) >= 0 && allShown;
    allShown = timeToShown(socketlab, scratch, {}, true, &remembered) >= 0 && allShown;

    std::vector<double> minimalMs;
    std::vector<double> emptyMs;
    std::vector<double> firstMs;
    std::vector<double> laterMs;
    for (int run = 0; run < runs; ++run) {
        const double baseline = timeToShown(minimal, scratch);
        const double first = timeToShown(socketlab, scratch);
        const double later = timeToShown(socketlab, scratch, remembered);
        const double empty = timeToShown(minimal, scratch, {}, false, nullptr, "--empty");
        if (empty >= 0)
            emptyMs.push_back(empty);
        allShown = allShown && baseline >= 0 && first >= 0 && later >= 0;
        if (baseline >= 0)
            minimalMs.push_back(baseline);
        if (first >= 0)
            firstMs.push_back(first);
        if (later >= 0)
            laterMs.push_back(later);
    }
    removeTree(scratch);
    if (!allShown || minimalMs.empty() || firstMs.empty() || laterMs.empty()) {
        std::fprintf(stderr, "a program never reported its window shown\n");
        return 1;
    }
    auto best = [](const std::vector<double>& values) { return *std::min_element(values.begin(), values.end()); };
    std::printf("minimal window: best %.1f ms, median %.1f ms; SocketLab first start: best %.1f ms, median %.1f ms; "
                "later start: best %.1f ms, median %.1f ms\n",
        best(minimalMs), median(minimalMs), best(firstMs), median(firstMs), best(laterMs), median(laterMs));
    // Information only, no target: an empty window that draws no text (no font start-up at all).
    if (!emptyMs.empty())
        std::printf("for information, an empty QMainWindow (no text drawn): best %.1f ms, median %.1f ms; "
                    "SocketLab later start / empty window = %.2fx\n",
            best(emptyMs), median(emptyMs), median(laterMs) / median(emptyMs));

    for (const auto& [name, times] : {std::pair<const char*, const std::vector<double>*>("later start", &laterMs),
             std::pair<const char*, const std::vector<double>*>("first start", &firstMs)}) {
        Comparison startup;
        startup.figure = std::string("Start-up to main window shown, ") + name + " (median)";
        startup.unit = "ms";
        startup.measured = median(*times);
        startup.baseline = median(minimalMs);
        startup.minRatio = 1.0 / kMaxSlowdown;
        startup.lowerIsBetter = true;
        startup.baselineName = "Qt Hello World (QLabel)";
        report(startup);
    }
    return exitCode();
}
