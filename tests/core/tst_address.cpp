// Tests for address.cpp: every host and port form of the source material, what each is refused
// for, and the Python and display spellings of an Endpoint.
#include "core/address.h"
#include "core/errors.h"
#include "core/platform.h" // sockaddr_in / sockaddr_in6 to build Endpoints from raw sockaddrs

#include <QtTest>

#include <cstring>
#include <string>

using namespace socketlab::core;

Q_DECLARE_METATYPE(socketlab::core::Family)
Q_DECLARE_METATYPE(socketlab::core::HostForm)
Q_DECLARE_METATYPE(socketlab::core::InputProblem)

namespace {

// A host name of exactly `length` characters made of 63-character labels (valid DNS labels),
// so that only its total length can be wrong.
std::string nameOfLength(std::size_t length)
{
    std::string name;
    while (name.size() < length) {
        if (!name.empty() && (name.size() + 1) % 64 == 0)
            name += '.';
        else
            name += 'a';
    }
    if (name.back() == '.')
        name.back() = 'b';
    return name;
}

Endpoint v4(const char* address, std::uint16_t port)
{
    sockaddr_in in {};
    in.sin_family = AF_INET;
    in.sin_port = htons(port);
    inet_pton(AF_INET, address, &in.sin_addr);
    return Endpoint::fromSockaddr(&in, sizeof in);
}

Endpoint v6(const char* address, std::uint16_t port, std::uint32_t scope = 0, std::uint32_t flow = 0)
{
    sockaddr_in6 in6 {};
    in6.sin6_family = AF_INET6;
    in6.sin6_port = htons(port);
    in6.sin6_scope_id = scope;
    in6.sin6_flowinfo = htonl(flow);
    inet_pton(AF_INET6, address, &in6.sin6_addr);
    return Endpoint::fromSockaddr(&in6, sizeof in6);
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

class TestAddress : public QObject {
    Q_OBJECT

private slots:
    void multicastGroups_data();
    void multicastGroups();
    void parseHostAccepts_data();
    void parseHostAccepts();
    void parseHostRefuses_data();
    void parseHostRefuses();
    void hostNameLengthLimit();
    void parsePortAccepts_data();
    void parsePortAccepts();
    void parsePortRefuses_data();
    void parsePortRefuses();
    void endpointV4();
    void endpointV6();
    void endpointV6Scope();
    void endpointUnix();
    void endpointEquality();
    void familyAndTypeNames();
    void parseFamily_data();
    void parseFamily();
    void inputErrorCarriesInputAndProblem();
    void trimmedText();
    void acceptedFormsListed();
};

void TestAddress::parseHostAccepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Family>("family");
    QTest::addColumn<HostForm>("form");
    QTest::addColumn<QString>("numeric"); // expected HostSpec::numeric ("*" = not checked)
    QTest::addColumn<QString>("name"); // expected HostSpec::name ("*" = not checked)

    QTest::newRow("name") << "localhost" << Family::Inet << HostForm::Name << ""
                          << "localhost";
    QTest::newRow("dotted name") << "tutorialspoint.com" << Family::Unspecified << HostForm::Name << ""
                                 << "tutorialspoint.com";
    QTest::newRow("name with hyphen and digits") << "my-host-1" << Family::Inet << HostForm::Name << ""
                                                 << "my-host-1";
    QTest::newRow("dotted quad") << "127.0.0.1" << Family::Inet << HostForm::IPv4 << "127.0.0.1"
                                 << "*";
    QTest::newRow("dotted quad, any family") << "192.0.2.7" << Family::Unspecified << HostForm::IPv4 << "192.0.2.7"
                                             << "*";
    QTest::newRow("dotted quad trimmed") << "  127.0.0.1 " << Family::Inet << HostForm::IPv4 << "127.0.0.1"
                                         << "*";
    QTest::newRow("ipv6 loopback") << "::1" << Family::Inet6 << HostForm::IPv6 << "::1"
                                   << "*";
    QTest::newRow("ipv6 any family") << "::1" << Family::Unspecified << HostForm::IPv6 << "::1"
                                     << "*";
    QTest::newRow("ipv6 brackets") << "[::1]" << Family::Inet6 << HostForm::IPv6 << "::1"
                                   << "*";
    QTest::newRow("ipv6 full") << "2001:db8::42" << Family::Inet6 << HostForm::IPv6 << "2001:db8::42"
                               << "*";
    QTest::newRow("ipv6 scope") << "fe80::1%lo" << Family::Inet6 << HostForm::IPv6 << "fe80::1%lo"
                                << "*";
    QTest::newRow("broadcast") << "<broadcast>" << Family::Inet << HostForm::Broadcast << "255.255.255.255"
                               << "*";
    QTest::newRow("broadcast, any family")
        << "<broadcast>" << Family::Unspecified << HostForm::Broadcast << "255.255.255.255"
        << "*";
    QTest::newRow("empty inet") << "" << Family::Inet << HostForm::Any << "*"
                                << "*";
    QTest::newRow("empty inet6") << "" << Family::Inet6 << HostForm::Any << "*"
                                 << "*";
    QTest::newRow("empty any family") << "" << Family::Unspecified << HostForm::Any << "*"
                                      << "*";
    QTest::newRow("integer loopback") << "2130706433" << Family::Inet << HostForm::Integer << "127.0.0.1"
                                      << "*";
    QTest::newRow("integer zero") << "0" << Family::Inet << HostForm::Integer << "0.0.0.0"
                                  << "*";
    QTest::newRow("integer max") << "4294967295" << Family::Inet << HostForm::Integer << "255.255.255.255"
                                 << "*";
    QTest::newRow("unix path") << "/tmp/x" << Family::Unix << HostForm::UnixPath << ""
                               << "/tmp/x";
    QTest::newRow("unix relative path") << "s.sock" << Family::Unix << HostForm::UnixPath << ""
                                        << "s.sock";
    QTest::newRow("label of 63") << QString(63, 'a') + ".example.com" << Family::Inet << HostForm::Name << "*"
                                 << "*";
    QTest::newRow("fully qualified, trailing dot") << "localhost." << Family::Inet << HostForm::Name << "*"
                                                   << "localhost.";
    QTest::newRow("unix path of 107 bytes") << "/tmp/" + QString(102, 'p') << Family::Unix << HostForm::UnixPath << "*"
                                            << "*";
}

void TestAddress::parseHostAccepts()
{
    QFETCH(QString, input);
    QFETCH(Family, family);
    QFETCH(HostForm, form);
    QFETCH(QString, numeric);
    QFETCH(QString, name);

    const auto result = parseHost(input.toStdString(), family);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(q(result.error().toString())));
    QCOMPARE(int(result->form), int(form));
    QCOMPARE(q(result->input), input.trimmed());
    if (numeric != "*")
        QCOMPARE(q(result->numeric), numeric);
    if (name != "*")
        QCOMPARE(q(result->name), name);
}

