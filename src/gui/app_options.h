// The `socketlab` command line: --lang, --tab, --host, --port, --start, --help, --version.
// Parsed before any QApplication exists, so --help and --version work without a display.
#pragma once

#include <QString>
#include <QStringList>

namespace socketlab::gui {

enum class StartTab { Remembered, Server, Client, Udp, Lookup };

struct AppOptions {
    QString language; // "en", "ru", or empty: remembered / system locale
    StartTab tab = StartTab::Remembered;
    QString host; // fills the chosen tab's host field when set
    QString port; // fills the chosen tab's port field when set
    bool start = false; // start the chosen tab's session at once
};

enum class ParseOutcome { Run, ShowHelp, ShowVersion, Error };

struct ParseResult {
    ParseOutcome outcome = ParseOutcome::Run;
    AppOptions options;
    QString message; // the help text, the version line, or the error
};

// `arguments` includes the program name first, as QCoreApplication::arguments() does.
ParseResult parseAppOptions(const QStringList& arguments);

} // namespace socketlab::gui
