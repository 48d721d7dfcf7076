// Tests for platform_posix.cpp: what the shim promises every socket it hands out, whichever way
// the system gets there. Built twice (tests/core/CMakeLists.txt): against the core as it is
// (accept4() and MSG_NOSIGNAL on Linux; accept() + fcntl() and SO_NOSIGPIPE on macOS) and, on
// Linux, with the shim compiled with SOCKETLAB_TEST_BSD_FALLBACKS, so that Linux runs the
// accept() + fcntl() path that macOS takes.
#include "core/platform.h"

#include <QtTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace socketlab::core;

namespace {

// Closes a descriptor when the test leaves, whichever way it leaves.
class Fd {
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {
    }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

// A socket the way Socket::open() makes one: close-on-exec and SIGPIPE-safe.
int openTcpSocket()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd >= 0) {
        platform::setCloseOnExec(fd);
        platform::preventSigPipe(fd);
    }
    return fd;
}

sockaddr_in loopbackAddress(std::uint16_t port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    platform::setAddressLength(&address, sizeof address);
    return address;
}

bool isNonBlocking(int fd)
{
    return (::fcntl(fd, F_GETFL, 0) & O_NONBLOCK) != 0;
}

bool isCloseOnExec(int fd)
{
    return (::fcntl(fd, F_GETFD, 0) & FD_CLOEXEC) != 0;
}

} // namespace

