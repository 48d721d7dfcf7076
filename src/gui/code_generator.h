// The equivalent program of a tab: the settings a tab is set up with, turned into the Python 3 program
// (server.py / client.py, in the tutorial's shape) or the C program (BSD sockets) that does the same.
// Pure text generation, no widgets: comments are translated, the code itself never is, and every value
// typed by the user enters the program as an escaped literal, never as raw text.
#pragma once

#include "core/address.h"
#include "core/tcp_server.h"

#include <QByteArray>
#include <QString>

namespace socketlab::gui {

enum class CodeLanguage { Python, C };

struct ServerCodeSettings {
    core::Family family = core::Family::Inet;
    QString host = QStringLiteral("127.0.0.1"); // as typed: '' (all interfaces), a name, a number, a path
    QString port = QStringLiteral("12345"); // a number or a service name
    int backlog = 5;
    bool reuseAddress = false;
    core::ReplyMode mode = core::ReplyMode::Tutorial;
    QByteArray reply = QByteArrayLiteral("Thank you for connecting");
    int recvSize = 1024; // echo / discard: the most one recv() may return
};

struct ClientCodeSettings {
    core::Family family = core::Family::Inet;
    QString host = QStringLiteral("127.0.0.1");
    QString port = QStringLiteral("12345");
    double timeoutSeconds = 10.0; // 0: wait as long as the system does
    int recvSize = 1024;
};

struct UdpCodeSettings {
    core::Family family = core::Family::Inet;
    QString host = QStringLiteral("127.0.0.1"); // the bind address
    QString port = QStringLiteral("12345");
    bool reuseAddress = false;
    bool broadcast = false;
    bool echo = false;
    QString destinationHost; // empty: the program only receives
    QString destinationPort;
    QByteArray payload; // sent once to the destination at the start
    int recvSize = 65536;
};

struct GeneratedCode {
    QString fileName; // "server.py", "client.c", ...
    QString caption; // one line: what the program does, translated
    QString text; // the program
    QString warning; // a setting the program cannot use as it is (translated), else empty
};

GeneratedCode generateServerCode(const ServerCodeSettings& settings, CodeLanguage language);
GeneratedCode generateClientCode(const ClientCodeSettings& settings, CodeLanguage language);
GeneratedCode generateUdpCode(const UdpCodeSettings& settings, CodeLanguage language);

// Literals, public for the tests: a Python bytes literal (b'...'), a Python str literal ('...') and a
// C string literal ("..."); anything but printable ASCII is escaped (UTF-8 bytes for non-ASCII).
QString pythonBytesLiteral(const QByteArray& bytes);
QString pythonStringLiteral(const QString& text);
QString cStringLiteral(const QByteArray& bytes);

} // namespace socketlab::gui
