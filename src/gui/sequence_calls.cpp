// Reading addresses out of traced calls, for pairing the two ends of a connection or a datagram.
#include "sequence_calls.h"

#include <QStringList>

namespace socketlab::gui {
namespace {

// Python's repr of a str: quoted with ' or ", backslash escapes. Returns the text and moves `pos` past it.
QString readQuoted(const std::string& text, std::size_t& pos)
{
    if (pos >= text.size() || (text[pos] != '\'' && text[pos] != '"'))
        return {};
    const char quote = text[pos++];
    std::string value;
    while (pos < text.size() && text[pos] != quote) {
        if (text[pos] == '\\' && pos + 1 < text.size())
            ++pos;
        value += text[pos++];
    }
    ++pos;
    return QString::fromStdString(value);
}

// What follows "<fd>, " in the arguments.
std::string afterHandle(const core::CallEvent& event)
{
    const std::size_t comma = event.args.find(", ");
    return comma == std::string::npos ? std::string() : event.args.substr(comma + 2);
}

} // namespace

QString CallAddress::display() const
{
    if (port < 0)
        return host;
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool CallAddress::isWildcard() const
{
    return port >= 0 && (host.isEmpty() || host == QLatin1String("0.0.0.0") || host == QLatin1String("::"));
}

bool CallAddress::isGroup() const
{
    if (host.startsWith(QLatin1String("ff"), Qt::CaseInsensitive) && host.contains(QLatin1Char(':')))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    const int first = parts.front().toInt();
    return parts.back() == QLatin1String("255") || (first >= 224 && first <= 239);
}

bool CallAddress::receives(const CallAddress& destination) const
{
    if (!valid || !destination.valid || port != destination.port)
        return false;
    return host == destination.host || isWildcard() || destination.isGroup();
}

CallAddress parseAddressTuple(const std::string& tuple)
{
    CallAddress address;
    std::size_t pos = 0;
    if (tuple.empty())
        return address;
    if (tuple[0] != '(') {
        address.host = readQuoted(tuple, pos);
        address.valid = pos > 0 && pos == tuple.size();
        return address;
    }
    pos = 1;
    address.host = readQuoted(tuple, pos);
    if (pos == 1 || tuple.compare(pos, 2, ", ") != 0)
        return address;
    pos += 2;
    const std::size_t end = tuple.find_first_not_of("0123456789", pos);
    if (end == pos || end == std::string::npos)
        return address;
    address.port = std::stoi(tuple.substr(pos, end - pos));
    address.valid = true;
    return address;
}

CallAddress addressOfCall(const core::CallEvent& event)
{
    const std::string& call = event.call;
    if (call == "bind" || call == "connect")
        return parseAddressTuple(afterHandle(event));
    if (call == "getsockname" || call == "getpeername")
        return parseAddressTuple(event.returned);
    if (call == "sendto") {
        // "<fd>, <data>, <tuple>": the data is the event's own data text.
        const std::string rest = afterHandle(event);
        if (rest.compare(0, event.data.size(), event.data) != 0 || rest.size() < event.data.size() + 2)
            return {};
        return parseAddressTuple(rest.substr(event.data.size() + 2));
    }
    if (call == "recvfrom") {
        // "(<data>, <tuple>)"
        const std::string& text = event.returned;
        const std::size_t start = 1 + event.data.size() + 2;
        if (text.size() <= start || text.back() != ')')
            return {};
        return parseAddressTuple(text.substr(start, text.size() - start - 1));
    }
    if (call == "accept") {
        // "(<new fd>, <tuple>)"
        const std::string& text = event.returned;
        const std::size_t comma = text.find(", ");
        if (comma == std::string::npos || text.back() != ')')
            return {};
        return parseAddressTuple(text.substr(comma + 2, text.size() - comma - 3));
    }
    return {};
}

core::SocketHandle acceptedSocket(const core::CallEvent& event)
{
    if (event.call != "accept" || event.failed() || event.result < 0)
        return core::kNoSocket;
    return static_cast<core::SocketHandle>(event.result);
}

bool shutsDownSending(const core::CallEvent& event)
{
    return event.call == "shutdown" && !event.failed()
        && (event.args.find("SHUT_WR") != std::string::npos || event.args.find("SHUT_RDWR") != std::string::npos);
}

} // namespace socketlab::gui
