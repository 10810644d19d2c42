#include "auth/ExpiryScheduler.h"

#include "support/Clock.h"

#include <algorithm>
#include <optional>

using namespace std::chrono;

ExpiryScheduler::ExpiryScheduler(const Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryScheduler::recheck);
}

void ExpiryScheduler::setWarnings(const QList<seconds> &distances)
{
    m_warnings = distances;
    std::sort(m_warnings.begin(), m_warnings.end(), std::greater<>());
}

void ExpiryScheduler::start(const QDateTime &deadlineUtc)
{
    m_deadline = deadlineUtc;
    m_lastWarning = seconds(0);
    recheck();
}

void ExpiryScheduler::stop()
{
    m_timer.stop();
    m_deadline = QDateTime();
}

milliseconds ExpiryScheduler::remaining() const
{
    if (!m_deadline.isValid())
        return milliseconds(0);
    return std::max(milliseconds(m_clock->now().msecsTo(m_deadline)), milliseconds(0));
}

milliseconds ExpiryScheduler::nextCheckIn() const
{
    return m_timer.isActive() ? milliseconds(m_timer.remainingTime()) : milliseconds(-1);
}

void ExpiryScheduler::recheck()
{
    if (!m_deadline.isValid())
        return;
    const milliseconds left(m_clock->now().msecsTo(m_deadline));
    if (left <= milliseconds(0)) {
        stop();
        emit expired();
        return;
    }

    // The nearest distance already reached, and the next one still ahead.
    std::optional<seconds> reached;
    milliseconds nextEvent = left;
    for (const seconds distance : m_warnings) {
        if (left <= distance)
            reached = distance;
        else
            nextEvent = std::min(nextEvent, left - duration_cast<milliseconds>(distance));
    }
    m_timer.start(std::clamp(nextEvent, milliseconds(1), m_checkInterval));
    if (reached && (m_lastWarning == seconds(0) || *reached < m_lastWarning)) {
        m_lastWarning = *reached;
        emit warning(*reached);
    }
}
