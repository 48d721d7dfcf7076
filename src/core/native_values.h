// The core's enums as the system's constants (AF_*, SOCK_*), shared by the socket and the
// resolver. Internal to src/core, like platform.h.
#pragma once

#include "address.h"
#include "platform.h"

namespace socketlab::core {

inline int nativeFamily(Family family)
{
    switch (family) {
    case Family::Inet: return AF_INET;
    case Family::Inet6: return AF_INET6;
    case Family::Unix: return AF_UNIX;
    case Family::Unspecified: break;
    }
    return AF_UNSPEC;
}

inline int nativeType(SocketType type)
{
    switch (type) {
    case SocketType::Stream: return SOCK_STREAM;
    case SocketType::Datagram: return SOCK_DGRAM;
    case SocketType::Raw: return SOCK_RAW;
    case SocketType::Any: break;
    }
    return 0;
}

} // namespace socketlab::core
