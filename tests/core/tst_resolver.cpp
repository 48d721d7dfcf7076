// Tests for resolver.cpp: getaddrinfo over every host and port form, the resolver's errors, when a
// call is (and is not) recorded, gethostname, getnameinfo, and Python's pprint list form.
#include "core/resolver.h"

#include "core/messages.h"

#include "loopback.h"
#include "offline_dns.h"
#include "session_harness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QtTest>

#include <string>
#include <vector>

using namespace socketlab::core;
using namespace socketlab::tests;

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QStringList tuples(const std::vector<AddressInfo>& entries)
{
    QStringList out;
    for (const AddressInfo& entry : entries)
        out << q(entry.toTuple());
    return out;
}

bool servicesHave(const char* name)
{
    QFile services("/etc/services");
    if (!services.open(QIODevice::ReadOnly))
        return false;
    while (!services.atEnd()) {
        QByteArray line = services.readLine();
        if (const qsizetype comment = line.indexOf('#'); comment >= 0)
            line.truncate(comment);
        line = line.simplified();
        const QList<QByteArray> fields = line.split(' ');
        // "name port/proto alias..."
        for (int i = 0; i < fields.size(); ++i) {
            if (i != 1 && fields[i] == name && fields.size() > 1 && fields[1].endsWith("/tcp"))
                return true;
        }
    }
    return false;
}

} // namespace

class TestResolver : public QObject {
    Q_OBJECT

private slots:
    void localhostStream();
    void specialHostForms_data();
    void specialHostForms();
    void serviceNames_data();
    void serviceNames();
    void unknownService();
    void knownPortRefusesUnknownServices_data();
    void knownPortRefusesUnknownServices();
    void unknownHost();
    void nameServerFailures_data();
    void nameServerFailures();
    void nameFromNameServer();
    void numericHostFlagRefusesName();
    void refusedInputMakesNoCall();
    void getaddrinfoRecorded();
    void resolveEndpointsNumericMakesNoCall();
    void resolveEndpointsNameIsRecorded();
    void resolveEndpointsForms();
    void hostName();
    void nameInfo();
    void pythonListForm();
};

void TestResolver::localhostStream()
{
    CallRecorder recorder;
    LookupQuery query;
    query.host = "localhost";
    query.service = "80";
    query.family = Family::Inet;
    query.type = SocketType::Stream;
    auto result = getAddressInfo(query, recorder);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
    QVERIFY(!result->empty());
    bool found = false;
    for (const AddressInfo& entry : *result) {
        QCOMPARE(int(entry.family), int(Family::Inet));
        QCOMPARE(int(entry.type), int(SocketType::Stream));
        if (entry.address.toTuple() == "('127.0.0.1', 80)" && entry.protocol == 6)
            found = true;
    }
    QVERIFY2(found, qPrintable(tuples(*result).join(" | ")));
    QVERIFY2(tuples(*result).contains("(AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 80))"),
        qPrintable(tuples(*result).join(" | ")));
}

void TestResolver::specialHostForms_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("service");
    QTest::addColumn<unsigned>("flags");
    QTest::addColumn<QString>("expected");

    QTest::newRow("broadcast") << "<broadcast>"
                               << "80" << 0u << "('255.255.255.255', 80)";
    QTest::newRow("integer + www") << "2130706433"
                                   << "www" << 0u << "('127.0.0.1', 80)";
    QTest::newRow("integer zero") << "0"
                                  << "80" << 0u << "('0.0.0.0', 80)";
    QTest::newRow("empty passive") << ""
                                   << "80" << unsigned(kPassive) << "('0.0.0.0', 80)";
    QTest::newRow("dotted quad") << "127.0.0.1"
                                 << "12345" << 0u << "('127.0.0.1', 12345)";
    QTest::newRow("dotted quad trimmed") << " 127.0.0.1 "
                                         << " 12345 " << 0u << "('127.0.0.1', 12345)";
}

void TestResolver::specialHostForms()
{
    QFETCH(QString, host);
    QFETCH(QString, service);
    QFETCH(unsigned, flags);
    QFETCH(QString, expected);

    CallRecorder recorder;
    LookupQuery query;
    query.host = host.toStdString();
    query.service = service.toStdString();
    query.family = Family::Inet;
    query.type = SocketType::Stream;
    query.flags = flags;
    auto result = getAddressInfo(query, recorder);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
    QVERIFY(!result->empty());
    QCOMPARE(q(result->front().address.toTuple()), expected);
}

void TestResolver::serviceNames_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("port");
    QTest::newRow("www") << "www" << 80;
    QTest::newRow("http") << "http" << 80;
    QTest::newRow("echo") << "echo" << 7;
}

