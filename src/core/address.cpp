// Host and port forms of the source material, and the Python spelling of socket addresses.
#include "address.h"

#include "platform.h"
#include "python_repr.h"
#include "text.h"

#include <cctype>
#include <cstring>

#ifndef _WIN32
#include <net/if.h>
#endif

namespace socketlab::core {
namespace {

static_assert(Endpoint::kCapacity >= sizeof(sockaddr_storage), "Endpoint must hold any sockaddr");

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isControlOrSpace(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7F;
}
bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}
bool onlyDigitsAndDots(std::string_view text)
{
    for (const char c : text) {
        if (!isDigit(c) && c != '.')
            return false;
    }
    return true;
}
// Letters, digits, '-', '_' and '.'; bytes above 0x7F for internationalised names.
bool isHostNameCharacter(char c)
{
    return isAsciiLetter(c) || isDigit(c) || c == '-' || c == '_' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

// DNS: a name is labels of 1 to 63 octets joined by dots; one trailing dot (a fully qualified
// name) is allowed. getaddrinfo would refuse the rest only after a round trip, or not clearly.
bool labelsValid(std::string_view name)
{
    constexpr std::size_t kMaxLabelLength = 63;
    if (name.size() > 1 && name.back() == '.')
        name.remove_suffix(1);
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = name.find('.', start);
        const std::size_t length = (dot == std::string_view::npos ? name.size() : dot) - start;
        if (length == 0 || length > kMaxLabelLength)
            return false;
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

std::string dottedQuad(std::uint32_t value)
{
    return std::to_string((value >> 24) & 0xFFu) + "." + std::to_string((value >> 16) & 0xFFu) + "."
        + std::to_string((value >> 8) & 0xFFu) + "." + std::to_string(value & 0xFFu);
}

std::size_t maxUnixPathLength()
{
    return sizeof(sockaddr_un {}.sun_path) - 1; // room for the terminating zero
}

Result<HostSpec> parseIPv6(std::string_view input, std::string_view address, Family family)
{
    const std::size_t percent = address.find('%');
    const std::string_view bare = address.substr(0, percent);
    const bool scopeEmpty = percent != std::string_view::npos && percent + 1 == address.size();
    in6_addr parsed {};
    if (bare.empty() || scopeEmpty || inet_pton(AF_INET6, std::string(bare).c_str(), &parsed) != 1)
        return inputError(InputProblem::HostBadIPv6, std::string(input));
    if (family == Family::Inet)
        return inputError(InputProblem::HostFamilyMismatch, std::string(input));
    HostSpec spec;
    spec.form = HostForm::IPv6;
    spec.input = std::string(input);
    spec.numeric = std::string(address);
    return spec;
}

Result<HostSpec> parseUnixPath(std::string_view input)
{
    if (input.empty())
        return inputError(InputProblem::UnixPathEmpty, std::string(input));
    if (input.size() > maxUnixPathLength())
        return inputError(InputProblem::UnixPathTooLong, std::string(input));
    for (const char c : input) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return inputError(InputProblem::HostBadCharacter, std::string(input));
    }
    HostSpec spec;
    spec.form = HostForm::UnixPath;
    spec.input = std::string(input);
    spec.name = std::string(input);
    return spec;
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

const char* familyName(Family family)
{
    switch (family) {
    case Family::Inet: return "AF_INET";
    case Family::Inet6: return "AF_INET6";
    case Family::Unix: return "AF_UNIX";
    case Family::Unspecified: break;
    }
    return "AF_UNSPEC";
}

const char* socketTypeName(SocketType type)
{
    switch (type) {
    case SocketType::Stream: return "SOCK_STREAM";
    case SocketType::Datagram: return "SOCK_DGRAM";
    case SocketType::Raw: return "SOCK_RAW";
    case SocketType::Any: break;
    }
    return "0";
}

bool parseFamily(std::string_view text, Family& out)
{
    std::string lower;
    for (const char c : trimmed(text))
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "inet" || lower == "ipv4" || lower == "4" || lower == "af_inet") {
        out = Family::Inet;
    } else if (lower == "inet6" || lower == "ipv6" || lower == "6" || lower == "af_inet6") {
        out = Family::Inet6;
    } else if (lower == "unix" || lower == "local" || lower == "af_unix") {
        out = Family::Unix;
    } else if (lower == "any" || lower == "unspec" || lower == "af_unspec") {
        out = Family::Unspecified;
    } else {
        return false;
    }
    return true;
}

Endpoint Endpoint::fromSockaddr(const void* address, std::size_t length)
{
    Endpoint endpoint;
    if (address && length > 0 && length <= kCapacity) {
        std::memcpy(endpoint.m_storage.data(), address, length);
        endpoint.m_length = length;
    }
    return endpoint;
}

Endpoint Endpoint::unixPath(const std::string& path)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const std::size_t length = std::min(path.size(), maxUnixPathLength());
    std::memcpy(address.sun_path, path.data(), length);
    const std::size_t size = offsetof(sockaddr_un, sun_path) + length + 1;
    platform::setAddressLength(&address, size);
    return fromSockaddr(&address, size);
}

Family Endpoint::family() const
{
    if (m_length < sizeof(sockaddr_storage::ss_family))
        return Family::Unspecified;
    sockaddr_storage storage {};
    std::memcpy(&storage, m_storage.data(), m_length);
    switch (storage.ss_family) {
    case AF_INET: return Family::Inet;
    case AF_INET6: return Family::Inet6;
    case AF_UNIX: return Family::Unix;
    default: return Family::Unspecified;
    }
}

std::string Endpoint::host() const
{
    sockaddr_storage storage {};
    std::memcpy(&storage, m_storage.data(), m_length);
    char buffer[INET6_ADDRSTRLEN + 1] = {};
    switch (family()) {
    case Family::Inet: {
        const auto* v4 = reinterpret_cast<const sockaddr_in*>(&storage);
        inet_ntop(AF_INET, &v4->sin_addr, buffer, sizeof buffer);
        return buffer;
    }
    case Family::Inet6: {
        const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&storage);
        inet_ntop(AF_INET6, &v6->sin6_addr, buffer, sizeof buffer);
        std::string text = buffer;
        if (v6->sin6_scope_id != 0) {
#ifdef _WIN32
            text += "%" + std::to_string(v6->sin6_scope_id);
#else
            char name[IF_NAMESIZE] = {};
            text += "%";
            text += if_indextoname(v6->sin6_scope_id, name) ? std::string(name) : std::to_string(v6->sin6_scope_id);
#endif
        }
        return text;
    }
    case Family::Unix: {
        const auto* un = reinterpret_cast<const sockaddr_un*>(&storage);
        const std::size_t offset = offsetof(sockaddr_un, sun_path);
        if (m_length <= offset)
            return {};
        const std::size_t maxLength = m_length - offset;
        return std::string(un->sun_path, strnlen(un->sun_path, maxLength));
    }
    case Family::Unspecified: break;
    }
    return {};
}

