// Shared option parsing and input checks for the subcommands.
#include "command_line.h"

#include "output.h"
#include "trace_output.h"

#include "core/resolver.h"
#include "core/session.h"
#include "i18n/terminal_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace socketlab::cli {

namespace {

constexpr char kDefaultIPv6Host[] = "::1";
// Timeouts become int milliseconds for poll().
constexpr double kMillisecondsPerSecond = 1000.0;
constexpr double kMaxSeconds = std::numeric_limits<int>::max() / kMillisecondsPerSecond;

const char* familyOptionName(core::Family family)
{
    switch (family) {
    case core::Family::Unspecified: return "any";
    case core::Family::Inet: return "inet";
    case core::Family::Inet6: return "inet6";
    case core::Family::Unix: return "unix";
    }
    return "";
}

bool isWholeNumber(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QString withUsageName(QString helpText, const QString& usageName)
{
    const QStringList arguments = QCoreApplication::arguments();
    const QString started = arguments.isEmpty() ? QString() : arguments.constFirst();
    const int end = helpText.indexOf(QLatin1Char('\n'));
    const int at = started.isEmpty() ? -1 : helpText.indexOf(started);
    if (at >= 0 && (end < 0 || at < end))
        helpText.replace(at, started.size(), usageName);
    return helpText;
}

QString familyChoices(const QList<core::Family>& families)
{
    QStringList names;
    for (const core::Family family : families)
        names << QLatin1String(familyOptionName(family));
    return names.join(QLatin1Char('|'));
}

CommandLine::CommandLine(const QString& commandPath, const QString& description)
    : m_commandPath(commandPath)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QLatin1String(kHelpOption)}, tr("Show this help and exit.")));
}

void CommandLine::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

void CommandLine::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

void CommandLine::addAddressOptions(const QList<core::Family>& families)
{
    m_families = families;
    QString hostHelp = tr("The host: a name, a dotted quad, an IPv6 address, '<broadcast>', '' for all interfaces, "
                          "or an integer address (default: %1, or %2 with --family inet6).")
                           .arg(QLatin1String(core::kDefaultHost), QLatin1String(kDefaultIPv6Host));
    if (families.contains(core::Family::Unix))
        hostHelp += QLatin1Char(' ') + tr("With --family unix: the socket's file system path.");
    m_parser.addOption(QCommandLineOption(QLatin1String(kHostOption), hostHelp, tr("host")));
    m_parser.addOption(QCommandLineOption(QLatin1String(kPortOption),
        tr("The port: a number from 0 to 65535 or a service name such as www (default: %1; 0 lets the system "
           "pick).")
            .arg(core::kTutorialPort),
        tr("port")));
    m_parser.addOption(QCommandLineOption(QLatin1String(kFamilyOption),
        tr("The domain (address family): %1 (default: inet).").arg(familyChoices(families)), familyChoices(families)));
}

void CommandLine::addTraceOptions()
{
    m_parser.addOption(QCommandLineOption(QLatin1String(kTraceOption),
        tr("Write every socket call to FILE, one JSON object a line. An existing FILE is kept: the command stops "
           "unless --overwrite is given."),
        tr("FILE")));
    m_parser.addOption(
        QCommandLineOption(QLatin1String(kOverwriteOption), tr("Let --trace replace an existing file.")));
    m_parser.addOption(
        QCommandLineOption(QLatin1String(kVerboseOption), tr("Print every socket call on stderr as it happens.")));
}

std::optional<int> CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        reportUsageError(m_parser.errorText());
        printHelpHint();
        return kExitUsage;
    }
    if (m_parser.isSet(QLatin1String(kHelpOption))) {
        i18n::writeTerminalText(stdout, helpText());
        return kExitSuccess;
    }
    return std::nullopt;
}

bool CommandLine::isSet(const char* option) const
{
    return m_parser.isSet(QLatin1String(option));
}

QString CommandLine::value(const char* option) const
{
    return m_parser.value(QLatin1String(option));
}

QString CommandLine::helpText() const
{
    return withUsageName(m_parser.helpText(), QLatin1String(kProgramName) + QLatin1Char(' ') + m_commandPath);
}

bool CommandLine::readFamily(const QList<core::Family>& allowed, core::Family fallback, core::Family& out) const
{
    if (!isSet(kFamilyOption)) {
        out = fallback;
        return true;
    }
    const QString text = value(kFamilyOption);
    core::Family family = core::Family::Unspecified;
    const bool known = core::parseFamily(text.trimmed().toLower().toStdString(), family);
    if (!known || !allowed.contains(family)) {
        reportUsageError(tr("--family: unknown domain '%1'. Expected one of: %2.")
                             .arg(text, familyChoices(allowed).replace(QLatin1Char('|'), QLatin1String(", "))));
        return false;
    }
    out = family;
    return true;
}

