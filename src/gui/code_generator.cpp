// Builds the programs line by line: code with an optional comment beside it, aligned in one column as in
// the tutorial's listings. Comments come from the translation; user values only through the literal
// functions at the bottom.
#include "code_generator.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <vector>

namespace socketlab::gui {

namespace {

constexpr const char* kContext = "socketlab::gui::CodeGenerator";
// Comments start in this column when the code before them is shorter, as in the tutorial's listings.
constexpr int kCommentColumn = 36;
constexpr int kFirstPrintable = 0x20;
constexpr int kLastPrintable = 0x7e;

// Comments are marked with QT_TRANSLATE_NOOP under this context so lupdate finds them.
QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

// A comment must stay one line whatever a translation holds.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

class Listing {
public:
    explicit Listing(CodeLanguage language)
        : m_prefix(language == CodeLanguage::Python ? QStringLiteral("# ") : QStringLiteral("// "))
    {
    }
    void add(const QString& code, const QString& comment = QString())
    {
        if (comment.isEmpty()) {
            m_lines << code;
            return;
        }
        QString line = code;
        if (!code.trimmed().isEmpty()) {
            const int pad = qMax(2, kCommentColumn - static_cast<int>(code.size()));
            line += QString(pad, QLatin1Char(' '));
        }
        m_lines << line + m_prefix + oneLine(comment);
    }
    void comment(const QString& text, const QString& indent = QString())
    {
        m_lines << indent + m_prefix + oneLine(text);
    }
    void blank() { m_lines << QString(); }
    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }

private:
    QString m_prefix;
    QStringList m_lines;
};

// The host as the program should write it, and what the tutorial calls that form.
struct HostCode {
    QString python; // a Python expression
    QByteArray c; // the text for getaddrinfo()/sun_path; empty with cIsNull for INADDR_ANY
    bool cIsNull = false;
    QString note; // a comment naming the form
    bool valid = true;
};

HostCode hostCode(core::Family family, const QString& host)
{
    HostCode code;
    const QByteArray utf8 = host.toUtf8();
    auto parsed = core::parseHost(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), family);
    if (!parsed.ok()) {
        code.valid = false;
        code.python = pythonStringLiteral(host.trimmed());
        code.c = host.trimmed().toUtf8();
        return code;
    }
    const core::HostSpec& spec = parsed.value();
    const QString numeric = QString::fromStdString(spec.numeric);
    switch (spec.form) {
    case core::HostForm::Any:
        code.python = QStringLiteral("''");
        code.cIsNull = true;
        code.note = translated(
            QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "'' is INADDR_ANY: every interface of this machine"));
        break;
    case core::HostForm::Broadcast:
        code.python = QStringLiteral("'<broadcast>'");
        code.c = numeric.toLatin1();
        code.note = translated(
            QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "'<broadcast>' is INADDR_BROADCAST, 255.255.255.255"));
        break;
    case core::HostForm::Integer:
        // Python wants a string here: the integer form is written as the address it stands for.
        code.python = pythonStringLiteral(numeric);
        code.c = numeric.toLatin1();
        code.note = translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "the integer %1 as an address"))
                        .arg(QString::fromStdString(spec.input));
        break;
    case core::HostForm::IPv4:
    case core::HostForm::IPv6:
        code.python = pythonStringLiteral(numeric);
        code.c = numeric.toUtf8();
        break;
    case core::HostForm::Name:
        code.python = pythonStringLiteral(QString::fromStdString(spec.name));
        code.c = QByteArray::fromStdString(spec.name);
        code.note
            = translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "a host name, resolved by getaddrinfo()"));
        break;
    case core::HostForm::UnixPath:
        code.python = pythonStringLiteral(QString::fromStdString(spec.name));
        code.c = QByteArray::fromStdString(spec.name);
        code.note
            = translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "the socket's path in the file system"));
        break;
    }
    return code;
}

struct PortCode {
    QString python;
    QByteArray c;
    bool valid = true;
};

