// Everything the CLI writes: result lines on stdout, status and errors on stderr, received data
// made safe for a terminal, and core errors in the user's language.
#pragma once

#include "core/errors.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace socketlab::cli {

// A line on stdout (results a script may read), flushed so pipes see it at once.
void printLine(const QString& text);
// A line on stderr (status, warnings, errors).
void printStatus(const QString& text);

bool stdoutIsTerminal();

// The core's English text for a failed call or refused input, translated, with its placeholders
// filled: "connect: Connection refused (ECONNREFUSED) — Nothing is listening at 127.0.0.1:12345.
// Start the server first, or check the host and port."
QString errorText(const core::Error& error);
// A core text marked with QT_TRANSLATE_NOOP in context core::kTextContext, translated, with %1 set
// to `input` when the text has a %1.
QString coreText(const char* text, const QString& input = QString());
// "1024 byte(s)" with the plural form chosen for the real count, even beyond int's range.
QString byteCountText(std::uint64_t count);

QString fromStd(const std::string& text);

// Writes received bytes to stdout: raw into a pipe or a file (byte-exact round trips), through
// core::escapeForDisplay on a terminal so that received data can never send terminal escapes.
class ReceivedDataWriter {
public:
    ReceivedDataWriter();

    void write(const char* data, std::size_t size);
    // Writes what is held back (an incomplete UTF-8 sequence at the end of the data).
    void finish();
    bool endsWithNewline() const { return m_endsWithNewline; }
    bool toTerminal() const { return m_toTerminal; }

private:
    void writeEscaped(std::string_view data);

    bool m_toTerminal = false;
    bool m_endsWithNewline = true;
    // A UTF-8 character split across two recv() calls is escaped only once it is whole.
    std::string m_pendingUtf8;
};

} // namespace socketlab::cli
