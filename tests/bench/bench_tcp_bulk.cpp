// Benchmark 1 (core part): 2 GiB from core::TcpClient (streaming from a send source) into
// core::TcpServer in discard mode, each session's run() on its own thread, against the plain C
// send/recv loop with the same 64 KiB recv buffer. Runs interleaved, best of each.
#include "bench_report.h"
#include "plain_tcp.h"

#include "core/tcp_client.h"
#include "core/tcp_server.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>

using namespace socketlab;

namespace {

// Counts what the server receives; asks for no call trace (nobody would read it).
class CountingListener : public core::SessionListener {
public:
    bool wantsCalls() const override { return false; }
    void onReady(const core::Endpoint& local) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_port = local.port();
        m_ready.notify_all();
    }
    void onReceived(core::ConnectionId, const char*, std::size_t size) override { m_received += size; }

    std::uint16_t waitForPort()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return m_port != 0; });
        return m_port;
    }
    std::uint64_t received() const { return m_received; }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::uint16_t m_port = 0;
    std::uint64_t m_received = 0; // server thread only until joined
};

class QuietListener : public core::SessionListener {
public:
    bool wantsCalls() const override { return false; }
};

// Seconds from the client's start to the server's end (it stops after the one connection);
// `received` gets the byte count the server saw.
double coreBulkSeconds(std::uint64_t bytes, std::uint64_t& received)
{
    CountingListener serverListener;
    core::TcpServerOptions serverOptions;
    serverOptions.port = "0";
    serverOptions.mode = core::ReplyMode::Discard;
    serverOptions.recvSize = bench::kBulkBufferSize;
    serverOptions.stopAfterConnections = 1;
    core::TcpServer server(serverOptions, serverListener);
    std::thread serverThread([&] { server.run(); });

    QuietListener clientListener;
    core::TcpClientOptions clientOptions;
    clientOptions.port = std::to_string(serverListener.waitForPort());
    clientOptions.mode = core::ClientMode::Conversation;
    core::TcpClient client(clientOptions, clientListener);
    // The data is a constant pattern, like the plain loop's buffer: written once into the
    // session's buffer, then only counted out.
    std::uint64_t left = bytes;
    const char* patterned = nullptr;
    client.setSendSource([&](char* buffer, std::size_t capacity) {
        if (buffer != patterned) {
            for (std::size_t i = 0; i < capacity; ++i)
                buffer[i] = static_cast<char>('a' + i % 26);
            patterned = buffer;
        }
        const std::size_t piece = static_cast<std::size_t>(std::min<std::uint64_t>(capacity, left));
        left -= piece;
        return piece;
    });

    const bench::Stopwatch clock;
    std::thread clientThread([&] { client.run(); });
    serverThread.join();
    const double seconds = clock.seconds();
    clientThread.join();
    received = serverListener.received();
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    const bool smoke = bench::smokeRun(argc, argv);
    const std::uint64_t bytes = smoke ? 4 * 1024 * 1024 : 2 * bench::kGiB;
    const int rounds = smoke ? 1 : 5; // this machine is shared and noisy: best of 5 each, interleaved
    double bestPlain = 1e9;
    double bestCore = 1e9;
    bool complete = true;
    for (int round = 0; round < rounds; ++round) {
        bestPlain = std::min(bestPlain, bench::plainBulkSeconds(bytes, bench::kBulkBufferSize));
        std::uint64_t received = 0;
        bestCore = std::min(bestCore, coreBulkSeconds(bytes, received));
        if (received != bytes) {
            std::fprintf(stderr, "core sessions: the server received %llu of %llu bytes\n",
                static_cast<unsigned long long>(received), static_cast<unsigned long long>(bytes));
            complete = false;
        }
    }
    bench::report(bench::Comparison {smoke ? "TCP bulk 4 MiB: core sessions vs plain send/recv loop"
                                           : "TCP bulk 2 GiB: core sessions vs plain send/recv loop",
        "Gbit/s", bench::gbitPerSecond(bytes, bestCore), bench::gbitPerSecond(bytes, bestPlain), 0.9, false,
        "plain loop"});
    if (!complete)
        return 1; // missing bytes fail even a smoke run
    return bench::exitCode();
}
