// Tests of the sequence diagram's model with hand-made calls: lifelines, connect/accept pairing, send/recv
// arrows with their byte counts (split and merged), FIN, UDP datagrams, batches in either order, the bound.
#include "sequence_model.h"

#include <QTest>

using namespace socketlab;
using Model = gui::SequenceModel;

namespace {

core::CallEvent call(const char* name, core::SocketHandle socket, std::string args, long long result = 0,
    std::string returned = {}, std::string data = {})
{
    core::CallEvent event;
    event.call = name;
    event.socket = socket;
    event.args = std::move(args);
    event.result = result;
    event.returned = std::move(returned);
    event.data = std::move(data);
    return event;
}

std::vector<core::CallEvent> serverStart()
{
    return {call("socket", 3, "AF_INET, SOCK_STREAM, 0", 3), call("bind", 3, "3, ('127.0.0.1', 12345)"),
        call("listen", 3, "3, 5")};
}

core::CallEvent accept4()
{
    return call("accept", 3, "3", 4, "(4, ('127.0.0.1', 48437))");
}

std::vector<core::CallEvent> clientConnect()
{
    return {call("socket", 5, "AF_INET, SOCK_STREAM, 0", 5), call("connect", 5, "5, ('127.0.0.1', 12345)")};
}

core::CallEvent send(core::SocketHandle socket, long long bytes)
{
    return call("send", socket, std::to_string(socket) + ", " + std::to_string(bytes), bytes);
}

core::CallEvent recv(core::SocketHandle socket, long long bytes)
{
    return call("recv", socket, std::to_string(socket) + ", 1024", bytes);
}

// The model's messages of `kind` as "fromCall->toCall:bytes".
QStringList messages(const Model& model, Model::MessageKind kind)
{
    QStringList list;
    for (const Model::Message& message : model.messages()) {
        if (message.kind != kind)
            continue;
        list << QStringLiteral("%1@%2->%3@%4:%5")
                    .arg(QString::fromStdString(model.event(message.from)->call.call))
                    .arg(model.event(message.from)->call.socket)
                    .arg(QString::fromStdString(model.event(message.to)->call.call))
                    .arg(model.event(message.to)->call.socket)
                    .arg(message.bytes);
    }
    return list;
}

const Model::Lifeline* lifelineOf(const Model& model, int source, core::SocketHandle socket)
{
    for (const auto& [id, line] : model.lifelines())
        if (line.source == source && line.socket == socket)
            return &line;
    return nullptr;
}

} // namespace

class TestSequenceModel : public QObject {
    Q_OBJECT

private slots:
    void lifelinesOnePerSocket();
    void connectPairsWithAcceptInEitherOrder_data();
    void connectPairsWithAcceptInEitherOrder();
    void sendsArriveAtTheRecvWithTheirLastByte();
    void receiverBatchFirstStillPairsAndDrawsBelow();
    void closeSendsFinToPeersRecvZero();
    void connectToAnotherPortIsNotPaired();
    void datagramsPairByAddressAndSize();
    void socketNumberReusedStartsNewLifeline();
    void boundedDropsOldestAndCounts();
    void freedSlotsAreReusedLowestFirst();
    void closedLifelinesLeaveWithTheirClose();
    void clearForgetsEverything();
};

void TestSequenceModel::lifelinesOnePerSocket()
{
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    model.append(server, serverStart());
    model.append(server, {accept4(), call("getaddrinfo", core::kNoSocket, "'localhost', 80")});
    QCOMPARE(model.lifelines().size(), std::size_t(2));
    const Model::Lifeline* listening = lifelineOf(model, server, 3);
    QVERIFY(listening);
    QCOMPARE(listening->role, Model::Role::Listening);
    QCOMPARE(listening->local.display(), QStringLiteral("127.0.0.1:12345"));
    const Model::Lifeline* accepted = lifelineOf(model, server, 4);
    QVERIFY(accepted);
    QCOMPARE(accepted->role, Model::Role::Accepted);
    QCOMPARE(accepted->peer.display(), QStringLiteral("127.0.0.1:48437"));
    QVERIFY(accepted->slot != listening->slot);
    QCOMPARE(model.events().size(), std::size_t(4)); // getaddrinfo has no socket: no lifeline
}

void TestSequenceModel::connectPairsWithAcceptInEitherOrder_data()
{
    QTest::addColumn<bool>("clientFirst");
    QTest::newRow("client's batch first") << true;
    QTest::newRow("server's batch first") << false;
}

void TestSequenceModel::connectPairsWithAcceptInEitherOrder()
{
    QFETCH(bool, clientFirst);
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    const int client = model.addSource(QStringLiteral("Client"));
    model.append(server, serverStart());
    if (clientFirst) {
        model.append(client, clientConnect());
        model.append(server, {accept4()});
    } else {
        model.append(server, {accept4()});
        model.append(client, clientConnect());
    }
    QCOMPARE(messages(model, Model::MessageKind::Connection), QStringList {QStringLiteral("connect@5->accept@3:0")});
    // The accept is drawn below the connect whichever batch came first.
    const Model::Message& message = model.messages().front();
    QVERIFY(model.rowOf(message.from) < model.rowOf(message.to));
}