void TestResolver::serviceNames()
{
    QFETCH(QString, service);
    QFETCH(int, port);
    if (!servicesHave(service.toLatin1().constData()))
        QSKIP("/etc/services does not list this service");

    CallRecorder recorder;
    LookupQuery query;
    query.host = "127.0.0.1";
    query.service = service.toStdString();
    query.family = Family::Inet;
    query.type = SocketType::Stream;
    auto result = getAddressInfo(query, recorder);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
    QVERIFY(!result->empty());
    QCOMPARE(int(result->front().address.port()), port);

    auto endpoints
        = resolveEndpoints("127.0.0.1", service.toStdString(), Family::Inet, SocketType::Stream, false, recorder);
    QVERIFY2(endpoints.ok(), endpoints.ok() ? "" : endpoints.error().toString().c_str());
    QCOMPARE(int(endpoints->front().port()), port);
}

void TestResolver::unknownService()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    LookupQuery query;
    query.host = "127.0.0.1";
    query.service = "nosuchservicexyz";
    query.family = Family::Inet;
    query.type = SocketType::Stream;
    auto result = getAddressInfo(query, recorder);
    QVERIFY(!result.ok());
    // The call's own answer is EAI_SERVICE; the core may hand it back as such or as the refused
    // port (InputProblem::PortUnknownService) so that the message names the input.
    const Error& lookupError = result.error();
    QVERIFY2((lookupError.kind == ErrorKind::Resolver && lookupError.name == "EAI_SERVICE"
                 && lookupError.condition == Condition::ServiceNotFound && lookupError.call == "getaddrinfo")
            || (lookupError.kind == ErrorKind::Input && lookupError.problem == InputProblem::PortUnknownService
                && lookupError.input == "nosuchservicexyz"),
        lookupError.toString().c_str());
    const auto calls = eventsNamed(sink.events(), "getaddrinfo");
    QCOMPARE(calls.size(), std::size_t(1));
    QVERIFY(calls[0].failed());
    QCOMPARE(q(calls[0].errorName), QString("EAI_SERVICE"));

    auto endpoints
        = resolveEndpoints("127.0.0.1", "nosuchservicexyz", Family::Inet, SocketType::Stream, false, recorder);
    QVERIFY(!endpoints.ok());
    const Error& error = endpoints.error();
    const bool resolverSaysSo = error.kind == ErrorKind::Resolver && error.name == "EAI_SERVICE";
    const bool inputSaysSo = error.kind == ErrorKind::Input && error.problem == InputProblem::PortUnknownService;
    QVERIFY2(resolverSaysSo || inputSaysSo, error.toString().c_str());
}

void TestResolver::knownPortRefusesUnknownServices_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("port"); // -1: refused as PortUnknownService; -2: refused by parsePort
    QTest::newRow("no-such-service") << "no-such-service" << -1;
    QTest::newRow("nosuchservicexyz") << "nosuchservicexyz" << -1;
    QTest::newRow("unknown, trimmed") << "  no-such-service " << -1;
    QTest::newRow("http") << "http" << 80;
    QTest::newRow("www, spaces") << " www " << 80;
    QTest::newRow("echo (tcp and udp)") << "echo" << 7;
    QTest::newRow("number") << " 80 " << 80;
    QTest::newRow("12a") << "12a" << -2;
    QTest::newRow("70000") << "70000" << -2;
}

void TestResolver::knownPortRefusesUnknownServices()
{
    QFETCH(QString, input);
    QFETCH(int, port);
    const Result<PortSpec> result = parseKnownPort(input.toStdString());
    if (port >= 0) {
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
        QCOMPARE(q(result->input), input.trimmed());
        return;
    }
    QVERIFY2(!result.ok(), "an unknown service name was accepted");
    QCOMPARE(int(result.error().kind), int(ErrorKind::Input));
    if (port == -1) {
        QCOMPARE(int(result.error().problem), int(InputProblem::PortUnknownService));
        QCOMPARE(q(result.error().input), input.trimmed());
    } else {
        QVERIFY(result.error().problem != InputProblem::PortUnknownService);
    }
}

void TestResolver::unknownHost()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS(); // the fake name server answers NXDOMAIN
    CallRecorder recorder;
    LookupQuery query;
    query.host = kUnknownName;
    query.service = "80";
    query.family = Family::Inet;
    query.type = SocketType::Stream;
    auto result = getAddressInfo(query, recorder);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), int(ErrorKind::Resolver));
    QCOMPARE(q(result.error().name), QString("EAI_NONAME"));
    QCOMPARE(int(result.error().condition), int(Condition::HostNotFound));
    QVERIFY(!result.error().message.empty());
    // The message names the host the learner typed.
    const QString described = q(describeError(result.error()));
    QVERIFY2(
        described.contains(QLatin1String("The name no-such-host.invalid:80 is not known.")), qPrintable(described));
}

