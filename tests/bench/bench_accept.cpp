// Benchmark 3: accept rate. A client thread makes 20,000 connections in a row (connect, then
// close with SO_LINGER 0, so no side keeps TIME_WAIT and the ephemeral ports last for every
// round) against core::TcpServer in discard mode, and against a plain C loop of accept() and
// close(). Runs interleaved, best of each; every connection must be accepted.
#include "bench_report.h"
#include "plain_tcp.h"

#include "core/tcp_server.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace socketlab;

namespace {

// The same for both servers, and deep enough that a server descheduled for a moment on this
// shared machine does not overflow the accept queue (a dropped SYN costs the client a 1 s retry).
constexpr int kBacklog = 1024;

// connect() + close() `count` times; a reset instead of FIN keeps TIME_WAIT out of the way.
int connectAndClose(std::uint16_t port, int count)
{
    int made = 0;
    for (int i = 0; i < count; ++i) {
        const int fd = bench::plainConnect(port);
        if (fd < 0)
            break;
        const linger reset {1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::close(fd);
        ++made;
    }
    return made;
}

double plainAcceptSeconds(int count, int& accepted)
{
    bench::PlainListener listener(kBacklog);
    accepted = 0;
    const bench::Stopwatch clock;
    std::thread client([&] { connectAndClose(listener.port(), count); });
    while (accepted < count) {
        const int fd = ::accept(listener.fd(), nullptr, nullptr);
        if (fd < 0) {
            std::perror("accept");
            break;
        }
        ::close(fd);
        ++accepted;
    }
    const double seconds = clock.seconds();
    client.join();
    return seconds;
}

class AcceptCounter : public core::SessionListener {
public:
    bool wantsCalls() const override { return false; }
    void onReady(const core::Endpoint& local) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_port = local.port();
        m_ready.notify_all();
    }
    void onConnectionOpened(core::ConnectionId, const core::Endpoint&) override { ++m_opened; }

    std::uint16_t waitForPort()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return m_port != 0; });
        return m_port;
    }
    int opened() const { return m_opened; }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::uint16_t m_port = 0;
    int m_opened = 0; // server thread only until joined
};

double coreAcceptSeconds(int count, int& accepted)
{
    AcceptCounter listener;
    core::TcpServerOptions options;
    options.port = "0";
    options.backlog = kBacklog;
    options.mode = core::ReplyMode::Discard;
    options.stopAfterConnections = static_cast<std::uint64_t>(count);
    core::TcpServer server(options, listener);
    std::thread serverThread([&] { server.run(); });
    const std::uint16_t port = listener.waitForPort();
    const bench::Stopwatch clock;
    std::thread client([&] { connectAndClose(port, count); });
    client.join();
    // The server ends by itself after `count` connections; should one go missing, a watchdog
    // stops it so that the run reports the loss instead of hanging.
    std::mutex mutex;
    std::condition_variable ended;
    bool serverEnded = false;
    std::thread watchdog([&] {
        std::unique_lock<std::mutex> lock(mutex);
        if (!ended.wait_for(lock, std::chrono::seconds(30), [&] { return serverEnded; }))
            server.stop();
    });
    serverThread.join();
    const double seconds = clock.seconds();
    {
        std::lock_guard<std::mutex> lock(mutex);
        serverEnded = true;
    }
    ended.notify_all();
    watchdog.join();
    accepted = listener.opened();
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    const bool smoke = bench::smokeRun(argc, argv);
    const int count = smoke ? 200 : 20000;
    const int rounds = smoke ? 1 : 3;
    double bestPlain = 1e9;
    double bestCore = 1e9;
    bool complete = true;
    for (int round = 0; round < rounds; ++round) {
        int accepted = 0;
        bestPlain = std::min(bestPlain, plainAcceptSeconds(count, accepted));
        int coreAccepted = 0;
        bestCore = std::min(bestCore, coreAcceptSeconds(count, coreAccepted));
        if (accepted != count || coreAccepted != count) {
            std::fprintf(stderr, "accepted: plain loop %d, core server %d, of %d\n", accepted, coreAccepted, count);
            complete = false;
        }
    }
    const std::string figure = std::to_string(count) + " connect+close: core server vs plain accept loop";
    bench::report(
        bench::Comparison {figure, "conn/s", count / bestCore, count / bestPlain, 0.8, false, "plain accept loop"});
    if (!complete)
        return 1;
    return bench::exitCode();
}
