#include "TestClock.h"
#include "TestMain.h"
#include "auth/ExpiryScheduler.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono;

class TestExpiryScheduler : public QObject {
    Q_OBJECT
private slots:
    void init();
    void firesAtTheDeadlineOfA365DayToken();
    void noticesExpiryAfterTheComputerSlept();
    void survivesTheClockSetBackAndForward();
    void aTimerFiringEarlyOnlyReschedules();
    void warnsOnceAtEachDistanceAndOnlyTheNearestAfterASleep();
    void warnsAtOnceWhenStartedInsideADistance();
    void aPastDeadlineExpiresAtOnce();
    void stopEndsEverything();

private:
    static constexpr milliseconds FastChecks {20};
};

void TestExpiryScheduler::init()
{
    // QTimer warns when asked to wait longer than it can; no such warning may appear.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestExpiryScheduler::firesAtTheDeadlineOfA365DayToken()
{
    TestClock clock;
    ExpiryScheduler scheduler(&clock);
    QSignalSpy expired(&scheduler, &ExpiryScheduler::expired);
    const QDateTime deadline = clock.now().addSecs(31536000);
    scheduler.start(deadline);

    QVERIFY(scheduler.isActive());
    QCOMPARE(scheduler.deadline(), deadline);
    QVERIFY(scheduler.nextCheckIn() > milliseconds(0));
    QVERIFY(scheduler.nextCheckIn() <= ExpiryScheduler::MaxCheckInterval);
    QCOMPARE(duration_cast<seconds>(scheduler.remaining()), seconds(31536000));

    clock.advance(31536000 - 1);
    scheduler.recheck();
    QCOMPARE(expired.count(), 0);
    QVERIFY(scheduler.nextCheckIn() <= milliseconds(1000));
    // The timer it set for the last second fires by itself.
    clock.advance(1);
    QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 3000);
    QVERIFY(!scheduler.isActive());
}

void TestExpiryScheduler::noticesExpiryAfterTheComputerSlept()
{
    TestClock clock;
    ExpiryScheduler scheduler(&clock);
    scheduler.setCheckInterval(FastChecks);
    QSignalSpy expired(&scheduler, &ExpiryScheduler::expired);
    scheduler.start(clock.now().addDays(3));
    // Two periodic checks (each reads the clock) find the deadline ahead.
    const int reads = clock.reads();
    QTRY_VERIFY(clock.reads() >= reads + 2);
    QCOMPARE(expired.count(), 0);
    // The wall clock moves on while monotonic timers stand still: nothing calls recheck(), the
    // next periodic check finds the deadline passed.
    clock.advance(4 * 24 * 3600);
    QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 1000);
}

void TestExpiryScheduler::survivesTheClockSetBackAndForward()
{
    TestClock clock;
    ExpiryScheduler scheduler(&clock);
    scheduler.setCheckInterval(FastChecks);
    QSignalSpy expired(&scheduler, &ExpiryScheduler::expired);
    scheduler.start(clock.now().addSecs(3600));

    clock.advance(-24 * 3600);
    const int reads = clock.reads();
    QTRY_VERIFY(clock.reads() >= reads + 2); // two periodic checks since
    QCOMPARE(expired.count(), 0);
    QCOMPARE(duration_cast<seconds>(scheduler.remaining()), seconds(25 * 3600));

    clock.advance(2 * 24 * 3600);
    QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 1000);
}

void TestExpiryScheduler::aTimerFiringEarlyOnlyReschedules()
{
    TestClock clock;
    ExpiryScheduler scheduler(&clock);
    QSignalSpy expired(&scheduler, &ExpiryScheduler::expired);
    scheduler.start(clock.now().addSecs(10));
    clock.advance(9);
    scheduler.recheck(); // as a timer that fired a second early would
    QCOMPARE(expired.count(), 0);
    QVERIFY(scheduler.isActive());
    QVERIFY(scheduler.nextCheckIn() <= milliseconds(1000));
}

void TestExpiryScheduler::warnsOnceAtEachDistanceAndOnlyTheNearestAfterASleep()
{
    TestClock clock;
    ExpiryScheduler scheduler(&clock);
    scheduler.setWarnings({minutes(5), hours(24 * 7), hours(1), hours(24)});
    QSignalSpy warnings(&scheduler, &ExpiryScheduler::warning);
    const QDateTime deadline = clock.now().addDays(10);
    scheduler.start(deadline);
    QCOMPARE(warnings.count(), 0);
    // The timer is due when the 7-day distance is reached (capped at the check interval).
    QVERIFY(scheduler.nextCheckIn() <= ExpiryScheduler::MaxCheckInterval);

    clock.set(deadline.addDays(-6));
    scheduler.recheck();
    scheduler.recheck();
    QCOMPARE(warnings.count(), 1);
    QCOMPARE(warnings.at(0).at(0).value<seconds>(), seconds(hours(24 * 7)));

    clock.set(deadline.addSecs(-30 * 60)); // slept past the 1-day and the 1-hour distance
    scheduler.recheck();
    QCOMPARE(warnings.count(), 2);
    QCOMPARE(warnings.at(1).at(0).value<seconds>(), seconds(hours(1)));

    clock.set(deadline.addSecs(-4 * 60));
    scheduler.recheck();
    QCOMPARE(warnings.count(), 3);
    QCOMPARE(warnings.at(2).at(0).value<seconds>(), seconds(minutes(5)));

    clock.advance(-2 * 24 * 3600); // set back: no warning repeats
    scheduler.recheck();
    QCOMPARE(warnings.count(), 3);
}

void TestExpiryScheduler::warnsAtOnceWhenStartedInsideADistance()
{
    TestClock clock;
    ExpiryScheduler scheduler(&clock);
    scheduler.setWarnings({hours(24 * 7), hours(24), hours(1)});
    QSignalSpy warnings(&scheduler, &ExpiryScheduler::warning);
    scheduler.start(clock.now().addSecs(3 * 3600));
    QCOMPARE(warnings.count(), 1);
    QCOMPARE(warnings.at(0).at(0).value<seconds>(), seconds(hours(24)));
}

void TestExpiryScheduler::aPastDeadlineExpiresAtOnce()
{
    TestClock clock;
    ExpiryScheduler scheduler(&clock);
    QSignalSpy expired(&scheduler, &ExpiryScheduler::expired);
    scheduler.start(clock.now().addSecs(-1));
    QCOMPARE(expired.count(), 1);
    QVERIFY(!scheduler.isActive());
}

void TestExpiryScheduler::stopEndsEverything()
{
    TestClock clock;
    ExpiryScheduler scheduler(&clock);
    scheduler.setCheckInterval(FastChecks);
    QSignalSpy expired(&scheduler, &ExpiryScheduler::expired);
    scheduler.start(clock.now().addSecs(60));
    scheduler.stop();
    clock.advance(120);
    const int reads = clock.reads();
    // Nothing to wait for: no check may come. Three check intervals would have brought one.
    QTest::qWait(int(3 * FastChecks.count()));
    QCOMPARE(clock.reads(), reads);
    QCOMPARE(expired.count(), 0);
    QCOMPARE(scheduler.nextCheckIn(), milliseconds(-1));
}

DESKLOGIN_TEST_GUILESS_MAIN(TestExpiryScheduler)
#include "tst_expiryscheduler.moc"