PortCode portCode(const QString& port, const char* protocol)
{
    PortCode code;
    const QByteArray utf8 = port.toUtf8();
    auto parsed = core::parsePort(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    if (!parsed.ok()) {
        code.valid = false;
        code.python = pythonStringLiteral(port.trimmed());
        code.c = port.trimmed().toUtf8();
        return code;
    }
    if (parsed->isNumber) {
        code.python = QString::number(parsed->number);
        code.c = QByteArray::number(parsed->number);
    } else {
        code.python = QStringLiteral("socket.getservbyname(%1, '%2')")
                          .arg(pythonStringLiteral(QString::fromStdString(parsed->service)), QLatin1String(protocol));
        code.c = QByteArray::fromStdString(parsed->service);
    }
    return code;
}

QString warningFor(const HostCode& host, const PortCode& port, bool unix)
{
    if (!host.valid)
        return unix ? translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
                   "The socket path is not valid: the program will fail where it uses it."))
                    : translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
                        "The host is not valid: the program will fail where it uses it."));
    if (!unix && !port.valid)
        return translated(QT_TRANSLATE_NOOP(
            "socketlab::gui::CodeGenerator", "The port is not valid: the program will fail where it uses it."));
    return QString();
}

QString pythonFamily(core::Family family)
{
    return QStringLiteral("socket.") + QLatin1String(core::familyName(family));
}

// The address argument of bind()/connect() in Python: a path, (host, port) or (host, port, 0, 0).
QString pythonAddress(core::Family family)
{
    if (family == core::Family::Unix)
        return QStringLiteral("path");
    if (family == core::Family::Inet6)
        return QStringLiteral("(host, port, 0, 0)");
    return QStringLiteral("(host, port)");
}

QString serverCaption(const ServerCodeSettings& settings)
{
    switch (settings.mode) {
    case core::ReplyMode::Tutorial:
        return translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
            "A TCP server: accepts each client, sends it the reply text and closes the connection."));
    case core::ReplyMode::Echo:
        return translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
            "A TCP server: accepts each client and sends back whatever arrives until the client closes."));
    case core::ReplyMode::Discard:
        return translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
            "A TCP server: accepts each client and reads what arrives without answering."));
    case core::ReplyMode::Manual:
        return translated(QT_TRANSLATE_NOOP(
            "socketlab::gui::CodeGenerator", "A TCP server: accepts each client and sends the lines you type."));
    }
    return QString();
}

