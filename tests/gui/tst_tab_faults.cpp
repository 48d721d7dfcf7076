// Faults a learner meets, each shown in the tab with the error's name and a hint, and the tab
// usable afterwards: the Server tab's port in use, a client that resets its connection to the
// Server tab, the Client tab's connection reset mid-transfer, and its peer closing while it sends
// (which must not kill the program with SIGPIPE). Connection refused: tst_client_tab.
// Peers are sockets of the test's own on 127.0.0.1.
#include "client_tab.h"
#include "core_text.h"
#include "payload_editor.h"
#include "server_tab.h"

#include "core/messages.h"
#include "core/socket.h"

#include "gui_faults.h"
#include "loopback.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>
#include <string>

using namespace socketlab;

namespace {

constexpr int kWaitMs = 10000;
constexpr int kEchoModeIndex = 1; // tutorial, echo, discard, manual
constexpr int kRecvSize = 4096;
// Enough that the client is still sending when its peer goes: more than the socket buffers hold.
constexpr int kBigPayloadBytes = 1024 * 1024;
constexpr int kBigPayloads = 8;

// A listening socket of the test's own on 127.0.0.1, port from the system.
struct TestListener {
    core::CallRecorder recorder;
    core::Socket socket;
    quint16 port = 0;

    bool open()
    {
        auto opened = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        if (!opened.ok())
            return false;
        socket = std::move(opened.value());
        if (!socket.bind(tests::loopbackV4(0)).ok() || !socket.listen(1).ok())
            return false;
        auto local = socket.localAddress();
        port = local.ok() ? local->port() : 0;
        return port != 0;
    }

    // The connection the tab made, once it has arrived (the GUI thread keeps running meanwhile).
    std::optional<core::Socket> acceptOne()
    {
        if (!QTest::qWaitFor([this] { return tests::waitReadable(socket.handle(), 0); }, kWaitMs))
            return std::nullopt;
        auto accepted = socket.accept();
        if (!accepted.ok())
            return std::nullopt;
        return std::move(accepted->socket);
    }
};

// Closing a socket whose received data was never read makes the system send RST, not FIN: the
// peer's next call fails with ECONNRESET (or EPIPE when it sends).
bool waitForData(core::Socket& socket)
{
    return QTest::qWaitFor([&socket] { return tests::waitReadable(socket.handle(), 0); }, kWaitMs);
}

QString labelText(QWidget* tab)
{
    auto* label = tab->findChild<QLabel*>(QStringLiteral("errorLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

QString hintFor(core::Condition condition)
{
    return gui::coreText(core::conditionHint(condition)).toHtmlEscaped();
}

} // namespace

class TestTabFaults : public QObject {
    Q_OBJECT

private slots:
    void serverPortInUse();
    void serverClientResetsItsConnection();
    void clientConnectionResetMidTransfer();
    void clientPeerClosesWhileSending();

private:
    // Connects the tab to `port` and waits until it is connected.
    bool connectClient(gui::ClientTab& tab, quint16 port);
};

bool TestTabFaults::connectClient(gui::ClientTab& tab, quint16 port)
{
    QSignalSpy connected(&tab, &gui::ClientTab::connected);
    tab.setPort(QString::number(port));
    return tab.connectToServer() && QTest::qWaitFor([&] { return connected.count() == 1; }, kWaitMs);
}

void TestTabFaults::serverPortInUse()
{
    TestListener holder;
    QVERIFY(holder.open());
    gui::ServerTab tab;
    tab.show();
    tab.applyTutorialSettings();
    tab.setPort(QString::number(holder.port));
    auto* start = tab.findChild<QPushButton*>(QStringLiteral("startButton"));
    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(labelText(&tab).contains(QLatin1String("EADDRINUSE")), kWaitMs);
    QVERIFY2(labelText(&tab).contains(hintFor(core::Condition::AddressInUse)), qPrintable(labelText(&tab)));
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled() && !tab.isRunning(), kWaitMs);

    QSignalSpy listening(&tab, &gui::ServerTab::listening);
    tab.setPort(QStringLiteral("0"));
    start->click();
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, kWaitMs);
    QVERIFY(labelText(&tab).isEmpty()); // a new run starts without the old error
}

void TestTabFaults::serverClientResetsItsConnection()
{
    gui::ServerTab tab;
    tab.show();
    tab.applyTutorialSettings();
    tab.setPort(QStringLiteral("0"));
    tab.findChild<QComboBox*>(QStringLiteral("replyModeCombo"))->setCurrentIndex(kEchoModeIndex);
    QSignalSpy listening(&tab, &gui::ServerTab::listening);
    QVERIFY(tab.start());
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, kWaitMs);
    const auto port = listening.first().at(1).value<quint16>();

