// UdpEndpoint: a recvfrom() loop and queued sendto() calls on one datagram socket.
#include "udp_endpoint.h"

#include "stoppable_resolve.h"

#include <chrono>

namespace socketlab::core {
namespace {

constexpr std::uint64_t kSocketToken = 1;
// recvfrom() calls per readiness event before queued sends get their turn.
constexpr int kReadsPerEvent = 64;

} // namespace

std::size_t maxDatagramSize(Family family)
{
    return family == Family::Inet6 ? kMaxUdpPayloadIPv6 : kMaxUdpPayloadIPv4;
}

UdpEndpoint::UdpEndpoint(UdpOptions options, SessionListener& listener)
    : Session(listener)
    , m_options(std::move(options))
{
}

UdpEndpoint::~UdpEndpoint() = default;

Result<void> UdpEndpoint::run()
{
    if (Result<void> ready = pollerReady(); !ready)
        return ready;
    if (Result<void> opened = open(); !opened) {
        m_socket.close();
        if (opened.error().condition == Condition::Cancelled)
            return {}; // stop() during getaddrinfo: not a failure
        return opened;
    }
    m_buffer.resize(m_options.recvSize > 0 ? m_options.recvSize : kUdpRecvSize);

    using Clock = std::chrono::steady_clock;
    auto lastActivity = Clock::now();
    std::vector<ReadyEvent> events;
    const std::uint64_t limit = m_options.stopAfterDatagrams;
    Result<void> result;
    while (!stopRequested() && (limit == 0 || m_received < limit)) {
        const std::uint64_t before = m_received + m_sent;
        runCommands();
        for (const ReadyEvent& event : events) {
            if (event.token == kSocketToken && (event.readable || event.hangup))
                receiveAvailable();
        }
        if (m_received + m_sent != before)
            lastActivity = Clock::now();
        if (limit != 0 && m_received >= limit)
            break;

        int timeoutMs = -1;
        if (m_options.idleTimeoutMs >= 0 && m_postedSends.load() == 0) {
            const auto idle = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - lastActivity);
            const long long left = m_options.idleTimeoutMs - idle.count();
            if (left <= 0)
                break;
            timeoutMs = static_cast<int>(left);
        }
        Result<bool> woken = m_poller->wait(timeoutMs, events);
        if (!woken) {
            result = woken.error();
            break;
        }
    }
    if (m_socket.isOpen()) {
        m_poller->remove(m_socket.handle());
        m_socket.close();
    }
    return result;
}

Result<void> UdpEndpoint::open()
{
    std::optional<Endpoint> bindAddress;
    Family family = m_options.family;
    if (m_options.bind) {
        Result<std::vector<Endpoint>> addresses = resolveEndpointsUntilStopped(
            m_options.host, m_options.port, m_options.family, SocketType::Datagram, true, m_recorder, stopFlag());
        if (!addresses)
            return addresses.error();
        bindAddress = addresses->front();
        family = bindAddress->family();
    } else if (family == Family::Unspecified) {
        family = Family::Inet;
    }
    Result<Socket> socket = Socket::open(family, SocketType::Datagram, 0, m_recorder);
    if (!socket)
        return socket.error();
    m_socket = std::move(*socket);
    if (Result<void> nonBlocking = m_socket.setNonBlocking(true); !nonBlocking)
        return nonBlocking;
    if (m_options.reuseAddress) {
        if (Result<void> set = m_socket.setOption(SocketOption::ReuseAddress, 1); !set)
            return set;
    }
    if (m_options.broadcast) {
        if (Result<void> set = m_socket.setOption(SocketOption::Broadcast, 1); !set)
            return set;
    }
    if (m_options.bind && m_options.receiveBuffer > 0) {
        // Not fatal: the system may cap the size; the default buffer still works, only slower.
        if (Result<void> set = m_socket.setOption(SocketOption::ReceiveBuffer, m_options.receiveBuffer); !set)
            m_listener.onProblem(set.error());
    }
    if (Result<void> multicast = applyMulticastOptions(); !multicast)
        return multicast;
    if (bindAddress) {
        if (Result<void> bound = m_socket.bind(*bindAddress); !bound)
            return bound;
        Endpoint local = *bindAddress;
        if (local.family() != Family::Unix && local.port() == 0) {
            Result<Endpoint> actual = m_socket.localAddress();
            if (!actual)
                return actual.error();
            local = *actual;
        }
        m_listener.onReady(local);
    }
    for (const std::string& group : m_options.multicastGroups)
        changeMembership(group, true);
    return m_poller->add(m_socket.handle(), kReadable, kSocketToken);
}

