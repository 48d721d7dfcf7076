// The platform shim on Windows: Winsock 2.2 behind the functions of platform.h.
//
// Winsock differs from BSD sockets in small ways that all end up here: WSAStartup before any
// call, SOCKET handles instead of fds, WSAGetLastError() instead of errno, WSA-prefixed error
// codes that we report under their POSIX names so a trace reads the same on every system, and
// no pipe that WSAPoll can watch (the wake channel is a loopback UDP pair instead).
// SIO_TCP_INFO's types are declared only for Windows 10 1703 (RS2) and later; on older systems
// the ioctl fails harmlessly and the state reads as unknown, so ask the headers for them.
#ifndef NTDDI_VERSION
#define NTDDI_VERSION 0x0A000003
#endif
#include "platform.h"

#include <mstcpip.h> // SIO_TCP_INFO, TCP_INFO_v0 (Windows 10 1703 and later)
#include <mswsock.h> // SIO_UDP_CONNRESET

#include <algorithm>
#include <chrono>
#include <cwchar>
#include <initializer_list>
#include <mutex>
#include <string>

namespace socketlab::core::platform {

namespace {

constexpr BYTE kWinsockMajor = 2;
constexpr BYTE kWinsockMinor = 2;
// FormatMessageW texts are a sentence or two; longer ones are cut, which is harmless.
constexpr DWORD kMessageBufferChars = 512;
// Microsoft documents 256 characters as always enough for GetHostNameW.
constexpr int kHostNameBufferChars = 256;
constexpr char kWakeByte = 1;
// Wake datagrams are one byte; the buffer only needs to hold a few at a time.
constexpr int kDrainBufferBytes = 64;
// How often a wait for a connect asks select() whether it failed (see pollSockets): short enough
// that a refused connect reads as prompt, long enough to cost nothing.
constexpr int kConnectCheckSliceMs = 50;

struct ErrorInfo {
    const char* name;
    Condition condition;
};

// Winsock's codes under the POSIX names a learner meets in books and on the other systems.
// Codes with no POSIX counterpart keep their Winsock name; unknown ones become "WSA<number>".
const ErrorInfo* findSystemError(int code)
{
    static const struct {
        int code;
        ErrorInfo info;
    } kTable[] = {
        {WSAEINTR, {"EINTR", Condition::Other}},
        {WSAEBADF, {"EBADF", Condition::InvalidArgument}},
        {WSAEACCES, {"EACCES", Condition::PermissionDenied}},
        {WSAEFAULT, {"EFAULT", Condition::InvalidArgument}},
        {WSAEINVAL, {"EINVAL", Condition::InvalidArgument}},
        {WSAEMFILE, {"EMFILE", Condition::TooManyOpenFiles}},
        {WSAEWOULDBLOCK, {"EWOULDBLOCK", Condition::WouldBlock}},
        {WSAEINPROGRESS, {"EINPROGRESS", Condition::WouldBlock}},
        {WSAEALREADY, {"EALREADY", Condition::WouldBlock}},
        {WSAENOTSOCK, {"ENOTSOCK", Condition::InvalidArgument}},
        {WSAEDESTADDRREQ, {"EDESTADDRREQ", Condition::NotConnected}},
        {WSAEMSGSIZE, {"EMSGSIZE", Condition::MessageTooLong}},
        {WSAEPROTOTYPE, {"EPROTOTYPE", Condition::InvalidArgument}},
        {WSAENOPROTOOPT, {"ENOPROTOOPT", Condition::InvalidArgument}},
        {WSAEPROTONOSUPPORT, {"EPROTONOSUPPORT", Condition::FamilyNotSupported}},
        {WSAESOCKTNOSUPPORT, {"ESOCKTNOSUPPORT", Condition::FamilyNotSupported}},
        {WSAEOPNOTSUPP, {"EOPNOTSUPP", Condition::InvalidArgument}},
        {WSAEPFNOSUPPORT, {"EPFNOSUPPORT", Condition::FamilyNotSupported}},
        {WSAEAFNOSUPPORT, {"EAFNOSUPPORT", Condition::FamilyNotSupported}},
        {WSAEADDRINUSE, {"EADDRINUSE", Condition::AddressInUse}},
        {WSAEADDRNOTAVAIL, {"EADDRNOTAVAIL", Condition::AddressNotAvailable}},
        {WSAENETDOWN, {"ENETDOWN", Condition::NetworkDown}},
        {WSAENETUNREACH, {"ENETUNREACH", Condition::NetworkUnreachable}},
        {WSAENETRESET, {"ENETRESET", Condition::ConnectionReset}},
        {WSAECONNABORTED, {"ECONNABORTED", Condition::ConnectionAborted}},
        {WSAECONNRESET, {"ECONNRESET", Condition::ConnectionReset}},
        {WSAENOBUFS, {"ENOBUFS", Condition::NoBufferSpace}},
        {WSAEISCONN, {"EISCONN", Condition::AlreadyConnected}},
        {WSAENOTCONN, {"ENOTCONN", Condition::NotConnected}},
        // Winsock's answer to a send after shutdown(SD_SEND), where POSIX says EPIPE.
        {WSAESHUTDOWN, {"ESHUTDOWN", Condition::BrokenPipe}},
        {WSAETOOMANYREFS, {"ETOOMANYREFS", Condition::Other}},
        {WSAETIMEDOUT, {"ETIMEDOUT", Condition::TimedOut}},
        {WSAECONNREFUSED, {"ECONNREFUSED", Condition::ConnectionRefused}},
        {WSAELOOP, {"ELOOP", Condition::InvalidArgument}},
        {WSAENAMETOOLONG, {"ENAMETOOLONG", Condition::InvalidArgument}},
        {WSAEHOSTDOWN, {"EHOSTDOWN", Condition::HostUnreachable}},
        {WSAEHOSTUNREACH, {"EHOSTUNREACH", Condition::HostUnreachable}},
        {WSAENOTEMPTY, {"ENOTEMPTY", Condition::Other}},
        {WSAEPROCLIM, {"EPROCLIM", Condition::TooManyOpenFiles}},
        {WSAEUSERS, {"EUSERS", Condition::Other}},
        {WSAEDQUOT, {"EDQUOT", Condition::Other}},
        {WSAESTALE, {"ESTALE", Condition::Other}},
        {WSAEREMOTE, {"EREMOTE", Condition::Other}},
        {WSAECANCELLED, {"ECANCELED", Condition::Cancelled}},
        {WSA_OPERATION_ABORTED, {"ECANCELED", Condition::Cancelled}},
        {WSA_INVALID_PARAMETER, {"EINVAL", Condition::InvalidArgument}},
        {WSA_NOT_ENOUGH_MEMORY, {"ENOMEM", Condition::NoBufferSpace}},
        // Windows-only failures of the Winsock library itself.
        {WSASYSNOTREADY, {"WSASYSNOTREADY", Condition::NetworkDown}},
        {WSAVERNOTSUPPORTED, {"WSAVERNOTSUPPORTED", Condition::Other}},
        {WSANOTINITIALISED, {"WSANOTINITIALISED", Condition::Other}},
        {WSAEDISCON, {"WSAEDISCON", Condition::ConnectionReset}},
    };
    for (const auto& entry : kTable) {
        if (entry.code == code)
            return &entry.info;
    }
    return nullptr;
}

// getaddrinfo/getnameinfo on Windows return WSA codes; the EAI_ macros are aliases for them.
const ErrorInfo* findResolverError(int code)
{
    static const struct {
        int code;
        ErrorInfo info;
    } kTable[] = {
        {WSAHOST_NOT_FOUND, {"EAI_NONAME", Condition::HostNotFound}},
        {WSATRY_AGAIN, {"EAI_AGAIN", Condition::TemporaryFailure}},
        {WSANO_RECOVERY, {"EAI_FAIL", Condition::ResolverFailure}},
        {WSATYPE_NOT_FOUND, {"EAI_SERVICE", Condition::ServiceNotFound}},
        {WSAEAFNOSUPPORT, {"EAI_FAMILY", Condition::FamilyNotSupported}},
        {WSAESOCKTNOSUPPORT, {"EAI_SOCKTYPE", Condition::SocketTypeNotSupported}},
        {WSA_NOT_ENOUGH_MEMORY, {"EAI_MEMORY", Condition::NoBufferSpace}},
        {WSANO_DATA, {"EAI_NODATA", Condition::NoAddressForFamily}},
        {WSAEINVAL, {"EAI_BADFLAGS", Condition::InvalidArgument}},
    };
    for (const auto& entry : kTable) {
        if (entry.code == code)
            return &entry.info;
    }
    return nullptr;
}

std::string toUtf8(const wchar_t* text, int length)
{
    if (length <= 0)
        return {};
    const int bytes = WideCharToMultiByte(CP_UTF8, 0, text, length, nullptr, 0, nullptr, nullptr);
    if (bytes <= 0)
        return {};
    std::string result(static_cast<std::size_t>(bytes), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, length, result.data(), bytes, nullptr, nullptr);
    return result;
}

// Windows' messages end in ".\r\n"; strerror's have neither, and our "<call>: <message> (NAME)"
// line reads wrong with them.
void trimMessageEnd(std::string& message)
{
    const auto end = message.find_last_not_of("\r\n .");
    message.erase(end == std::string::npos ? 0 : end + 1);
}

// The system's own text in the user's language (Winsock and resolver codes alike).
std::string systemMessage(int code)
{
    wchar_t buffer[kMessageBufferChars] = {};
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        static_cast<DWORD>(code), 0, buffer, kMessageBufferChars, nullptr);
    std::string message = toUtf8(buffer, static_cast<int>(length));
    trimMessageEnd(message);
    if (message.empty()) {
        // No text from the system: the number at least lets the user look it up.
        message = "Error " + std::to_string(code);
    }
    return message;
}

std::string unknownName(int code)
{
    return "WSA" + std::to_string(code);
}

// Winsock reports an ICMP port-unreachable for an earlier datagram as WSAECONNRESET on the next
// recv; for the wake channel that is noise, and a stuck error would keep drain() from draining.
void disableUdpConnReset(SOCKET socket)
{
    BOOL reportReset = FALSE;
    DWORD bytesReturned = 0;
    WSAIoctl(
        socket, SIO_UDP_CONNRESET, &reportReset, sizeof(reportReset), nullptr, 0, &bytesReturned, nullptr, nullptr);
}

Error lastSystemError(const char* call)
{
    return systemError(call, WSAGetLastError());
}

} // namespace

