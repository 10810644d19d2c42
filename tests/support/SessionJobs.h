#pragma once

#include "session/SessionJob.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>
#include <optional>

// Holds on to a store job's result from the moment it is made: a job deletes itself once it has
// reported, so a test that starts several jobs watches each one before waiting for any.
class JobWatch {
public:
    explicit JobWatch(SessionJob *job)
        : m_result(std::make_shared<std::optional<SessionStore::LoadResult>>())
    {
        QObject::connect(
            job, &SessionJob::finished, job,
            [result = m_result](SessionJob *finished) { *result = finished->loadResult(); });
    }

    // The result (the session is empty for save and clear); nullopt when it did not come in time.
    std::optional<SessionStore::LoadResult> wait(int timeoutMs = 10000) const
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_result->has_value() && !deadline.hasExpired())
            QTest::qWait(5);
        return *m_result;
    }

private:
    std::shared_ptr<std::optional<SessionStore::LoadResult>> m_result;
};

inline std::optional<SessionStore::LoadResult> waitForJob(SessionJob *job, int timeoutMs = 10000)
{
    return JobWatch(job).wait(timeoutMs);
}

// For tests that cannot go on without the answer.
inline SessionStore::LoadResult resultOf(const JobWatch &watch, int timeoutMs = 10000)
{
    const auto result = watch.wait(timeoutMs);
    if (!result)
        qFatal("the session store did not report in time");
    return *result;
}

inline SessionStore::LoadResult resultOf(SessionJob *job, int timeoutMs = 10000)
{
    return resultOf(JobWatch(job), timeoutMs);
}