// SERVFAIL and a name server that never answers: "could not look up", naming the host, for the
// lookup and for the resolver of bind/connect/sendto alike.
void TestResolver::nameServerFailures_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("SERVFAIL") << QString::fromLatin1(kServerFailureName);
    QTest::newRow("no answer") << QString::fromLatin1(kSilentName);
}

void TestResolver::nameServerFailures()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    QFETCH(QString, host);
    RecordingSink sink;
    CallRecorder recorder(&sink);
    QElapsedTimer timer;
    timer.start();
    auto result = resolveEndpoints(host.toStdString(), "80", Family::Inet, SocketType::Stream, false, recorder);
    qInfo("getaddrinfo(%s) failed after %lld ms", qPrintable(host), timer.elapsed());
    QVERIFY(!result.ok());
    QCOMPARE(q(result.error().name), QString("EAI_AGAIN"));
    QCOMPARE(int(result.error().condition), int(Condition::TemporaryFailure));
    QCOMPARE(q(result.error().input), host + QLatin1String(":80"));
    const QString described = q(describeError(result.error()));
    QVERIFY2(described.contains(QLatin1String("could not be reached to look up ") + host), qPrintable(described));
    QCOMPARE(eventsNamed(sink.events(), "getaddrinfo").size(), std::size_t(1));
    QVERIFY(sink.events().back().failed());
}

// A name that resolves through the (fake) name server, not /etc/hosts.
void TestResolver::nameFromNameServer()
{
    SOCKETLAB_REQUIRE_OFFLINE_DNS();
    CallRecorder recorder;
    auto result = resolveEndpoints(kLoopbackName, "80", Family::Inet, SocketType::Stream, false, recorder);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
    QCOMPARE(q(result->front().toTuple()), QString("('127.0.0.1', 80)"));
}

void TestResolver::numericHostFlagRefusesName()
{
    CallRecorder recorder;
    LookupQuery query;
    query.host = "localhost";
    query.service = "80";
    query.family = Family::Inet;
    query.type = SocketType::Stream;
    query.flags = kNumericHost;
    auto result = getAddressInfo(query, recorder);
    QVERIFY(!result.ok());
    QCOMPARE(q(result.error().name), QString("EAI_NONAME"));
    QCOMPARE(int(result.error().condition), int(Condition::HostNotFound));
}

void TestResolver::refusedInputMakesNoCall()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    LookupQuery query;
    query.host = "1.2.3.999";
    query.service = "80";
    query.family = Family::Inet;
    auto result = getAddressInfo(query, recorder);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), int(ErrorKind::Input));
    QCOMPARE(int(result.error().problem), int(InputProblem::HostBadIPv4));

    auto endpoints = resolveEndpoints("127.0.0.1", "70000", Family::Inet, SocketType::Stream, false, recorder);
    QVERIFY(!endpoints.ok());
    QCOMPARE(int(endpoints.error().problem), int(InputProblem::PortOutOfRange));
    QCOMPARE(q(joined(callNames(sink.events()))), QString());
}

void TestResolver::getaddrinfoRecorded()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    LookupQuery query;
    query.host = "localhost";
    query.service = "www";
    query.family = Family::Inet;
    query.type = SocketType::Stream;
    auto result = getAddressInfo(query, recorder);
    QVERIFY(result.ok());
    const auto events = sink.events();
    QCOMPARE(q(joined(callNames(events))), QString("getaddrinfo"));
    QVERIFY2(q(events[0].args).contains("'localhost'") && q(events[0].args).contains("'www'"), events[0].args.c_str());
    QVERIFY(!events[0].failed());
    QVERIFY2(q(events[0].returned).contains("('127.0.0.1', 80)"), events[0].returned.c_str());
}