void TestAddress::parseHostRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Family>("family");
    QTest::addColumn<InputProblem>("problem");

    QTest::newRow("broadcast for inet6") << QByteArray("<broadcast>") << Family::Inet6
                                         << InputProblem::BroadcastNeedsIPv4;
    QTest::newRow("integer too big") << QByteArray("4294967296") << Family::Inet << InputProblem::HostIntegerOutOfRange;
    QTest::newRow("integer far too big") << QByteArray("99999999999999999999999") << Family::Inet
                                         << InputProblem::HostIntegerOutOfRange;
    QTest::newRow("bad dotted quad") << QByteArray("1.2.3.999") << Family::Inet << InputProblem::HostBadIPv4;
    QTest::newRow("bad dotted quad 256") << QByteArray("256.1.1.1") << Family::Inet << InputProblem::HostBadIPv4;
    QTest::newRow("ipv6 for inet") << QByteArray("::1") << Family::Inet << InputProblem::HostFamilyMismatch;
    QTest::newRow("space") << QByteArray("a b") << Family::Inet << InputProblem::HostBadCharacter;
    QTest::newRow("control char") << QByteArray("a\x01"
                                                "b")
                                  << Family::Inet << InputProblem::HostBadCharacter;
    QTest::newRow("escape char") << QByteArray("host\x1b[31m") << Family::Inet << InputProblem::HostBadCharacter;
    QTest::newRow("254 chars") << QByteArray::fromStdString(nameOfLength(254)) << Family::Inet
                               << InputProblem::HostTooLong;
    QTest::newRow("bad ipv6") << QByteArray("1:::2") << Family::Inet6 << InputProblem::HostBadIPv6;
    QTest::newRow("bad ipv6 any family") << QByteArray("1:::2") << Family::Unspecified << InputProblem::HostBadIPv6;
    QTest::newRow("bad ipv6 group") << QByteArray("2001:db8::12345") << Family::Inet6 << InputProblem::HostBadIPv6;
    QTest::newRow("unix path empty") << QByteArray("") << Family::Unix << InputProblem::UnixPathEmpty;
    QTest::newRow("unix path too long") << QByteArray("/tmp/" + QByteArray(200, 'p')) << Family::Unix
                                        << InputProblem::UnixPathTooLong;

    // Issue 7's list of bad hosts, for every IP family a field can have.
    const QList<QPair<const char*, Family>> ipFamilies
        = {{"inet", Family::Inet}, {"inet6", Family::Inet6}, {"any", Family::Unspecified}};
    for (const auto& [familyName, ipFamily] : ipFamilies) {
        const auto row = [familyName = familyName](const char* name) -> QTestData& {
            return QTest::newRow(
                qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(name), QLatin1String(familyName))));
        };
        row("1.2.3.256") << QByteArray("1.2.3.256") << ipFamily << InputProblem::HostBadIPv4;
        row("1.2.3.4.5") << QByteArray("1.2.3.4.5") << ipFamily << InputProblem::HostBadIPv4;
        row("1..2.3") << QByteArray("1..2.3") << ipFamily << InputProblem::HostBadIPv4;
        row("::1::") << QByteArray("::1::") << ipFamily << InputProblem::HostBadIPv6;
        row("fe80::1% (empty scope)") << QByteArray("fe80::1%") << ipFamily << InputProblem::HostBadIPv6;
        row("[::1 (no closing bracket)") << QByteArray("[::1") << ipFamily << InputProblem::HostBadIPv6;
        row("12345::") << QByteArray("12345::") << ipFamily << InputProblem::HostBadIPv6;
        row("254 characters") << QByteArray::fromStdString(nameOfLength(254)) << ipFamily << InputProblem::HostTooLong;
        row("label of 64") << QByteArray(64, 'a') + ".example.com" << ipFamily << InputProblem::HostBadLabel;
        row("last label of 64") << "www." + QByteArray(64, 'b') << ipFamily << InputProblem::HostBadLabel;
        row("empty label") << QByteArray("www..example.com") << ipFamily << InputProblem::HostBadLabel;
        row("leading dot") << QByteArray(".example.com") << ipFamily << InputProblem::HostBadLabel;
        row("inner space") << QByteArray("my host") << ipFamily << InputProblem::HostBadCharacter;
        row("inner tab") << QByteArray("my\thost") << ipFamily << InputProblem::HostBadCharacter;
        row("\\x01") << QByteArray("my\x01host") << ipFamily << InputProblem::HostBadCharacter;
        row("\\x7f") << QByteArray("my\x7fhost") << ipFamily << InputProblem::HostBadCharacter;
        row("inner newline") << QByteArray("my\nhost") << ipFamily << InputProblem::HostBadCharacter;
    }
    // sun_path holds 108 bytes on Linux, the last one the terminating zero.
    QTest::newRow("unix path of 108 bytes")
        << QByteArray("/tmp/" + QByteArray(103, 'p')) << Family::Unix << InputProblem::UnixPathTooLong;
    QTest::newRow("unix path with a newline")
        << QByteArray("/tmp/a\nb") << Family::Unix << InputProblem::HostBadCharacter;
}

