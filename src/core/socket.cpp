// Socket: the recorded socket calls. Every method builds the learner's view of the call
// (arguments in Python's form, the C result, the error name) and hands it to the recorder.
#include "socket.h"

#include "native_values.h"
#include "platform.h"
#include "poller.h"
#include "python_repr.h"

#include <algorithm>
#include <chrono>
#include <utility>

namespace socketlab::core {
namespace {

using platform::toNative;

constexpr std::uint64_t kConnectToken = ~std::uint64_t {0};

struct OptionSpec {
    int level;
    int name;
    const char* levelName;
};

OptionSpec optionSpec(SocketOption option, Family family)
{
    const bool v6 = family == Family::Inet6;
    switch (option) {
    case SocketOption::ReuseAddress: return {SOL_SOCKET, SO_REUSEADDR, "SOL_SOCKET"};
    case SocketOption::Broadcast: return {SOL_SOCKET, SO_BROADCAST, "SOL_SOCKET"};
    case SocketOption::ReceiveBuffer: return {SOL_SOCKET, SO_RCVBUF, "SOL_SOCKET"};
    case SocketOption::SendBuffer: return {SOL_SOCKET, SO_SNDBUF, "SOL_SOCKET"};
    case SocketOption::KeepAlive: return {SOL_SOCKET, SO_KEEPALIVE, "SOL_SOCKET"};
    case SocketOption::NoDelay: return {IPPROTO_TCP, TCP_NODELAY, "IPPROTO_TCP"};
    case SocketOption::IPv6Only: return {IPPROTO_IPV6, IPV6_V6ONLY, "IPPROTO_IPV6"};
    case SocketOption::MulticastTtl:
        return v6 ? OptionSpec {IPPROTO_IPV6, IPV6_MULTICAST_HOPS, "IPPROTO_IPV6"}
                  : OptionSpec {IPPROTO_IP, IP_MULTICAST_TTL, "IPPROTO_IP"};
    case SocketOption::MulticastLoop:
        return v6 ? OptionSpec {IPPROTO_IPV6, IPV6_MULTICAST_LOOP, "IPPROTO_IPV6"}
                  : OptionSpec {IPPROTO_IP, IP_MULTICAST_LOOP, "IPPROTO_IP"};
    }
    return {SOL_SOCKET, 0, "SOL_SOCKET"};
}

const char* shutdownName(ShutdownHow how)
{
    switch (how) {
    case ShutdownHow::Read: return "SHUT_RD";
    case ShutdownHow::Write: return "SHUT_WR";
    case ShutdownHow::Both: break;
    }
    return "SHUT_RDWR";
}

int nativeShutdown(ShutdownHow how)
{
#ifdef SD_SEND
    switch (how) {
    case ShutdownHow::Read: return SD_RECEIVE;
    case ShutdownHow::Write: return SD_SEND;
    case ShutdownHow::Both: break;
    }
    return SD_BOTH;
#else
    switch (how) {
    case ShutdownHow::Read: return SHUT_RD;
    case ShutdownHow::Write: return SHUT_WR;
    case ShutdownHow::Both: break;
    }
    return SHUT_RDWR;
#endif
}

void recordSuccessIfAny(CallRecorder* recorder, const char* call, std::string args, long long result,
    SocketHandle socket, std::string returned = {}, std::optional<TcpState> tcpState = std::nullopt)
{
    if (recorder)
        recorder->recordSuccess(call, std::move(args), result, socket, std::move(returned), tcpState);
}

// Milliseconds left until a deadline; -1 for "no limit", as poll() takes it.
class Deadline {
public:
    explicit Deadline(int timeoutMs)
        : m_unlimited(timeoutMs < 0)
        , m_end(std::chrono::steady_clock::now() + std::chrono::milliseconds(m_unlimited ? 0 : timeoutMs))
    {
    }