void TestSequenceModel::sendsArriveAtTheRecvWithTheirLastByte()
{
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    const int client = model.addSource(QStringLiteral("Client"));
    model.append(server, serverStart());
    model.append(client, clientConnect());
    model.append(server, {accept4(), send(4, 24)});
    model.append(client, {recv(5, 24)});
    QCOMPARE(messages(model, Model::MessageKind::Data), QStringList {QStringLiteral("send@4->recv@5:24")});

    // Merged: two sends in one recv. Split: one send over two recvs, the arrow at the second.
    model.append(client, {send(5, 10), send(5, 6), send(5, 2000)});
    model.append(server, {recv(4, 16), recv(4, 1024), recv(4, 976)});
    QCOMPARE(messages(model, Model::MessageKind::Data),
        (QStringList {QStringLiteral("send@4->recv@5:24"), QStringLiteral("send@5->recv@4:10"),
            QStringLiteral("send@5->recv@4:6"), QStringLiteral("send@5->recv@4:2000")}));
    const Model::Message& split = model.messages().back();
    QCOMPARE(model.event(split.to)->call.result, 976LL);
}

void TestSequenceModel::receiverBatchFirstStillPairsAndDrawsBelow()
{
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    const int client = model.addSource(QStringLiteral("Client"));
    model.append(server, serverStart());
    // The server's batch (accept, recv) arrives before the client's (connect, send).
    model.append(server, {accept4(), recv(4, 5)});
    std::vector<core::CallEvent> calls = clientConnect();
    calls.push_back(send(5, 5));
    model.append(client, calls);
    QCOMPARE(messages(model, Model::MessageKind::Data), QStringList {QStringLiteral("send@5->recv@4:5")});
    for (const Model::Message& message : model.messages())
        QVERIFY2(model.rowOf(message.from) < model.rowOf(message.to), "an arrow points upwards");
    QCOMPARE(model.rowOrder().size(), model.events().size());
}

void TestSequenceModel::closeSendsFinToPeersRecvZero()
{
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    const int client = model.addSource(QStringLiteral("Client"));
    model.append(server, serverStart());
    model.append(client, clientConnect());
    model.append(server, {accept4(), send(4, 24), call("close", 4, "4")});
    model.append(client, {recv(5, 24), recv(5, 0), call("shutdown", 5, "5, SHUT_WR"), call("close", 5, "5")});
    // The server's close sent FIN; the client's shutdown would too, but the server's socket is gone.
    QCOMPARE(messages(model, Model::MessageKind::Fin), QStringList {QStringLiteral("close@4->recv@5:0")});
    QVERIFY(lifelineOf(model, server, 4)->closed);
    QVERIFY(!lifelineOf(model, server, 3)->closed);
}

void TestSequenceModel::connectToAnotherPortIsNotPaired()
{
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    const int client = model.addSource(QStringLiteral("Client"));
    model.append(server, serverStart());
    model.append(client, {call("socket", 5, "AF_INET, SOCK_STREAM, 0", 5), call("connect", 5, "5, ('127.0.0.1', 80)")});
    model.append(server, {accept4(), send(4, 24)});
    model.append(client, {recv(5, 24)});
    QVERIFY(model.messages().empty());
}

void TestSequenceModel::datagramsPairByAddressAndSize()
{
    Model model;
    const int a = model.addSource(QStringLiteral("UDP A"));
    const int b = model.addSource(QStringLiteral("UDP B"));
    model.append(a,
        {call("socket", 3, "AF_INET, SOCK_DGRAM, 0", 3), call("bind", 3, "3, ('127.0.0.1', 0)"),
            call("getsockname", 3, "3", 0, "('127.0.0.1', 40001)")});
    model.append(b, {call("socket", 3, "AF_INET, SOCK_DGRAM, 0", 3), call("bind", 3, "3, ('0.0.0.0', 40002)")});
    // B receives first (its batch came first), then A's sendto arrives.
    model.append(b, {call("recvfrom", 3, "3, 65507", 5, "(b'hello', ('127.0.0.1', 40001))", "b'hello'")});
    model.append(a,
        {call("sendto", 3, "3, b'hello', ('127.0.0.1', 40002)", 5, {}, "b'hello'"),
            call("sendto", 3, "3, b'bye', ('127.0.0.1', 40002)", 3, {}, "b'bye'")});
    model.append(b, {call("recvfrom", 3, "3, 65507", 3, "(b'bye', ('127.0.0.1', 40001))", "b'bye'")});
    QCOMPARE(messages(model, Model::MessageKind::Datagram),
        (QStringList {QStringLiteral("sendto@3->recvfrom@3:5"), QStringLiteral("sendto@3->recvfrom@3:3")}));
    for (const Model::Message& message : model.messages()) {
        QCOMPARE(model.event(message.from)->source, a);
        QCOMPARE(model.event(message.to)->source, b);
        QVERIFY(model.rowOf(message.from) < model.rowOf(message.to));
    }
    // From another port: not A's datagram.
    model.append(b, {call("recvfrom", 3, "3, 65507", 3, "(b'bye', ('127.0.0.1', 50000))", "b'bye'")});
    QCOMPARE(model.messages().size(), std::size_t(2));
}

