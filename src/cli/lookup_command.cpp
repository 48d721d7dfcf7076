// The lookup subcommand: getaddrinfo(HOST, SERVICE) through the core's one resolver, so the
// special host forms ('<broadcast>', integer addresses) show what they become.
#include "lookup_command.h"

#include "command_line.h"
#include "output.h"
#include "trace_output.h"

#include "core/resolver.h"

namespace socketlab::cli {

namespace {

constexpr char kTypeOption[] = "type";
constexpr char kDefaultLookupHost[] = "localhost";

const QList<core::Family> kLookupFamilies = {core::Family::Unspecified, core::Family::Inet, core::Family::Inet6};

// "any", "stream", "dgram" and the SOCK_ names.
bool parseSocketType(const QString& text, core::SocketType& out)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("any") || name == QLatin1String("0")) {
        out = core::SocketType::Any;
    } else if (name == QLatin1String("stream") || name == QLatin1String("sock_stream")) {
        out = core::SocketType::Stream;
    } else if (name == QLatin1String("dgram") || name == QLatin1String("sock_dgram")) {
        out = core::SocketType::Datagram;
    } else {
        return false;
    }
    return true;
}

} // namespace

QString LookupCommand::name() const
{
    return QStringLiteral("lookup");
}

QString LookupCommand::description() const
{
    return tr("Resolve HOST and SERVICE with getaddrinfo() and print each address as Python's tuple, then "
              "this machine's name (gethostname()).");
}

int LookupCommand::execute(const QStringList& arguments, const GlobalOptions& global)
{
    CommandLine line(name(), description());
    line.addPositional(QStringLiteral("HOST"),
        tr("A host name, a dotted quad, an IPv6 address, '<broadcast>', '' or an integer address "
           "(default: %1).")
            .arg(QLatin1String(kDefaultLookupHost)),
        QStringLiteral("[HOST]"));
    line.addPositional(QStringLiteral("SERVICE"), tr("A port number or a service name such as www (default: none)."),
        QStringLiteral("[SERVICE]"));
    line.addOption(QCommandLineOption(QLatin1String(kFamilyOption),
        tr("The domain (address family): %1 (default: any).").arg(familyChoices(kLookupFamilies)),
        familyChoices(kLookupFamilies)));
    line.addOption(QCommandLineOption(QLatin1String(kTypeOption),
        tr("The socket type: any|stream|dgram (default: any)."), QStringLiteral("any|stream|dgram")));
    line.addTraceOptions();
    if (const std::optional<int> exitCode = line.parse(arguments))
        return *exitCode;
    if (!line.checkPositionalCount(2))
        return kExitUsage;

    core::LookupQuery query;
    if (!line.readFamily(kLookupFamilies, core::Family::Unspecified, query.family))
        return kExitUsage;
    if (line.isSet(kTypeOption) && !parseSocketType(line.value(kTypeOption), query.type)) {
        line.reportUsageError(
            tr("--type: unknown socket type '%1'. Expected one of: any, stream, dgram.").arg(line.value(kTypeOption)));
        return kExitUsage;
    }
    const QStringList positional = line.positionalArguments();
    const QString host = positional.value(0, QLatin1String(kDefaultLookupHost));
    if (!line.readHost(host, query.family, QStringLiteral("HOST"), query.host))
        return kExitUsage;
    const QString service = positional.value(1);
    if (!service.isEmpty() && !line.readPort(service, QStringLiteral("SERVICE"), query.service))
        return kExitUsage;

    TraceOutput trace;
    if (!line.readTrace(global, trace))
        return kExitUsage;

    core::CallRecorder recorder(&trace);
    const core::Result<std::vector<core::AddressInfo>> entries = core::getAddressInfo(query, recorder);
    if (!entries) {
        printStatus(errorText(entries.error()));
        return entries.error().kind == core::ErrorKind::Input ? kExitUsage : kExitCallFailed;
    }
    for (const core::AddressInfo& entry : entries.value())
        printLine(fromStd(entry.toTuple()));

    const core::Result<std::string> hostName = core::getHostName(recorder);
    if (!hostName) {
        printStatus(errorText(hostName.error()));
        return kExitCallFailed;
    }
    printLine(fromStd(hostName.value()));
    return kExitSuccess;
}

} // namespace socketlab::cli
