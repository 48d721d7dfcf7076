// The platform shim: the only header that includes the system's socket headers, and the only
// place where POSIX and Winsock differ (#ifdef _WIN32 lives here and in platform_*.cpp alone).
// Internal to src/core: other layers include the core's value headers, never this one.
#pragma once

#include "call_event.h"
#include "errors.h"
#include "tcp_state.h"

#include <cstddef>
#include <cstdint>
#include <string>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
// winsock2.h before windows.h; afunix.h needs winsock2's ADDRESS_FAMILY (the blank lines stop
// clang-format from sorting them alphabetically again).
#include <winsock2.h>

#include <windows.h>
#include <ws2tcpip.h>

#include <afunix.h>
#else
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>
#endif

// Winsock spells the IPv6 membership options the older way.
#if !defined(IPV6_JOIN_GROUP) && defined(IPV6_ADD_MEMBERSHIP)
#define IPV6_JOIN_GROUP IPV6_ADD_MEMBERSHIP
#define IPV6_LEAVE_GROUP IPV6_DROP_MEMBERSHIP
#endif

namespace socketlab::core::platform {

#ifdef _WIN32
using NativeSocket = SOCKET;
using SockLen = int;
using IoSize = int; // Winsock takes and returns int lengths
using PollEntry = WSAPOLLFD;
#else
using NativeSocket = int;
using SockLen = socklen_t;
using IoSize = std::size_t;
using PollEntry = pollfd;
#endif

inline NativeSocket toNative(SocketHandle handle)
{
    return static_cast<NativeSocket>(handle);
}
inline SocketHandle fromNative(NativeSocket socket)
{
    return static_cast<SocketHandle>(socket);
}
bool isValid(NativeSocket socket);

// Must run before any socket call (WSAStartup on Windows; nothing on POSIX). Idempotent and
// thread-safe. Returns false with `error` filled if networking cannot start.
bool startNetworking(Error* error = nullptr);

// The calling thread's last socket error (errno / WSAGetLastError()).
int lastError();
bool isWouldBlock(int code); // EAGAIN, EWOULDBLOCK, WSAEWOULDBLOCK
bool isInProgress(int code); // EINPROGRESS, WSAEWOULDBLOCK for connect
bool isInterrupted(int code); // EINTR, WSAEINTR: retry

// An Error for a failed call: portable name ("ECONNREFUSED" for WSAECONNREFUSED too),
// condition, the system's message.
Error systemError(const char* call, int code);
// An Error for a getaddrinfo/getnameinfo result code (EAI_*). `systemCode` is errno when the
// result is EAI_SYSTEM.
Error resolverError(const char* call, int code, int systemCode);

// Errors the core raises itself — a connect() that timed out, a wait cut short by stop() —
// named and worded as the system names them (ETIMEDOUT / WSAETIMEDOUT, ECANCELED / WSAECANCELLED).
Error timedOutError(const char* call);
Error cancelledError(const char* call);

int closeSocket(NativeSocket socket);
bool setNonBlocking(NativeSocket socket, bool enabled);
// Flags for send()/sendto(): MSG_NOSIGNAL where it exists, so a vanished peer never kills the
// process with SIGPIPE. Sockets get SO_NOSIGPIPE where MSG_NOSIGNAL does not exist (macOS).
int sendFlags();
void preventSigPipe(NativeSocket socket);
// Closes sockets in child processes (FD_CLOEXEC); a no-op where handles are not inherited.
void setCloseOnExec(NativeSocket socket);
// accept() returning a socket already close-on-exec, SIGPIPE-safe and, if asked, non-blocking:
// one accept4() on Linux instead of five calls per connection. Invalid on failure (lastError()).
NativeSocket acceptSocket(NativeSocket listener, sockaddr* address, SockLen* length, bool nonBlocking);
// Sets the length field that BSD sockaddrs begin with (sin_len, sin6_len, sun_len: macOS, the
// BSDs) in an address built by hand; a no-op where sockaddrs have none (Linux, Windows). The
// kernel fills it in every address it returns, so without it the same address built by hand
// would compare unequal byte for byte (Endpoint::operator==). Inline: one line per system.
inline void setAddressLength(void* address, std::size_t length)
{
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) || defined(__NetBSD__) || defined(__DragonFly__)
    static_cast<sockaddr*>(address)->sa_len = static_cast<std::uint8_t>(length);
#else
    (void)address;
    (void)length;
#endif
}

// The TCP state of a stream socket as the kernel reports it (Linux TCP_INFO, macOS
// TCP_CONNECTION_INFO, Windows SIO_TCP_INFO); TcpState::Unknown where the system does not tell,
// or for a socket that is not TCP. Cheap: one getsockopt()/WSAIoctl(), never recorded.
TcpState tcpState(NativeSocket socket);

// poll() / WSAPoll().
int pollSockets(PollEntry* entries, std::size_t count, int timeoutMs);

// A socket-like handle that a poll wait can watch and another thread (or a signal handler) can
// make readable: a pipe on POSIX, a loopback UDP socket pair on Windows.
class WakeChannel {
public:
    WakeChannel() = default;
    ~WakeChannel();
    WakeChannel(const WakeChannel&) = delete;
    WakeChannel& operator=(const WakeChannel&) = delete;

    Result<void> open();
    NativeSocket readHandle() const { return m_read; }
    void signal(); // thread-safe, async-signal-safe
    void drain();

private:
#ifdef _WIN32
    NativeSocket m_read = INVALID_SOCKET;
    NativeSocket m_write = INVALID_SOCKET;
#else
    int m_read = -1;
    int m_write = -1;
#endif
};

// An interface's index from its name ("lo", "eth0") or its number as text; 0 if unknown.
unsigned interfaceIndex(const std::string& name);

// Raises the soft open-file limit to the hard limit (thousands of clients). No-op on Windows.
void raiseOpenFileLimit();

// The host's name (gethostname) with its error.
Result<std::string> hostName();

} // namespace socketlab::core::platform
