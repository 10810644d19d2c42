#include "session/SessionJob.h"

SessionJob::SessionJob(Operation operation, QObject *parent)
    : QObject(parent), m_operation(operation)
{
}

void SessionJob::finish(SessionStore::Error error, std::optional<Session> session)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_session = std::move(session);
    emit finished(this);
    deleteLater();
}

SessionJob *SessionStore::newJob(Operation operation)
{
    auto *job = new SessionJob(operation, this);
    connect(job, &SessionJob::finished, this, &SessionStore::finished);
    return job;
}