    int remainingMs() const
    {
        if (m_unlimited)
            return -1;
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(m_end - std::chrono::steady_clock::now());
        return left.count() > 0 ? static_cast<int>(left.count()) : 0;
    }

private:
    bool m_unlimited;
    std::chrono::steady_clock::time_point m_end;
};

const sockaddr* asSockaddr(const Endpoint& endpoint)
{
    return static_cast<const sockaddr*>(endpoint.data());
}

} // namespace

const char* socketOptionName(SocketOption option, Family family)
{
    const bool v6 = family == Family::Inet6;
    switch (option) {
    case SocketOption::ReuseAddress: return "SO_REUSEADDR";
    case SocketOption::Broadcast: return "SO_BROADCAST";
    case SocketOption::ReceiveBuffer: return "SO_RCVBUF";
    case SocketOption::SendBuffer: return "SO_SNDBUF";
    case SocketOption::KeepAlive: return "SO_KEEPALIVE";
    case SocketOption::NoDelay: return "TCP_NODELAY";
    case SocketOption::IPv6Only: return "IPV6_V6ONLY";
    case SocketOption::MulticastTtl: return v6 ? "IPV6_MULTICAST_HOPS" : "IP_MULTICAST_TTL";
    case SocketOption::MulticastLoop: return v6 ? "IPV6_MULTICAST_LOOP" : "IP_MULTICAST_LOOP";
    }
    return "?";
}

Socket::Socket(SocketHandle handle, Family family, SocketType type, CallRecorder* recorder)
    : m_handle(handle)
    , m_family(family)
    , m_type(type)
    , m_recorder(recorder)
{
}

Socket::~Socket()
{
    close();
}

Socket::Socket(Socket&& other) noexcept
    : m_handle(std::exchange(other.m_handle, kNoSocket))
    , m_family(other.m_family)
    , m_type(other.m_type)
    , m_recorder(other.m_recorder)
    , m_nonBlocking(other.m_nonBlocking)
    , m_recordData(other.m_recordData)
{
}

Socket& Socket::operator=(Socket&& other) noexcept
{
    if (this != &other) {
        close();
        m_handle = std::exchange(other.m_handle, kNoSocket);
        m_family = other.m_family;
        m_type = other.m_type;
        m_recorder = other.m_recorder;
        m_nonBlocking = other.m_nonBlocking;
        m_recordData = other.m_recordData;
        m_tracedState.reset(); // a sample of the socket this one was
    }
    return *this;
}

std::string Socket::handleText() const
{
    return std::to_string(static_cast<long long>(m_handle));
}

TcpState Socket::tcpState() const
{
    if (m_handle == kNoSocket || m_type != SocketType::Stream || m_family == Family::Unix)
        return TcpState::Unknown;
    return platform::tcpState(toNative(m_handle));
}

std::optional<TcpState> Socket::stateForTrace() const
{
    if (!m_recorder || !m_recorder->active() || m_handle == kNoSocket || m_type != SocketType::Stream
        || m_family == Family::Unix)
        return std::nullopt;
    m_tracedState = platform::tcpState(toNative(m_handle));
    m_tracedStateAt = std::chrono::steady_clock::now();
    return m_tracedState;
}

std::optional<TcpState> Socket::stateForDataTrace() const
{
    // A FIN that arrives meanwhile shows at the latest after this long, or with the recv() of 0.
    constexpr auto kReuse = std::chrono::milliseconds(50);
    if (m_tracedState && std::chrono::steady_clock::now() - m_tracedStateAt < kReuse)
        return m_tracedState;
    return stateForTrace();
}

Error Socket::failure(const char* call, const std::string& args, int code) const
{
    Error error = platform::systemError(call, code);
    if (m_recorder && error.condition != Condition::WouldBlock)
        m_recorder->recordFailure(call, args, m_handle, error, stateForTrace());
    return error;
}

Result<Socket> Socket::open(Family family, SocketType type, int protocol, CallRecorder& recorder)
{
    Error startError;
    const std::string args
        = std::string(familyName(family)) + ", " + socketTypeName(type) + ", " + std::to_string(protocol);
    if (!platform::startNetworking(&startError)) {
        recorder.recordFailure("socket", args, kNoSocket, startError);
        return startError;
    }
    const platform::NativeSocket native = ::socket(nativeFamily(family), nativeType(type), protocol);
    if (!platform::isValid(native)) {
        Error error = platform::systemError("socket", platform::lastError());
        recorder.recordFailure("socket", args, kNoSocket, error);
        return error;
    }
    platform::setCloseOnExec(native);
    platform::preventSigPipe(native);
    const SocketHandle handle = platform::fromNative(native);
    recorder.recordSuccess("socket", args, static_cast<long long>(handle), handle);
    return Socket(handle, family, type, &recorder);
}

Result<void> Socket::setOption(SocketOption option, int value)
{
    const OptionSpec spec = optionSpec(option, m_family);
    const std::string args = handleText() + ", " + spec.levelName + ", " + socketOptionName(option, m_family) + ", "
        + std::to_string(value);
    return setRawOption(spec.level, spec.name, &value, sizeof value, args);
}

Result<void> Socket::setRawOption(int level, int name, const void* value, std::size_t size, const std::string& args)
{
    if (::setsockopt(
            toNative(m_handle), level, name, static_cast<const char*>(value), static_cast<platform::SockLen>(size))
        != 0)
        return failure("setsockopt", args, platform::lastError());
    recordSuccessIfAny(m_recorder, "setsockopt", args, 0, m_handle);
    return {};
}

Result<void> Socket::setMembership(const std::string& group, const std::string& interface, bool join)
{
    const std::string shownArgs = pythonStr(group) + ", " + pythonStr(interface);
    if (m_family == Family::Inet6) {
        ipv6_mreq request {};
        const Result<std::string> numeric = parseMulticastGroup(group, Family::Inet6);
        if (!numeric)
            return numeric.error();
        if (inet_pton(AF_INET6, numeric->c_str(), &request.ipv6mr_multiaddr) != 1)
            return inputError(InputProblem::NotMulticastGroup, group); // a %scope is not for a group
        request.ipv6mr_interface = platform::interfaceIndex(interface);
        if (!interface.empty() && request.ipv6mr_interface == 0)
            return inputError(InputProblem::UnknownInterface, interface);
        const char* optionName = join ? "IPV6_JOIN_GROUP" : "IPV6_LEAVE_GROUP";
        return setRawOption(IPPROTO_IPV6, join ? IPV6_JOIN_GROUP : IPV6_LEAVE_GROUP, &request, sizeof request,
            handleText() + ", IPPROTO_IPV6, " + optionName + ", (" + shownArgs + ")");
    }
    ip_mreq request {};
    const Result<std::string> numeric = parseMulticastGroup(group, Family::Inet);
    if (!numeric)
        return numeric.error();
    inet_pton(AF_INET, numeric->c_str(), &request.imr_multiaddr);
    if (interface.empty())
        request.imr_interface.s_addr = htonl(INADDR_ANY);
    else if (inet_pton(AF_INET, interface.c_str(), &request.imr_interface) != 1)
        return inputError(InputProblem::UnknownInterface, interface);
    const char* optionName = join ? "IP_ADD_MEMBERSHIP" : "IP_DROP_MEMBERSHIP";
    return setRawOption(IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &request, sizeof request,
        handleText() + ", IPPROTO_IP, " + optionName + ", (" + shownArgs + ")");
}

Result<void> Socket::setMulticastInterface(const std::string& interface)
{
    if (m_family == Family::Inet6) {
        const unsigned index = platform::interfaceIndex(interface);
        if (!interface.empty() && index == 0)
            return inputError(InputProblem::UnknownInterface, interface);
        return setRawOption(IPPROTO_IPV6, IPV6_MULTICAST_IF, &index, sizeof index,
            handleText() + ", IPPROTO_IPV6, IPV6_MULTICAST_IF, " + std::to_string(index));
    }
    in_addr address {};
    address.s_addr = htonl(INADDR_ANY);
    if (!interface.empty() && inet_pton(AF_INET, interface.c_str(), &address) != 1)
        return inputError(InputProblem::UnknownInterface, interface);
    return setRawOption(IPPROTO_IP, IP_MULTICAST_IF, &address, sizeof address,
        handleText() + ", IPPROTO_IP, IP_MULTICAST_IF, " + pythonStr(interface));
}

Result<void> Socket::bind(const Endpoint& address)
{
    const std::string args = handleText() + ", " + address.toTuple();
    if (::bind(toNative(m_handle), asSockaddr(address), static_cast<platform::SockLen>(address.size())) != 0) {
        Error error = failure("bind", args, platform::lastError());
        error.input = address.toDisplay();
        return error;
    }
    recordSuccessIfAny(m_recorder, "bind", args, 0, m_handle);
    return {};
}

Result<void> Socket::listen(int backlog)
{
    const std::string args = handleText() + ", " + std::to_string(backlog);
    if (::listen(toNative(m_handle), backlog) != 0)
        return failure("listen", args, platform::lastError());
    recordSuccessIfAny(m_recorder, "listen", args, 0, m_handle, {}, stateForTrace());
    return {};
}

Result<Accepted> Socket::accept()
{
    sockaddr_storage storage {};
    platform::SockLen length = sizeof storage;
    platform::NativeSocket native;
    int code = 0;
    do {
        native
            = platform::acceptSocket(toNative(m_handle), reinterpret_cast<sockaddr*>(&storage), &length, m_nonBlocking);
        code = platform::isValid(native) ? 0 : platform::lastError();
    } while (code != 0 && platform::isInterrupted(code));
    if (code != 0)
        return failure("accept", handleText(), code);

    Accepted accepted {Socket(platform::fromNative(native), m_family, m_type, m_recorder),
        Endpoint::fromSockaddr(&storage, static_cast<std::size_t>(length))};
    accepted.socket.m_nonBlocking = m_nonBlocking;
    accepted.socket.m_recordData = m_recordData;
    if (m_recorder && m_recorder->active()) {
        const std::string newHandle = accepted.socket.handleText();
        recordSuccessIfAny(m_recorder, "accept", handleText(), static_cast<long long>(accepted.socket.m_handle),
            m_handle, "(" + newHandle + ", " + accepted.peer.toTuple() + ")", accepted.socket.stateForTrace());
    }
    return accepted;
}

Result<void> Socket::connect(const Endpoint& address, int timeoutMs, Poller* poller, const std::atomic<bool>* cancelled)
{
    const std::string args = handleText() + ", " + address.toTuple();
    auto finishFailed = [&](Error error) {
        error.input = address.toDisplay();
        if (m_recorder && error.condition != Condition::WouldBlock)
            m_recorder->recordFailure("connect", args, m_handle, error, stateForTrace());
        return error;
    };
    // A blocking socket would hide the timeout and ignore stop(): connect non-blocking and wait.
    const bool wasNonBlocking = m_nonBlocking;
    if (!wasNonBlocking)
        platform::setNonBlocking(toNative(m_handle), true);
    Result<void> outcome = connectNonBlocking(address, timeoutMs, poller, cancelled);
    if (!wasNonBlocking)
        platform::setNonBlocking(toNative(m_handle), false);
    if (!outcome)
        return finishFailed(outcome.error());
    recordSuccessIfAny(m_recorder, "connect", args, 0, m_handle, {}, stateForTrace());
    return {};
}

Result<void> Socket::connectNonBlocking(
    const Endpoint& address, int timeoutMs, Poller* poller, const std::atomic<bool>* cancelled)
{
    if (::connect(toNative(m_handle), asSockaddr(address), static_cast<platform::SockLen>(address.size())) == 0)
        return {};
    const int code = platform::lastError();
    // EINTR: the connection goes on in the background, exactly as with EINPROGRESS.
    if (!platform::isInProgress(code) && !platform::isWouldBlock(code) && !platform::isInterrupted(code))
        return platform::systemError("connect", code);

    Result<WaitOutcome> waited
        = poller ? waitWritableWithPoller(*poller, timeoutMs, cancelled) : waitWritable(timeoutMs);
    if (!waited)
        return waited.error();
    if (*waited == WaitOutcome::Cancelled)
        return platform::cancelledError("connect");
    if (*waited == WaitOutcome::TimedOut)
        return platform::timedOutError("connect");
    int socketError = 0;
    platform::SockLen length = sizeof socketError;
    if (::getsockopt(toNative(m_handle), SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&socketError), &length) != 0)
        socketError = platform::lastError();
    if (socketError != 0)
        return platform::systemError("connect", socketError);
    return {};
}

