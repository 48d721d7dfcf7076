// The core's English texts: why input was refused, what a failure means, what to try, and what
// each call does in the source material's words. Marked for lupdate; translated by front ends.
#include "messages.h"

#include "text.h"

namespace socketlab::core {

const char* inputProblemText(InputProblem problem)
{
    switch (problem) {
    case InputProblem::None: return "";
    case InputProblem::PortEmpty:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Port '%1' is empty. Expected a number from 0 to 65535, a string holding such a number, or a service "
            "name such as www or echo.");
    case InputProblem::PortOutOfRange:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Port '%1' is out of range. Expected a number from 0 to 65535, or a service name such as www.");
    case InputProblem::PortNotNumberOrService:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Port '%1' is neither a number nor a service name. Expected a number from 0 to 65535, or a service "
            "name made of letters, digits and dashes, such as www.");
    case InputProblem::PortUnknownService:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Port '%1' is not a known service name. Expected a number from 0 to 65535, or a name from the "
            "services database such as www, http or echo.");
    case InputProblem::HostTooLong:
        return QT_TRANSLATE_NOOP(
            "socketlab::core", "Host '%1' is longer than 253 characters, the limit for a host name.");
    case InputProblem::HostBadLabel:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Host '%1' has an empty part or a part longer than 63 characters between its dots. Expected a host "
            "name made of parts of 1 to 63 letters, digits and dashes, such as www.example.com.");
    case InputProblem::HostBadCharacter:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Host '%1' contains a character that a host name cannot have: a space, a control character, or "
            "something like http:// or a path. Expected a host name, a dotted-quad address (127.0.0.1), an IPv6 "
            "address in colon notation (::1), '<broadcast>', an empty string for all interfaces, or an integer "
            "address (2130706433).");
    case InputProblem::HostBadIPv4:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Host '%1' looks like a dotted-quad address but is not one: expected four numbers from 0 to 255 "
            "separated by dots, such as 127.0.0.1.");
    case InputProblem::HostBadIPv6:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Host '%1' is not a valid IPv6 address in colon notation. Expected an address such as ::1 or "
            "fe80::1%lo, optionally in square brackets.");
    case InputProblem::HostIntegerOutOfRange:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Host '%1' is too large for an integer address. Expected an integer from 0 to 4294967295, read as a "
            "binary address in host byte order (2130706433 is 127.0.0.1).");
    case InputProblem::HostFamilyMismatch:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Host '%1' does not belong to the chosen domain: an IPv4 address needs AF_INET and an IPv6 address "
            "needs AF_INET6.");
    case InputProblem::BroadcastNeedsIPv4:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Host '%1' means INADDR_BROADCAST, which exists only for AF_INET. IPv6 has no broadcast; use AF_INET.");
    case InputProblem::UnixPathEmpty:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Socket path '%1' is empty. An AF_UNIX socket needs a file system path, such as /tmp/socketlab.sock.");
    case InputProblem::UnixPathTooLong:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "The socket path '%1' is too long for an AF_UNIX address (sun_path holds at most 107 bytes here). "
            "Use a shorter path.");
    case InputProblem::UnixNotSupported:
        return QT_TRANSLATE_NOOP("socketlab::core", "AF_UNIX sockets are not available for '%1' on this system.");
    case InputProblem::BadHex:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "'%1' is not valid hex. Expected pairs of hex digits (0-9, a-f), optionally separated by spaces, "
            "such as 48 65 6c 6c 6f.");
    case InputProblem::BadSize:
        return QT_TRANSLATE_NOOP(
            "socketlab::core", "Size '%1' is not valid. Expected a whole number from 1 to 1048576 bytes.");
    case InputProblem::BadBacklog:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Backlog '%1' is not valid. Expected a whole number from 0 to 65535 (the tutorial uses 5).");
    case InputProblem::BadTimeout:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Timeout '%1' is not valid. Expected a number of seconds greater than 0, such as 5 or 0.5.");
    case InputProblem::DatagramTooLarge:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "The datagram of %1 bytes is larger than UDP allows (65507 bytes over IPv4, 65527 over IPv6). "
            "Send less data, or use TCP for a stream.");
    case InputProblem::UnknownInterface:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Interface '%1' is not known. Expected an IPv4 address of this machine (127.0.0.1) for AF_INET, or an "
            "interface name (lo) or index number for AF_INET6; empty lets the system choose.");
    case InputProblem::NotMulticastGroup:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "'%1' is not a multicast group. Expected a numeric address from 224.0.0.0 to 239.255.255.255 "
            "(AF_INET) or one starting with ff (AF_INET6), such as 239.255.42.99 or ff02::1234.");
    case InputProblem::NoSuchConnection:
        return QT_TRANSLATE_NOOP(
            "socketlab::core", "Connection %1 is already closed. Choose a client that is still connected.");
    case InputProblem::CallOutOfOrder:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "%1 cannot come now: the calls made so far do not allow it yet (bind() needs socket(), listen() needs "
            "bind(), accept() needs listen(), send() and recv() need a connection). Choose one of the enabled calls.");
    }
    return "";
}

