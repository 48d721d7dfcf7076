// Tests for visitRoundRobin: a bounded share of a map per turn, every element within a few turns.
#include "core/round_robin.h"

#include <QTest>

#include <map>
#include <unordered_map>

using namespace socketlab;

class TestRoundRobin : public QObject {
    Q_OBJECT

private slots:
    void smallMapIsVisitedWholeEachTurn();
    void largeMapIsVisitedInSharesThatCoverIt();
    void emptyMapVisitsNothing();
};

void TestRoundRobin::smallMapIsVisitedWholeEachTurn()
{
    std::unordered_map<int, int> map {{1, 10}, {2, 20}, {3, 30}};
    std::size_t cursor = 0;
    std::map<int, int> seen;
    const std::size_t visited = core::visitRoundRobin(map, cursor, 1000, [&](int key, int value) {
        QCOMPARE(value, key * 10);
        ++seen[key];
    });
    QCOMPARE(visited, std::size_t(3));
    QCOMPARE(seen.size(), std::size_t(3));
}

void TestRoundRobin::largeMapIsVisitedInSharesThatCoverIt()
{
    constexpr int kElements = 1000;
    constexpr std::size_t kBudget = 100;
    std::unordered_map<int, int> map;
    for (int key = 0; key < kElements; ++key)
        map.emplace(key, key);
    std::size_t cursor = 0;
    std::map<int, int> seen;
    // A bucket is visited whole: a turn may pass the budget by its last bucket's few elements.
    std::size_t largestBucket = 0;
    for (std::size_t bucket = 0; bucket < map.bucket_count(); ++bucket)
        largestBucket = std::max(largestBucket, map.bucket_size(bucket));
    const int turns = kElements / static_cast<int>(kBudget) + 1;
    for (int turn = 0; turn < turns; ++turn) {
        const std::size_t visited = core::visitRoundRobin(map, cursor, kBudget, [&](int key, int) { ++seen[key]; });
        QVERIFY2(visited >= kBudget && visited < kBudget + largestBucket,
            qPrintable(QStringLiteral("turn %1 visited %2").arg(turn).arg(visited)));
    }
    QCOMPARE(seen.size(), std::size_t(kElements)); // everyone came round
    for (const auto& [key, times] : seen)
        QVERIFY2(times <= 2, qPrintable(QStringLiteral("%1 visited %2 times").arg(key).arg(times)));
}

void TestRoundRobin::emptyMapVisitsNothing()
{
    std::unordered_map<int, int> map;
    std::size_t cursor = 5;
    QCOMPARE(core::visitRoundRobin(map, cursor, 10, [](int, int) { QFAIL("visited an element of an empty map"); }),
        std::size_t(0));
}

QTEST_GUILESS_MAIN(TestRoundRobin)
#include "tst_round_robin.moc"
