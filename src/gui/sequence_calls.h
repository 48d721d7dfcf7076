// Reading a traced call for the sequence diagram: which addresses it names and what it did to the socket's
// byte streams. The trace writes addresses in Python's tuple form ("('127.0.0.1', 12345)", "('::1', 80, 0, 0)",
// "'/tmp/socket'"); the diagram compares them to pair a connect() with its accept() and a sendto() with its
// recvfrom().
#pragma once

#include "core/call_event.h"

#include <QString>

namespace socketlab::gui {

struct CallAddress {
    QString host; // as the system wrote it: "127.0.0.1", "::1", a socket path
    int port = -1; // -1 for AF_UNIX paths
    bool valid = false;

    // "127.0.0.1:12345", "[::1]:80", "/tmp/socket"
    QString display() const;
    // The wildcard a server binds to reach every interface: "0.0.0.0", "::" or "".
    bool isWildcard() const;
    // A destination more than one socket may receive: 255.255.255.255, x.x.x.255 or a multicast group.
    bool isGroup() const;
    // Whether a socket bound to `this` receives what is sent to `destination`.
    bool receives(const CallAddress& destination) const;
    bool operator==(const CallAddress& other) const
    {
        return valid == other.valid && host == other.host && port == other.port;
    }
};

// A tuple as core::Endpoint::toTuple writes it.
CallAddress parseAddressTuple(const std::string& tuple);

// The address a call names, or an invalid one: bind() and connect() their argument, sendto() its destination,
// getsockname() its result, accept() and recvfrom() the peer they report.
CallAddress addressOfCall(const core::CallEvent& event);

// The new socket accept() returned, or core::kNoSocket.
core::SocketHandle acceptedSocket(const core::CallEvent& event);

// Whether a successful shutdown() ended this side's sending (SHUT_WR or SHUT_RDWR).
bool shutsDownSending(const core::CallEvent& event);

} // namespace socketlab::gui
