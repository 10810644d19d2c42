#pragma once

#include "session/SessionStore.h"

#include <QObject>

#include <optional>

// One request to a SessionStore (load, save or clear) and its result, in the shape of
// QtKeychain's jobs and KDE's KJob: the store creates it, finish() reports it exactly once
// through finished(), and then it deletes itself.
class SessionJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionJob)
public:
    using Operation = SessionStore::Operation;

    explicit SessionJob(Operation operation, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    SessionStore::Error error() const { return m_error; }
    // Load only: the session found, if any.
    const std::optional<Session> &session() const { return m_session; }
    SessionStore::LoadResult loadResult() const { return {m_session, m_error}; }

    // For stores: reports the result. Calls after the first are ignored.
    void finish(SessionStore::Error error, std::optional<Session> session = std::nullopt);

signals:
    void finished(SessionJob *job);

private:
    Operation m_operation;
    bool m_finished = false;
    SessionStore::Error m_error = SessionStore::Error::None;
    std::optional<Session> m_session;
};