const char* conditionExplanation(Condition condition)
{
    switch (condition) {
    case Condition::ConnectionRefused: return QT_TRANSLATE_NOOP("socketlab::core", "Nothing is listening at %1.");
    case Condition::AddressInUse:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Another socket already uses %1: another program has the port, or a recently closed connection "
            "keeps it in TIME_WAIT.");
    case Condition::AddressNotAvailable:
        return QT_TRANSLATE_NOOP("socketlab::core", "The address %1 does not belong to this machine.");
    case Condition::PermissionDenied:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "The system did not allow this on %1: ports below 1024 need administrator rights, and broadcast "
            "needs SO_BROADCAST.");
    case Condition::TimedOut: return QT_TRANSLATE_NOOP("socketlab::core", "No answer came from %1 in time.");
    case Condition::ConnectionReset:
        return QT_TRANSLATE_NOOP(
            "socketlab::core", "The peer reset the connection: it closed abruptly or refused the data.");
    case Condition::ConnectionAborted:
        return QT_TRANSLATE_NOOP("socketlab::core", "The connection was aborted on this machine.");
    case Condition::BrokenPipe:
        return QT_TRANSLATE_NOOP("socketlab::core", "The peer has closed the connection; nothing more can be sent.");
    case Condition::NetworkUnreachable:
        return QT_TRANSLATE_NOOP("socketlab::core", "There is no route to the network of %1.");
    case Condition::HostUnreachable: return QT_TRANSLATE_NOOP("socketlab::core", "The host %1 cannot be reached.");
    case Condition::NetworkDown: return QT_TRANSLATE_NOOP("socketlab::core", "The network is down.");
    case Condition::MessageTooLong:
        return QT_TRANSLATE_NOOP("socketlab::core", "The message is too long to go in one datagram (EMSGSIZE).");
    case Condition::NotConnected: return QT_TRANSLATE_NOOP("socketlab::core", "The socket is not connected.");
    case Condition::AlreadyConnected: return QT_TRANSLATE_NOOP("socketlab::core", "The socket is already connected.");
    case Condition::FamilyNotSupported:
        return QT_TRANSLATE_NOOP("socketlab::core", "This system does not support that domain (address family).");
    case Condition::TooManyOpenFiles:
        return QT_TRANSLATE_NOOP("socketlab::core", "The process has run out of file descriptors.");
    case Condition::NoBufferSpace:
        return QT_TRANSLATE_NOOP("socketlab::core", "The system has run out of buffer space.");
    case Condition::InvalidArgument:
        return QT_TRANSLATE_NOOP("socketlab::core", "The call did not accept one of its arguments.");
    case Condition::WouldBlock: return QT_TRANSLATE_NOOP("socketlab::core", "The call would have to wait.");
    case Condition::Cancelled: return QT_TRANSLATE_NOOP("socketlab::core", "Stopped before the call finished.");
    case Condition::HostNotFound: return QT_TRANSLATE_NOOP("socketlab::core", "The name %1 is not known.");
    case Condition::NoAddressForFamily:
        return QT_TRANSLATE_NOOP("socketlab::core", "The name %1 has no address of the requested domain.");
    case Condition::TemporaryFailure:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "The name server could not be reached to look up %1 (no network, or the name server is down).");
    case Condition::ResolverFailure:
        return QT_TRANSLATE_NOOP("socketlab::core", "The name server failed to look up %1.");
    case Condition::ServiceNotFound:
        return QT_TRANSLATE_NOOP(
            "socketlab::core", "The service is not known for this socket type (see the services database).");
    case Condition::SocketTypeNotSupported:
        return QT_TRANSLATE_NOOP("socketlab::core", "This socket type is not supported here.");
    case Condition::None:
    case Condition::BadInput:
    case Condition::Other: break;
    }
    return "";
}