void TestAddress::parseHostRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(Family, family);
    QFETCH(InputProblem, problem);

    const auto result = parseHost(input.toStdString(), family);
    QVERIFY2(!result.ok(), "accepted input that must be refused");
    const Error& error = result.error();
    QCOMPARE(int(error.kind), int(ErrorKind::Input));
    QCOMPARE(int(error.problem), int(problem));
    QCOMPARE(int(error.condition), int(Condition::BadInput));
    QVERIFY(error.call.empty());
    QCOMPARE(error.code, 0);
    QVERIFY(!error.message.empty());
    // The refused input is kept so that the message can show it.
    if (!input.trimmed().isEmpty())
        QVERIFY2(error.input.find(input.trimmed().left(20).toStdString()) != std::string::npos, error.input.c_str());
}

void TestAddress::hostNameLengthLimit()
{
    const std::string longest = nameOfLength(kMaxHostNameLength);
    QCOMPARE(longest.size(), std::size_t(253));
    const auto ok = parseHost(longest, Family::Inet);
    QVERIFY2(ok.ok(), ok.ok() ? "" : ok.error().toString().c_str());
    QCOMPARE(int(ok->form), int(HostForm::Name));

    const auto refused = parseHost(nameOfLength(kMaxHostNameLength + 1), Family::Inet);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().problem), int(InputProblem::HostTooLong));
}

