// Error names: a failed call carries the portable name the core gives it on every system
// (WSAECONNREFUSED and ECONNREFUSED are both "ECONNREFUSED"), the system's own non-empty message
// and the condition that picks the explanation; and every error the core names on one system has
// the same name and meaning on the other (the tables in platform_posix.cpp and
// platform_windows.cpp).
#include "loopback.h"
#include "portable_test.h"
#include "session_harness.h"

#include "core/messages.h"
#include "core/platform.h" // the shim's error catalogue, which the core's calls go through
#include "core/socket.h"

#include <cerrno>
#include <string>

using namespace socketlab;
using core::Condition;

namespace {

constexpr int kConnectTimeoutMs = tests::kWaitMs;

// The same error under its POSIX errno and its Winsock code: the test is written once and
// looks the code up for the system it runs on.
#ifdef _WIN32
#define NATIVE_CODE(posix, winsock) winsock
#else
#define NATIVE_CODE(posix, winsock) posix
#endif

struct Named {
    int code;
    const char* name;
    Condition condition;
};

// The errors a socket program meets that both systems have, as the core must name them.
const Named kCommonErrors[] = {
    {NATIVE_CODE(ECONNREFUSED, WSAECONNREFUSED), "ECONNREFUSED", Condition::ConnectionRefused},
    {NATIVE_CODE(EADDRINUSE, WSAEADDRINUSE), "EADDRINUSE", Condition::AddressInUse},
    {NATIVE_CODE(EADDRNOTAVAIL, WSAEADDRNOTAVAIL), "EADDRNOTAVAIL", Condition::AddressNotAvailable},
    {NATIVE_CODE(EACCES, WSAEACCES), "EACCES", Condition::PermissionDenied},
    {NATIVE_CODE(ETIMEDOUT, WSAETIMEDOUT), "ETIMEDOUT", Condition::TimedOut},
    {NATIVE_CODE(ECONNRESET, WSAECONNRESET), "ECONNRESET", Condition::ConnectionReset},
    {NATIVE_CODE(ECONNABORTED, WSAECONNABORTED), "ECONNABORTED", Condition::ConnectionAborted},
    {NATIVE_CODE(ENETUNREACH, WSAENETUNREACH), "ENETUNREACH", Condition::NetworkUnreachable},
    {NATIVE_CODE(EHOSTUNREACH, WSAEHOSTUNREACH), "EHOSTUNREACH", Condition::HostUnreachable},
    {NATIVE_CODE(ENETDOWN, WSAENETDOWN), "ENETDOWN", Condition::NetworkDown},
    {NATIVE_CODE(EMSGSIZE, WSAEMSGSIZE), "EMSGSIZE", Condition::MessageTooLong},
    {NATIVE_CODE(ENOTCONN, WSAENOTCONN), "ENOTCONN", Condition::NotConnected},
    {NATIVE_CODE(EDESTADDRREQ, WSAEDESTADDRREQ), "EDESTADDRREQ", Condition::NotConnected},
    {NATIVE_CODE(EISCONN, WSAEISCONN), "EISCONN", Condition::AlreadyConnected},
    {NATIVE_CODE(EAFNOSUPPORT, WSAEAFNOSUPPORT), "EAFNOSUPPORT", Condition::FamilyNotSupported},
    {NATIVE_CODE(EPROTONOSUPPORT, WSAEPROTONOSUPPORT), "EPROTONOSUPPORT", Condition::FamilyNotSupported},
    {NATIVE_CODE(EMFILE, WSAEMFILE), "EMFILE", Condition::TooManyOpenFiles},
    {NATIVE_CODE(ENOBUFS, WSAENOBUFS), "ENOBUFS", Condition::NoBufferSpace},
    {NATIVE_CODE(ENOMEM, WSA_NOT_ENOUGH_MEMORY), "ENOMEM", Condition::NoBufferSpace},
    {NATIVE_CODE(EINVAL, WSAEINVAL), "EINVAL", Condition::InvalidArgument},
    {NATIVE_CODE(EBADF, WSAEBADF), "EBADF", Condition::InvalidArgument},
    {NATIVE_CODE(ENOTSOCK, WSAENOTSOCK), "ENOTSOCK", Condition::InvalidArgument},
    {NATIVE_CODE(EOPNOTSUPP, WSAEOPNOTSUPP), "EOPNOTSUPP", Condition::InvalidArgument},
    {NATIVE_CODE(ENOPROTOOPT, WSAENOPROTOOPT), "ENOPROTOOPT", Condition::InvalidArgument},
    {NATIVE_CODE(ENAMETOOLONG, WSAENAMETOOLONG), "ENAMETOOLONG", Condition::InvalidArgument},
    {NATIVE_CODE(EINPROGRESS, WSAEINPROGRESS), "EINPROGRESS", Condition::WouldBlock},
    {NATIVE_CODE(EALREADY, WSAEALREADY), "EALREADY", Condition::WouldBlock},
    {NATIVE_CODE(EINTR, WSAEINTR), "EINTR", Condition::Other},
    {NATIVE_CODE(ECANCELED, WSAECANCELLED), "ECANCELED", Condition::Cancelled},
    {NATIVE_CODE(ESHUTDOWN, WSAESHUTDOWN), "ESHUTDOWN", Condition::BrokenPipe},
};

// getaddrinfo's codes: the EAI_ macros are Winsock codes on Windows, so one table serves both.
const Named kCommonResolverErrors[] = {
    {EAI_NONAME, "EAI_NONAME", Condition::HostNotFound},
    {EAI_AGAIN, "EAI_AGAIN", Condition::TemporaryFailure},
    {EAI_FAIL, "EAI_FAIL", Condition::ResolverFailure},
    {EAI_FAMILY, "EAI_FAMILY", Condition::FamilyNotSupported},
    {EAI_SOCKTYPE, "EAI_SOCKTYPE", Condition::SocketTypeNotSupported},
    {EAI_SERVICE, "EAI_SERVICE", Condition::ServiceNotFound},
    {EAI_MEMORY, "EAI_MEMORY", Condition::NoBufferSpace},
    {EAI_BADFLAGS, "EAI_BADFLAGS", Condition::InvalidArgument},
};

// Every condition a failed socket call can have: each must be reachable on every system, and
// each has an explanation for the learner.
const Condition kSystemConditions[] = {
    Condition::ConnectionRefused,
    Condition::AddressInUse,
    Condition::AddressNotAvailable,
    Condition::PermissionDenied,
    Condition::TimedOut,
    Condition::ConnectionReset,
    Condition::ConnectionAborted,
    Condition::BrokenPipe,
    Condition::NetworkUnreachable,
    Condition::HostUnreachable,
    Condition::NetworkDown,
    Condition::MessageTooLong,
    Condition::NotConnected,
    Condition::AlreadyConnected,
    Condition::FamilyNotSupported,
    Condition::TooManyOpenFiles,
    Condition::NoBufferSpace,
    Condition::Cancelled,
};

} // namespace

