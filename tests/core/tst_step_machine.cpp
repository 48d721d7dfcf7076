// StepMachine: which call may come next, for every state a server, a client and a UDP endpoint
// can reach (walked exhaustively from the start), plus the tutorial's own orders.
#include "core/step_machine.h"

#include <QtTest>

#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

using namespace socketlab::core;

namespace {

StepCallSet setOf(std::initializer_list<StepCall> calls)
{
    StepCallSet set = 0;
    for (StepCall call : calls)
        set |= stepCallBit(call);
    return set;
}

// The calls a role may ever make.
StepCallSet roleCalls(StepRole role)
{
    switch (role) {
    case StepRole::Server:
        return setOf({StepCall::Socket, StepCall::SetReuseAddress, StepCall::Bind, StepCall::Listen, StepCall::Accept,
            StepCall::Send, StepCall::Recv, StepCall::ShutdownWrite, StepCall::CloseConnection, StepCall::Close});
    case StepRole::Client:
        return setOf({StepCall::Socket, StepCall::Connect, StepCall::Send, StepCall::Recv, StepCall::ShutdownWrite,
            StepCall::Close});
    case StepRole::Udp:
        return setOf({StepCall::Socket, StepCall::Bind, StepCall::SendTo, StepCall::RecvFrom, StepCall::Close});
    }
    return 0;
}

using Key = std::tuple<bool, bool, bool, bool, bool, StepCallSet>;
Key keyOf(const StepMachine& machine)
{
    return {machine.isOpen(), machine.isBound(), machine.isListening(), machine.isConnected(), machine.isWriteShut(),
        machine.allowed()};
}

} // namespace

class TestStepMachine : public QObject {
    Q_OBJECT

private slots:
    void startsWithSocketOnly_data();
    void startsWithSocketOnly();
    void everyReachableStateFollowsTheRules_data();
    void everyReachableStateFollowsTheRules();
    void tutorialServerOrder();
    void tutorialClientOrder();
    void failedConnectLeavesOnlyClose();
    void udpNeedsAnAddressBeforeRecvfrom();
    void closeStartsOver();
    void namesAndBlockingCalls();
};

void TestStepMachine::startsWithSocketOnly_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("server") << int(StepRole::Server);
    QTest::newRow("client") << int(StepRole::Client);
    QTest::newRow("udp") << int(StepRole::Udp);
}

void TestStepMachine::startsWithSocketOnly()
{
    QFETCH(int, role);
    const StepMachine machine(static_cast<StepRole>(role));
    QCOMPARE(machine.allowed(), stepCallBit(StepCall::Socket));
}

void TestStepMachine::everyReachableStateFollowsTheRules_data()
{
    startsWithSocketOnly_data();
}

void TestStepMachine::everyReachableStateFollowsTheRules()
{
    QFETCH(int, role);
    const StepRole stepRole = static_cast<StepRole>(role);
    // Walk every state reachable by any success or failure of any allowed call.
    std::vector<StepMachine> todo = {StepMachine(stepRole)};
    std::set<Key> seen;
    while (!todo.empty()) {
        const StepMachine machine = todo.back();
        todo.pop_back();
        if (!seen.insert(keyOf(machine)).second)
            continue;
        const StepCallSet allowed = machine.allowed();
        const auto allows = [&](StepCall call) { return (allowed & stepCallBit(call)) != 0; };
        QVERIFY2((allowed & ~roleCalls(stepRole)) == 0, "a call of another role is allowed");
        QCOMPARE(allows(StepCall::Socket), !machine.isOpen());
        QCOMPARE(allows(StepCall::Close), machine.isOpen());
        if (!machine.isOpen())
            QCOMPARE(allowed, stepCallBit(StepCall::Socket));
        if (allows(StepCall::Bind))
            QVERIFY(machine.isOpen() && !machine.isBound());
        if (allows(StepCall::SetReuseAddress))
            QVERIFY(!machine.isBound());
        if (allows(StepCall::Listen))
            QVERIFY(machine.isBound() && !machine.isListening());
        if (allows(StepCall::Accept))
            QVERIFY(machine.isListening() && !machine.isConnected());
        if (allows(StepCall::Recv) || allows(StepCall::CloseConnection))
            QVERIFY(machine.isConnected());
        if (allows(StepCall::Send) || allows(StepCall::ShutdownWrite))
            QVERIFY(machine.isConnected() && !machine.isWriteShut());
        if (allows(StepCall::RecvFrom))
            QVERIFY(machine.isBound());
        if (allows(StepCall::Connect))
            QVERIFY(machine.isOpen() && !machine.isConnected());
        for (const StepCall call : kAllStepCalls) {
            if (!allows(call))
                continue;
            StepMachine success = machine;
            success.succeeded(call);
            todo.push_back(success);
            StepMachine failure = machine;
            failure.failed(call);
            todo.push_back(failure);
        }
    }
    // The walk reached the states that let a learner talk to a peer.
    const bool talks = std::any_of(seen.begin(), seen.end(), [](const Key& key) {
        return (std::get<5>(key) & (stepCallBit(StepCall::Recv) | stepCallBit(StepCall::RecvFrom))) != 0;
    });
    QVERIFY(talks);
}