void TestSequenceModel::socketNumberReusedStartsNewLifeline()
{
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    model.append(server, serverStart());
    model.append(server, {accept4(), call("close", 4, "4"), accept4(), call("close", 4, "4")});
    int accepted = 0;
    int slot = -1;
    for (const auto& [id, line] : model.lifelines()) {
        if (line.socket != 4)
            continue;
        ++accepted;
        QVERIFY(line.closed);
        if (slot >= 0)
            QCOMPARE(line.slot, slot); // the closed socket's column is used again
        slot = line.slot;
    }
    QCOMPARE(accepted, 2);
}

void TestSequenceModel::boundedDropsOldestAndCounts()
{
    Model model;
    model.setMaxEvents(10);
    const int server = model.addSource(QStringLiteral("Server"));
    const int client = model.addSource(QStringLiteral("Client"));
    model.append(server, serverStart());
    model.append(client, clientConnect());
    model.append(server, {accept4()});
    for (int i = 0; i < 20; ++i) {
        model.append(client, {send(5, 3)});
        model.append(server, {recv(4, 3)});
    }
    QCOMPARE(model.events().size(), std::size_t(10));
    QCOMPARE(model.droppedEvents(), quint64(36));
    QCOMPARE(messages(model, Model::MessageKind::Data).size(), 5); // the last five pairs
    QVERIFY(messages(model, Model::MessageKind::Connection).isEmpty());
    // The listening socket stays although its calls are gone: it is still open.
    QVERIFY(lifelineOf(model, server, 3));
    QCOMPARE(model.rowOrder().size(), std::size_t(10));
    model.append(client, {send(5, 3)}, 7);
    QCOMPARE(model.omittedCalls(), quint64(7));
}

core::CallEvent acceptFd(core::SocketHandle fd, int port)
{
    return call("accept", 3, "3", fd, "(" + std::to_string(fd) + ", ('127.0.0.1', " + std::to_string(port) + "))");
}

void TestSequenceModel::freedSlotsAreReusedLowestFirst()
{
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    model.append(server, serverStart());
    std::vector<core::CallEvent> accepts;
    for (core::SocketHandle fd = 4; fd < 10; ++fd)
        accepts.push_back(acceptFd(fd, 40000 + static_cast<int>(fd)));
    model.append(server, accepts);
    const int slotOf5 = lifelineOf(model, server, 5)->slot;
    const int slotOf8 = lifelineOf(model, server, 8)->slot;
    QVERIFY(slotOf5 < slotOf8);
    // Closed in the other order: the next socket still takes the leftmost free column.
    model.append(server, {call("close", 8, "8"), call("close", 5, "5")});
    model.append(server, {acceptFd(10, 40010)});
    QCOMPARE(lifelineOf(model, server, 10)->slot, slotOf5);
    model.append(server, {acceptFd(11, 40011)});
    QCOMPARE(lifelineOf(model, server, 11)->slot, slotOf8);
    model.append(server, {acceptFd(12, 40012)});
    QCOMPARE(lifelineOf(model, server, 12)->slot, lifelineOf(model, server, 9)->slot + 1); // a new column
}

void TestSequenceModel::closedLifelinesLeaveWithTheirClose()
{
    Model model;
    model.setMaxEvents(8);
    const int server = model.addSource(QStringLiteral("Server"));
    model.append(server, serverStart());
    model.append(server, {acceptFd(4, 40004), acceptFd(5, 40005), acceptFd(6, 40006)});
    model.append(server, {call("close", 5, "5")});
    model.append(server, {call("close", 4, "4")});
    // 8 events: none has gone yet.
    QVERIFY(lifelineOf(model, server, 4));
    QVERIFY(lifelineOf(model, server, 5));
    std::vector<core::CallEvent> sends(7, send(6, 1));
    model.append(server, sends); // the first close (of fd 5) leaves the diagram, the second stays
    QVERIFY(!lifelineOf(model, server, 5));
    QVERIFY(lifelineOf(model, server, 4));
    model.append(server, {send(6, 1)});
    QVERIFY(!lifelineOf(model, server, 4));
    // Open sockets stay however old their calls are.
    QVERIFY(lifelineOf(model, server, 3));
    QVERIFY(lifelineOf(model, server, 6));
    QCOMPARE(model.lifelines().size(), std::size_t(2));
}

void TestSequenceModel::clearForgetsEverything()
{
    Model model;
    const int server = model.addSource(QStringLiteral("Server"));
    model.append(server, serverStart());
    model.clear();
    QVERIFY(model.events().empty());
    QVERIFY(model.lifelines().empty());
    QCOMPARE(model.sourceCount(), 1);
    model.append(server, serverStart());
    QCOMPARE(model.lifelines().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestSequenceModel)
#include "tst_sequence_model.moc"