bool CommandLine::readAddress(AddressChoice& out) const
{
    if (!readFamily(m_families, core::Family::Inet, out.family))
        return false;

    QString host;
    if (isSet(kHostOption)) {
        host = value(kHostOption);
    } else if (out.family == core::Family::Unix) {
        // There is no sensible default path: an AF_UNIX socket needs one the user chose.
        reportInputError(optionLabel(kHostOption), core::inputError(core::InputProblem::UnixPathEmpty, std::string()));
        return false;
    } else {
        host = QLatin1String(out.family == core::Family::Inet6 ? kDefaultIPv6Host : core::kDefaultHost);
    }
    if (!readHost(host, out.family, optionLabel(kHostOption), out.host))
        return false;

    if (out.family == core::Family::Unix) {
        out.port.clear(); // AF_UNIX addresses have no port
        return true;
    }
    const QString port = isSet(kPortOption) ? value(kPortOption) : QLatin1String(core::kTutorialPortText);
    return readPort(port, optionLabel(kPortOption), out.port);
}

bool CommandLine::readHost(const QString& host, core::Family family, const QString& label, std::string& out) const
{
    const std::string text = host.toStdString();
    const core::Result<core::HostSpec> spec = core::parseHost(text, family);
    if (!spec) {
        reportInputError(label, spec.error());
        return false;
    }
    out = text;
    return true;
}

bool CommandLine::readPort(const QString& port, const QString& label, std::string& out) const
{
    const std::string text = port.toStdString();
    // A service name the local services database does not know is refused here too, before any call.
    const core::Result<core::PortSpec> spec = core::parseKnownPort(text);
    if (!spec) {
        reportInputError(label, spec.error());
        return false;
    }
    out = text;
    return true;
}

bool CommandLine::readInteger(const char* option, std::uint64_t minimum, std::uint64_t maximum,
    core::InputProblem problem, std::uint64_t& out) const
{
    const QString text = value(option);
    bool ok = isWholeNumber(text.trimmed());
    const qulonglong number = ok ? text.trimmed().toULongLong(&ok) : 0;
    if (!ok || number < minimum || number > maximum) {
        reportInputError(optionLabel(option), core::inputError(problem, text.toStdString()));
        return false;
    }
    out = number;
    return true;
}

bool CommandLine::readCount(const char* option, std::uint64_t& out) const
{
    const QString text = value(option);
    bool ok = isWholeNumber(text.trimmed());
    const qulonglong number = ok ? text.trimmed().toULongLong(&ok) : 0;
    if (!ok || number == 0) {
        reportUsageError(
            tr("%1: count '%2' is not valid. Expected a whole number of 1 or more.").arg(optionLabel(option), text));
        return false;
    }
    out = number;
    return true;
}

bool CommandLine::readSeconds(const char* option, int& outMs) const
{
    const QString text = value(option);
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > kMaxSeconds) {
        reportInputError(optionLabel(option), core::inputError(core::InputProblem::BadTimeout, text.toStdString()));
        return false;
    }
    // At least 1 ms: a positive timeout must never turn into "do not wait at all".
    outMs = std::max(1, static_cast<int>(std::lround(seconds * kMillisecondsPerSecond)));
    return true;
}

bool CommandLine::readTrace(const GlobalOptions& global, TraceOutput& trace) const
{
    trace.setVerbose(global.verbose || isSet(kVerboseOption));
    if (!isSet(kTraceOption))
        return true;
    const QString path = value(kTraceOption);
    if (path.isEmpty()) {
        reportUsageError(tr("--trace: the file name is empty. Expected a file to write, such as trace.jsonl."));
        return false;
    }
    QString message;
    if (!trace.openFile(path, isSet(kOverwriteOption), message)) {
        reportUsageError(message);
        return false;
    }
    return true;
}

void CommandLine::warnIfAllInterfaces(const std::string& host, core::Family family)
{
    const core::Result<core::HostSpec> spec = core::parseHost(host, family);
    if (!spec)
        return;
    const bool any = spec->form == core::HostForm::Any
        || (!spec->numeric.empty() && spec->numeric.find_first_not_of("0.:") == std::string::npos);
    if (!any)
        return;
    const QString shown = host.empty() ? QStringLiteral("''") : fromStd(host);
    printStatus(tr("Warning: %1 binds to all interfaces: other machines on your network can reach this socket. "
                   "Leave out --host (or use --host 127.0.0.1) to stay on this machine.")
                    .arg(shown));
}

bool CommandLine::checkPositionalCount(int expected) const
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() <= expected)
        return true;
    reportUsageError(tr("unexpected argument '%1'.").arg(positional.at(expected)));
    printHelpHint();
    return false;
}

void CommandLine::reportUsageError(const QString& message) const
{
    printStatus(QStringLiteral("%1 %2: %3").arg(QLatin1String(kProgramName), m_commandPath, message));
}

void CommandLine::reportInputError(const QString& label, const core::Error& error) const
{
    reportUsageError(QStringLiteral("%1: %2").arg(label, errorText(error)));
}

void CommandLine::printHelpHint() const
{
    printStatus(tr("Run '%1 %2 --help' for the options.").arg(QLatin1String(kProgramName), m_commandPath));
}

QString CommandLine::optionLabel(const char* option)
{
    return QStringLiteral("--") + QLatin1String(option);
}

} // namespace socketlab::cli
