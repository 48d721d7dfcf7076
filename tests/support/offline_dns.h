// Names for tests that run through socketlab_run_offline (tests/support/offline_dns/offline_dns.py):
// inside it, the only name server is a fake one on 127.0.0.1 that answers by the name's first
// label. Outside it, a DNS test must not run at all (it would ask the machine's real name
// server): SOCKETLAB_REQUIRE_OFFLINE_DNS() skips it, saying why.
#pragma once

#include <QFile>
#include <QList>
#include <QTest>
#include <QtGlobal>

namespace socketlab::tests {

// NXDOMAIN: getaddrinfo fails with EAI_NONAME. (.invalid never resolves anywhere, RFC 6761.)
inline constexpr const char* kUnknownName = "no-such-host.invalid";
// SERVFAIL: getaddrinfo fails with EAI_AGAIN at once.
inline constexpr const char* kServerFailureName = "servfail.socketlab.invalid";
// No answer at all: getaddrinfo blocks for the wrapper's --timeout (2 s), then EAI_AGAIN.
inline constexpr const char* kSilentName = "silent.socketlab.invalid";
// Resolves to 127.0.0.1 and ::1 through the name server (not /etc/hosts).
inline constexpr const char* kLoopbackName = "loopback.socketlab.invalid";

inline bool offlineDnsActive()
{
    return qEnvironmentVariableIsSet("SOCKETLAB_OFFLINE_DNS");
}

} // namespace socketlab::tests

// In a test function: skip unless the fake name server answers (never ask a real one).
#define SOCKETLAB_REQUIRE_OFFLINE_DNS()                                                                                \
    do {                                                                                                               \
        if (!socketlab::tests::offlineDnsActive())                                                                     \
            QSKIP("needs the fake name server: run through ctest (socketlab_run_offline) as root");                    \
    } while (false)

namespace socketlab::tests {

// Whether a lookup is waiting for the fake name server right now: the resolver's UDP socket,
// connected to 127.0.0.1:53, shows in /proc/net/udp (one network namespace: only ours).
inline bool lookupInProgress()
{
    QFile udp(QStringLiteral("/proc/net/udp"));
    if (!udp.open(QIODevice::ReadOnly))
        return false;
    // "  sl  local_address rem_address ..."; 0100007F:0035 is 127.0.0.1:53 in the kernel's hex.
    const QList<QByteArray> lines = udp.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 2 && fields.at(2) == "0100007F:0035")
            return true;
    }
    return false;
}

} // namespace socketlab::tests
