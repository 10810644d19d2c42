#include "MemorySessionStore.h"

#include "session/SessionJob.h"

#include <QTimer>

MemorySessionStore::MemorySessionStore(QObject *parent) : SessionStore(parent) { }

SessionJob *MemorySessionStore::load()
{
    auto *job = newJob(Operation::Load);
    return m_failure == Error::None ? report(job, Error::None, m_session) : report(job, m_failure);
}

SessionJob *MemorySessionStore::save(const Session &session)
{
    if (m_failure == Error::None)
        m_session = session;
    return report(newJob(Operation::Save), m_failure);
}

SessionJob *MemorySessionStore::clear()
{
    if (m_failure == Error::None)
        m_session.reset();
    return report(newJob(Operation::Clear), m_failure);
}

// Results are delivered from the event loop, as a real keychain's are, so callers cannot come
// to depend on an answer arriving before the call returns.
SessionJob *MemorySessionStore::report(SessionJob *job, Error error, std::optional<Session> session)
{
    ++m_pending;
    QTimer::singleShot(0, job, [this, job, error, session] {
        --m_pending;
        job->finish(error, session);
        if (m_pending == 0)
            emit idle();
    });
    return job;
}