TEST_CASE(connectRefusedIsNamed)
{
    const std::uint16_t port = tests::closedPort();
    REQUIRE(port != 0);
    tests::RecordingSink sink;
    core::CallRecorder recorder(&sink);
    auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    REQUIRE_MSG(socket.ok(), socket.ok() ? "" : socket.error().toString());
    auto connected = socket->connect(tests::loopbackV4(port), kConnectTimeoutMs);
    REQUIRE_MSG(!connected.ok(), "connect to a closed port succeeded");
    const core::Error& error = connected.error();
    CHECK_EQUAL(error.name, std::string("ECONNREFUSED"));
    CHECK(error.condition == Condition::ConnectionRefused);
    CHECK_EQUAL(error.code, NATIVE_CODE(ECONNREFUSED, WSAECONNREFUSED));
    CHECK_EQUAL(error.call, std::string("connect"));
    CHECK_MSG(!error.message.empty(), error.toString());
    CHECK_EQUAL(error.toString(), "connect: " + error.message + " (ECONNREFUSED)");
    // The trace shows the same name.
    const auto connects = tests::eventsNamed(sink.events(), "connect");
    REQUIRE_EQUAL(connects.size(), std::size_t {1});
    CHECK_EQUAL(connects[0].errorName, std::string("ECONNREFUSED"));
    CHECK_EQUAL(connects[0].result, -1LL);
}