class TestPlatformPosix : public QObject {
    Q_OBJECT

private:
    // A listener on 127.0.0.1, port 0, and a client connected to it (not yet accepted).
    void listenAndConnect(Fd& listener, Fd& client, bool listenerNonBlocking)
    {
        listener.reset(openTcpSocket());
        QVERIFY(listener.get() >= 0);
        sockaddr_in address = loopbackAddress(0);
        QCOMPARE(::bind(listener.get(), reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener.get(), 4), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(listener.get(), reinterpret_cast<sockaddr*>(&address), &length), 0);
        client.reset(openTcpSocket());
        QVERIFY(client.get() >= 0);
        QCOMPARE(::connect(client.get(), reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        QVERIFY(platform::setNonBlocking(listener.get(), listenerNonBlocking));
    }

    // Writes to `fd` until the system reports the peer gone; the process must still be alive
    // (SIGPIPE's default action would have ended it) and the error must say why.
    void sendUntilBroken(int fd)
    {
        constexpr int kMaxAttempts = 1000;
        const char data[1024] = {};
        int error = 0;
        for (int attempt = 0; attempt < kMaxAttempts && error == 0; ++attempt) {
            if (::send(fd, data, sizeof data, platform::sendFlags()) < 0)
                error = errno;
        }
        bool peerGone = error == EPIPE || error == ECONNRESET;
#ifdef __APPLE__
        peerGone = peerGone || error == EPROTOTYPE; // XNU's variant of EPIPE (platform_posix.cpp)
#endif
        QVERIFY2(peerGone, qPrintable(QString::fromStdString(platform::systemError("send", error).toString())));
    }

private slots:
    void sendFlagsMatchTheBuild()
    {
#if defined(SOCKETLAB_TEST_BSD_FALLBACKS) || !defined(MSG_NOSIGNAL)
        QCOMPARE(platform::sendFlags(), 0);
#else
        QCOMPARE(platform::sendFlags(), int(MSG_NOSIGNAL));
#endif
    }

    void acceptedSocketIsSetUpAsAsked_data()
    {
        QTest::addColumn<bool>("listenerNonBlocking");
        QTest::addColumn<bool>("askedNonBlocking");
        QTest::newRow("blocking listener, blocking socket") << false << false;
        QTest::newRow("blocking listener, non-blocking socket") << false << true;
        // macOS's accept() copies the listener's O_NONBLOCK; the shim must undo it.
        QTest::newRow("non-blocking listener, blocking socket") << true << false;
        QTest::newRow("non-blocking listener, non-blocking socket") << true << true;
    }

    void acceptedSocketIsSetUpAsAsked()
    {
        QFETCH(bool, listenerNonBlocking);
        QFETCH(bool, askedNonBlocking);
        Fd listener;
        Fd client;
        listenAndConnect(listener, client, listenerNonBlocking);
        if (QTest::currentTestFailed())
            return;

        sockaddr_storage peer {};
        platform::SockLen length = sizeof peer;
        Fd accepted;
        // The connection is complete once connect() returned, so even a non-blocking listener
        // has it queued; a few retries cover a slow loopback anyway.
        for (int attempt = 0; attempt < 100 && accepted.get() < 0; ++attempt) {
            accepted.reset(
                platform::acceptSocket(listener.get(), reinterpret_cast<sockaddr*>(&peer), &length, askedNonBlocking));
            if (accepted.get() < 0 && platform::isWouldBlock(errno))
                QTest::qWait(10);
        }
        QVERIFY2(accepted.get() >= 0, std::strerror(errno));
        QCOMPARE(isNonBlocking(accepted.get()), askedNonBlocking);
        QVERIFY(isCloseOnExec(accepted.get()));
        QCOMPARE(int(peer.ss_family), AF_INET);
        QCOMPARE(std::size_t(length), sizeof(sockaddr_in));
    }

    void acceptFailureIsReported()
    {
        Fd listener(openTcpSocket()); // never listening: accept() must fail with EINVAL
        QVERIFY(listener.get() >= 0);
        sockaddr_storage peer {};
        platform::SockLen length = sizeof peer;
        errno = 0;
        QCOMPARE(platform::acceptSocket(listener.get(), reinterpret_cast<sockaddr*>(&peer), &length, false), -1);
        QCOMPARE(errno, EINVAL);
    }

    void sendToAClosedPeerIsAnErrorNotASignal_data()
    {
        QTest::addColumn<bool>("fromAccepted");
        QTest::newRow("socket() side") << false;
        QTest::newRow("accept() side") << true;
    }

    void sendToAClosedPeerIsAnErrorNotASignal()
    {
        QFETCH(bool, fromAccepted);
#if defined(SOCKETLAB_TEST_BSD_FALLBACKS) && !defined(SO_NOSIGPIPE)
        QSKIP("pretending MSG_NOSIGNAL is missing, and Linux has no SO_NOSIGPIPE: SIGPIPE would end the test");
#endif
        Fd listener;
        Fd client;
        listenAndConnect(listener, client, false);
        if (QTest::currentTestFailed())
            return;
        Fd accepted(platform::acceptSocket(listener.get(), nullptr, nullptr, false));
        QVERIFY(accepted.get() >= 0);
        Fd& sender = fromAccepted ? accepted : client;
        Fd& receiver = fromAccepted ? client : accepted;
        receiver.reset();
        sendUntilBroken(sender.get());
    }

    void handBuiltAddressEqualsTheKernels()
    {
        // The same address from getsockname() and built by hand must be the same bytes, length
        // field (sin_len on macOS) included: Endpoint compares them byte for byte.
        Fd socket(openTcpSocket());
        QVERIFY(socket.get() >= 0);
        sockaddr_in address = loopbackAddress(0);
        QCOMPARE(::bind(socket.get(), reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        sockaddr_in kernel {};
        socklen_t length = sizeof kernel;
        QCOMPARE(::getsockname(socket.get(), reinterpret_cast<sockaddr*>(&kernel), &length), 0);
        QCOMPARE(std::size_t(length), sizeof kernel);
        const sockaddr_in byHand = loopbackAddress(ntohs(kernel.sin_port));
        QVERIFY(std::memcmp(&byHand, &kernel, sizeof kernel) == 0);
    }
};

QTEST_GUILESS_MAIN(TestPlatformPosix)
#include "tst_platform_posix.moc"
