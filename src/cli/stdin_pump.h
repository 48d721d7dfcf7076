// client --stdin: standard input streamed to the server on a thread of its own, netcat-like.
// At end of input the client shuts down its sending side (SHUT_WR) so the server sees EOF.
#pragma once

#include "core/tcp_client.h"

#include <QString>

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace socketlab::cli {

// As large as the client's send batch, so a chunk is handed over and sent without being copied
// again (a pipe gives at most what it holds per read(), typically 64 KiB).
inline constexpr std::size_t kStdinChunkSize = 256 * 1024;

class StdinPump {
public:
    explicit StdinPump(core::TcpClient& client);
    // Joins the thread if it has finished; otherwise leaves it blocked in read() (which nothing
    // portable can interrupt) and lets process exit end it. It no longer touches the client.
    ~StdinPump();
    StdinPump(const StdinPump&) = delete;
    StdinPump& operator=(const StdinPump&) = delete;

    void start();
    // Call once the session's run() has returned: from then on the client may be destroyed.
    void sessionEnded();
    // Why reading standard input failed, if it did.
    std::optional<QString> readError() const;

private:
    // Shared with the thread, which may outlive this object (see the destructor).
    struct Shared {
        std::mutex mutex;
        bool sessionEnded = false; // guarded by mutex
        std::optional<QString> error; // guarded by mutex
        std::atomic<bool> finished {false};
    };

    static void pump(std::shared_ptr<Shared> shared, core::TcpClient* client);

    core::TcpClient& m_client;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};

} // namespace socketlab::cli
