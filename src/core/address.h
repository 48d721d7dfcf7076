// Addresses in every form the source material's vocabulary lists, and their Python spelling.
//
// Host forms: a host name; a dotted quad; an IPv6 address in colon notation (brackets and
// %scope accepted); "<broadcast>" (INADDR_BROADCAST); the empty string (INADDR_ANY or
// in6addr_any); an integer read as a binary address in host byte order (2130706433 is
// 127.0.0.1); for AF_UNIX, a file system path. Ports: a number 0-65535, a string holding a
// number, or a service name ("www", "http", "echo").
#pragma once

#include "errors.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace socketlab::core {

enum class Family { Unspecified, Inet, Inet6, Unix };
enum class SocketType { Any, Stream, Datagram, Raw };

// "AF_INET", "SOCK_STREAM", ... as Python and C spell them.
const char* familyName(Family family);
const char* socketTypeName(SocketType type);

// Parses "inet"/"inet6"/"unix"/"any" and the AF_ names; std::nullopt-like Unspecified on failure.
bool parseFamily(std::string_view text, Family& out);

inline constexpr std::size_t kMaxHostNameLength = 253; // DNS limit for a full name
inline constexpr std::uint32_t kMaxIntegerAddress = 0xFFFFFFFFu;
inline constexpr const char* kBroadcastHost = "<broadcast>";

// A socket address (sockaddr_in / sockaddr_in6 / sockaddr_un) as a plain value. The bytes are
// the system's sockaddr; this header stays free of socket headers so every layer can use it.
class Endpoint {
public:
    static constexpr std::size_t kCapacity = 128; // sizeof(sockaddr_storage) everywhere we build

    Endpoint() = default;
    static Endpoint fromSockaddr(const void* address, std::size_t length);
    static Endpoint unixPath(const std::string& path); // empty path: an unnamed AF_UNIX socket

    bool isValid() const { return m_length > 0; }
    Family family() const;
    std::string host() const; // "127.0.0.1", "::1", "fe80::1%eth0", "/tmp/s.sock"
    std::uint16_t port() const; // 0 for AF_UNIX
    std::uint32_t flowInfo() const; // IPv6 only
    std::uint32_t scopeId() const; // IPv6 only

    // Python's form: ('127.0.0.1', 48437), ('::1', 48437, 0, 0), '/tmp/s.sock'.
    std::string toTuple() const;
    // The form people type: 127.0.0.1:48437, [::1]:48437, /tmp/s.sock.
    std::string toDisplay() const;

    const void* data() const { return m_storage.data(); }
    std::size_t size() const { return m_length; }

    bool operator==(const Endpoint& other) const;
    bool operator!=(const Endpoint& other) const { return !(*this == other); }

private:
    std::array<unsigned char, kCapacity> m_storage {};
    std::size_t m_length = 0;
};

enum class HostForm {
    Name, // resolved by getaddrinfo
    IPv4, // dotted quad
    IPv6, // colon notation
    Broadcast, // "<broadcast>" -> 255.255.255.255
    Any, // "" -> INADDR_ANY / in6addr_any
    Integer, // "2130706433" -> 127.0.0.1
    UnixPath, // AF_UNIX file system path
};

struct HostSpec {
    HostForm form = HostForm::Name;
    std::string input; // what the user typed, trimmed
    std::string numeric; // the numeric address it stands for (IPv4/IPv6/Broadcast/Integer), else empty
    std::string name; // the name to resolve (Name), the path (UnixPath)
};

// Classifies a host for the given family (Unspecified: either IP family). Never resolves names;
// refuses malformed input with an InputProblem naming it.
Result<HostSpec> parseHost(std::string_view input, Family family);

struct PortSpec {
    std::string input; // trimmed
    bool isNumber = true;
    std::uint16_t number = 0; // when isNumber
    std::string service; // when !isNumber: a name for the services database
};

// Accepts "80", " 80 ", "www"; refuses "", "-1", "65536", "12a" with the reason.
Result<PortSpec> parsePort(std::string_view input);

// A numeric multicast group of the family: 224.0.0.0-239.255.255.255 for AF_INET, ff00::/8 for
// AF_INET6 (Unspecified: either). Returns the numeric address; refuses anything else with
// InputProblem::NotMulticastGroup naming the input.
Result<std::string> parseMulticastGroup(std::string_view input, Family family);

// Human-readable list of accepted forms, for messages (English; translate via kTextContext).
const char* acceptedHostForms();
const char* acceptedPortForms();

std::string_view trimmed(std::string_view text);

} // namespace socketlab::core
