// Tests of LookupWorker: answers arrive on the caller's thread, cancelled answers never do.
#include "workers/lookup_worker.h"

#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

using namespace socketlab;

class TestLookupWorker : public QObject {
    Q_OBJECT

private slots:
    void hostNameIsTheSystems();
    void addressInfoForLocalhost();
    void nameInfoForLoopback();
    void cancelledAnswerIsDropped();
    void destroyedWhileLookingUp();
    void threadIsReusedForTheNextLookup();
};

void TestLookupWorker::hostNameIsTheSystems()
{
    workers::LookupWorker worker;
    QSignalSpy finished(&worker, &workers::LookupWorker::finished);
    const workers::LookupId id = worker.hostName();
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<workers::LookupResult>();
    QCOMPARE(result.id, id);
    QVERIFY(!result.error);
    QCOMPARE(QString::fromStdString(result.hostName), QSysInfo::machineHostName());
    QCOMPARE(result.calls.size(), std::size_t(1));
    QCOMPARE(result.calls.front().call, std::string("gethostname"));
    QVERIFY(!worker.isBusy());
}

void TestLookupWorker::addressInfoForLocalhost()
{
    workers::LookupWorker worker;
    QSignalSpy finished(&worker, &workers::LookupWorker::finished);
    core::LookupQuery query;
    query.host = "localhost";
    query.service = "http";
    query.family = core::Family::Inet;
    query.type = core::SocketType::Stream;
    worker.addressInfo(query);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<workers::LookupResult>();
    QVERIFY(!result.error);
    QVERIFY(!result.entries.empty());
    QCOMPARE(result.entries.front().toTuple(), std::string("(AF_INET, SOCK_STREAM, 6, '', ('127.0.0.1', 80))"));
    QVERIFY(result.elapsedMs >= 0);
}

void TestLookupWorker::nameInfoForLoopback()
{
    workers::LookupWorker worker;
    QSignalSpy finished(&worker, &workers::LookupWorker::finished);
    worker.nameInfo(QStringLiteral("127.0.0.1"), QStringLiteral("80"), core::kNameNumericHost);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<workers::LookupResult>();
    QVERIFY(!result.error);
    QCOMPARE(result.name.host, std::string("127.0.0.1"));
    QCOMPARE(result.name.service, std::string("http"));
}

void TestLookupWorker::cancelledAnswerIsDropped()
{
    workers::LookupWorker worker;
    QSignalSpy finished(&worker, &workers::LookupWorker::finished);
    QSignalSpy cancelled(&worker, &workers::LookupWorker::cancelled);
    const workers::LookupId dropped = worker.hostName();
    worker.cancel(dropped);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!worker.isBusy());
    // A later lookup's answer comes; the cancelled one never does.
    const workers::LookupId kept = worker.hostName();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<workers::LookupResult>().id, kept);
    QTest::qWait(0);
    QCOMPARE(finished.count(), 1);
}

void TestLookupWorker::destroyedWhileLookingUp()
{
    auto worker = std::make_unique<workers::LookupWorker>();
    core::LookupQuery query;
    query.host = "localhost";
    for (int i = 0; i < 20; ++i)
        worker->addressInfo(query);
    worker.reset(); // the lookups' threads finish on their own and find no one to answer
    QTest::qWait(50);
    QVERIFY(true);
}

void TestLookupWorker::threadIsReusedForTheNextLookup()
{
    // A thread start costs more than the event-loop turn a local lookup may add to the call: the
    // thread that answered takes the next question.
    workers::LookupWorker worker;
    QSignalSpy finished(&worker, &workers::LookupWorker::finished);
    const int startedBefore = workers::LookupWorker::threadsStarted();
    constexpr int kLookups = 5;
    for (int i = 0; i < kLookups; ++i) {
        worker.nameInfo(QStringLiteral("127.0.0.1"), QStringLiteral("80"), core::kNameNumericHost);
        QTRY_COMPARE(finished.count(), i + 1);
        QVERIFY(!finished.last().first().value<workers::LookupResult>().error);
    }
    QCOMPARE(workers::LookupWorker::threadsStarted() - startedBefore, 1);
}

QTEST_GUILESS_MAIN(TestLookupWorker)
#include "tst_lookup_worker.moc"
