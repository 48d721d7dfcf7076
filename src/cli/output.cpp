// Writing to stdout and stderr, and translating core texts for the terminal.
#include "output.h"

#include "cli_text.h"

#include "core/messages.h"
#include "core/python_repr.h"
#include "core/text.h"
#include "i18n/terminal_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <limits>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

namespace socketlab::cli {

namespace {

constexpr char kDash[] = " \u2014 ";
// Plural rules look at the last digits only; this keeps them for counts beyond int's range.
constexpr std::uint64_t kPluralModulus = 1000000;

void writeLine(std::FILE* stream, const QString& text)
{
    i18n::writeTerminalText(stream, text + QLatin1Char('\n'));
}

// UTF-8 lead and continuation bytes: (byte & mask) == pattern.
struct Utf8Lead {
    unsigned char mask;
    unsigned char pattern;
    std::size_t length; // bytes in the sequence it starts
};
constexpr Utf8Lead kUtf8Leads[] = {{0xE0, 0xC0, 2}, {0xF0, 0xE0, 3}, {0xF8, 0xF0, 4}};
constexpr unsigned char kContinuationMask = 0xC0;
constexpr unsigned char kContinuationPattern = 0x80;
constexpr std::size_t kMaxUtf8Length = 4;

// How many bytes at the end of `data` start a UTF-8 sequence that the next chunk completes.
std::size_t incompleteUtf8Tail(std::string_view data)
{
    const std::size_t scan = std::min(data.size(), kMaxUtf8Length - 1);
    for (std::size_t back = 1; back <= scan; ++back) {
        const auto byte = static_cast<unsigned char>(data[data.size() - back]);
        if ((byte & kContinuationMask) == kContinuationPattern)
            continue; // keep looking for the lead byte
        for (const Utf8Lead& lead : kUtf8Leads) {
            if ((byte & lead.mask) == lead.pattern)
                return lead.length > back ? back : 0;
        }
        return 0; // ASCII or an invalid byte: nothing to wait for
    }
    return 0;
}

} // namespace

void printLine(const QString& text)
{
    writeLine(stdout, text);
}

void printStatus(const QString& text)
{
    writeLine(stderr, text);
}

bool stdoutIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(STDOUT_FILENO) != 0;
#endif
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString coreText(const char* text, const QString& input)
{
    if (text == nullptr || *text == '\0')
        return QString();
    QString translated = QCoreApplication::translate(core::kTextContext, text);
    // QString::arg warns on stderr when there is no placeholder to fill.
    if (translated.contains(QLatin1String("%1")))
        translated = translated.arg(input);
    return translated;
}

QString errorText(const core::Error& error)
{
    if (error.kind == core::ErrorKind::Input)
        // Typed control characters are named as \t, \x1b: never passed to the terminal as they are.
        return coreText(core::inputProblemText(error.problem), fromStd(core::escapeForDisplay(error.input, false)));

    QString text = fromStd(error.toString());
    const QString target = error.input.empty() ? QStringLiteral("?") : fromStd(error.input);
    const QString explanation = coreText(core::conditionExplanation(error.condition), target);
    const QString hint = coreText(core::conditionHint(error.condition));
    if (!explanation.isEmpty() || !hint.isEmpty()) {
        text += QString::fromUtf8(kDash) + explanation;
        if (!explanation.isEmpty() && !hint.isEmpty())
            text += QLatin1Char(' ');
        text += hint;
    }
    return text;
}

QString byteCountText(std::uint64_t count)
{
    const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<int>::max());
    const int pluralCount = static_cast<int>(count <= limit ? count : kPluralModulus + count % kPluralModulus);
    return CliText::tr("%1 byte(s)", nullptr, pluralCount).arg(count);
}

ReceivedDataWriter::ReceivedDataWriter()
    : m_toTerminal(stdoutIsTerminal())
{
#ifdef _WIN32
    // Received bytes go out unchanged: no \n -> \r\n translation in a pipe or a file.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
}

void ReceivedDataWriter::write(const char* data, std::size_t size)
{
    if (size == 0)
        return;
    m_endsWithNewline = data[size - 1] == '\n';
    if (!m_toTerminal) {
        std::fwrite(data, 1, size, stdout);
        std::fflush(stdout);
        return;
    }
    m_pendingUtf8.append(data, size);
    const std::size_t keep = incompleteUtf8Tail(m_pendingUtf8);
    const std::string whole = m_pendingUtf8.substr(0, m_pendingUtf8.size() - keep);
    m_pendingUtf8.erase(0, whole.size());
    writeEscaped(whole);
}

void ReceivedDataWriter::finish()
{
    if (!m_pendingUtf8.empty()) {
        writeEscaped(m_pendingUtf8);
        m_pendingUtf8.clear();
    }
    std::fflush(stdout);
}

void ReceivedDataWriter::writeEscaped(std::string_view data)
{
    if (data.empty())
        return;
    const std::string safe = core::escapeForDisplay(data, true);
    std::fwrite(safe.data(), 1, safe.size(), stdout);
    std::fflush(stdout);
}

} // namespace socketlab::cli