    // The client sends, leaves the echo unread and closes: its system resets the connection.
    core::CallRecorder recorder;
    auto client = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(client.ok());
    QVERIFY(client->connect(tests::loopbackV4(port), kWaitMs).ok());
    const std::string data = "reset me";
    QVERIFY(client->send(data.data(), data.size()).ok());
    QVERIFY(waitForData(*client));
    client->close();

    QTRY_VERIFY_WITH_TIMEOUT(labelText(&tab).contains(QLatin1String("ECONNRESET")), kWaitMs);
    QVERIFY2(labelText(&tab).contains(hintFor(core::Condition::ConnectionReset)), qPrintable(labelText(&tab)));
    QVERIFY(tab.isRunning()); // one client's fault does not stop the server

    // The next client is served as before.
    auto next = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    QVERIFY(next.ok());
    QVERIFY(next->connect(tests::loopbackV4(port), kWaitMs).ok());
    QVERIFY(next->send(data.data(), data.size()).ok());
    QVERIFY(waitForData(*next));
    char buffer[kRecvSize];
    auto echoed = next->recv(buffer, sizeof buffer);
    QVERIFY(echoed.ok());
    QCOMPARE(std::string(buffer, *echoed), data);
}

void TestTabFaults::clientConnectionResetMidTransfer()
{
    TestListener server;
    QVERIFY(server.open());
    gui::ClientTab tab;
    tab.show();
    tab.applyTutorialSettings();
    QVERIFY(connectClient(tab, server.port));
    std::optional<core::Socket> accepted = server.acceptOne();
    QVERIFY(accepted);

    // Data both ways, then the server resets the connection with the client's data unread.
    const std::string greeting = "hello";
    QVERIFY(accepted->send(greeting.data(), greeting.size()).ok());
    QSignalSpy received(&tab, &gui::ClientTab::received);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kWaitMs);
    emit tab.findChild<gui::PayloadEditor*>(QStringLiteral("payloadEditor"))->sendRequested(QByteArrayLiteral("data"));
    QVERIFY(waitForData(*accepted));
    QSignalSpy disconnected(&tab, &gui::ClientTab::disconnected);
    accepted->close();

    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, kWaitMs);
    QVERIFY2(labelText(&tab).contains(QLatin1String("ECONNRESET")), qPrintable(labelText(&tab)));
    QVERIFY2(labelText(&tab).contains(hintFor(core::Condition::ConnectionReset)), qPrintable(labelText(&tab)));
    QVERIFY(!tab.isBusy());

    QVERIFY(connectClient(tab, server.port)); // and again
    QVERIFY(labelText(&tab).isEmpty());
}

void TestTabFaults::clientPeerClosesWhileSending()
{
    TestListener server;
    QVERIFY(server.open());
    gui::ClientTab tab;
    tab.show();
    tab.applyTutorialSettings();
    QVERIFY(connectClient(tab, server.port));
    std::optional<core::Socket> accepted = server.acceptOne();
    QVERIFY(accepted);

    auto* editor = tab.findChild<gui::PayloadEditor*>(QStringLiteral("payloadEditor"));
    const QByteArray payload(kBigPayloadBytes, 'x');
    for (int i = 0; i < kBigPayloads; ++i)
        emit editor->sendRequested(payload);
    QVERIFY(waitForData(*accepted));
    QSignalSpy disconnected(&tab, &gui::ClientTab::disconnected);
    accepted->close(); // while megabytes are still queued to send

    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, kWaitMs);
    const QString text = labelText(&tab);
    // send() meets the reset (ECONNRESET) or the closed pipe (EPIPE), as the timing has it.
    QVERIFY2(text.contains(QLatin1String("ECONNRESET")) || text.contains(QLatin1String("EPIPE")), qPrintable(text));
    QVERIFY2(text.contains(hintFor(core::Condition::BrokenPipe)), qPrintable(text));
    QVERIFY(!tab.isBusy());

    QVERIFY(connectClient(tab, server.port)); // the program is alive and connects again
}

QTEST_MAIN(TestTabFaults)
#include "tst_tab_faults.moc"