std::uint16_t Endpoint::port() const
{
    sockaddr_storage storage {};
    std::memcpy(&storage, m_storage.data(), m_length);
    if (family() == Family::Inet)
        return ntohs(reinterpret_cast<const sockaddr_in*>(&storage)->sin_port);
    if (family() == Family::Inet6)
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_port);
    return 0;
}

std::uint32_t Endpoint::flowInfo() const
{
    if (family() != Family::Inet6)
        return 0;
    sockaddr_in6 v6 {};
    std::memcpy(&v6, m_storage.data(), sizeof v6);
    return ntohl(v6.sin6_flowinfo);
}

std::uint32_t Endpoint::scopeId() const
{
    if (family() != Family::Inet6)
        return 0;
    sockaddr_in6 v6 {};
    std::memcpy(&v6, m_storage.data(), sizeof v6);
    return v6.sin6_scope_id;
}

std::string Endpoint::toTuple() const
{
    switch (family()) {
    case Family::Inet: return "(" + pythonStr(host()) + ", " + std::to_string(port()) + ")";
    case Family::Inet6:
        return "(" + pythonStr(host()) + ", " + std::to_string(port()) + ", " + std::to_string(flowInfo()) + ", "
            + std::to_string(scopeId()) + ")";
    case Family::Unix: return pythonStr(host());
    case Family::Unspecified: break;
    }
    return "None";
}

std::string Endpoint::toDisplay() const
{
    switch (family()) {
    case Family::Inet: return host() + ":" + std::to_string(port());
    case Family::Inet6: return "[" + host() + "]:" + std::to_string(port());
    case Family::Unix: return host();
    case Family::Unspecified: break;
    }
    return {};
}

bool Endpoint::operator==(const Endpoint& other) const
{
    return m_length == other.m_length && std::memcmp(m_storage.data(), other.m_storage.data(), m_length) == 0;
}