void TestResolver::resolveEndpointsNumericMakesNoCall()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto v4 = resolveEndpoints("127.0.0.1", "12345", Family::Inet, SocketType::Stream, false, recorder);
    QVERIFY(v4.ok());
    QCOMPARE(v4->size(), std::size_t(1));
    QCOMPARE(q(v4->front().toTuple()), QString("('127.0.0.1', 12345)"));
    auto any = resolveEndpoints("", "0", Family::Inet, SocketType::Stream, true, recorder);
    QVERIFY(any.ok());
    QCOMPARE(q(any->front().toTuple()), QString("('0.0.0.0', 0)"));
    auto integer = resolveEndpoints("2130706433", "80", Family::Inet, SocketType::Datagram, false, recorder);
    QVERIFY(integer.ok());
    QCOMPARE(q(integer->front().toTuple()), QString("('127.0.0.1', 80)"));
    auto broadcast = resolveEndpoints("<broadcast>", "9", Family::Inet, SocketType::Datagram, false, recorder);
    QVERIFY(broadcast.ok());
    QCOMPARE(q(broadcast->front().toTuple()), QString("('255.255.255.255', 9)"));
    auto v6 = resolveEndpoints("::1", "80", Family::Inet6, SocketType::Stream, false, recorder);
    QVERIFY(v6.ok());
    QCOMPARE(q(v6->front().toTuple()), QString("('::1', 80, 0, 0)"));
    auto bracketed = resolveEndpoints("[::1]", "80", Family::Unspecified, SocketType::Stream, false, recorder);
    QVERIFY(bracketed.ok());
    QCOMPARE(q(bracketed->front().toTuple()), QString("('::1', 80, 0, 0)"));
    auto any6 = resolveEndpoints("", "0", Family::Inet6, SocketType::Stream, true, recorder);
    QVERIFY(any6.ok());
    QCOMPARE(q(any6->front().toTuple()), QString("('::', 0, 0, 0)"));

    QCOMPARE(q(joined(callNames(sink.events()))), QString());
}

void TestResolver::resolveEndpointsNameIsRecorded()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto result = resolveEndpoints("localhost", "12345", Family::Inet, SocketType::Stream, false, recorder);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
    QVERIFY(!result->empty());
    QCOMPARE(q(result->front().toTuple()), QString("('127.0.0.1', 12345)"));
    QCOMPARE(q(joined(callNames(sink.events()))), QString("getaddrinfo"));
}

void TestResolver::resolveEndpointsForms()
{
    CallRecorder recorder;
    auto unixPath = resolveEndpoints("/tmp/socketlab-test.sock", "", Family::Unix, SocketType::Stream, false, recorder);
    QVERIFY2(unixPath.ok(), unixPath.ok() ? "" : unixPath.error().toString().c_str());
    QCOMPARE(q(unixPath->front().toTuple()), QString("'/tmp/socketlab-test.sock'"));

    auto mismatch = resolveEndpoints("::1", "80", Family::Inet, SocketType::Stream, false, recorder);
    QVERIFY(!mismatch.ok());
    QCOMPARE(int(mismatch.error().problem), int(InputProblem::HostFamilyMismatch));
}

void TestResolver::hostName()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto name = getHostName(recorder);
    QVERIFY2(name.ok(), name.ok() ? "" : name.error().toString().c_str());
    QVERIFY(!name->empty());
    QCOMPARE(q(*name), QSysInfo::machineHostName());
    const auto events = eventsNamed(sink.events(), "gethostname");
    QCOMPARE(events.size(), std::size_t(1));
    QVERIFY2(q(events[0].returned).contains(q(*name)), events[0].returned.c_str());
}

void TestResolver::nameInfo()
{
    RecordingSink sink;
    CallRecorder recorder(&sink);
    auto info = getNameInfo(loopbackV4(80), kNameNumericHost, recorder);
    QVERIFY2(info.ok(), info.ok() ? "" : info.error().toString().c_str());
    QCOMPARE(q(info->host), QString("127.0.0.1"));
    QVERIFY2(info->service == "http" || info->service == "80", info->service.c_str());

    auto numeric = getNameInfo(loopbackV4(80), kNameNumericHost | kNameNumericServ, recorder);
    QVERIFY(numeric.ok());
    QCOMPARE(q(numeric->service), QString("80"));
    QCOMPARE(eventsNamed(sink.events(), "getnameinfo").size(), std::size_t(2));
}

void TestResolver::pythonListForm()
{
    AddressInfo first;
    first.family = Family::Inet;
    first.type = SocketType::Stream;
    first.protocol = 6;
    first.address = loopbackV4(80);
    QCOMPARE(q(first.toTuple()), QString("(AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 80))"));

    AddressInfo second = first;
    second.type = SocketType::Datagram;
    second.protocol = 17;
    AddressInfo third;
    third.family = Family::Inet6;
    third.type = SocketType::Stream;
    third.protocol = 6;
    third.canonicalName = "localhost";
    third.address = endpointFor("::1", 80, Family::Inet6);
    QCOMPARE(q(third.toTuple()), QString("(AF_INET6, SOCK_STREAM, 6, 'localhost', ('::1', 80, 0, 0))"));

    QCOMPARE(q(pythonAddressList({})), QString("[]"));
    QCOMPARE(q(pythonAddressList({first})), QString("[(AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 80))]"));
    // pprint: one entry a line, continuation lines indented by one space.
    QCOMPARE(q(pythonAddressList({first, second, third})),
        QString("[(AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 80)),\n"
                " (AF_INET, SOCK_DGRAM, 17, '', ('127.0.0.1', 80)),\n"
                " (AF_INET6, SOCK_STREAM, 6, 'localhost', ('::1', 80, 0, 0))]"));
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
