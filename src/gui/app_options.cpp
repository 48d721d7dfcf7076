// Parsing of the `socketlab` command line with QCommandLineParser (no application object needed).
#include "app_options.h"

#include "i18n/language.h"
#include "socketlab_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace socketlab::gui {
namespace {

// The translation context of the option texts (lupdate reads it from the macro).
struct AppOptionsText {
    Q_DECLARE_TR_FUNCTIONS(socketlab::gui::AppOptions)
};

} // namespace

ParseResult parseAppOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AppOptionsText::tr("SocketLab: learn socket programming by watching every real socket call."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")}, AppOptionsText::tr("Show this help and exit."));
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")}, AppOptionsText::tr("Show the version and exit."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), AppOptionsText::tr("Language of the window: en or ru."), QStringLiteral("en|ru"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        AppOptionsText::tr("The tab to show first: server, client, udp or lookup."), QStringLiteral("tab"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
        AppOptionsText::tr("Host for the chosen tab (default 127.0.0.1)."), QStringLiteral("host"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), AppOptionsText::tr("Port for the chosen tab (default 12345)."), QStringLiteral("port"));
    const QCommandLineOption startOption(
        QStringLiteral("start"), AppOptionsText::tr("Start the chosen tab's session at once (serve, connect)."));
    parser.addOptions({helpOption, versionOption, langOption, tabOption, hostOption, portOption, startOption});

    ParseResult result;
    if (!parser.parse(arguments)) {
        result.outcome = ParseOutcome::Error;
        result.message = parser.errorText();
        return result;
    }
    // Read first: --help and the errors below are printed in this language.
    result.options.language = parser.value(langOption).trimmed().toLower();
    if (parser.isSet(helpOption)) {
        result.outcome = ParseOutcome::ShowHelp;
        // Qt names the program after argv[0], or writes a placeholder when there is no application
        // object (--help must not need one: it would need a display). The help names the command.
        result.message = parser.helpText();
        // "Usage:" itself may be translated: the name is the first word after the first colon.
        result.message.replace(QRegularExpression(QStringLiteral("^([^\\n:]+: )\\S+")), QStringLiteral("\\1socketlab"));
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.outcome = ParseOutcome::ShowVersion;
        result.message = QStringLiteral("socketlab %1").arg(QStringLiteral(SOCKETLAB_VERSION));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = ParseOutcome::Error;
        result.message = AppOptionsText::tr("Unexpected argument '%1'. See socketlab --help.")
                             .arg(parser.positionalArguments().first());
        return result;
    }
    AppOptions& options = result.options;
    if (parser.isSet(langOption)) {
        if (!i18n::isSupported(options.language)) {
            result.outcome = ParseOutcome::Error;
            result.message = AppOptionsText::tr("Language '%1' is not available. Expected en or ru.")
                                 .arg(parser.value(langOption));
            return result;
        }
    }
    if (parser.isSet(tabOption)) {
        const QString tab = parser.value(tabOption).trimmed().toLower();
        if (tab == QLatin1String("server"))
            options.tab = StartTab::Server;
        else if (tab == QLatin1String("client"))
            options.tab = StartTab::Client;
        else if (tab == QLatin1String("udp"))
            options.tab = StartTab::Udp;
        else if (tab == QLatin1String("lookup"))
            options.tab = StartTab::Lookup;
        else {
            result.outcome = ParseOutcome::Error;
            result.message = AppOptionsText::tr("Tab '%1' does not exist. Expected server, client, udp or lookup.")
                                 .arg(parser.value(tabOption));
            return result;
        }
    }
    if (parser.isSet(hostOption))
        options.host = parser.value(hostOption);
    if (parser.isSet(portOption))
        options.port = parser.value(portOption);
    options.start = parser.isSet(startOption);
    return result;
}

} // namespace socketlab::gui