bool isValid(NativeSocket socket)
{
    return socket != INVALID_SOCKET;
}

bool startNetworking(Error* error)
{
    // WSAStartup is reference counted; one successful call for the process is enough, and it is
    // never undone: WSACleanup at exit would race with sessions still closing their sockets.
    static std::once_flag once;
    static int startResult = 0;
    std::call_once(once, [] {
        WSADATA data {};
        startResult = WSAStartup(MAKEWORD(kWinsockMajor, kWinsockMinor), &data);
    });
    if (startResult != 0) {
        if (error) {
            // WSAStartup returns its error instead of setting WSAGetLastError().
            *error = systemError("WSAStartup", startResult);
        }
        return false;
    }
    return true;
}

int lastError()
{
    return WSAGetLastError();
}

bool isWouldBlock(int code)
{
    return code == WSAEWOULDBLOCK;
}

// A non-blocking connect() says WSAEWOULDBLOCK; WSAEINPROGRESS is the old blocking-call code.
bool isInProgress(int code)
{
    return code == WSAEWOULDBLOCK || code == WSAEINPROGRESS;
}

bool isInterrupted(int code)
{
    return code == WSAEINTR;
}

Error systemError(const char* call, int code)
{
    Error error;
    error.kind = ErrorKind::System;
    error.call = call;
    error.code = code;
    if (const ErrorInfo* info = findSystemError(code)) {
        error.name = info->name;
        error.condition = info->condition;
    } else {
        error.name = unknownName(code);
        error.condition = Condition::Other;
    }
    error.message = systemMessage(code);
    return error;
}