Result<Socket::WaitOutcome> Socket::waitWritableWithPoller(
    Poller& poller, int timeoutMs, const std::atomic<bool>* cancelled)
{
    if (Result<void> added = poller.add(m_handle, kWritable, kConnectToken); !added)
        return added.error();
    const Deadline deadline(timeoutMs);
    std::vector<ReadyEvent> events;
    Result<WaitOutcome> outcome = WaitOutcome::TimedOut;
    for (;;) {
        const int waitMs = deadline.remainingMs();
        Result<bool> woken = poller.wait(waitMs, events);
        if (!woken) {
            outcome = woken.error();
            break;
        }
        const bool ready = std::any_of(
            events.begin(), events.end(), [](const ReadyEvent& event) { return event.token == kConnectToken; });
        if (ready) {
            outcome = WaitOutcome::Ready;
            break;
        }
        // A wake-up is a stop() unless the session says it was only a queued command.
        if (*woken && (!cancelled || cancelled->load())) {
            outcome = WaitOutcome::Cancelled;
            break;
        }
        if (waitMs == 0)
            break;
    }
    poller.remove(m_handle);
    return outcome;
}

Result<Socket::WaitOutcome> Socket::waitWritable(int timeoutMs)
{
    const Deadline deadline(timeoutMs);
    platform::PollEntry entry {};
    entry.fd = toNative(m_handle);
    entry.events = POLLOUT;
    for (;;) {
        const int polled = platform::pollSockets(&entry, 1, deadline.remainingMs());
        if (polled > 0)
            return WaitOutcome::Ready;
        if (polled == 0)
            return WaitOutcome::TimedOut;
        const int code = platform::lastError();
        if (!platform::isInterrupted(code))
            return platform::systemError("poll", code);
    }
}

