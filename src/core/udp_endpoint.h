// UdpEndpoint: connectionless sockets. A recvfrom() loop where every datagram is one event (the
// boundaries are the lesson), sendto() to any host form including "<broadcast>", an echo mode.
#pragma once

#include "session.h"
#include "socket.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace socketlab::core {

inline constexpr std::size_t kMaxUdpPayloadIPv4 = 65507; // 65535 - 20 (IP) - 8 (UDP)
inline constexpr std::size_t kMaxUdpPayloadIPv6 = 65527; // 65535 - 8 (UDP); no jumbograms
inline constexpr std::size_t kUdpRecvSize = 65536;
// The default receive buffer drops datagrams at 100 k/s; 4 MiB keeps up (the kernel may cap it).
inline constexpr int kUdpReceiveBuffer = 4 * 1024 * 1024;

std::size_t maxDatagramSize(Family family);

struct UdpOptions {
    Family family = Family::Inet;
    bool bind = true; // false: only send (the system binds an ephemeral port at the first sendto)
    std::string host = kDefaultHost;
    std::string port = kTutorialPortText;
    bool reuseAddress = false;
    bool broadcast = false;
    bool echo = false;
    std::size_t recvSize = kUdpRecvSize;
    int receiveBuffer = kUdpReceiveBuffer; // 0: the system's default
    std::uint64_t stopAfterDatagrams = 0; // 0: until stop()
    // Once everything queued is sent: end when nothing arrives for this long (negative: never).
    int idleTimeoutMs = -1;
    // Multicast: groups joined at start, the interface to send and join on ("" = the system's
    // choice; "127.0.0.1" or "lo" keeps multicast on this machine), hops (-1: the system's default,
    // 1), and whether this machine's own members receive what it sends.
    std::vector<std::string> multicastGroups;
    std::string multicastInterface;
    int multicastTtl = -1;
    bool multicastLoopback = true;
};

class UdpEndpoint : public Session {
public:
    UdpEndpoint(UdpOptions options, SessionListener& listener);
    ~UdpEndpoint() override;

    Result<void> run() override;

    // Thread-safe: resolve (host, port) and sendto() it from the session's socket.
    void sendTo(std::string host, std::string port, std::string data);
    // Thread-safe: join or leave a multicast group on the running socket (see UdpOptions).
    void joinGroup(std::string group);
    void leaveGroup(std::string group);

private:
    Result<void> open();
    void receiveAvailable();
    void sendNow(const std::string& host, const std::string& port, const std::string& data);
    void changeMembership(const std::string& group, bool join);
    Result<void> applyMulticastOptions();

    UdpOptions m_options;
    Socket m_socket;
    std::string m_buffer;
    std::uint64_t m_received = 0;
    std::uint64_t m_sent = 0;
    std::atomic<int> m_postedSends {0}; // sendTo() commands not yet carried out
};

} // namespace socketlab::core
