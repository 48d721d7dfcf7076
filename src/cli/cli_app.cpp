// Global options and dispatch for socketlab-cli.
#include "cli_app.h"

#include "client_command.h"
#include "command_line.h"
#include "lookup_command.h"
#include "output.h"
#include "server_command.h"
#include "udp_command.h"

#include "i18n/language.h"
#include "i18n/terminal_text.h"
#include "socketlab_version.h"

#include <QCommandLineParser>

#include <cstdio>

namespace socketlab::cli {

namespace {

constexpr char kVersionOption[] = "version";
constexpr char kLangOption[] = "lang";
// --help's command list: a column for the names, descriptions wrapped like Qt's option help.
constexpr int kCommandColumnWidth = 10;
constexpr int kCommandIndent = 2;
constexpr int kHelpWidth = 79;

// `text` broken into lines of at most `width` characters at spaces.
QStringList wrapWords(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// --lang's value, read before the real parse so that --help and parse errors already speak it.
QString languageOption(const QStringList& arguments)
{
    const QString option = QStringLiteral("--") + QLatin1String(kLangOption);
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QLatin1Char('-')))
            break; // the command name: what follows belongs to the command
        if (argument == option)
            return arguments.value(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return QString();
}

} // namespace

CliApp::CliApp()
{
    m_commands.push_back(std::make_unique<ServerCommand>());
    m_commands.push_back(std::make_unique<ClientCommand>());
    m_commands.push_back(std::make_unique<UdpCommand>());
    m_commands.push_back(std::make_unique<LookupCommand>());
}

CliApp::~CliApp() = default;

int CliApp::run(const QStringList& arguments)
{
    const QString chosenLanguage = languageOption(arguments);
    // An unknown --lang is refused below, in the system's language.
    const bool chosenIsKnown = i18n::isSupported(chosenLanguage);
    if (!i18n::setLanguage(chosenIsKnown ? chosenLanguage : i18n::systemLanguage()) && chosenIsKnown)
        printStatus(tr("The translation for '%1' is not available in this build; messages stay in English.")
                        .arg(chosenLanguage));

    QCommandLineParser parser;
    // Options after the command name are the command's own.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(
        tr("SocketLab in a terminal: the socket tutorial's server and client, UDP and name lookup, with every "
           "socket call shown on request."));
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QLatin1String(kHelpOption)}, tr("Show this help and exit.")));
    parser.addOption(QCommandLineOption(QLatin1String(kVersionOption), tr("Show the version and exit.")));
    parser.addOption(QCommandLineOption(QLatin1String(kLangOption),
        tr("The language of messages: en or ru (default: the system's)."), QStringLiteral("en|ru")));
    parser.addOption(
        QCommandLineOption(QLatin1String(kVerboseOption), tr("Print every socket call on stderr as it happens.")));
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("The command to run (see below)."), QStringLiteral("<command> [options]"));

    if (!parser.parse(arguments)) {
        printStatus(QStringLiteral("%1: %2").arg(QLatin1String(kProgramName), parser.errorText()));
        printStatus(tr("Run '%1 --help' for the commands and options.").arg(QLatin1String(kProgramName)));
        return kExitUsage;
    }
    if (parser.isSet(QLatin1String(kLangOption))) {
        const QString chosen = parser.value(QLatin1String(kLangOption));
        if (!i18n::isSupported(chosen)) {
            printStatus(
                tr("%1: --lang: unknown language '%2'. Expected en or ru.").arg(QLatin1String(kProgramName), chosen));
            return kExitUsage;
        }
    }
    if (parser.isSet(QLatin1String(kHelpOption))) {
        i18n::writeTerminalText(stdout, helpText(parser.helpText()));
        return kExitSuccess;
    }
    if (parser.isSet(QLatin1String(kVersionOption))) {
        printLine(QStringLiteral("%1 %2").arg(QLatin1String(kProgramName), QLatin1String(SOCKETLAB_VERSION)));
        return kExitSuccess;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printStatus(tr("%1: no command given.").arg(QLatin1String(kProgramName)));
        i18n::writeTerminalText(stderr, helpText(parser.helpText()));
        return kExitUsage;
    }
    Command* command = findCommand(positional.constFirst());
    if (command == nullptr) {
        printStatus(tr("%1: unknown command '%2'.").arg(QLatin1String(kProgramName), positional.constFirst()));
        printStatus(tr("Run '%1 --help' for the commands and options.").arg(QLatin1String(kProgramName)));
        return kExitUsage;
    }
    GlobalOptions global;
    global.verbose = parser.isSet(QLatin1String(kVerboseOption));
    return command->execute(positional, global);
}

QString CliApp::helpText(const QString& optionsHelp) const
{
    QString text = withUsageName(optionsHelp, QLatin1String(kProgramName));

    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    const int descriptionColumn = kCommandIndent + kCommandColumnWidth + 1;
    const QString indent(descriptionColumn, QLatin1Char(' '));
    for (const std::unique_ptr<Command>& command : m_commands) {
        const QStringList description = wrapWords(command->description(), kHelpWidth - descriptionColumn);
        text += QString(kCommandIndent, QLatin1Char(' '))
            + QStringLiteral("%1 ").arg(command->name(), -kCommandColumnWidth);
        text += description.join(QLatin1Char('\n') + indent) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + tr("Run '%1 <command> --help' for a command's options.\n"
             "Exit codes: 0 success, 1 a socket call failed, 2 bad usage or input.")
              .arg(QLatin1String(kProgramName))
        + QLatin1Char('\n');
    return text;
}

Command* CliApp::findCommand(const QString& name) const
{
    for (const std::unique_ptr<Command>& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace socketlab::cli