void pythonServer(Listing& out, const ServerCodeSettings& settings, const HostCode& host, const PortCode& port)
{
    const bool unix = settings.family == core::Family::Unix;
    out.add(QStringLiteral("#!/usr/bin/env python3"));
    out.comment(QStringLiteral("server.py: ") + serverCaption(settings));
    out.add(QStringLiteral("import socket"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Import socket module")));
    out.blank();
    out.add(QStringLiteral("s = socket.socket(%1, socket.SOCK_STREAM)").arg(pythonFamily(settings.family)),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Create a socket object")));
    if (settings.reuseAddress)
        out.add(QStringLiteral("s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Bind again at once after a restart")));
    if (unix) {
        out.add(QStringLiteral("path = ") + host.python, host.note);
    } else {
        out.add(QStringLiteral("host = ") + host.python, host.note);
        out.add(QStringLiteral("port = ") + port.python,
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Reserve a port for your service.")));
    }
    out.add(QStringLiteral("s.bind(%1)").arg(pythonAddress(settings.family)),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Bind to the port")));
    out.add(QStringLiteral("s.listen(%1)").arg(settings.backlog),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Now wait for client connection.")));
    out.add(QStringLiteral("while True:"));
    out.add(QStringLiteral("    c, addr = s.accept()"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Establish connection with client.")));
    out.add(QStringLiteral("    print('Got connection from', addr)"));
    switch (settings.mode) {
    case core::ReplyMode::Tutorial:
        out.add(QStringLiteral("    c.sendall(") + pythonBytesLiteral(settings.reply) + QLatin1Char(')'),
            translated(QT_TRANSLATE_NOOP(
                "socketlab::gui::CodeGenerator", "sendall() repeats send() until every byte is out")));
        break;
    case core::ReplyMode::Echo:
    case core::ReplyMode::Discard:
        out.add(QStringLiteral("    while True:"));
        out.add(QStringLiteral("        data = c.recv(%1)").arg(settings.recvSize),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "At most this many bytes at once")));
        out.add(QStringLiteral("        if not data:"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "b'': the client has closed its side")));
        out.add(QStringLiteral("            break"));
        if (settings.mode == core::ReplyMode::Echo)
            out.add(QStringLiteral("        c.sendall(data)"),
                translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Send back what arrived")));
        else
            out.add(QStringLiteral("        print(len(data), 'bytes')"),
                translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Count what arrived, answer nothing")));
        break;
    case core::ReplyMode::Manual:
        out.add(QStringLiteral("    while True:"));
        out.add(QStringLiteral("        line = input('> ')"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "An empty line closes the connection")));
        out.add(QStringLiteral("        if not line:"));
        out.add(QStringLiteral("            break"));
        out.add(QStringLiteral("        c.sendall(line.encode())"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Text becomes bytes (UTF-8)")));
        break;
    }
    out.add(QStringLiteral("    c.close()"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Close the connection")));
}

void cIncludes(Listing& out, bool unix)
{
    out.add(QStringLiteral("#include <netdb.h>"));
    out.add(QStringLiteral("#include <stdio.h>"));
    out.add(QStringLiteral("#include <string.h>"));
    out.add(QStringLiteral("#include <sys/socket.h>"));
    out.add(QStringLiteral("#include <sys/types.h>"));
    if (unix)
        out.add(QStringLiteral("#include <sys/un.h>"));
    out.add(QStringLiteral("#include <unistd.h>"));
    out.blank();
}

// Opens `s` and binds or connects it: getaddrinfo() for IP hosts, a sockaddr_un for AF_UNIX. Leaves
// `s` open and returns 1 from main() on failure.
enum class SocketRole { Listen, Connect, BindDatagram };

void cOpenSocket(Listing& out, core::Family family, const HostCode& host, const PortCode& port, SocketRole role,
    bool reuseAddress, bool broadcast = false)
{
    const bool binds = role != SocketRole::Connect;
    const QString call = binds ? QStringLiteral("bind") : QStringLiteral("connect");
    const QString type
        = role == SocketRole::BindDatagram ? QStringLiteral("SOCK_DGRAM") : QStringLiteral("SOCK_STREAM");
    if (family == core::Family::Unix) {
        out.add(QStringLiteral("    const char *path = ") + cStringLiteral(host.c) + QLatin1Char(';'), host.note);
        out.add(QStringLiteral("    struct sockaddr_un addr;"));
        out.add(QStringLiteral("    memset(&addr, 0, sizeof addr);"));
        out.add(QStringLiteral("    addr.sun_family = AF_UNIX;"));
        out.add(QStringLiteral("    strncpy(addr.sun_path, path, sizeof addr.sun_path - 1);"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "A longer path is cut")));
        out.add(QStringLiteral("    int s = socket(AF_UNIX, %1, 0);").arg(type),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Create a socket object")));
        out.add(QStringLiteral("    if (s == -1) {"));
        out.add(QStringLiteral("        perror(\"socket\");"));
        out.add(QStringLiteral("        return 1;"));
        out.add(QStringLiteral("    }"));
        out.add(QStringLiteral("    if (%1(s, (struct sockaddr *)&addr, sizeof addr) == -1) {").arg(call));
        out.add(QStringLiteral("        perror(\"%1\");").arg(call));
        out.add(QStringLiteral("        close(s);"));
        out.add(QStringLiteral("        return 1;"));
        out.add(QStringLiteral("    }"));
        return;
    }
    const QString hostArg = host.cIsNull ? QStringLiteral("NULL") : cStringLiteral(host.c);
    out.add(QStringLiteral("    const char *host = ") + hostArg + QLatin1Char(';'), host.note);
    out.add(QStringLiteral("    const char *port = ") + cStringLiteral(port.c) + QLatin1Char(';'),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "A number or a service name")));
    out.add(QStringLiteral("    struct addrinfo hints, *res;"));
    out.add(QStringLiteral("    memset(&hints, 0, sizeof hints);"));
    out.add(QStringLiteral("    hints.ai_family = %1;").arg(QLatin1String(core::familyName(family))));
    out.add(QStringLiteral("    hints.ai_socktype = %1;").arg(type));
    if (binds)
        out.add(QStringLiteral("    hints.ai_flags = AI_PASSIVE;"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "NULL host: every interface")));
    out.add(QStringLiteral("    int err = getaddrinfo(host, port, &hints, &res);"));
    out.add(QStringLiteral("    if (err != 0) {"));
    out.add(QStringLiteral("        fprintf(stderr, \"getaddrinfo: %s\\n\", gai_strerror(err));"));
    out.add(QStringLiteral("        return 1;"));
    out.add(QStringLiteral("    }"));
    out.add(QStringLiteral("    int s = socket(res->ai_family, res->ai_socktype, res->ai_protocol);"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Create a socket object")));
    out.add(QStringLiteral("    if (s == -1) {"));
    out.add(QStringLiteral("        perror(\"socket\");"));
    out.add(QStringLiteral("        freeaddrinfo(res);"));
    out.add(QStringLiteral("        return 1;"));
    out.add(QStringLiteral("    }"));
    if (reuseAddress) {
        out.add(QStringLiteral("    int on = 1;"));
        out.add(QStringLiteral("    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Bind again at once after a restart")));
    }
    if (broadcast) {
        out.add(QStringLiteral("    int broadcast = 1;"));
        out.add(QStringLiteral("    setsockopt(s, SOL_SOCKET, SO_BROADCAST, &broadcast, sizeof broadcast);"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Allow sending to a broadcast address")));
    }
    out.add(QStringLiteral("    if (%1(s, res->ai_addr, res->ai_addrlen) == -1) {").arg(call));
    out.add(QStringLiteral("        perror(\"%1\");").arg(call));
    out.add(QStringLiteral("        freeaddrinfo(res);"));
    out.add(QStringLiteral("        close(s);"));
    out.add(QStringLiteral("        return 1;"));
    out.add(QStringLiteral("    }"));
    out.add(QStringLiteral("    freeaddrinfo(res);"));
}

void cServer(Listing& out, const ServerCodeSettings& settings, const HostCode& host, const PortCode& port)
{
    const bool unix = settings.family == core::Family::Unix;
    out.comment(QStringLiteral("server.c: ") + serverCaption(settings));
    out.comment(translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Build: cc -Wall -o server server.c")));
    cIncludes(out, unix);
    out.add(QStringLiteral("int main(void)"));
    out.add(QStringLiteral("{"));
    cOpenSocket(out, settings.family, host, port, SocketRole::Listen, settings.reuseAddress);
    out.add(QStringLiteral("    if (listen(s, %1) == -1) {").arg(settings.backlog),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Now wait for client connection.")));
    out.add(QStringLiteral("        perror(\"listen\");"));
    out.add(QStringLiteral("        close(s);"));
    out.add(QStringLiteral("        return 1;"));
    out.add(QStringLiteral("    }"));
    if (settings.mode == core::ReplyMode::Tutorial)
        out.add(QStringLiteral("    static const char reply[] = ") + cStringLiteral(settings.reply) + QLatin1Char(';'));
    out.add(QStringLiteral("    for (;;) {"));
    out.add(QStringLiteral("        struct sockaddr_storage addr;"));
    out.add(QStringLiteral("        socklen_t addrlen = sizeof addr;"));
    out.add(QStringLiteral("        int c = accept(s, (struct sockaddr *)&addr, &addrlen);"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Establish connection with client.")));
    out.add(QStringLiteral("        if (c == -1) {"));
    out.add(QStringLiteral("            perror(\"accept\");"));
    out.add(QStringLiteral("            continue;"));
    out.add(QStringLiteral("        }"));
    if (unix) {
        out.add(QStringLiteral("        printf(\"Got connection\\n\");"));
    } else {
        out.add(QStringLiteral("        char name[NI_MAXHOST], serv[NI_MAXSERV];"));
        out.add(QStringLiteral(
            "        if (getnameinfo((struct sockaddr *)&addr, addrlen, name, sizeof name, serv, sizeof serv,"));
        out.add(QStringLiteral("                NI_NUMERICHOST | NI_NUMERICSERV) == 0)"));
        out.add(QStringLiteral("            printf(\"Got connection from ('%s', %s)\\n\", name, serv);"));
    }
    out.add(QStringLiteral("        fflush(stdout);"));
    switch (settings.mode) {
    case core::ReplyMode::Tutorial:
        out.add(QStringLiteral("        if (send(c, reply, sizeof reply - 1, 0) == -1)"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "A short reply leaves in one send()")));
        out.add(QStringLiteral("            perror(\"send\");"));
        break;
    case core::ReplyMode::Echo:
    case core::ReplyMode::Discard:
        out.add(QStringLiteral("        char data[%1];").arg(settings.recvSize),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "At most this many bytes at once")));
        out.add(QStringLiteral("        ssize_t n;"));
        out.add(QStringLiteral("        while ((n = recv(c, data, sizeof data, 0)) > 0) {"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "0: the client has closed its side")));
        if (settings.mode == core::ReplyMode::Echo) {
            out.add(QStringLiteral("            if (send(c, data, (size_t)n, 0) == -1) {"),
                translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Send back what arrived")));
            out.add(QStringLiteral("                perror(\"send\");"));
            out.add(QStringLiteral("                break;"));
            out.add(QStringLiteral("            }"));
        } else {
            out.add(QStringLiteral("            printf(\"%zd bytes\\n\", n);"),
                translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Count what arrived, answer nothing")));
        }
        out.add(QStringLiteral("        }"));
        break;
    case core::ReplyMode::Manual:
        out.add(QStringLiteral("        char line[1024];"));
        out.add(QStringLiteral("        while (fgets(line, sizeof line, stdin) && line[0] != '\\n') {"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "An empty line closes the connection")));
        out.add(QStringLiteral("            line[strcspn(line, \"\\n\")] = '\\0';"));
        out.add(QStringLiteral("            if (send(c, line, strlen(line), 0) == -1) {"));
        out.add(QStringLiteral("                perror(\"send\");"));
        out.add(QStringLiteral("                break;"));
        out.add(QStringLiteral("            }"));
        out.add(QStringLiteral("        }"));
        break;
    }
    out.add(QStringLiteral("        close(c);"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Close the connection")));
    out.add(QStringLiteral("    }"));
    out.add(QStringLiteral("}"));
}

QString clientCaption()
{
    return translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
        "A TCP client: connects, prints what one recv() returns and closes the socket."));
}

QString timeoutText(double seconds)
{
    return QString::number(seconds, 'g', 6);
}

void pythonClient(Listing& out, const ClientCodeSettings& settings, const HostCode& host, const PortCode& port)
{
    out.add(QStringLiteral("#!/usr/bin/env python3"));
    out.comment(QStringLiteral("client.py: ") + clientCaption());
    out.add(QStringLiteral("import socket"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Import socket module")));
    out.blank();
    out.add(QStringLiteral("s = socket.socket(%1, socket.SOCK_STREAM)").arg(pythonFamily(settings.family)),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Create a socket object")));
    if (settings.timeoutSeconds > 0)
        out.add(QStringLiteral("s.settimeout(%1)").arg(timeoutText(settings.timeoutSeconds)),
            translated(QT_TRANSLATE_NOOP(
                "socketlab::gui::CodeGenerator", "connect() and recv() give up after this many seconds")));
    if (settings.family == core::Family::Unix) {
        out.add(QStringLiteral("path = ") + host.python, host.note);
    } else {
        out.add(QStringLiteral("host = ") + host.python, host.note);
        out.add(QStringLiteral("port = ") + port.python,
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "The server's port")));
    }
    out.add(QStringLiteral("s.connect(%1)").arg(pythonAddress(settings.family)));
    out.add(QStringLiteral("print(s.recv(%1).decode(errors='replace'))").arg(settings.recvSize),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "At most this many bytes, as text")));
    out.add(QStringLiteral("s.close()"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Close the socket when done")));
}

void cClient(Listing& out, const ClientCodeSettings& settings, const HostCode& host, const PortCode& port)
{
    const bool unix = settings.family == core::Family::Unix;
    out.comment(QStringLiteral("client.c: ") + clientCaption());
    out.comment(translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Build: cc -Wall -o client client.c")));
    if (settings.timeoutSeconds > 0)
        out.comment(translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
            "SO_RCVTIMEO bounds recv(); connect() waits as long as the system does.")));
    cIncludes(out, unix);
    if (settings.timeoutSeconds > 0) {
        // sys/time.h for struct timeval: after the common includes, before main().
        out.add(QStringLiteral("#include <sys/time.h>"));
        out.blank();
    }
    out.add(QStringLiteral("int main(void)"));
    out.add(QStringLiteral("{"));
    cOpenSocket(out, settings.family, host, port, SocketRole::Connect, false);
    if (settings.timeoutSeconds > 0) {
        const qint64 micros = qRound64(settings.timeoutSeconds * 1000000.0);
        out.add(QStringLiteral("    struct timeval timeout = {%1, %2};").arg(micros / 1000000).arg(micros % 1000000));
        out.add(QStringLiteral("    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);"));
    }
    out.add(QStringLiteral("    char data[%1];").arg(settings.recvSize),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "At most this many bytes")));
    out.add(QStringLiteral("    ssize_t n = recv(s, data, sizeof data, 0);"));
    out.add(QStringLiteral("    if (n == -1) {"));
    out.add(QStringLiteral("        perror(\"recv\");"));
    out.add(QStringLiteral("        close(s);"));
    out.add(QStringLiteral("        return 1;"));
    out.add(QStringLiteral("    }"));
    out.add(QStringLiteral("    printf(\"%.*s\\n\", (int)n, data);"));
    out.add(QStringLiteral("    close(s);"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Close the socket when done")));
    out.add(QStringLiteral("    return 0;"));
    out.add(QStringLiteral("}"));
}

QString udpCaption(const UdpCodeSettings& settings)
{
    const bool sends = !settings.destinationHost.trimmed().isEmpty();
    if (sends && settings.echo)
        return translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
            "A UDP endpoint: binds, sends one datagram, then receives datagrams and sends each back."));
    if (sends)
        return translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
            "A UDP endpoint: binds, sends one datagram, then prints every datagram that arrives."));
    if (settings.echo)
        return translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator",
            "A UDP endpoint: binds, then receives datagrams and sends each back to its sender."));
    return translated(QT_TRANSLATE_NOOP(
        "socketlab::gui::CodeGenerator", "A UDP endpoint: binds, then prints every datagram that arrives."));
}

void pythonUdp(Listing& out, const UdpCodeSettings& settings, const HostCode& host, const PortCode& port,
    const HostCode& destination, const PortCode& destinationPort)
{
    const bool unix = settings.family == core::Family::Unix;
    out.add(QStringLiteral("#!/usr/bin/env python3"));
    out.comment(QStringLiteral("udp.py: ") + udpCaption(settings));
    out.add(QStringLiteral("import socket"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Import socket module")));
    out.blank();
    out.add(QStringLiteral("s = socket.socket(%1, socket.SOCK_DGRAM)").arg(pythonFamily(settings.family)),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Create a socket object")));
    if (settings.reuseAddress)
        out.add(QStringLiteral("s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Bind again at once after a restart")));
    if (settings.broadcast)
        out.add(QStringLiteral("s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Allow sending to a broadcast address")));
    if (unix) {
        out.add(QStringLiteral("path = ") + host.python, host.note);
    } else {
        out.add(QStringLiteral("host = ") + host.python, host.note);
        out.add(QStringLiteral("port = ") + port.python,
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "0: the system picks a free port")));
    }
    out.add(QStringLiteral("s.bind(%1)").arg(pythonAddress(settings.family)),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Bind to the port")));
    out.add(QStringLiteral("print('Bound to', s.getsockname())"));
    if (!settings.destinationHost.trimmed().isEmpty()) {
        if (unix) {
            out.add(QStringLiteral("s.sendto(%1, %2)").arg(pythonBytesLiteral(settings.payload), destination.python),
                translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "One sendto(), one datagram")));
        } else {
            out.add(QStringLiteral("to_host = ") + destination.python, destination.note);
            out.add(QStringLiteral("to_port = ") + destinationPort.python);
            const QString to = settings.family == core::Family::Inet6 ? QStringLiteral("(to_host, to_port, 0, 0)")
                                                                      : QStringLiteral("(to_host, to_port)");
            out.add(QStringLiteral("s.sendto(%1, %2)").arg(pythonBytesLiteral(settings.payload), to),
                translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "One sendto(), one datagram")));
        }
    }
    out.add(QStringLiteral("while True:"));
    out.add(QStringLiteral("    data, addr = s.recvfrom(%1)").arg(settings.recvSize),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "One datagram and its sender's address")));
    out.add(QStringLiteral("    print('Got', data, 'from', addr)"));
    if (settings.echo)
        out.add(QStringLiteral("    s.sendto(data, addr)"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Echo: back to the sender")));
}

void cUdp(Listing& out, const UdpCodeSettings& settings, const HostCode& host, const PortCode& port,
    const HostCode& destination, const PortCode& destinationPort)
{
    const bool unix = settings.family == core::Family::Unix;
    const bool sends = !settings.destinationHost.trimmed().isEmpty();
    out.comment(QStringLiteral("udp.c: ") + udpCaption(settings));
    out.comment(translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Build: cc -Wall -o udp udp.c")));
    cIncludes(out, unix);
    out.add(QStringLiteral("int main(void)"));
    out.add(QStringLiteral("{"));
    cOpenSocket(out, settings.family, host, port, SocketRole::BindDatagram, settings.reuseAddress, settings.broadcast);
    if (unix) {
        out.add(QStringLiteral("    printf(\"Bound to %s\\n\", path);"));
    } else {
        out.add(QStringLiteral("    struct sockaddr_storage local;"));
        out.add(QStringLiteral("    socklen_t locallen = sizeof local;"));
        out.add(QStringLiteral("    char name[NI_MAXHOST], serv[NI_MAXSERV];"));
        out.add(QStringLiteral("    if (getsockname(s, (struct sockaddr *)&local, &locallen) == 0"));
        out.add(QStringLiteral(
            "        && getnameinfo((struct sockaddr *)&local, locallen, name, sizeof name, serv, sizeof serv,"));
        out.add(QStringLiteral("               NI_NUMERICHOST | NI_NUMERICSERV) == 0)"));
        out.add(QStringLiteral("        printf(\"Bound to ('%s', %s)\\n\", name, serv);"));
    }
    out.add(QStringLiteral("    fflush(stdout);"));
    if (sends) {
        out.add(
            QStringLiteral("    static const char payload[] = ") + cStringLiteral(settings.payload) + QLatin1Char(';'));
        if (unix) {
            out.add(QStringLiteral("    struct sockaddr_un to;"));
            out.add(QStringLiteral("    memset(&to, 0, sizeof to);"));
            out.add(QStringLiteral("    to.sun_family = AF_UNIX;"));
            out.add(QStringLiteral("    strncpy(to.sun_path, ") + cStringLiteral(destination.c)
                + QStringLiteral(", sizeof to.sun_path - 1);"));
            out.add(QStringLiteral(
                        "    if (sendto(s, payload, sizeof payload - 1, 0, (struct sockaddr *)&to, sizeof to) == -1)"),
                translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "One sendto(), one datagram")));
            out.add(QStringLiteral("        perror(\"sendto\");"));
        } else {
            const QString toHost = destination.cIsNull ? QStringLiteral("NULL") : cStringLiteral(destination.c);
            out.add(QStringLiteral("    struct addrinfo *to;"));
            out.add(QStringLiteral("    hints.ai_flags = 0;"));
            out.add(QStringLiteral("    err = getaddrinfo(%1, %2, &hints, &to);")
                        .arg(toHost, cStringLiteral(destinationPort.c)),
                destination.note);
            out.add(QStringLiteral("    if (err != 0) {"));
            out.add(QStringLiteral("        fprintf(stderr, \"getaddrinfo: %s\\n\", gai_strerror(err));"));
            out.add(QStringLiteral("    } else {"));
            out.add(QStringLiteral(
                        "        if (sendto(s, payload, sizeof payload - 1, 0, to->ai_addr, to->ai_addrlen) == -1)"),
                translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "One sendto(), one datagram")));
            out.add(QStringLiteral("            perror(\"sendto\");"));
            out.add(QStringLiteral("        freeaddrinfo(to);"));
            out.add(QStringLiteral("    }"));
        }
    }
    out.add(QStringLiteral("    static char data[%1];").arg(settings.recvSize));
    out.add(QStringLiteral("    for (;;) {"));
    out.add(QStringLiteral("        struct sockaddr_storage addr;"));
    out.add(QStringLiteral("        socklen_t addrlen = sizeof addr;"));
    out.add(
        QStringLiteral("        ssize_t n = recvfrom(s, data, sizeof data, 0, (struct sockaddr *)&addr, &addrlen);"),
        translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "One datagram and its sender's address")));
    out.add(QStringLiteral("        if (n == -1) {"));
    out.add(QStringLiteral("            perror(\"recvfrom\");"));
    out.add(QStringLiteral("            break;"));
    out.add(QStringLiteral("        }"));
    out.add(QStringLiteral("        printf(\"Got %.*s\\n\", (int)n, data);"));
    out.add(QStringLiteral("        fflush(stdout);"));
    if (settings.echo) {
        out.add(QStringLiteral("        if (sendto(s, data, (size_t)n, 0, (struct sockaddr *)&addr, addrlen) == -1)"),
            translated(QT_TRANSLATE_NOOP("socketlab::gui::CodeGenerator", "Echo: back to the sender")));
        out.add(QStringLiteral("            perror(\"sendto\");"));
    }
    out.add(QStringLiteral("    }"));
    out.add(QStringLiteral("    close(s);"));
    out.add(QStringLiteral("    return 1;"));
    out.add(QStringLiteral("}"));
}
} // namespace

