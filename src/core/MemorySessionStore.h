#pragma once

#include "SessionStore.h"

#include <functional>

// Keeps the session in this process only: for the session-only mode when no keychain is
// available, and for tests. Can be told to fail, to play a broken keychain.
class MemorySessionStore final : public SessionStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySessionStore)
public:
    explicit MemorySessionStore(QObject *parent = nullptr);

    void load() override;
    void save(const Session &session) override;
    void clear() override;
    bool isPersistent() const override { return false; }
    bool isBusy() const override { return m_pending > 0; }

    // Every later operation fails with this error (None: work normally).
    void setFailure(Error error) { m_failure = error; }
    const std::optional<Session> &stored() const { return m_session; }

private:
    std::optional<Session> m_session;
    Error m_failure = Error::None;
    int m_pending = 0;

    void report(std::function<void()> emitResult);
};