Result<HostSpec> parseHost(std::string_view rawInput, Family family)
{
    const std::string_view input = trimmed(rawInput);
    if (family == Family::Unix)
        return parseUnixPath(input);

    HostSpec spec;
    spec.input = std::string(input);
    if (input.empty()) {
        spec.form = HostForm::Any;
        return spec;
    }
    if (input == kBroadcastHost) {
        if (family == Family::Inet6)
            return inputError(InputProblem::BroadcastNeedsIPv4, spec.input);
        spec.form = HostForm::Broadcast;
        spec.numeric = "255.255.255.255";
        return spec;
    }
    if (input.size() > kMaxHostNameLength)
        return inputError(InputProblem::HostTooLong, spec.input);
    for (const char c : input) {
        if (isControlOrSpace(c))
            return inputError(InputProblem::HostBadCharacter, spec.input);
    }
    if (input.front() == '[') {
        if (input.size() < 2 || input.back() != ']')
            return inputError(InputProblem::HostBadIPv6, spec.input);
        return parseIPv6(input, input.substr(1, input.size() - 2), family);
    }
    if (input.find(':') != std::string_view::npos)
        return parseIPv6(input, input, family);
    if (allDigits(input)) {
        // An integer read as a binary address in host byte order (the source material's 4th form).
        const bool tooLong = input.size() > 10;
        const unsigned long long value = tooLong ? 0 : std::stoull(std::string(input));
        if (tooLong || value > kMaxIntegerAddress)
            return inputError(InputProblem::HostIntegerOutOfRange, spec.input);
        if (family == Family::Inet6)
            return inputError(InputProblem::HostFamilyMismatch, spec.input);
        spec.form = HostForm::Integer;
        spec.numeric = dottedQuad(static_cast<std::uint32_t>(value));
        return spec;
    }
    if (onlyDigitsAndDots(input)) {
        in_addr parsed {};
        if (inet_pton(AF_INET, spec.input.c_str(), &parsed) != 1)
            return inputError(InputProblem::HostBadIPv4, spec.input);
        if (family == Family::Inet6)
            return inputError(InputProblem::HostFamilyMismatch, spec.input);
        spec.form = HostForm::IPv4;
        spec.numeric = spec.input;
        return spec;
    }
    for (const char c : input) {
        if (!isHostNameCharacter(c))
            return inputError(InputProblem::HostBadCharacter, spec.input);
    }
    if (!labelsValid(input))
        return inputError(InputProblem::HostBadLabel, spec.input);
    spec.form = HostForm::Name;
    spec.name = spec.input;
    return spec;
}

Result<PortSpec> parsePort(std::string_view rawInput)
{
    const std::string_view input = trimmed(rawInput);
    PortSpec spec;
    spec.input = std::string(input);
    if (input.empty())
        return inputError(InputProblem::PortEmpty, spec.input);
    constexpr std::size_t kMaxPortDigits = 5;
    constexpr unsigned long kMaxPort = 65535;
    if (allDigits(input)) {
        const unsigned long value = input.size() > kMaxPortDigits ? kMaxPort + 1 : std::stoul(spec.input);
        if (value > kMaxPort)
            return inputError(InputProblem::PortOutOfRange, spec.input);
        spec.number = static_cast<std::uint16_t>(value);
        return spec;
    }
    if (input.front() == '-' && allDigits(input.substr(1)))
        return inputError(InputProblem::PortOutOfRange, spec.input);
    // Service names in the services database start with a letter: "www", "http-alt", "sql*net" aside.
    bool plausible = isAsciiLetter(input.front());
    for (const char c : input) {
        if (!(isAsciiLetter(c) || isDigit(c) || c == '-' || c == '_' || c == '.' || c == '+' || c == '/' || c == '*'))
            plausible = false;
    }
    if (!plausible)
        return inputError(InputProblem::PortNotNumberOrService, spec.input);
    spec.isNumber = false;
    spec.service = spec.input;
    return spec;
}

Result<std::string> parseMulticastGroup(std::string_view rawInput, Family family)
{
    constexpr unsigned long kFirstMulticastOctet = 224;
    constexpr unsigned long kLastMulticastOctet = 239;
    const std::string input(trimmed(rawInput));
    const Result<HostSpec> host = parseHost(input, family);
    if (host && host->form == HostForm::IPv4) {
        const unsigned long firstOctet = std::stoul(host->numeric.substr(0, host->numeric.find('.')));
        if (firstOctet >= kFirstMulticastOctet && firstOctet <= kLastMulticastOctet)
            return host->numeric;
    } else if (host && host->form == HostForm::IPv6) {
        const std::string& numeric = host->numeric;
        if (numeric.size() >= 2 && std::tolower(static_cast<unsigned char>(numeric[0])) == 'f'
            && std::tolower(static_cast<unsigned char>(numeric[1])) == 'f')
            return numeric;
    }
    return inputError(InputProblem::NotMulticastGroup, input);
}

const char* acceptedHostForms()
{
    return QT_TRANSLATE_NOOP("socketlab::core",
        "a host name, a dotted-quad address (127.0.0.1), an IPv6 address in colon notation (::1), '<broadcast>', "
        "an empty string for all interfaces (INADDR_ANY), or an integer address in host byte order (2130706433)");
}

const char* acceptedPortForms()
{
    return QT_TRANSLATE_NOOP("socketlab::core",
        "a port number from 0 to 65535, a string holding a port number, or a service name (www, http, echo)");
}

} // namespace socketlab::core
