#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

class Clock;

// Watches an absolute deadline (UTC) on the wall clock: warns at configured distances before it
// and reports expired() at it.
//
// One QTimer cannot simply wait for the deadline: it waits at most about 24.8 days (an int of
// milliseconds), and it runs on a monotonic clock that stands still while the computer sleeps
// and ignores changes to the wall clock. So the timer never waits longer than
// MaxCheckInterval, and every time it fires the deadline is measured again against the wall
// clock. Expiry is therefore noticed at most MaxCheckInterval late after a sleep or a clock
// change, and a timer that fires early only schedules the next check.
class ExpiryScheduler : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryScheduler)
public:
    static constexpr std::chrono::milliseconds MaxCheckInterval {30000};

    explicit ExpiryScheduler(const Clock *clock, QObject *parent = nullptr);

    // Distances before the deadline at which warning() is emitted.
    void setWarnings(const QList<std::chrono::seconds> &distances);
    void start(const QDateTime &deadlineUtc);
    void stop();

    bool isActive() const { return m_deadline.isValid(); }
    QDateTime deadline() const { return m_deadline; }
    std::chrono::milliseconds remaining() const;
    // How long the timer waits now; never more than the check interval. For tests.
    std::chrono::milliseconds nextCheckIn() const;
    // Tests shorten this so that they need not wait real minutes.
    void setCheckInterval(std::chrono::milliseconds interval) { m_checkInterval = interval; }

public slots:
    // Measures the deadline again now (AuthManager::checkExpiryNow()).
    void recheck();

signals:
    // The smallest configured distance passed so far; each distance is reported at most once,
    // and after a sleep that skipped several only the nearest one is.
    void warning(std::chrono::seconds distance);
    void expired();

private:
    const Clock *m_clock;
    QTimer m_timer;
    QDateTime m_deadline;
    QList<std::chrono::seconds> m_warnings; // longest first
    std::chrono::seconds m_lastWarning {0}; // 0: none emitted yet
    std::chrono::milliseconds m_checkInterval = MaxCheckInterval;
};