Error resolverError(const char* call, int code, int systemCode)
{
    // Windows has no EAI_SYSTEM: the code is already the Winsock error, so systemCode says nothing.
    (void)systemCode;
    Error error;
    error.kind = ErrorKind::Resolver;
    error.call = call;
    error.code = code;
    if (const ErrorInfo* info = findResolverError(code)) {
        error.name = info->name;
        error.condition = info->condition;
    } else if (const ErrorInfo* systemInfo = findSystemError(code)) {
        // e.g. WSANOTINITIALISED or WSAENOBUFS from inside the resolver.
        error.name = systemInfo->name;
        error.condition = systemInfo->condition;
    } else {
        error.name = unknownName(code);
        error.condition = Condition::Other;
    }
    // Not gai_strerror: on Windows it returns a static buffer shared by all threads.
    error.message = systemMessage(code);
    return error;
}

Error timedOutError(const char* call)
{
    return systemError(call, WSAETIMEDOUT);
}

Error cancelledError(const char* call)
{
    Error error = systemError(call, WSAECANCELLED);
    error.condition = Condition::Cancelled; // whatever the table says, a stop() is a cancel
    return error;
}

int closeSocket(NativeSocket socket)
{
    return closesocket(socket);
}

bool setNonBlocking(NativeSocket socket, bool enabled)
{
    u_long mode = enabled ? 1 : 0;
    return ioctlsocket(socket, static_cast<long>(FIONBIO), &mode) == 0;
}

