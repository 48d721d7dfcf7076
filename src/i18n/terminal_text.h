// Text for a terminal, in the user's language, from both executables (--help, --version,
// messages of socketlab-cli).
//
// On Windows a console shows UTF-16 only through WriteConsoleW: bytes written with fwrite are read
// in the console's OEM code page (866 for Russian), while Qt's local 8-bit encoding is the ANSI
// one (1251), so Cyrillic came out garbled. Pipes and files get the local 8-bit bytes as before,
// as they do everywhere else.
#pragma once

#include <QString>

#include <cstdio>

namespace socketlab::i18n {

// Writes `text` to `stream` (stdout or stderr) and flushes it.
void writeTerminalText(std::FILE* stream, const QString& text);

// Windows: `socketlab` is a GUI program with no console of its own, so what it prints (--help,
// --version, an option error) would vanish when typed in cmd.exe or PowerShell. This connects
// stdout and stderr to the console of the shell that started it, unless they already lead
// somewhere (a pipe or a file). Started from Explorer there is no such console, and it does
// nothing. Elsewhere it does nothing either: a terminal is already there.
void useParentConsole();

} // namespace socketlab::i18n