void TestAddress::parsePortAccepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("isNumber");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("service");

    QTest::newRow("80") << "80" << true << 80 << "";
    QTest::newRow("trimmed") << " 80 " << true << 80 << "";
    QTest::newRow("zero") << "0" << true << 0 << "";
    QTest::newRow("max") << "65535" << true << 65535 << "";
    QTest::newRow("tutorial") << "12345" << true << 12345 << "";
    QTest::newRow("www") << "www" << false << 0 << "www";
    QTest::newRow("http") << "http" << false << 0 << "http";
    QTest::newRow("echo") << "echo" << false << 0 << "echo";
    QTest::newRow("service trimmed") << " http " << false << 0 << "http";
}

void TestAddress::parsePortAccepts()
{
    QFETCH(QString, input);
    QFETCH(bool, isNumber);
    QFETCH(int, number);
    QFETCH(QString, service);

    const auto result = parsePort(input.toStdString());
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().toString().c_str());
    QCOMPARE(result->isNumber, isNumber);
    QCOMPARE(q(result->input), input.trimmed());
    if (isNumber)
        QCOMPARE(int(result->number), number);
    else
        QCOMPARE(q(result->service), service);
}

void TestAddress::parsePortRefuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<InputProblem>("problem");

    QTest::newRow("empty") << "" << InputProblem::PortEmpty;
    QTest::newRow("blank") << "   " << InputProblem::PortEmpty;
    QTest::newRow("-1") << "-1" << InputProblem::PortOutOfRange;
    QTest::newRow("65536") << "65536" << InputProblem::PortOutOfRange;
    QTest::newRow("70000") << "70000" << InputProblem::PortOutOfRange;
    QTest::newRow("huge") << "99999999999999999999999" << InputProblem::PortOutOfRange;
    QTest::newRow("12a") << "12a" << InputProblem::PortNotNumberOrService;
    QTest::newRow(" -1 ") << " -1 " << InputProblem::PortOutOfRange;
    QTest::newRow(" 65536 ") << " 65536 " << InputProblem::PortOutOfRange;
    QTest::newRow("80 with inner space") << "8 0" << InputProblem::PortNotNumberOrService;
    QTest::newRow("tab inside") << "80\t1" << InputProblem::PortNotNumberOrService;
    QTest::newRow("control character") << "www\x01" << InputProblem::PortNotNumberOrService;
    QTest::newRow("+80") << "+80" << InputProblem::PortNotNumberOrService;
    QTest::newRow("80.0") << "80.0" << InputProblem::PortNotNumberOrService;
}

void TestAddress::parsePortRefuses()
{
    QFETCH(QString, input);
    QFETCH(InputProblem, problem);

    const auto result = parsePort(input.toStdString());
    QVERIFY2(!result.ok(), "accepted a port that must be refused");
    QCOMPARE(int(result.error().kind), int(ErrorKind::Input));
    QCOMPARE(int(result.error().problem), int(problem));
    QCOMPARE(int(result.error().condition), int(Condition::BadInput));
    QVERIFY(!result.error().message.empty());
}

