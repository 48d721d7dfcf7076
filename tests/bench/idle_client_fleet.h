// ClientFleet: thousands of TCP clients in a child process of their own, for the idle-scale
// benchmark. The open-file limit (20,000 here) counts per process, so 10,000 clients and the
// server's 10,000 accepted sockets cannot share one. The child is forked at once (before any Qt
// object or thread exists) and takes commands over a pipe: connect N clients to a port, send each
// one a few bytes and read them back (epoll), close them all.
//
// Requests are split in send + wait so that the Qt side can keep its event loop running (and
// measure it) while the clients connect: replyFd() becomes readable when the answer is there.
#pragma once

#include <cstdint>
#include <sys/types.h>

namespace socketlab::bench {

struct FleetReply {
    std::uint32_t done = 0; // connected, answered exactly, or closed
    std::uint32_t failed = 0; // refused, reset, timed out, wrong bytes
    double seconds = 0; // from the command to its end
};

class ClientFleet {
public:
    // Forks the child. Call before creating QApplication or any thread.
    ClientFleet();
    ~ClientFleet(); // tells the child to quit and reaps it
    ClientFleet(const ClientFleet&) = delete;
    ClientFleet& operator=(const ClientFleet&) = delete;

    bool isRunning() const { return m_pid > 0; }

    // Non-blocking connects to 127.0.0.1:port, a few hundred in flight at a time.
    void startConnect(std::uint16_t port, std::uint32_t count);
    // Every connected client sends 8 bytes of its own and reads them back.
    void startEcho();
    void startClose();

    // Readable when the reply to the last command is there.
    int replyFd() const { return m_replyFd; }
    // Blocks until the reply to the last command comes (or the child died: failed = ~0).
    FleetReply waitReply();
    // Both in one.
    FleetReply connect(std::uint16_t port, std::uint32_t count)
    {
        startConnect(port, count);
        return waitReply();
    }
    FleetReply echo()
    {
        startEcho();
        return waitReply();
    }
    FleetReply close()
    {
        startClose();
        return waitReply();
    }

private:
    void command(int op, std::uint16_t port, std::uint32_t count);

    pid_t m_pid = -1;
    int m_commandFd = -1;
    int m_replyFd = -1;
};

} // namespace socketlab::bench