// Winsock never raises a signal on a vanished peer: send() just fails with WSAECONNRESET.
int sendFlags()
{
    return 0;
}

void preventSigPipe(NativeSocket /*socket*/) { }

void setCloseOnExec(NativeSocket socket)
{
    // A failure only means a child process could inherit the handle; nothing a learner's
    // session can act on, and the socket works all the same.
    SetHandleInformation(reinterpret_cast<HANDLE>(socket), HANDLE_FLAG_INHERIT, 0);
}

NativeSocket acceptSocket(NativeSocket listener, sockaddr* address, SockLen* length, bool nonBlocking)
{
    const NativeSocket accepted = ::accept(listener, address, length);
    if (isValid(accepted)) {
        setCloseOnExec(accepted);
        if (nonBlocking)
            setNonBlocking(accepted, true);
    }
    return accepted;
}

TcpState tcpState(NativeSocket socket)
{
#if defined(SIO_TCP_INFO) && defined(NTDDI_WIN10_RS2) && NTDDI_VERSION >= NTDDI_WIN10_RS2
    // Older Windows versions fail the ioctl: then the state is reported as unknown.
    DWORD version = 0;
    TCP_INFO_v0 info {};
    DWORD returned = 0;
    if (WSAIoctl(socket, SIO_TCP_INFO, &version, sizeof version, &info, sizeof info, &returned, nullptr, nullptr) != 0)
        return TcpState::Unknown;
    switch (info.State) {
    case TCPSTATE_CLOSED: return TcpState::Closed;
    case TCPSTATE_LISTEN: return TcpState::Listen;
    case TCPSTATE_SYN_SENT: return TcpState::SynSent;
    case TCPSTATE_SYN_RCVD: return TcpState::SynReceived;
    case TCPSTATE_ESTABLISHED: return TcpState::Established;
    case TCPSTATE_FIN_WAIT_1: return TcpState::FinWait1;
    case TCPSTATE_FIN_WAIT_2: return TcpState::FinWait2;
    case TCPSTATE_CLOSE_WAIT: return TcpState::CloseWait;
    case TCPSTATE_CLOSING: return TcpState::Closing;
    case TCPSTATE_LAST_ACK: return TcpState::LastAck;
    case TCPSTATE_TIME_WAIT: return TcpState::TimeWait;
    default: return TcpState::Unknown;
    }
#else
    // The SDK's headers lack SIO_TCP_INFO: say "not reported" rather than guess.
    (void)socket;
    return TcpState::Unknown;
#endif
}

