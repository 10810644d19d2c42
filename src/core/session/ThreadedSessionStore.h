#pragma once

#include "session/SessionStore.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

class SessionJob;

// Runs another store on a thread of its own, so that nothing a keychain does happens on the GUI
// thread: loading libsecret, its D-Bus round trips (driven by the thread's own event loop), and
// the synchronous calls of Windows' Credential Manager and macOS' Keychain. It also lets a
// restore make progress while the window is still being built.
//
// Calls are forwarded in order; every job it returns lives and reports on the thread that made
// this object. isBusy() and idle() count the operations asked for here.
class ThreadedSessionStore final : public SessionStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadedSessionStore)
public:
    explicit ThreadedSessionStore(std::unique_ptr<SessionStore> store, QObject *parent = nullptr);
    // Stops the thread; an operation still under way is abandoned (as when the process ends).
    ~ThreadedSessionStore() override;

    SessionJob *load() override;
    SessionJob *save(const Session &session) override;
    SessionJob *clear() override;
    bool isPersistent() const override { return m_persistent; }
    bool isBusy() const override { return !m_pending.isEmpty(); }
    // An object on the store's thread, for running other keychain calls there
    // (ThreadedSecretBackend).
    QObject *threadContext() const { return m_store.get(); }

private:
    SessionJob *forward(SessionJob *job, std::function<SessionJob *(SessionStore *)> operation);
    void deliver(quint64 id, SessionStore::Error error, const std::optional<Session> &session);

    QThread m_thread;
    std::unique_ptr<SessionStore> m_store; // lives on m_thread
    bool m_persistent;
    quint64 m_nextId = 0;
    QHash<quint64, QPointer<SessionJob>> m_pending;
};