TEST_CASE(bindInUseIsNamed)
{
    tests::LoopbackListener listener;
    REQUIRE(listener.ok());
    core::CallRecorder recorder;
    auto second = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    REQUIRE(second.ok());
    auto bound = second->bind(tests::loopbackV4(listener.port));
    REQUIRE_MSG(!bound.ok(), "a second bind to a listening port succeeded");
    CHECK_EQUAL(bound.error().name, std::string("EADDRINUSE"));
    CHECK(bound.error().condition == Condition::AddressInUse);
    CHECK_MSG(!bound.error().message.empty(), bound.error().toString());
}

TEST_CASE(commonErrorsHaveTheSameNames)
{
    for (const Named& expected : kCommonErrors) {
        const core::Error error = core::platform::systemError("connect", expected.code);
        CHECK_EQUAL(error.name, std::string(expected.name));
        CHECK_MSG(error.condition == expected.condition, expected.name);
        CHECK_MSG(!error.message.empty(), expected.name);
        CHECK(error.kind == core::ErrorKind::System);
    }
    // Would-block has each system's own name (EAGAIN on Linux, EWOULDBLOCK on Windows); the core
    // never records it, it only needs the condition.
    const core::Error wouldBlock = core::platform::systemError("recv", NATIVE_CODE(EWOULDBLOCK, WSAEWOULDBLOCK));
    CHECK(wouldBlock.condition == Condition::WouldBlock);
    CHECK(wouldBlock.name == "EAGAIN" || wouldBlock.name == "EWOULDBLOCK");
}

TEST_CASE(resolverErrorsHaveTheSameNames)
{
    for (const Named& expected : kCommonResolverErrors) {
        const core::Error error = core::platform::resolverError("getaddrinfo", expected.code, 0);
        CHECK_EQUAL(error.name, std::string(expected.name));
        CHECK_MSG(error.condition == expected.condition, expected.name);
        CHECK_MSG(!error.message.empty(), expected.name);
        CHECK(error.kind == core::ErrorKind::Resolver);
    }
}

TEST_CASE(errorsTheCoreRaisesItself)
{
    const core::Error timedOut = core::platform::timedOutError("connect");
    CHECK_EQUAL(timedOut.name, std::string("ETIMEDOUT"));
    CHECK(timedOut.condition == Condition::TimedOut);
    CHECK(!timedOut.message.empty());
    const core::Error cancelled = core::platform::cancelledError("connect");
    CHECK_EQUAL(cancelled.name, std::string("ECANCELED"));
    CHECK(cancelled.condition == Condition::Cancelled);
    CHECK(!cancelled.message.empty());
}

TEST_CASE(everyConditionIsReachableAndExplained)
{
    for (const Condition condition : kSystemConditions) {
        bool reachable = false;
        for (const Named& entry : kCommonErrors)
            reachable = reachable || core::platform::systemError("call", entry.code).condition == condition;
        CHECK_MSG(reachable, "no error of this system has condition " + portable_test::show(condition));
        CHECK_MSG(*core::conditionExplanation(condition) != '\0',
            "no explanation for condition " + portable_test::show(condition));
    }
}

// A code neither table knows still gets a name and a message, never an empty line.
TEST_CASE(unknownCodeStillNamed)
{
    const core::Error error = core::platform::systemError("send", 9999);
    CHECK(!error.name.empty());
    CHECK(!error.message.empty());
    CHECK(error.condition == Condition::Other);
}