Result<std::size_t> Socket::send(const char* data, std::size_t size)
{
    const bool recording = m_recorder && m_recorder->active();
    const std::string_view payload(data, size);
    std::string args;
    if (recording)
        args = handleText() + ", " + (m_recordData ? pythonBytes(payload, kTraceDataPreview) : std::to_string(size));
    long long sent;
    int code = 0;
    do {
        sent = ::send(toNative(m_handle), data, static_cast<platform::IoSize>(size), platform::sendFlags());
        code = sent < 0 ? platform::lastError() : 0;
    } while (sent < 0 && platform::isInterrupted(code));
    if (sent < 0)
        return failure("send", args, code);
    if (recording) {
        CallEvent event;
        event.call = "send";
        event.args = std::move(args);
        event.result = sent;
        event.socket = m_handle;
        if (m_recordData)
            event.data = pythonBytes(payload.substr(0, static_cast<std::size_t>(sent)), kTraceDataPreview);
        event.tcpState = sent > 0 ? stateForDataTrace() : stateForTrace();
        m_recorder->record(std::move(event));
    }
    return static_cast<std::size_t>(sent);
}

Result<std::size_t> Socket::recv(char* buffer, std::size_t size)
{
    long long received;
    int code = 0;
    do {
        received = ::recv(toNative(m_handle), buffer, static_cast<platform::IoSize>(size), 0);
        code = received < 0 ? platform::lastError() : 0;
    } while (received < 0 && platform::isInterrupted(code));
    const bool recording = m_recorder && m_recorder->active();
    const std::string args = recording ? handleText() + ", " + std::to_string(size) : std::string();
    if (received < 0)
        return failure("recv", args, code);
    if (recording) {
        CallEvent event;
        event.call = "recv";
        event.args = args;
        event.result = received;
        event.socket = m_handle;
        if (m_recordData)
            event.data = pythonBytes(std::string_view(buffer, static_cast<std::size_t>(received)), kTraceDataPreview);
        event.tcpState = received > 0 ? stateForDataTrace() : stateForTrace();
        m_recorder->record(std::move(event));
    }
    return static_cast<std::size_t>(received);
}

