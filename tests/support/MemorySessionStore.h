#pragma once

#include "session/SessionStore.h"

// Keeps the session in this process only. Tests use it, and it can be told to fail, to play a
// broken keychain. (The app itself always uses KeychainSessionStore: without a keychain its
// saves fail, AuthManager keeps the session in memory for this run and says so.)
class MemorySessionStore final : public SessionStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySessionStore)
public:
    explicit MemorySessionStore(QObject *parent = nullptr);

    SessionJob *load() override;
    SessionJob *save(const Session &session) override;
    SessionJob *clear() override;
    bool isPersistent() const override { return false; }
    bool isBusy() const override { return m_pending > 0; }

    // Every later operation fails with this error (None: work normally).
    void setFailure(Error error) { m_failure = error; }
    const std::optional<Session> &stored() const { return m_session; }

private:
    SessionJob *report(SessionJob *job, Error error, std::optional<Session> session = {});

    std::optional<Session> m_session;
    Error m_failure = Error::None;
    int m_pending = 0;
};