Result<void> UdpEndpoint::applyMulticastOptions()
{
    // Only what the user chose is set, so a plain UDP session's trace stays as plain.
    if (!m_options.multicastInterface.empty()) {
        if (Result<void> set = m_socket.setMulticastInterface(m_options.multicastInterface); !set)
            return set;
    }
    if (m_options.multicastTtl >= 0) {
        if (Result<void> set = m_socket.setOption(SocketOption::MulticastTtl, m_options.multicastTtl); !set)
            return set;
    }
    if (!m_options.multicastLoopback)
        return m_socket.setOption(SocketOption::MulticastLoop, 0);
    return {};
}

void UdpEndpoint::joinGroup(std::string group)
{
    post([this, group = std::move(group)] { changeMembership(group, true); });
}

void UdpEndpoint::leaveGroup(std::string group)
{
    post([this, group = std::move(group)] { changeMembership(group, false); });
}

void UdpEndpoint::changeMembership(const std::string& group, bool join)
{
    if (Result<void> changed = m_socket.setMembership(group, m_options.multicastInterface, join); !changed) {
        m_listener.onProblem(changed.error());
        return;
    }
    m_listener.onGroupMembership(group, join);
}

void UdpEndpoint::receiveAvailable()
{
    const std::uint64_t limit = m_options.stopAfterDatagrams;
    for (int i = 0; i < kReadsPerEvent; ++i) {
        if (limit != 0 && m_received >= limit)
            return;
        Endpoint from;
        Result<std::size_t> received = m_socket.recvFrom(m_buffer.data(), m_buffer.size(), from);
        if (!received) {
            if (received.error().condition == Condition::WouldBlock)
                return;
            // Not fatal: on Windows an ICMP port-unreachable for an earlier sendto() shows up
            // here as WSAECONNRESET, and the loop must go on receiving.
            m_listener.onProblem(received.error());
            continue;
        }
        ++m_received;
        m_listener.onDatagram(from, m_buffer.data(), *received);
        if (m_options.echo) {
            Result<std::size_t> sent = m_socket.sendTo(m_buffer.data(), *received, from);
            if (sent) {
                ++m_sent;
                m_listener.onDatagramSent(from, m_buffer.data(), *sent);
            } else {
                m_listener.onProblem(sent.error());
            }
        }
    }
}

void UdpEndpoint::sendTo(std::string host, std::string port, std::string data)
{
    ++m_postedSends;
    post([this, host = std::move(host), port = std::move(port), data = std::move(data)] {
        sendNow(host, port, data);
        --m_postedSends;
    });
}

void UdpEndpoint::sendNow(const std::string& host, const std::string& port, const std::string& data)
{
    const std::size_t limit = maxDatagramSize(m_socket.family());
    if (data.size() > limit) {
        m_listener.onProblem(inputError(InputProblem::DatagramTooLarge, std::to_string(data.size())));
        return;
    }
    Result<std::vector<Endpoint>> addresses = resolveEndpointsUntilStopped(
        host, port, m_socket.family(), SocketType::Datagram, false, m_recorder, stopFlag());
    if (!addresses) {
        if (addresses.error().condition != Condition::Cancelled) // stopped: the send is dropped
            m_listener.onProblem(addresses.error());
        return;
    }
    const Endpoint& to = addresses->front();
    Result<std::size_t> sent = m_socket.sendTo(data.data(), data.size(), to);
    if (!sent) {
        m_listener.onProblem(sent.error());
        return;
    }
    ++m_sent;
    m_listener.onDatagramSent(to, data.data(), *sent);
}

} // namespace socketlab::core
