#pragma once

#include "support/Clock.h"

#include <atomic>

// A wall clock the test sets and moves: sleep past a deadline, set back or forward a day. It
// counts how often it is read: whatever checks a deadline reads it, so a test can wait for a
// check to have happened instead of sleeping.
class TestClock final : public Clock {
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override
    {
        ++m_reads;
        return m_now;
    }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    int reads() const { return m_reads; }

private:
    QDateTime m_now;
    mutable std::atomic<int> m_reads {0};
};