void TestAddress::endpointV4()
{
    const Endpoint endpoint = v4("127.0.0.1", 12345);
    QVERIFY(endpoint.isValid());
    QCOMPARE(int(endpoint.family()), int(Family::Inet));
    QCOMPARE(q(endpoint.host()), QString("127.0.0.1"));
    QCOMPARE(int(endpoint.port()), 12345);
    QCOMPARE(q(endpoint.toTuple()), QString("('127.0.0.1', 12345)"));
    QCOMPARE(q(endpoint.toDisplay()), QString("127.0.0.1:12345"));
    QCOMPARE(endpoint.size(), sizeof(sockaddr_in));
    const auto* raw = static_cast<const sockaddr_in*>(endpoint.data());
    QCOMPARE(int(raw->sin_family), AF_INET);
    QCOMPARE(int(ntohs(raw->sin_port)), 12345);

    QVERIFY(!Endpoint().isValid());
}

void TestAddress::endpointV6()
{
    const Endpoint endpoint = v6("::1", 12345);
    QVERIFY(endpoint.isValid());
    QCOMPARE(int(endpoint.family()), int(Family::Inet6));
    QCOMPARE(q(endpoint.host()), QString("::1"));
    QCOMPARE(int(endpoint.port()), 12345);
    QCOMPARE(q(endpoint.toTuple()), QString("('::1', 12345, 0, 0)"));
    QCOMPARE(q(endpoint.toDisplay()), QString("[::1]:12345"));

    const Endpoint flow = v6("2001:db8::1", 80, 0, 7);
    QCOMPARE(flow.flowInfo(), std::uint32_t(7));
    QCOMPARE(q(flow.toTuple()), QString("('2001:db8::1', 80, 7, 0)"));
}

void TestAddress::endpointV6Scope()
{
    const Endpoint scoped = v6("fe80::1", 80, 1);
    QCOMPARE(scoped.scopeId(), std::uint32_t(1));
    // Python: ('fe80::1%lo', 80, 0, 1); the scope is named by its interface when it has one.
    QVERIFY2(q(scoped.host()).startsWith("fe80::1%"), scoped.host().c_str());
    QVERIFY2(q(scoped.toTuple()).endsWith(", 80, 0, 1)"), scoped.toTuple().c_str());
    QVERIFY2(q(scoped.toDisplay()).startsWith("[fe80::1%") && q(scoped.toDisplay()).endsWith("]:80"),
        scoped.toDisplay().c_str());
}

void TestAddress::endpointUnix()
{
    const Endpoint endpoint = Endpoint::unixPath("/tmp/x");
    QVERIFY(endpoint.isValid());
    QCOMPARE(int(endpoint.family()), int(Family::Unix));
    QCOMPARE(q(endpoint.host()), QString("/tmp/x"));
    QCOMPARE(int(endpoint.port()), 0);
    QCOMPARE(q(endpoint.toTuple()), QString("'/tmp/x'"));
    QCOMPARE(q(endpoint.toDisplay()), QString("/tmp/x"));
}

void TestAddress::endpointEquality()
{
    QVERIFY(v4("127.0.0.1", 1) == v4("127.0.0.1", 1));
    QVERIFY(v4("127.0.0.1", 1) != v4("127.0.0.1", 2));
    QVERIFY(v4("127.0.0.1", 1) != v4("127.0.0.2", 1));
    QVERIFY(v4("127.0.0.1", 1) != v6("::1", 1));
    QVERIFY(Endpoint::unixPath("/tmp/a") == Endpoint::unixPath("/tmp/a"));
    QVERIFY(Endpoint::unixPath("/tmp/a") != Endpoint::unixPath("/tmp/b"));
}

void TestAddress::familyAndTypeNames()
{
    QCOMPARE(QString(familyName(Family::Inet)), QString("AF_INET"));
    QCOMPARE(QString(familyName(Family::Inet6)), QString("AF_INET6"));
    QCOMPARE(QString(familyName(Family::Unix)), QString("AF_UNIX"));
    QCOMPARE(QString(familyName(Family::Unspecified)), QString("AF_UNSPEC"));
    QCOMPARE(QString(socketTypeName(SocketType::Stream)), QString("SOCK_STREAM"));
    QCOMPARE(QString(socketTypeName(SocketType::Datagram)), QString("SOCK_DGRAM"));
    QCOMPARE(QString(socketTypeName(SocketType::Raw)), QString("SOCK_RAW"));
}

