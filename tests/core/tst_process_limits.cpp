// Tests for process_limits.cpp: the open-file limit is raised so thousands of clients fit.
#include "core/process_limits.h"

#include <QtTest>

#ifndef _WIN32
#include <sys/resource.h>
#endif

class TestProcessLimits : public QObject {
    Q_OBJECT

private slots:
    void raisesSoftLimitToHard();
};

void TestProcessLimits::raisesSoftLimitToHard()
{
#ifdef _WIN32
    QSKIP("no open-file limit on Windows");
#else
    rlimit before {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &before), 0);
    // Start from a lower soft limit so that raising it is visible.
    if (before.rlim_cur > 256) {
        rlimit lowered = before;
        lowered.rlim_cur = 256;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
    }
    socketlab::core::raiseOpenFileLimit();
    rlimit after {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &after), 0);
    QCOMPARE(after.rlim_max, before.rlim_max);
    if (before.rlim_max == RLIM_INFINITY)
        QVERIFY(after.rlim_cur > 256);
    else
        QCOMPARE(after.rlim_cur, before.rlim_max);
    socketlab::core::raiseOpenFileLimit(); // idempotent
    rlimit again {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &again), 0);
    QCOMPARE(again.rlim_cur, after.rlim_cur);
#endif
}

QTEST_GUILESS_MAIN(TestProcessLimits)
#include "tst_process_limits.moc"