GeneratedCode generateServerCode(const ServerCodeSettings& settings, CodeLanguage language)
{
    const HostCode host = hostCode(settings.family, settings.host);
    const PortCode port = portCode(settings.port, "tcp");
    Listing out(language);
    GeneratedCode code;
    code.caption = serverCaption(settings);
    code.warning = warningFor(host, port, settings.family == core::Family::Unix);
    if (language == CodeLanguage::Python) {
        code.fileName = QStringLiteral("server.py");
        pythonServer(out, settings, host, port);
    } else {
        code.fileName = QStringLiteral("server.c");
        cServer(out, settings, host, port);
    }
    code.text = out.text();
    return code;
}

GeneratedCode generateClientCode(const ClientCodeSettings& settings, CodeLanguage language)
{
    const HostCode host = hostCode(settings.family, settings.host);
    const PortCode port = portCode(settings.port, "tcp");
    Listing out(language);
    GeneratedCode code;
    code.caption = clientCaption();
    code.warning = warningFor(host, port, settings.family == core::Family::Unix);
    if (language == CodeLanguage::Python) {
        code.fileName = QStringLiteral("client.py");
        pythonClient(out, settings, host, port);
    } else {
        code.fileName = QStringLiteral("client.c");
        cClient(out, settings, host, port);
    }
    code.text = out.text();
    return code;
}