namespace {

// Sockets that wait only to become writable — how the core waits for a non-blocking connect —
// and whose connect select() reports as failed (in exceptfds). They get POLLERR | POLLHUP, as a
// fixed WSAPoll gives them. Returns how many. Sockets that also wait to read are left alone:
// exceptfds also means out-of-band data, which a connecting socket cannot have yet.
int markFailedConnects(PollEntry* entries, std::size_t count)
{
    int marked = 0;
    for (std::size_t first = 0; first < count; first += FD_SETSIZE) {
        const std::size_t end = std::min(count, first + FD_SETSIZE);
        fd_set failed;
        FD_ZERO(&failed);
        for (std::size_t i = first; i < end; ++i) {
            if (entries[i].fd != INVALID_SOCKET && (entries[i].events & POLLWRNORM)
                && !(entries[i].events & POLLRDNORM))
                FD_SET(entries[i].fd, &failed);
        }
        if (failed.fd_count == 0)
            continue;
        timeval now {};
        if (select(0, nullptr, nullptr, &failed, &now) <= 0)
            continue;
        for (std::size_t i = first; i < end; ++i) {
            if (entries[i].fd != INVALID_SOCKET && FD_ISSET(entries[i].fd, &failed) && entries[i].revents == 0) {
                entries[i].revents = POLLERR | POLLHUP;
                ++marked;
            }
        }
    }
    return marked;
}

bool waitsForConnect(const PollEntry* entries, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if ((entries[i].events & POLLWRNORM) && !(entries[i].events & POLLRDNORM))
            return true;
    }
    return false;
}

} // namespace

int pollSockets(PollEntry* entries, std::size_t count, int timeoutMs)
{
    // WSAPoll before Windows 10 2004 (so also Windows Server 2019) never reports a failed
    // non-blocking connect: no POLLERR, no POLLHUP, no POLLWRNORM. A refused connect then waited
    // out its whole timeout and came back as ETIMEDOUT, and one without a timeout never came back.
    // select() has always reported it (exceptfds). So while some socket waits only to become
    // writable, WSAPoll waits in short slices and select() looks for failed connects after each.
    if (!waitsForConnect(entries, count))
        return WSAPoll(entries, static_cast<ULONG>(count), timeoutMs);
    const bool forever = timeoutMs < 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(forever ? 0 : timeoutMs);
    for (;;) {
        int sliceMs = kConnectCheckSliceMs;
        if (!forever) {
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            sliceMs = static_cast<int>(std::clamp<long long>(left.count(), 0, kConnectCheckSliceMs));
        }
        const int ready = WSAPoll(entries, static_cast<ULONG>(count), sliceMs);
        if (ready != 0)
            return ready; // events (a fixed WSAPoll reports the failed connect itself), or an error
        const int failed = markFailedConnects(entries, count);
        if (failed > 0 || (!forever && std::chrono::steady_clock::now() >= deadline))
            return failed;
    }
}

WakeChannel::~WakeChannel()
{
    if (m_read != INVALID_SOCKET)
        closesocket(m_read);
    if (m_write != INVALID_SOCKET)
        closesocket(m_write);
}