void TestStepMachine::tutorialServerOrder()
{
    StepMachine machine(StepRole::Server);
    const std::vector<std::pair<StepCall, StepCallSet>> steps = {
        {StepCall::Socket, setOf({StepCall::SetReuseAddress, StepCall::Bind, StepCall::Close})},
        {StepCall::SetReuseAddress, setOf({StepCall::SetReuseAddress, StepCall::Bind, StepCall::Close})},
        {StepCall::Bind, setOf({StepCall::Listen, StepCall::Close})},
        {StepCall::Listen, setOf({StepCall::Accept, StepCall::Close})},
        {StepCall::Accept,
            setOf(
                {StepCall::Send, StepCall::Recv, StepCall::ShutdownWrite, StepCall::CloseConnection, StepCall::Close})},
        {StepCall::Send,
            setOf(
                {StepCall::Send, StepCall::Recv, StepCall::ShutdownWrite, StepCall::CloseConnection, StepCall::Close})},
        {StepCall::ShutdownWrite, setOf({StepCall::Recv, StepCall::CloseConnection, StepCall::Close})},
        {StepCall::CloseConnection, setOf({StepCall::Accept, StepCall::Close})},
        {StepCall::Close, setOf({StepCall::Socket})},
    };
    for (const auto& [call, expected] : steps) {
        QVERIFY(machine.allows(call));
        machine.succeeded(call);
        QCOMPARE(machine.allowed(), expected);
    }
}

void TestStepMachine::tutorialClientOrder()
{
    StepMachine machine(StepRole::Client);
    QVERIFY(!machine.allows(StepCall::Connect));
    machine.succeeded(StepCall::Socket);
    QCOMPARE(machine.allowed(), setOf({StepCall::Connect, StepCall::Close}));
    QVERIFY(!machine.allows(StepCall::Recv));
    machine.succeeded(StepCall::Connect);
    QCOMPARE(machine.allowed(), setOf({StepCall::Send, StepCall::Recv, StepCall::ShutdownWrite, StepCall::Close}));
    machine.succeeded(StepCall::Recv);
    QVERIFY(machine.allows(StepCall::Recv));
    machine.succeeded(StepCall::Close);
    QCOMPARE(machine.allowed(), stepCallBit(StepCall::Socket));
}

void TestStepMachine::failedConnectLeavesOnlyClose()
{
    StepMachine machine(StepRole::Client);
    machine.succeeded(StepCall::Socket);
    machine.failed(StepCall::Connect);
    QCOMPARE(machine.allowed(), stepCallBit(StepCall::Close));
    machine.succeeded(StepCall::Close);
    machine.succeeded(StepCall::Socket);
    QVERIFY(machine.allows(StepCall::Connect));
}

void TestStepMachine::udpNeedsAnAddressBeforeRecvfrom()
{
    StepMachine bound(StepRole::Udp);
    bound.succeeded(StepCall::Socket);
    QCOMPARE(bound.allowed(), setOf({StepCall::Bind, StepCall::SendTo, StepCall::Close}));
    bound.succeeded(StepCall::Bind);
    QCOMPARE(bound.allowed(), setOf({StepCall::SendTo, StepCall::RecvFrom, StepCall::Close}));

    StepMachine sent(StepRole::Udp);
    sent.succeeded(StepCall::Socket);
    sent.succeeded(StepCall::SendTo); // the system bound it to a port of its choice
    QVERIFY(sent.allows(StepCall::RecvFrom));
    QVERIFY(!sent.allows(StepCall::Bind));
}

void TestStepMachine::closeStartsOver()
{
    StepMachine machine(StepRole::Server);
    for (StepCall call : {StepCall::Socket, StepCall::Bind, StepCall::Listen, StepCall::Accept})
        machine.succeeded(call);
    machine.succeeded(StepCall::Close);
    QVERIFY(!machine.isOpen() && !machine.isBound() && !machine.isListening() && !machine.isConnected());
    QCOMPARE(machine.allowed(), stepCallBit(StepCall::Socket));
}

void TestStepMachine::namesAndBlockingCalls()
{
    QCOMPARE(QString(stepCallName(StepCall::SetReuseAddress)), QString("setsockopt"));
    QCOMPARE(QString(stepCallName(StepCall::CloseConnection)), QString("close"));
    QCOMPARE(QString(stepCallName(StepCall::RecvFrom)), QString("recvfrom"));
    for (const StepCall call : kAllStepCalls) {
        const bool blocks = call == StepCall::Accept || call == StepCall::Connect || call == StepCall::Recv
            || call == StepCall::RecvFrom;
        QCOMPARE(stepCallBlocks(call), blocks);
    }
}

QTEST_GUILESS_MAIN(TestStepMachine)
#include "tst_step_machine.moc"
