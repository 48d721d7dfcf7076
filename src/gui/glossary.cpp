// The glossary's texts, marked for lupdate and translated each time they are asked for.
#include "glossary.h"

#include <QCoreApplication>
#include <QWidget>

namespace socketlab::gui {
namespace {

constexpr const char* kContext = "socketlab::gui::Glossary";

struct Entry {
    Term term;
    const char* call; // the call as the trace names it, or nullptr
    const char* title; // translated when `titleIsWord`; method titles are code
    bool titleIsWord;
    const char* text;
};

// The descriptions keep the source material's own phrases (TERMS.md) and add what a beginner needs
// to use the call: what it returns, what it waits for, the tutorial's values.
const Entry kEntries[] = {
    {Term::Domain, nullptr, QT_TRANSLATE_NOOP("socketlab::gui::Glossary", "Domain"), true,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "The family of protocols that is used as the transport mechanism: AF_INET for IPv4, AF_INET6 for IPv6, "
            "AF_UNIX for a socket file on the same machine. PF_INET and PF_UNIX are older names for the same "
            "values.")},
    {Term::Type, nullptr, QT_TRANSLATE_NOOP("socketlab::gui::Glossary", "type"), true,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "The type of communication between the two endpoints: SOCK_STREAM for connection-oriented protocols "
            "(TCP, a stream of bytes), SOCK_DGRAM for connectionless protocols (UDP, separate datagrams).")},
    {Term::Protocol, nullptr, QT_TRANSLATE_NOOP("socketlab::gui::Glossary", "protocol"), true,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "Usually zero: the system then picks the protocol that fits the domain and type, TCP for SOCK_STREAM "
            "and UDP for SOCK_DGRAM. A non-zero number names a variant of a protocol within the domain and type "
            "(6 is TCP, 17 is UDP).")},
    {Term::Hostname, nullptr, QT_TRANSLATE_NOOP("socketlab::gui::Glossary", "hostname"), true,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "The identifier of a network interface. SocketLab accepts every form: a host name (localhost), a "
            "dotted-quad address (127.0.0.1), an IPv6 address in colon notation (::1), the string '<broadcast>' "
            "(INADDR_BROADCAST), an empty string (INADDR_ANY: every interface) or an integer, a binary address in "
            "host byte order (2130706433 is 127.0.0.1).")},
    {Term::Port, nullptr, QT_TRANSLATE_NOOP("socketlab::gui::Glossary", "port"), true,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "Each server listens for clients calling on one or more ports. A port is a port number (0 to 65535), a "
            "string with the port number or a service name such as www; 0 asks the system for any free port.")},
    {Term::Socket, "socket", "socket.socket(family, type, protocol=0)", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "Creates a socket: the endpoint a program sends and receives through. family is the Domain (AF_INET, "
            "AF_INET6, AF_UNIX), type is SOCK_STREAM or SOCK_DGRAM, and protocol is usually left out (0). "
            "socket.socket() with no arguments makes an AF_INET, SOCK_STREAM socket, as in the tutorial.")},
    {Term::Bind, "bind", "s.bind()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method binds an address (hostname, port pair) to the socket. A server binds before it listens, "
            "so that clients know where to find it: s.bind((host, port)).")},
    {Term::Listen, "listen", "s.listen()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method sets up and starts the TCP listener. Its argument, the backlog, says how many connections "
            "may wait for accept(); the tutorial's server uses 5.")},
    {Term::Accept, "accept", "s.accept()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method passively accepts a TCP client connection, waiting until it arrives (blocking). It returns "
            "a new socket for talking to that client and the client's address: c, addr = s.accept().")},
    {Term::Connect, "connect", "s.connect()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method actively initiates a connection to a TCP server. It takes the server's (hostname, port) "
            "pair and waits until the connection is made or fails.")},
    {Term::Recv, "recv", "s.recv()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method receives a TCP message. s.recv(1024) returns at most 1024 bytes, waiting until some "
            "arrive; an empty result, b'', means the other side closed the connection.")},
    {Term::Send, "send", "s.send()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method sends a TCP message. It takes bytes, not text, and returns how many of them it sent, which "
            "may be fewer than it was given; s.sendall() sends them all.")},
    {Term::RecvFrom, "recvfrom", "s.recvfrom()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method receives a UDP message. It returns one whole datagram and the sender's address: data, addr "
            "= s.recvfrom(1024).")},
    {Term::SendTo, "sendto", "s.sendto()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method sends a UDP message: one datagram to the address it is given, s.sendto(data, (host, "
            "port)). No connection is needed first.")},
    {Term::Close, "close", "s.close()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "This method closes the socket. The other side's recv() then returns b''. Write the parentheses: "
            "s.close without them does nothing.")},
    {Term::GetHostName, "gethostname", "socket.gethostname()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "Returns the host name: the name of the machine the program runs on. It is a function of the socket "
            "module, not a method of a socket.")},
    {Term::GetAddrInfo, "getaddrinfo", "socket.getaddrinfo()", false,
        QT_TRANSLATE_NOOP("socketlab::gui::Glossary",
            "Translates a host and a port into the addresses a socket can use. It returns a list of (family, type, "
            "proto, canonname, sockaddr) tuples, one for each way to reach the host.")},
};

const Entry& entry(Term term)
{
    for (const Entry& e : kEntries) {
        if (e.term == term)
            return e;
    }
    Q_UNREACHABLE();
    return kEntries[0];
}

QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

QString glossaryTitle(Term term)
{
    const Entry& e = entry(term);
    return e.titleIsWord ? translated(e.title) : QString::fromLatin1(e.title);
}

QString glossaryText(Term term)
{
    return translated(entry(term).text);
}

std::optional<Term> termForCall(std::string_view callName)
{
    for (const Entry& e : kEntries) {
        if (e.call && callName == e.call)
            return e.term;
    }
    return std::nullopt;
}

QString glossaryToolTip(Term term, const QString& detail)
{
    // Without a detail the text stays plain: '<broadcast>' must not be read as a tag.
    if (detail.isEmpty())
        return glossaryText(term);
    return glossaryText(term).toHtmlEscaped() + QStringLiteral("<br>") + detail.toHtmlEscaped();
}

QString glossaryWhatsThis(Term term, const QString& detail)
{
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(glossaryTitle(term).toHtmlEscaped(), glossaryText(term).toHtmlEscaped());
    if (!detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(detail.toHtmlEscaped());
    return html;
}

void setGlossaryHelp(QWidget* widget, Term term, const QString& detail)
{
    if (!widget)
        return;
    widget->setToolTip(glossaryToolTip(term, detail));
    widget->setWhatsThis(glossaryWhatsThis(term, detail));
}

} // namespace socketlab::gui
