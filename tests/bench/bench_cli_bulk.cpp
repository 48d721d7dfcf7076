// Benchmark 1 (CLI part): `socketlab-cli client --stdin` into `socketlab-cli server --discard
// --count 1` against `socat -b 131072` (stdin -> TCP, TCP -> /dev/null) on the same data: 2 GiB
// written by this process into the client's stdin pipe. Wall time from starting the client to the
// server process exiting. Runs interleaved, best of each; the CLI server must count every byte.
#include "bench_report.h"
#include "plain_tcp.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

using namespace socketlab;

namespace {

constexpr const char* kSocat = "/usr/bin/socat";
constexpr int kPipeSize = 1024 * 1024; // the same stdin pipe for both

std::string binaryDirectory()
{
    std::vector<char> path(4096);
    const ssize_t length = ::readlink("/proc/self/exe", path.data(), path.size() - 1);
    std::string self(path.data(), length > 0 ? static_cast<std::size_t>(length) : 0);
    return self.substr(0, self.rfind('/'));
}

// A port that was free a moment ago (the system's pick for port 0).
std::uint16_t freePort()
{
    bench::PlainListener probe;
    return probe.port();
}

// Whether something listens on 127.0.0.1:port (from /proc/net/tcp; connecting to find out
// would use up the server's one connection).
bool listening(std::uint16_t port)
{
    std::ifstream table("/proc/net/tcp");
    std::string line;
    char wanted[16];
    std::snprintf(wanted, sizeof wanted, ":%04X", port);
    while (std::getline(table, line)) {
        std::istringstream fields(line);
        std::string slot, local, remote, state;
        fields >> slot >> local >> remote >> state;
        if (state == "0A" && local.size() > 5 && local.compare(local.size() - 5, 5, wanted) == 0)
            return true;
    }
    return false;
}

bool waitListening(std::uint16_t port)
{
    for (int i = 0; i < 5000; ++i) {
        if (listening(port))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    std::fprintf(stderr, "nothing listens on port %u\n", port);
    return false;
}

// Starts argv with stdin from `input` (or /dev/null) and stdout into `output` (or /dev/null).
pid_t spawn(const std::vector<std::string>& args, int input, int output)
{
    std::vector<char*> argv;
    for (const std::string& arg : args)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (input >= 0)
        posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    if (output >= 0)
        posix_spawn_file_actions_adddup2(&actions, output, STDOUT_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", argv[0]);
        pid = -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

bool exitedCleanly(pid_t pid)
{
    int status = 0;
    return pid > 0 && ::waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// Writes `bytes` of a pattern into fd (a pipe), then closes it.
bool feed(int fd, std::uint64_t bytes)
{
    std::vector<char> block(kPipeSize);
    for (std::size_t i = 0; i < block.size(); ++i)
        block[i] = static_cast<char>('a' + i % 26);
    std::uint64_t written = 0;
    while (written < bytes) {
        const std::size_t piece = static_cast<std::size_t>(std::min<std::uint64_t>(block.size(), bytes - written));
        const ssize_t n = ::write(fd, block.data(), piece);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += static_cast<std::uint64_t>(n);
    }
    ::close(fd);
    return written == bytes;
}

struct Run {
    double seconds = 0;
    bool ok = false;
};

// Starts the server (not timed), then times client start + feeding + the server's exit.
Run timedTransfer(const std::vector<std::string>& server, const std::vector<std::string>& client, std::uint16_t port,
    std::uint64_t bytes, int serverOutput)
{
    Run run;
    const pid_t serverPid = spawn(server, -1, serverOutput);
    if (serverPid < 0 || !waitListening(port)) {
        if (serverPid > 0) {
            ::kill(serverPid, SIGTERM);
            ::waitpid(serverPid, nullptr, 0);
        }
        return run;
    }
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        return run;
    ::fcntl(pipeFds[1], F_SETPIPE_SZ, kPipeSize);
    const bench::Stopwatch clock;
    const pid_t clientPid = spawn(client, pipeFds[0], -1);
    ::close(pipeFds[0]);
    const bool fed = feed(pipeFds[1], bytes);
    const bool serverOk = exitedCleanly(serverPid);
    run.seconds = clock.seconds();
    const bool clientOk = exitedCleanly(clientPid);
    run.ok = fed && serverOk && clientOk;
    if (!run.ok)
        std::fprintf(stderr, "%s: fed %d, server ok %d, client ok %d\n", client[0].c_str(), fed, serverOk, clientOk);
    return run;
}

// The byte total that `server --discard` printed ("... closed: N bytes received").
std::uint64_t printedTotal(int fd)
{
    std::string text;
    char chunk[4096];
    ::lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd, chunk, sizeof chunk)) > 0;)
        text.append(chunk, static_cast<std::size_t>(n));
    const std::size_t at = text.find("closed: ");
    return at == std::string::npos ? 0 : std::strtoull(text.c_str() + at + 8, nullptr, 10);
}

Run cliRun(const std::string& cli, std::uint64_t bytes)
{
    const std::uint16_t port = freePort();
    const std::string portText = std::to_string(port);
    char name[] = "/tmp/bench_cli_bulk.XXXXXX";
    const int output = ::mkstemp(name);
    ::unlink(name);
    Run run = timedTransfer({cli, "server", "--discard", "--count", "1", "--reuseaddr", "--port", portText},
        {cli, "client", "--stdin", "--port", portText}, port, bytes, output);
    const std::uint64_t total = printedTotal(output);
    ::close(output);
    if (total != bytes) {
        std::fprintf(stderr, "socketlab-cli server counted %llu of %llu bytes\n",
            static_cast<unsigned long long>(total), static_cast<unsigned long long>(bytes));
        run.ok = false;
    }
    return run;
}

Run socatRun(std::uint64_t bytes)
{
    const std::uint16_t port = freePort();
    const std::string portText = std::to_string(port);
    return timedTransfer(
        {kSocat, "-b", "131072", "-u", "TCP-LISTEN:" + portText + ",reuseaddr,bind=127.0.0.1", "/dev/null"},
        {kSocat, "-b", "131072", "-u", "-", "TCP:127.0.0.1:" + portText}, port, bytes, -1);
}

} // namespace

int main(int argc, char** argv)
{
    const bool smoke = bench::smokeRun(argc, argv);
    std::signal(SIGPIPE, SIG_IGN); // a client that died must fail the run, not kill it
    const std::uint64_t bytes = smoke ? 4 * 1024 * 1024 : 2 * bench::kGiB;
    const int rounds = smoke ? 1 : 3;
    ::setenv("LC_ALL", "C", 1); // the server's byte total in English, whatever the machine's locale
    ::setenv("LANGUAGE", "C", 1);
    const std::string cli = binaryDirectory() + "/socketlab-cli";
    if (::access(cli.c_str(), X_OK) != 0) {
        std::fprintf(stderr, "%s not found: build the socketlab-cli target\n", cli.c_str());
        return 1;
    }
    const bool haveSocat = ::access(kSocat, X_OK) == 0;
    if (!haveSocat)
        std::printf("socat not found at %s: the CLI-vs-socat figure is not measured\n", kSocat);

    double bestCli = 1e9;
    double bestSocat = 1e9;
    bool complete = true;
    for (int round = 0; round < rounds; ++round) {
        if (haveSocat) {
            const Run socat = socatRun(bytes);
            complete = complete && socat.ok;
            bestSocat = std::min(bestSocat, socat.seconds);
        }
        const Run ours = cliRun(cli, bytes);
        complete = complete && ours.ok;
        bestCli = std::min(bestCli, ours.seconds);
    }
    if (haveSocat) {
        bench::report(bench::Comparison {smoke
                ? "TCP bulk 4 MiB: socketlab-cli client --stdin | server --discard vs socat -b 131072"
                : "TCP bulk 2 GiB: socketlab-cli client --stdin | server --discard vs socat -b 131072",
            "Gbit/s", bench::gbitPerSecond(bytes, bestCli), bench::gbitPerSecond(bytes, bestSocat), 1.0, false,
            "socat"});
    }
    if (!complete)
        return 1; // a lost byte or a failed process fails even a smoke run
    return bench::exitCode();
}
