// The POSIX half of the platform shim (Linux, macOS, the BSDs).
#include "platform.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <sys/resource.h>
#if defined(__APPLE__)
#include <netinet/tcp_fsm.h> // TCPS_* for TCP_CONNECTION_INFO
#include <sys/syslimits.h> // OPEN_MAX, for raiseOpenFileLimit()
#endif

// What the system offers, decided once. SOCKETLAB_TEST_BSD_FALLBACKS (tests only, see
// tests/core/CMakeLists.txt) makes a Linux build take the macOS/BSD paths where Linux can run
// them: accept() + fcntl() instead of accept4(), and send() without MSG_NOSIGNAL.
#if defined(__linux__) && defined(SOCK_CLOEXEC) && !defined(SOCKETLAB_TEST_BSD_FALLBACKS)
#define SOCKETLAB_HAVE_ACCEPT4 1
#endif
#if defined(MSG_NOSIGNAL) && !defined(SOCKETLAB_TEST_BSD_FALLBACKS)
#define SOCKETLAB_HAVE_MSG_NOSIGNAL 1
#endif

namespace socketlab::core::platform {
namespace {

struct ErrnoEntry {
    int code;
    const char* name;
    Condition condition;
};

// The errno values a socket program meets, with their names and meanings.
const ErrnoEntry kErrnoTable[] = {
    {ECONNREFUSED, "ECONNREFUSED", Condition::ConnectionRefused},
    {EADDRINUSE, "EADDRINUSE", Condition::AddressInUse},
    {EADDRNOTAVAIL, "EADDRNOTAVAIL", Condition::AddressNotAvailable},
    {EACCES, "EACCES", Condition::PermissionDenied},
    {EPERM, "EPERM", Condition::PermissionDenied},
    {ETIMEDOUT, "ETIMEDOUT", Condition::TimedOut},
    {ECONNRESET, "ECONNRESET", Condition::ConnectionReset},
    {ECONNABORTED, "ECONNABORTED", Condition::ConnectionAborted},
    {EPIPE, "EPIPE", Condition::BrokenPipe},
    {ENETUNREACH, "ENETUNREACH", Condition::NetworkUnreachable},
    {EHOSTUNREACH, "EHOSTUNREACH", Condition::HostUnreachable},
    {ENETDOWN, "ENETDOWN", Condition::NetworkDown},
    {EMSGSIZE, "EMSGSIZE", Condition::MessageTooLong},
    {ENOTCONN, "ENOTCONN", Condition::NotConnected},
    {EISCONN, "EISCONN", Condition::AlreadyConnected},
    {EAFNOSUPPORT, "EAFNOSUPPORT", Condition::FamilyNotSupported},
    {EPROTONOSUPPORT, "EPROTONOSUPPORT", Condition::FamilyNotSupported},
    {EMFILE, "EMFILE", Condition::TooManyOpenFiles},
    {ENFILE, "ENFILE", Condition::TooManyOpenFiles},
    {ENOBUFS, "ENOBUFS", Condition::NoBufferSpace},
    {ENOMEM, "ENOMEM", Condition::NoBufferSpace},
    {EINVAL, "EINVAL", Condition::InvalidArgument},
    {EBADF, "EBADF", Condition::InvalidArgument},
    {ENOTSOCK, "ENOTSOCK", Condition::InvalidArgument},
    {EOPNOTSUPP, "EOPNOTSUPP", Condition::InvalidArgument},
#if ENOTSUP != EOPNOTSUPP
    // Two codes on macOS and the BSDs (45 and 102), one on Linux: the table holds each once.
    {ENOTSUP, "ENOTSUP", Condition::InvalidArgument},
#endif
    {ENOPROTOOPT, "ENOPROTOOPT", Condition::InvalidArgument},
    {EDESTADDRREQ, "EDESTADDRREQ", Condition::NotConnected},
    {EAGAIN, "EAGAIN", Condition::WouldBlock},
#if EWOULDBLOCK != EAGAIN
    {EWOULDBLOCK, "EWOULDBLOCK", Condition::WouldBlock},
#endif
    {EINPROGRESS, "EINPROGRESS", Condition::WouldBlock},
    {EALREADY, "EALREADY", Condition::WouldBlock},
    {EINTR, "EINTR", Condition::Other},
    {ECANCELED, "ECANCELED", Condition::Cancelled},
    {ENOENT, "ENOENT", Condition::AddressNotAvailable},
    {ENAMETOOLONG, "ENAMETOOLONG", Condition::InvalidArgument},
    {ESHUTDOWN, "ESHUTDOWN", Condition::BrokenPipe},
#if defined(__APPLE__)
    // macOS's send() may fail with EPROTOTYPE instead of EPIPE while the peer's close is still
    // being processed (a known XNU race): for the learner it is the same broken connection.
    {EPROTOTYPE, "EPROTOTYPE", Condition::BrokenPipe},
#endif
};

struct ResolverEntry {
    int code;
    const char* name;
    Condition condition;
};

const ResolverEntry kResolverTable[] = {
    {EAI_NONAME, "EAI_NONAME", Condition::HostNotFound},
    {EAI_AGAIN, "EAI_AGAIN", Condition::TemporaryFailure},
    {EAI_FAIL, "EAI_FAIL", Condition::ResolverFailure},
    {EAI_FAMILY, "EAI_FAMILY", Condition::FamilyNotSupported},
    {EAI_SOCKTYPE, "EAI_SOCKTYPE", Condition::SocketTypeNotSupported},
    {EAI_SERVICE, "EAI_SERVICE", Condition::ServiceNotFound},
    {EAI_MEMORY, "EAI_MEMORY", Condition::NoBufferSpace},
    {EAI_BADFLAGS, "EAI_BADFLAGS", Condition::InvalidArgument},
    {EAI_OVERFLOW, "EAI_OVERFLOW", Condition::InvalidArgument},
#ifdef EAI_NODATA
    {EAI_NODATA, "EAI_NODATA", Condition::NoAddressForFamily},
#endif
#ifdef EAI_ADDRFAMILY
    {EAI_ADDRFAMILY, "EAI_ADDRFAMILY", Condition::NoAddressForFamily},
#endif
};

std::string errnoMessage(int code)
{
    char buffer[256] = {};
#if defined(__GLIBC__) && defined(_GNU_SOURCE)
    // GNU strerror_r may return a static string instead of filling the buffer.
    return strerror_r(code, buffer, sizeof buffer);
#else
    if (strerror_r(code, buffer, sizeof buffer) != 0)
        return "Unknown error " + std::to_string(code);
    return buffer;
#endif
}

} // namespace

bool isValid(NativeSocket socket)
{
    return socket >= 0;
}

bool startNetworking(Error*)
{
    return true;
}

int lastError()
{
    return errno;
}
bool isWouldBlock(int code)
{
    return code == EAGAIN || code == EWOULDBLOCK;
}
bool isInProgress(int code)
{
    return code == EINPROGRESS;
}
bool isInterrupted(int code)
{
    return code == EINTR;
}

Error systemError(const char* call, int code)
{
    Error error;
    error.kind = ErrorKind::System;
    error.call = call;
    error.code = code;
    error.message = errnoMessage(code);
    error.name = "E" + std::to_string(code);
    for (const ErrnoEntry& entry : kErrnoTable) {
        if (entry.code == code) {
            error.name = entry.name;
            error.condition = entry.condition;
            return error;
        }
    }
    error.condition = Condition::Other;
    return error;
}

Error resolverError(const char* call, int code, int systemCode)
{
    if (code == EAI_SYSTEM)
        return systemError(call, systemCode);
    Error error;
    error.kind = ErrorKind::Resolver;
    error.call = call;
    error.code = code;
    error.message = gai_strerror(code); // thread-safe on POSIX: it returns static strings
    error.name = "EAI_" + std::to_string(code);
    error.condition = Condition::Other;
    for (const ResolverEntry& entry : kResolverTable) {
        if (entry.code == code) {
            error.name = entry.name;
            error.condition = entry.condition;
            break;
        }
    }
    return error;
}

Error timedOutError(const char* call)
{
    return systemError(call, ETIMEDOUT);
}

Error cancelledError(const char* call)
{
    Error error = systemError(call, ECANCELED);
    error.condition = Condition::Cancelled;
    return error;
}

int closeSocket(NativeSocket socket)
{
    // Never retry close() on EINTR: on Linux the descriptor is gone either way.
    return ::close(socket);
}

bool setNonBlocking(NativeSocket socket, bool enabled)
{
    const int flags = ::fcntl(socket, F_GETFL, 0);
    if (flags < 0)
        return false;
    const int wanted = enabled ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
    return wanted == flags || ::fcntl(socket, F_SETFL, wanted) == 0;
}

int sendFlags()
{
#ifdef SOCKETLAB_HAVE_MSG_NOSIGNAL
    return MSG_NOSIGNAL;
#else
    return 0;
#endif
}

void preventSigPipe(NativeSocket socket)
{
    // macOS has no MSG_NOSIGNAL; SO_NOSIGPIPE is its per-socket counterpart. Socket::open() sets
    // it on every socket it makes, acceptSocket() on every accepted one (XNU copies the flag from
    // the listener, but stating it costs one call and holds on every BSD).
#ifdef SO_NOSIGPIPE
    const int on = 1;
    ::setsockopt(socket, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#else
    (void)socket;
#endif
}

void setCloseOnExec(NativeSocket socket)
{
    const int flags = ::fcntl(socket, F_GETFD, 0);
    if (flags >= 0)
        ::fcntl(socket, F_SETFD, flags | FD_CLOEXEC);
}

NativeSocket acceptSocket(NativeSocket listener, sockaddr* address, SockLen* length, bool nonBlocking)
{
#ifdef SOCKETLAB_HAVE_ACCEPT4
    return ::accept4(listener, address, length, SOCK_CLOEXEC | (nonBlocking ? SOCK_NONBLOCK : 0));
#else
    // macOS has no accept4(). Its accept() gives the new socket the listener's O_NONBLOCK (Linux's
    // does not), so the blocking mode is set both ways, not only switched on. A socket that cannot
    // be set up as asked is closed and the failure reported, as accept4() would.
    const NativeSocket accepted = ::accept(listener, address, length);
    if (!isValid(accepted))
        return accepted;
    const int fdFlags = ::fcntl(accepted, F_GETFD, 0);
    if (fdFlags < 0 || ::fcntl(accepted, F_SETFD, fdFlags | FD_CLOEXEC) != 0
        || !setNonBlocking(accepted, nonBlocking)) {
        const int savedErrno = errno;
        ::close(accepted);
        errno = savedErrno;
        return -1;
    }
    preventSigPipe(accepted);
    return accepted;
#endif
}

TcpState tcpState(NativeSocket socket)
{
#if defined(__linux__) && defined(TCP_INFO)
    tcp_info info {};
    socklen_t size = sizeof info;
    if (getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &size) != 0 || size < sizeof info.tcpi_state)
        return TcpState::Unknown;
    switch (info.tcpi_state) {
    case TCP_ESTABLISHED: return TcpState::Established;
    case TCP_SYN_SENT: return TcpState::SynSent;
    case TCP_SYN_RECV: return TcpState::SynReceived;
    case TCP_FIN_WAIT1: return TcpState::FinWait1;
    case TCP_FIN_WAIT2: return TcpState::FinWait2;
    case TCP_TIME_WAIT: return TcpState::TimeWait;
    case TCP_CLOSE: return TcpState::Closed;
    case TCP_CLOSE_WAIT: return TcpState::CloseWait;
    case TCP_LAST_ACK: return TcpState::LastAck;
    case TCP_LISTEN: return TcpState::Listen;
    case TCP_CLOSING: return TcpState::Closing;
    default: return TcpState::Unknown;
    }
#elif defined(__APPLE__) && defined(TCP_CONNECTION_INFO)
    tcp_connection_info info {};
    socklen_t size = sizeof info;
    if (getsockopt(socket, IPPROTO_TCP, TCP_CONNECTION_INFO, &info, &size) != 0)
        return TcpState::Unknown;
    switch (info.tcpi_state) {
    case TCPS_CLOSED: return TcpState::Closed;
    case TCPS_LISTEN: return TcpState::Listen;
    case TCPS_SYN_SENT: return TcpState::SynSent;
    case TCPS_SYN_RECEIVED: return TcpState::SynReceived;
    case TCPS_ESTABLISHED: return TcpState::Established;
    case TCPS_CLOSE_WAIT: return TcpState::CloseWait;
    case TCPS_FIN_WAIT_1: return TcpState::FinWait1;
    case TCPS_CLOSING: return TcpState::Closing;
    case TCPS_LAST_ACK: return TcpState::LastAck;
    case TCPS_FIN_WAIT_2: return TcpState::FinWait2;
    case TCPS_TIME_WAIT: return TcpState::TimeWait;
    default: return TcpState::Unknown;
    }
#else
    // The BSDs and others: not wired up, so say "not reported" rather than guess.
    (void)socket;
    return TcpState::Unknown;
#endif
}

int pollSockets(PollEntry* entries, std::size_t count, int timeoutMs)
{
    return ::poll(entries, static_cast<nfds_t>(count), timeoutMs);
}

WakeChannel::~WakeChannel()
{
    if (m_read >= 0)
        ::close(m_read);
    if (m_write >= 0)
        ::close(m_write);
}

Result<void> WakeChannel::open()
{
    int fds[2];
    if (::pipe(fds) != 0)
        return systemError("pipe", errno);
    m_read = fds[0];
    m_write = fds[1];
    for (const int fd : fds) {
        setNonBlocking(fd, true);
        setCloseOnExec(fd);
    }
    return {};
}

void WakeChannel::signal()
{
    // write() is async-signal-safe; a full pipe already means "wake up", so errors are moot.
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(m_write, &byte, 1);
    errno = savedErrno;
}

void WakeChannel::drain()
{
    char buffer[64];
    while (::read(m_read, buffer, sizeof buffer) > 0) { }
}

unsigned interfaceIndex(const std::string& name)
{
    if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos)
        return static_cast<unsigned>(std::stoul(name));
    return name.empty() ? 0 : ::if_nametoindex(name.c_str());
}

void raiseOpenFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= limit.rlim_max)
        return;
    limit.rlim_cur = limit.rlim_max;
#if defined(__APPLE__)
    // macOS reports an unlimited hard limit but refuses (EINVAL) a soft limit above OPEN_MAX, as
    // its setrlimit(2) says: asking for "unlimited" would leave the default of 256 in place.
    if (limit.rlim_cur > static_cast<rlim_t>(OPEN_MAX))
        limit.rlim_cur = static_cast<rlim_t>(OPEN_MAX);
#endif
    ::setrlimit(RLIMIT_NOFILE, &limit);
}

Result<std::string> hostName()
{
    // POSIX allows 255 bytes for a host name; one more for the terminating zero.
    char buffer[256] = {};
    if (::gethostname(buffer, sizeof buffer - 1) != 0)
        return systemError("gethostname", errno);
    return std::string(buffer);
}

} // namespace socketlab::core::platform