void TestAddress::parseFamily_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Family>("family");

    QTest::newRow("inet") << "inet" << true << Family::Inet;
    QTest::newRow("inet6") << "inet6" << true << Family::Inet6;
    QTest::newRow("unix") << "unix" << true << Family::Unix;
    QTest::newRow("any") << "any" << true << Family::Unspecified;
    QTest::newRow("AF_INET") << "AF_INET" << true << Family::Inet;
    QTest::newRow("AF_INET6") << "AF_INET6" << true << Family::Inet6;
    QTest::newRow("AF_UNIX") << "AF_UNIX" << true << Family::Unix;
    QTest::newRow("bogus") << "bogus" << false << Family::Unspecified;
    QTest::newRow("empty") << "" << false << Family::Unspecified;
}

void TestAddress::parseFamily()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(Family, family);

    Family out = Family::Inet6; // something that a failed parse must not leave looking valid
    if (!ok)
        out = Family::Inet;
    const bool parsed = socketlab::core::parseFamily(text.toStdString(), out);
    QCOMPARE(parsed, ok);
    if (ok)
        QCOMPARE(int(out), int(family));
}

void TestAddress::inputErrorCarriesInputAndProblem()
{
    const Error error = inputError(InputProblem::PortOutOfRange, "70000");
    QCOMPARE(int(error.kind), int(ErrorKind::Input));
    QCOMPARE(int(error.problem), int(InputProblem::PortOutOfRange));
    QCOMPARE(int(error.condition), int(Condition::BadInput));
    QCOMPARE(q(error.input), QString("70000"));
    QVERIFY(error.call.empty());
    QCOMPARE(error.code, 0);
    QVERIFY2(q(error.message).contains("70000"), error.message.c_str());
    QVERIFY2(!q(error.message).contains("%1"), error.message.c_str());
}

void TestAddress::trimmedText()
{
    QCOMPARE(QString::fromStdString(std::string(trimmed("  a b \t\n"))), QString("a b"));
    QCOMPARE(QString::fromStdString(std::string(trimmed(""))), QString(""));
    QCOMPARE(QString::fromStdString(std::string(trimmed("   "))), QString(""));
}

void TestAddress::acceptedFormsListed()
{
    QVERIFY(acceptedHostForms() && std::strlen(acceptedHostForms()) > 0);
    QVERIFY(acceptedPortForms() && std::strlen(acceptedPortForms()) > 0);
    QVERIFY(QString(acceptedHostForms()).contains("<broadcast>"));
}

void TestAddress::multicastGroups_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("expected"); // empty: refused as NotMulticastGroup
    QTest::newRow("lowest v4") << "224.0.0.1" << int(Family::Inet) << "224.0.0.1";
    QTest::newRow("organisation-local") << " 239.255.42.99 " << int(Family::Inet) << "239.255.42.99";
    QTest::newRow("above the range") << "240.0.0.1" << int(Family::Inet) << "";
    QTest::newRow("unicast") << "10.1.2.3" << int(Family::Inet) << "";
    QTest::newRow("v6 link-local group") << "ff02::1234" << int(Family::Inet6) << "ff02::1234";
    QTest::newRow("v6 upper case") << "FF05::2" << int(Family::Inet6) << "FF05::2";
    QTest::newRow("v6 unicast") << "fe80::1" << int(Family::Inet6) << "";
    QTest::newRow("v4 group, v6 family") << "239.1.1.1" << int(Family::Inet6) << "";
    QTest::newRow("name") << "localhost" << int(Family::Inet) << "";
    QTest::newRow("empty") << "" << int(Family::Inet) << "";
}

void TestAddress::multicastGroups()
{
    QFETCH(QString, input);
    QFETCH(int, family);
    QFETCH(QString, expected);
    const auto group = parseMulticastGroup(input.toStdString(), static_cast<Family>(family));
    if (expected.isEmpty()) {
        QVERIFY(!group.ok());
        QCOMPARE(group.error().problem, InputProblem::NotMulticastGroup);
        QCOMPARE(QString::fromStdString(group.error().input), input.trimmed());
    } else {
        QVERIFY(group.ok());
        QCOMPARE(QString::fromStdString(*group), expected);
    }
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
