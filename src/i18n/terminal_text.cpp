// Text for a terminal: see terminal_text.h.
#include "terminal_text.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <io.h>
#include <windows.h>
#endif

namespace socketlab::i18n {

namespace {

#ifdef Q_OS_WIN
// The console behind `stream`, or nullptr when it leads to a pipe, a file or nowhere.
HANDLE consoleOf(std::FILE* stream)
{
    // The C stream's own handle: after useParentConsole() reopened it, that is the console.
    const int descriptor = _fileno(stream);
    if (descriptor < 0)
        return nullptr;
    const HANDLE handle = reinterpret_cast<HANDLE>(_get_osfhandle(descriptor));
    DWORD mode = 0;
    // GetConsoleMode succeeds only on a console handle.
    if (handle == nullptr || handle == INVALID_HANDLE_VALUE || !GetConsoleMode(handle, &mode))
        return nullptr;
    return handle;
}

// A GUI program's standard handle is null unless its starter redirected it.
bool leadsSomewhere(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE;
}
#endif

} // namespace

void writeTerminalText(std::FILE* stream, const QString& text)
{
#ifdef Q_OS_WIN
    if (HANDLE console = consoleOf(stream)) {
        std::fflush(stream); // what was written through the C stream comes first
        const std::wstring wide = text.toStdWString();
        DWORD written = 0;
        WriteConsoleW(console, wide.data(), static_cast<DWORD>(wide.size()), &written, nullptr);
        return;
    }
#endif
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void useParentConsole()
{
#ifdef Q_OS_WIN
    const bool outputRedirected = leadsSomewhere(STD_OUTPUT_HANDLE);
    const bool errorsRedirected = leadsSomewhere(STD_ERROR_HANDLE);
    if (outputRedirected && errorsRedirected)
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    std::FILE* reopened = nullptr;
    if (!outputRedirected)
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    if (!errorsRedirected)
        freopen_s(&reopened, "CONOUT$", "w", stderr);
#endif
}

} // namespace socketlab::i18n