GeneratedCode generateUdpCode(const UdpCodeSettings& settings, CodeLanguage language)
{
    const HostCode host = hostCode(settings.family, settings.host);
    const PortCode port = portCode(settings.port, "udp");
    const bool sends = !settings.destinationHost.trimmed().isEmpty();
    const HostCode destination = hostCode(settings.family, settings.destinationHost);
    const PortCode destinationPort = portCode(settings.destinationPort, "udp");
    const bool unix = settings.family == core::Family::Unix;
    Listing out(language);
    GeneratedCode code;
    code.caption = udpCaption(settings);
    code.warning = warningFor(host, port, unix);
    if (code.warning.isEmpty() && sends)
        code.warning = warningFor(destination, destinationPort, unix);
    if (language == CodeLanguage::Python) {
        code.fileName = QStringLiteral("udp.py");
        pythonUdp(out, settings, host, port, destination, destinationPort);
    } else {
        code.fileName = QStringLiteral("udp.c");
        cUdp(out, settings, host, port, destination, destinationPort);
    }
    code.text = out.text();
    return code;
}

QString pythonBytesLiteral(const QByteArray& bytes)
{
    QString out = QStringLiteral("b'");
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte == '\\' || byte == '\'')
            out += QStringLiteral("\\") + QLatin1Char(ch);
        else if (byte == '\n')
            out += QStringLiteral("\\n");
        else if (byte == '\r')
            out += QStringLiteral("\\r");
        else if (byte == '\t')
            out += QStringLiteral("\\t");
        else if (byte >= kFirstPrintable && byte <= kLastPrintable)
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('\'');
}