Result<std::size_t> Socket::sendTo(const char* data, std::size_t size, const Endpoint& to)
{
    const std::string_view payload(data, size);
    // The call's text only when it is shown: a datagram flood must not format what nobody keeps.
    const auto callArgs
        = [&] { return handleText() + ", " + pythonBytes(payload, kTraceDataPreview) + ", " + to.toTuple(); };
    long long sent;
    int code = 0;
    do {
        sent = ::sendto(toNative(m_handle), data, static_cast<platform::IoSize>(size), platform::sendFlags(),
            asSockaddr(to), static_cast<platform::SockLen>(to.size()));
        code = sent < 0 ? platform::lastError() : 0;
    } while (sent < 0 && platform::isInterrupted(code));
    if (sent < 0) {
        Error error = failure("sendto", callArgs(), code);
        error.input = to.toDisplay();
        return error;
    }
    if (m_recorder && m_recorder->active() && !m_recorder->keepsNextCall()) {
        m_recorder->skip();
    } else if (m_recorder && m_recorder->active()) {
        CallEvent event;
        event.call = "sendto";
        event.args = callArgs();
        event.result = sent;
        event.socket = m_handle;
        event.data = pythonBytes(payload, kTraceDataPreview);
        m_recorder->record(std::move(event));
    }
    return static_cast<std::size_t>(sent);
}

