// The resolver: every host/port form to socket addresses, plus the Lookup calls.
#include "resolver.h"

#include "native_values.h"
#include "platform.h"
#include "python_repr.h"

#include <cstring>
#include <memory>

namespace socketlab::core {
namespace {

// pprint's line width: a list longer than this is printed one entry a line.
constexpr std::size_t kPprintWidth = 80;

struct AddrinfoDeleter {
    void operator()(addrinfo* list) const { freeaddrinfo(list); }
};
using AddrinfoList = std::unique_ptr<addrinfo, AddrinfoDeleter>;

Family fromNativeFamily(int family)
{
    switch (family) {
    case AF_INET: return Family::Inet;
    case AF_INET6: return Family::Inet6;
    case AF_UNIX: return Family::Unix;
    default: return Family::Unspecified;
    }
}

SocketType fromNativeType(int type)
{
    switch (type) {
    case SOCK_STREAM: return SocketType::Stream;
    case SOCK_DGRAM: return SocketType::Datagram;
    case SOCK_RAW: return SocketType::Raw;
    default: return SocketType::Any;
    }
}

int nativeFlags(unsigned flags)
{
    int native = 0;
    if (flags & kPassive)
        native |= AI_PASSIVE;
    if (flags & kCanonName)
        native |= AI_CANONNAME;
    if (flags & kNumericHost)
        native |= AI_NUMERICHOST;
    if (flags & kNumericServ)
        native |= AI_NUMERICSERV;
    if (flags & kAddrConfig)
        native |= AI_ADDRCONFIG;
    return native;
}

std::string flagsText(unsigned flags)
{
    static const std::pair<unsigned, const char*> kNames[] = {
        {kPassive, "AI_PASSIVE"},
        {kCanonName, "AI_CANONNAME"},
        {kNumericHost, "AI_NUMERICHOST"},
        {kNumericServ, "AI_NUMERICSERV"},
        {kAddrConfig, "AI_ADDRCONFIG"},
    };
    std::string text;
    for (const auto& [flag, name] : kNames) {
        if (flags & flag)
            text += (text.empty() ? "" : "|") + std::string(name);
    }
    return text.empty() ? "0" : text;
}

// getaddrinfo(host, port, family, type, proto, flags) as a Python call, trailing zeros left out.
std::string lookupArgs(const LookupQuery& query, const PortSpec* port)
{
    std::vector<std::string> args;
    args.push_back(pythonStr(query.host));
    if (!port)
        args.push_back("None");
    else if (port->isNumber)
        args.push_back(std::to_string(port->number));
    else
        args.push_back(pythonStr(port->service));
    args.push_back(query.family == Family::Unspecified ? "0" : familyName(query.family));
    args.push_back(query.type == SocketType::Any ? "0" : socketTypeName(query.type));
    args.push_back(std::to_string(query.protocol));
    args.push_back(flagsText(query.flags));
    while (args.size() > 2 && args.back() == "0")
        args.pop_back();
    std::string text;
    for (const std::string& arg : args)
        text += (text.empty() ? "" : ", ") + arg;
    return text;
}

std::string inlineList(const std::vector<AddressInfo>& entries)
{
    std::string text = "[";
    for (std::size_t i = 0; i < entries.size(); ++i)
        text += (i ? ", " : "") + entries[i].toTuple();
    return text + "]";
}

// The node string that getaddrinfo gets for a parsed host: what the special forms stand for.
const char* nodeFor(const HostSpec& host, std::string& storage)
{
    switch (host.form) {
    case HostForm::Any: return nullptr;
    case HostForm::Name: storage = host.name; break;
    case HostForm::UnixPath: storage = host.name; break;
    default: storage = host.numeric; break;
    }
    return storage.c_str();
}

Result<std::vector<AddressInfo>> callGetaddrinfo(
    const LookupQuery& query, const HostSpec& host, const PortSpec* port, CallRecorder& recorder)
{
    std::string nodeStorage;
    const char* node = nodeFor(host, nodeStorage);
    const std::string service = port ? (port->isNumber ? std::to_string(port->number) : port->service) : "";
    addrinfo hints {};
    hints.ai_family = nativeFamily(query.family);
    hints.ai_socktype = nativeType(query.type);
    hints.ai_protocol = query.protocol;
    hints.ai_flags = nativeFlags(query.flags) | (host.form == HostForm::Any ? AI_PASSIVE : 0);
    if (host.form != HostForm::Name && host.form != HostForm::Any)
        hints.ai_flags |= AI_NUMERICHOST;

    const std::string args = lookupArgs(query, port);
    Error startError;
    if (!platform::startNetworking(&startError)) {
        recorder.recordFailure("getaddrinfo", args, kNoSocket, startError);
        return startError;
    }
    addrinfo* raw = nullptr;
    const int status = ::getaddrinfo(node, service.empty() ? nullptr : service.c_str(), &hints, &raw);
    const int systemCode = platform::lastError();
    AddrinfoList list(raw);
    if (status != 0) {
        Error error = platform::resolverError("getaddrinfo", status, systemCode);
        // The address the call was about, as the learner typed it: '' is the empty host.
        error.input = host.input.empty() ? pythonStr(host.input) : host.input;
        if (!service.empty())
            error.input += host.form == HostForm::IPv6 ? " port " + service : ":" + service;
        recorder.recordFailure("getaddrinfo", args, kNoSocket, error);
        if (error.condition == Condition::ServiceNotFound && port && !port->isNumber)
            return inputError(InputProblem::PortUnknownService, port->input);
        return error;
    }
    std::vector<AddressInfo> entries;
    for (const addrinfo* entry = list.get(); entry; entry = entry->ai_next) {
        AddressInfo info;
        info.family = fromNativeFamily(entry->ai_family);
        info.type = fromNativeType(entry->ai_socktype);
        info.protocol = entry->ai_protocol;
        if (entry->ai_canonname)
            info.canonicalName = entry->ai_canonname;
        info.address = Endpoint::fromSockaddr(entry->ai_addr, static_cast<std::size_t>(entry->ai_addrlen));
        entries.push_back(std::move(info));
    }
    recorder.recordSuccess("getaddrinfo", args, 0, kNoSocket, inlineList(entries));
    return entries;
}

// Builds the address of a numeric host form directly, as Python does, with no resolver call.
bool numericEndpoint(const HostSpec& host, std::uint16_t port, Family family, Endpoint& out)
{
    const bool v6 = family == Family::Inet6 || (family == Family::Unspecified && host.form == HostForm::IPv6);
    if (host.form == HostForm::IPv6 && host.numeric.find('%') != std::string::npos)
        return false; // a %scope needs the system to turn an interface name into an index
    if (v6) {
        sockaddr_in6 address {};
        address.sin6_family = AF_INET6;
        address.sin6_port = htons(port);
        if (host.form == HostForm::Any)
            address.sin6_addr = in6addr_any;
        else if (host.form != HostForm::IPv6 || inet_pton(AF_INET6, host.numeric.c_str(), &address.sin6_addr) != 1)
            return false;
        platform::setAddressLength(&address, sizeof address);
        out = Endpoint::fromSockaddr(&address, sizeof address);
        return true;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (host.form == HostForm::Any)
        address.sin_addr.s_addr = htonl(INADDR_ANY);
    else if (host.form == HostForm::IPv6 || inet_pton(AF_INET, host.numeric.c_str(), &address.sin_addr) != 1)
        return false;
    platform::setAddressLength(&address, sizeof address);
    out = Endpoint::fromSockaddr(&address, sizeof address);
    return true;
}

} // namespace

std::string AddressInfo::toTuple() const
{
    const std::string typeText = type == SocketType::Any ? std::string("0") : socketTypeName(type);
    return "(" + std::string(familyName(family)) + ", " + typeText + ", " + std::to_string(protocol) + ", "
        + pythonStr(canonicalName) + ", " + address.toTuple() + ")";
}

Result<std::vector<AddressInfo>> getAddressInfo(const LookupQuery& query, CallRecorder& recorder)
{
    if (query.family == Family::Unix)
        return inputError(InputProblem::UnixNotSupported, query.host);
    Result<HostSpec> host = parseHost(query.host, query.family);
    if (!host)
        return host.error();
    std::optional<PortSpec> port;
    if (!trimmed(query.service).empty()) {
        Result<PortSpec> parsed = parsePort(query.service);
        if (!parsed)
            return parsed.error();
        port = *parsed;
    }
    return callGetaddrinfo(query, *host, port ? &*port : nullptr, recorder);
}

Result<std::vector<Endpoint>> resolveEndpoints(const std::string& hostText, const std::string& portText, Family family,
    SocketType type, bool passive, CallRecorder& recorder)
{
    Result<HostSpec> host = parseHost(hostText, family);
    if (!host)
        return host.error();
    if (host->form == HostForm::UnixPath)
        return std::vector<Endpoint> {Endpoint::unixPath(host->name)};
    Result<PortSpec> port = parsePort(portText);
    if (!port)
        return port.error();

    Endpoint direct;
    if (host->form != HostForm::Name && port->isNumber && numericEndpoint(*host, port->number, family, direct))
        return std::vector<Endpoint> {direct};

    LookupQuery query;
    query.host = host->input;
    query.service = port->input;
    query.family = family;
    query.type = type;
    query.flags = passive ? static_cast<unsigned>(kPassive) : 0u;
    Result<std::vector<AddressInfo>> entries = callGetaddrinfo(query, *host, &*port, recorder);
    if (!entries)
        return entries.error();
    std::vector<Endpoint> endpoints;
    for (const AddressInfo& entry : *entries)
        endpoints.push_back(entry.address);
    return endpoints;
}

Result<PortSpec> parseKnownPort(std::string_view input)
{
    Result<PortSpec> port = parsePort(input);
    if (!port || port->isNumber || !platform::startNetworking())
        return port;
    addrinfo hints {};
    hints.ai_family = AF_INET;
    hints.ai_flags = AI_NUMERICHOST;
    addrinfo* raw = nullptr;
    const int status = ::getaddrinfo("127.0.0.1", port->service.c_str(), &hints, &raw);
    const AddrinfoList list(raw);
    if (status == EAI_SERVICE || status == EAI_NONAME)
        return inputError(InputProblem::PortUnknownService, port->input);
    return port;
}

Result<std::string> getHostName(CallRecorder& recorder)
{
    Error startError;
    if (!platform::startNetworking(&startError)) {
        recorder.recordFailure("gethostname", "", kNoSocket, startError);
        return startError;
    }
    Result<std::string> name = platform::hostName();
    if (!name) {
        recorder.recordFailure("gethostname", "", kNoSocket, name.error());
        return name.error();
    }
    recorder.recordSuccess("gethostname", "", 0, kNoSocket, pythonStr(*name));
    return name;
}

Result<NameInfo> getNameInfo(const Endpoint& address, unsigned flags, CallRecorder& recorder)
{
    int native = 0;
    std::string flagText;
    const std::pair<unsigned, std::pair<int, const char*>> kNames[] = {
        {kNameNumericHost, {NI_NUMERICHOST, "NI_NUMERICHOST"}},
        {kNameNumericServ, {NI_NUMERICSERV, "NI_NUMERICSERV"}},
        {kNameRequired, {NI_NAMEREQD, "NI_NAMEREQD"}},
        {kNameDatagram, {NI_DGRAM, "NI_DGRAM"}},
    };
    for (const auto& [flag, nativeAndName] : kNames) {
        if (flags & flag) {
            native |= nativeAndName.first;
            flagText += (flagText.empty() ? "" : "|") + std::string(nativeAndName.second);
        }
    }
    const std::string args = address.toTuple() + ", " + (flagText.empty() ? "0" : flagText);
    Error startError;
    if (!platform::startNetworking(&startError)) {
        recorder.recordFailure("getnameinfo", args, kNoSocket, startError);
        return startError;
    }
    char host[NI_MAXHOST] = {};
    char service[NI_MAXSERV] = {};
    const int status = ::getnameinfo(static_cast<const sockaddr*>(address.data()),
        static_cast<platform::SockLen>(address.size()), host, sizeof host, service, sizeof service, native);
    if (status != 0) {
        Error error = platform::resolverError("getnameinfo", status, platform::lastError());
        error.input = address.toDisplay();
        recorder.recordFailure("getnameinfo", args, kNoSocket, error);
        return error;
    }
    NameInfo info {host, service};
    recorder.recordSuccess(
        "getnameinfo", args, 0, kNoSocket, "(" + pythonStr(info.host) + ", " + pythonStr(info.service) + ")");
    return info;
}

std::string pythonAddressList(const std::vector<AddressInfo>& entries)
{
    const std::string oneLine = inlineList(entries);
    if (oneLine.size() <= kPprintWidth)
        return oneLine;
    std::string text = "[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        text += (i ? ",\n " : "") + entries[i].toTuple();
    }
    return text + "]";
}

} // namespace socketlab::core