QString pythonStringLiteral(const QString& text)
{
    QString out = QStringLiteral("'");
    for (const char32_t code : text.toUcs4()) {
        if (code == U'\\' || code == U'\'')
            out += QLatin1Char('\\') + QChar(static_cast<char16_t>(code));
        else if (code == U'\n')
            out += QStringLiteral("\\n");
        else if (code == U'\t')
            out += QStringLiteral("\\t");
        else if (code >= kFirstPrintable && code <= kLastPrintable)
            out += QChar(static_cast<char16_t>(code));
        else if (code <= 0xff)
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(code), 2, 16, QLatin1Char('0'));
        else if (code <= 0xffff)
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(code), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(static_cast<uint>(code), 8, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('\'');
}

QString cStringLiteral(const QByteArray& bytes)
{
    QString out = QStringLiteral("\"");
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte == '\\' || byte == '"')
            out += QStringLiteral("\\") + QLatin1Char(ch);
        else if (byte == '\n')
            out += QStringLiteral("\\n");
        else if (byte == '\t')
            out += QStringLiteral("\\t");
        else if (byte == '?')
            out += QStringLiteral("\\?"); // no trigraphs, whatever follows
        else if (byte >= kFirstPrintable && byte <= kLastPrintable)
            out += QLatin1Char(ch);
        else
            // Always three octal digits: a following digit cannot extend the escape.
            out += QStringLiteral("\\%1").arg(byte, 3, 8, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

} // namespace socketlab::gui
