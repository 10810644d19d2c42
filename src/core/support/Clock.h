#pragma once

#include <QDateTime>

// The wall clock, behind an interface so that tests can move time (sleep, a clock set back or
// forward) without waiting. Always UTC.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