const char* conditionHint(Condition condition)
{
    switch (condition) {
    case Condition::ConnectionRefused:
        return QT_TRANSLATE_NOOP("socketlab::core", "Start the server first, or check the host and port.");
    case Condition::AddressInUse:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Stop the other program, choose another port (0 lets the system pick), or wait a minute for "
            "TIME_WAIT to end. SO_REUSEADDR gets past TIME_WAIT when the earlier server set it too.");
    case Condition::AddressNotAvailable:
        return QT_TRANSLATE_NOOP("socketlab::core", "Bind to 127.0.0.1, to an address of this machine, or to ''.");
    case Condition::PermissionDenied:
        return QT_TRANSLATE_NOOP(
            "socketlab::core", "Use a port of 1024 or above; to send to <broadcast>, set SO_BROADCAST first.");
    case Condition::TimedOut:
        return QT_TRANSLATE_NOOP(
            "socketlab::core", "Check that the host is up and the port is right, or allow a longer timeout.");
    case Condition::ConnectionReset:
    case Condition::BrokenPipe: return QT_TRANSLATE_NOOP("socketlab::core", "Connect again if you need to go on.");
    case Condition::NetworkUnreachable:
    case Condition::HostUnreachable:
    case Condition::NetworkDown:
        return QT_TRANSLATE_NOOP("socketlab::core", "Check the address and the network connection.");
    case Condition::MessageTooLong: return QT_TRANSLATE_NOOP("socketlab::core", "Send less data in one datagram.");
    case Condition::TooManyOpenFiles:
        return QT_TRANSLATE_NOOP("socketlab::core", "Close some connections, or raise the limit (ulimit -n).");
    case Condition::HostNotFound:
    case Condition::NoAddressForFamily:
        return QT_TRANSLATE_NOOP("socketlab::core",
            "Check the spelling, try another domain (AF_INET or AF_INET6), or use a numeric address.");
    case Condition::TemporaryFailure:
        return QT_TRANSLATE_NOOP(
            "socketlab::core", "Check the network connection, or use a numeric address such as 127.0.0.1.");
    case Condition::ServiceNotFound:
        return QT_TRANSLATE_NOOP("socketlab::core", "Use a port number, or a service name such as www or echo.");
    default: break;
    }
    return "";
}

const char* callDescription(const std::string& call)
{
    struct Entry {
        const char* call;
        const char* text;
    };
    static const Entry kEntries[] = {
        {"socket", QT_TRANSLATE_NOOP("socketlab::core", "creates a socket of the given domain, type and protocol")},
        {"bind", QT_TRANSLATE_NOOP("socketlab::core", "binds an address (hostname, port pair) to the socket")},
        {"listen", QT_TRANSLATE_NOOP("socketlab::core", "sets up and starts the TCP listener")},
        {"accept",
            QT_TRANSLATE_NOOP(
                "socketlab::core", "passively accepts a TCP client connection, waiting until it arrives (blocking)")},
        {"connect", QT_TRANSLATE_NOOP("socketlab::core", "actively initiates a connection to a TCP server")},
        {"recv", QT_TRANSLATE_NOOP("socketlab::core", "receives a TCP message")},
        {"send", QT_TRANSLATE_NOOP("socketlab::core", "sends a TCP message")},
        {"recvfrom", QT_TRANSLATE_NOOP("socketlab::core", "receives a UDP message")},
        {"sendto", QT_TRANSLATE_NOOP("socketlab::core", "sends a UDP message")},
        {"close", QT_TRANSLATE_NOOP("socketlab::core", "closes the socket")},
        {"gethostname", QT_TRANSLATE_NOOP("socketlab::core", "returns the host name")},
        {"getaddrinfo",
            QT_TRANSLATE_NOOP("socketlab::core", "translates a host and a port into the addresses a socket can use")},
        {"getnameinfo",
            QT_TRANSLATE_NOOP(
                "socketlab::core", "translates an address and a port back into a host name and a service name")},
        {"setsockopt", QT_TRANSLATE_NOOP("socketlab::core", "sets an option of the socket")},
        {"shutdown",
            QT_TRANSLATE_NOOP(
                "socketlab::core", "shuts down one or both directions of a connection without closing the socket")},
        {"getsockname", QT_TRANSLATE_NOOP("socketlab::core", "returns the socket's own address")},
        {"getpeername", QT_TRANSLATE_NOOP("socketlab::core", "returns the address of the connected peer")},
    };
    for (const Entry& entry : kEntries) {
        if (call == entry.call)
            return entry.text;
    }
    return "";
}

std::string describeError(const Error& error)
{
    std::string text = error.toString();
    if (error.kind == ErrorKind::Input)
        return text;
    const std::string explanation = fillPlaceholders(
        conditionExplanation(error.condition), {error.input.empty() ? std::string("?") : error.input});
    const std::string hint = conditionHint(error.condition);
    if (!explanation.empty() || !hint.empty()) {
        text += " \u2014 ";
        text += explanation;
        if (!explanation.empty() && !hint.empty())
            text += " ";
        text += hint;
    }
    return text;
}

} // namespace socketlab::core
