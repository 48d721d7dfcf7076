// libFuzzer target: the host, port and multicast group parsers, which take whatever a learner
// types in a field or on the command line. The first byte picks the address family; the rest is
// the text. Beyond "no crash, no sanitizer finding", each result must keep the parsers' promises.
#include "core/address.h"
#include "fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace socketlab::core;
using socketlab::fuzz::check;
using socketlab::fuzz::checkRefusal;

namespace {

bool isControlOrSpace(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7F;
}

bool isDigits(const std::string& text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

void checkPort(std::string_view text)
{
    const Result<PortSpec> port = parsePort(text);
    const std::string_view input = trimmed(text);
    if (!port) {
        checkRefusal(port.error(), input, "a refused port names the trimmed input");
        return;
    }
    check(port->input == input, "an accepted port keeps the trimmed input");
    if (port->isNumber) {
        check(isDigits(port->input), "a port number is digits only");
        check(std::stoul(port->input) == port->number, "a port number is the digits' value");
    } else {
        check(!port->service.empty() && !isControlOrSpace(port->service.front()), "a service name is a word");
        for (const char c : port->service)
            check(!isControlOrSpace(c), "a service name has no space or control character");
    }
}

void checkHost(std::string_view text, Family family)
{
    const Result<HostSpec> host = parseHost(text, family);
    const std::string_view input = trimmed(text);
    if (!host) {
        checkRefusal(host.error(), input, "a refused host names the trimmed input");
        return;
    }
    check(host->input == input, "an accepted host keeps the trimmed input");
    switch (host->form) {
    case HostForm::Any:
        check(input.empty(), "only the empty string means all interfaces");
        break;
    case HostForm::Name:
        check(host->name.size() <= kMaxHostNameLength, "a host name fits DNS's 253 characters");
        for (const char c : host->name)
            check(!isControlOrSpace(c), "a host name has no space or control character");
        break;
    case HostForm::UnixPath:
        check(family == Family::Unix && host->name == input, "a path is taken as given");
        break;
    case HostForm::IPv4:
    case HostForm::IPv6:
    case HostForm::Broadcast:
    case HostForm::Integer: {
        // The numeric address a form stands for is itself accepted, as the same address.
        const Result<HostSpec> again = parseHost(host->numeric, family);
        check(again.ok(), "the numeric address of an accepted host is accepted");
        check(again->numeric == host->numeric, "the numeric address is a fixed point");
        check(again->form == HostForm::IPv4 || again->form == HostForm::IPv6 || again->form == HostForm::Broadcast,
            "the numeric address is an IPv4 or IPv6 address");
        break;
    }
    }
}

void checkMulticast(std::string_view text, Family family)
{
    const Result<std::string> group = parseMulticastGroup(text, family);
    if (!group) {
        checkRefusal(group.error(), trimmed(text), "a refused group names the trimmed input");
        return;
    }
    const Result<std::string> again = parseMulticastGroup(*group, family);
    check(again.ok() && *again == *group, "an accepted group is a fixed point");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr Family kFamilies[] = {Family::Unspecified, Family::Inet, Family::Inet6, Family::Unix};
    const Family family = kFamilies[data[0] % 4];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    checkPort(text);
    checkHost(text, family);
    if (family != Family::Unix)
        checkMulticast(text, family);
    return 0;
}
