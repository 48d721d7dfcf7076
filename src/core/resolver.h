// The one resolver: turns every host/port form of the source material into socket addresses,
// for bind, connect and sendto alike, and answers the Lookup tab's questions (getaddrinfo,
// getnameinfo, gethostname, the services database).
#pragma once

#include "address.h"
#include "call_event.h"
#include "errors.h"

#include <string>
#include <vector>

namespace socketlab::core {

enum LookupFlag : unsigned {
    kPassive = 1u << 0, // AI_PASSIVE
    kCanonName = 1u << 1, // AI_CANONNAME
    kNumericHost = 1u << 2, // AI_NUMERICHOST
    kNumericServ = 1u << 3, // AI_NUMERICSERV
    kAddrConfig = 1u << 4, // AI_ADDRCONFIG
};

struct AddressInfo {
    Family family = Family::Unspecified;
    SocketType type = SocketType::Any;
    int protocol = 0;
    std::string canonicalName;
    Endpoint address;

    // (AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 80)) — one entry of Python's getaddrinfo list.
    std::string toTuple() const;
};

struct LookupQuery {
    std::string host; // any host form; "" means INADDR_ANY / in6addr_any (AI_PASSIVE)
    std::string service; // a port form; "" means none (port 0)
    Family family = Family::Unspecified;
    SocketType type = SocketType::Any;
    int protocol = 0;
    unsigned flags = 0; // LookupFlag bits
};

// getaddrinfo(host, service, family, type, protocol, flags). The special host forms are first
// turned into what they stand for ("<broadcast>" -> 255.255.255.255, "2130706433" -> 127.0.0.1)
// so that the answer shows what they become. Recorded as one getaddrinfo call.
Result<std::vector<AddressInfo>> getAddressInfo(const LookupQuery& query, CallRecorder& recorder);

// The addresses that bind/connect/sendto use for (host, port). Numeric and special forms are
// converted directly, without a call, as Python's socket module does; names and service names
// go through a recorded getaddrinfo. `passive` is for bind.
Result<std::vector<Endpoint>> resolveEndpoints(const std::string& host, const std::string& port, Family family,
    SocketType type, bool passive, CallRecorder& recorder);

// parsePort, and for a service name also whether the local services database knows it (for TCP or
// UDP: a name known only for the other protocol is left to the session's getaddrinfo), so that a front end can refuse
// "no-such-service" at the field before a session starts. Asks getaddrinfo with a numeric loopback host: no name is
// resolved, no DNS, nothing is recorded. Refuses an unknown name with InputProblem::PortUnknownService; when the
// database cannot be read for another reason the name is accepted and the session's own call reports it.
Result<PortSpec> parseKnownPort(std::string_view input);

// gethostname()
Result<std::string> getHostName(CallRecorder& recorder);

struct NameInfo {
    std::string host;
    std::string service;
};
enum NameInfoFlag : unsigned {
    kNameNumericHost = 1u << 0, // NI_NUMERICHOST
    kNameNumericServ = 1u << 1, // NI_NUMERICSERV
    kNameRequired = 1u << 2, // NI_NAMEREQD
    kNameDatagram = 1u << 3, // NI_DGRAM
};
// getnameinfo(address, flags)
Result<NameInfo> getNameInfo(const Endpoint& address, unsigned flags, CallRecorder& recorder);

// Python's list form of a getaddrinfo answer, one entry a line, as pprint prints it.
std::string pythonAddressList(const std::vector<AddressInfo>& entries);

} // namespace socketlab::core