Result<std::size_t> Socket::recvFrom(char* buffer, std::size_t size, Endpoint& from)
{
    sockaddr_storage storage {};
    platform::SockLen length = sizeof storage;
    long long received;
    int code = 0;
    do {
        received = ::recvfrom(toNative(m_handle), buffer, static_cast<platform::IoSize>(size), 0,
            reinterpret_cast<sockaddr*>(&storage), &length);
        code = received < 0 ? platform::lastError() : 0;
    } while (received < 0 && platform::isInterrupted(code));
    const auto callArgs = [&] { return handleText() + ", " + std::to_string(size); };
    if (received < 0)
        return failure("recvfrom", callArgs(), code);
    from = Endpoint::fromSockaddr(&storage, static_cast<std::size_t>(length));
    if (m_recorder && m_recorder->active() && !m_recorder->keepsNextCall()) {
        m_recorder->skip();
    } else if (m_recorder && m_recorder->active()) {
        const std::string bytes
            = pythonBytes(std::string_view(buffer, static_cast<std::size_t>(received)), kTraceDataPreview);
        CallEvent event;
        event.call = "recvfrom";
        event.args = callArgs();
        event.result = received;
        event.socket = m_handle;
        event.returned = "(" + bytes + ", " + from.toTuple() + ")";
        event.data = bytes;
        m_recorder->record(std::move(event));
    }
    return static_cast<std::size_t>(received);
}

Result<void> Socket::shutdown(ShutdownHow how)
{
    const std::string args = handleText() + ", " + shutdownName(how);
    if (::shutdown(toNative(m_handle), nativeShutdown(how)) != 0)
        return failure("shutdown", args, platform::lastError());
    recordSuccessIfAny(m_recorder, "shutdown", args, 0, m_handle, {}, stateForTrace());
    return {};
}

Result<Endpoint> Socket::localAddress()
{
    sockaddr_storage storage {};
    platform::SockLen length = sizeof storage;
    if (::getsockname(toNative(m_handle), reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return failure("getsockname", handleText(), platform::lastError());
    Endpoint endpoint = Endpoint::fromSockaddr(&storage, static_cast<std::size_t>(length));
    recordSuccessIfAny(m_recorder, "getsockname", handleText(), 0, m_handle, endpoint.toTuple());
    return endpoint;
}

Result<Endpoint> Socket::peerAddress()
{
    sockaddr_storage storage {};
    platform::SockLen length = sizeof storage;
    if (::getpeername(toNative(m_handle), reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return failure("getpeername", handleText(), platform::lastError());
    Endpoint endpoint = Endpoint::fromSockaddr(&storage, static_cast<std::size_t>(length));
    recordSuccessIfAny(m_recorder, "getpeername", handleText(), 0, m_handle, endpoint.toTuple());
    return endpoint;
}

Result<void> Socket::setNonBlocking(bool enabled)
{
    if (!platform::setNonBlocking(toNative(m_handle), enabled))
        return platform::systemError("fcntl", platform::lastError());
    m_nonBlocking = enabled;
    return {};
}

void Socket::close()
{
    if (m_handle == kNoSocket)
        return;
    const std::optional<TcpState> before = stateForTrace();
    const SocketHandle handle = std::exchange(m_handle, kNoSocket);
    const std::string args = std::to_string(static_cast<long long>(handle));
    if (platform::closeSocket(toNative(handle)) != 0) {
        const Error error = platform::systemError("close", platform::lastError());
        if (m_recorder)
            m_recorder->recordFailure("close", args, handle, error);
        return;
    }
    if (m_recorder && m_recorder->active()) {
        CallEvent event;
        event.call = "close";
        event.args = args;
        event.socket = handle;
        event.tcpStateBeforeClose = before;
        m_recorder->record(std::move(event));
    }
}

} // namespace socketlab::core