Result<void> WakeChannel::open()
{
    Error error;
    if (!startNetworking(&error))
        return error;

    // Both sockets live in locals until everything worked, so a failure leaves the channel closed.
    struct Pair {
        SOCKET read = INVALID_SOCKET;
        SOCKET write = INVALID_SOCKET;
        ~Pair()
        {
            if (read != INVALID_SOCKET)
                closesocket(read);
            if (write != INVALID_SOCKET)
                closesocket(write);
        }
    } pair;

    pair.read = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    if (pair.read == INVALID_SOCKET)
        return lastSystemError("socket");
    pair.write = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    if (pair.write == INVALID_SOCKET)
        return lastSystemError("socket");

    sockaddr_in readAddress {};
    readAddress.sin_family = AF_INET;
    readAddress.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    readAddress.sin_port = 0; // any free port
    if (bind(pair.read, reinterpret_cast<const sockaddr*>(&readAddress), sizeof(readAddress)) != 0)
        return lastSystemError("bind");
    SockLen length = sizeof(readAddress);
    if (getsockname(pair.read, reinterpret_cast<sockaddr*>(&readAddress), &length) != 0)
        return lastSystemError("getsockname");
    if (connect(pair.write, reinterpret_cast<const sockaddr*>(&readAddress), sizeof(readAddress)) != 0)
        return lastSystemError("connect");
    // Connecting the read side to the write side makes Winsock drop datagrams from anyone else,
    // so another local program cannot wake (or flood) our poller through the open port.
    sockaddr_in writeAddress {};
    length = sizeof(writeAddress);
    if (getsockname(pair.write, reinterpret_cast<sockaddr*>(&writeAddress), &length) != 0)
        return lastSystemError("getsockname");
    if (connect(pair.read, reinterpret_cast<const sockaddr*>(&writeAddress), sizeof(writeAddress)) != 0)
        return lastSystemError("connect");

    // signal() must never block (it may run in a console control handler), and drain() reads
    // until there is nothing left.
    for (SOCKET handle : {pair.read, pair.write}) {
        if (!setNonBlocking(handle, true))
            return lastSystemError("ioctlsocket");
        setCloseOnExec(handle);
        disableUdpConnReset(handle);
    }

    if (m_read != INVALID_SOCKET)
        closesocket(m_read);
    if (m_write != INVALID_SOCKET)
        closesocket(m_write);
    m_read = pair.read;
    m_write = pair.write;
    pair.read = INVALID_SOCKET;
    pair.write = INVALID_SOCKET;
    return {};
}

void WakeChannel::signal()
{
    // WSAEWOULDBLOCK means the buffer is full of earlier wakes, which wake the poller just as
    // well; any other failure has no one to report to from here.
    send(m_write, &kWakeByte, sizeof(kWakeByte), 0);
}

void WakeChannel::drain()
{
    char buffer[kDrainBufferBytes];
    for (;;) {
        const int received = recv(m_read, buffer, sizeof(buffer), 0);
        if (received != SOCKET_ERROR)
            continue; // one datagram consumed (zero-length ones return 0)
        if (WSAGetLastError() == WSAEMSGSIZE)
            continue; // an oversized datagram is consumed all the same
        break; // WSAEWOULDBLOCK: empty; anything else would only repeat
    }
}

unsigned interfaceIndex(const std::string& name)
{
    // Interface names need the IP Helper library; on Windows the index number is asked for.
    if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos)
        return static_cast<unsigned>(std::stoul(name));
    return 0;
}

void raiseOpenFileLimit()
{
    // Windows has no per-process socket limit to raise.
}

Result<std::string> hostName()
{
    Error error;
    if (!startNetworking(&error))
        return error;
    // GetHostNameW, not gethostname: the latter answers in the ANSI code page, which mangles
    // non-ASCII computer names. For the learner it is the same call.
    wchar_t buffer[kHostNameBufferChars] = {};
    if (GetHostNameW(buffer, kHostNameBufferChars) != 0)
        return lastSystemError("gethostname");
    return toUtf8(buffer, static_cast<int>(wcslen(buffer)));
}

} // namespace socketlab::core::platform
