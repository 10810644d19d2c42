#include "session/ThreadedSessionStore.h"

#include "session/SessionJob.h"

ThreadedSessionStore::ThreadedSessionStore(std::unique_ptr<SessionStore> store, QObject *parent)
    : SessionStore(parent), m_store(std::move(store)), m_persistent(m_store->isPersistent())
{
    m_thread.setObjectName(QStringLiteral("session store"));
    m_store->moveToThread(&m_thread);
    m_thread.start();
}

ThreadedSessionStore::~ThreadedSessionStore()
{
    // The store goes on its own thread (deleteLater runs before the thread's loop ends), so
    // that whatever it owns there is torn down where it lives.
    m_store.release()->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

SessionJob *ThreadedSessionStore::forward(SessionJob *job,
                                          std::function<SessionJob *(SessionStore *)> operation)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, job);
    SessionStore *store = m_store.get();
    QMetaObject::invokeMethod(
        store,
        [this, store, operation, id] {
            // On the store's thread. The inner job's result is copied here, where it lives, and
            // handed to this object, which outlives the thread.
            SessionJob *inner = operation(store);
            connect(inner, &SessionJob::finished, store, [this, id](SessionJob *finished) {
                const auto error = finished->error();
                const auto session = finished->session();
                QMetaObject::invokeMethod(
                    this, [this, id, error, session] { deliver(id, error, session); },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
    return job;
}

void ThreadedSessionStore::deliver(quint64 id, SessionStore::Error error,
                                   const std::optional<Session> &session)
{
    const QPointer<SessionJob> job = m_pending.take(id);
    if (job)
        job->finish(error, session);
    if (m_pending.isEmpty())
        emit idle();
}

SessionJob *ThreadedSessionStore::load()
{
    return forward(newJob(Operation::Load), [](SessionStore *store) { return store->load(); });
}

SessionJob *ThreadedSessionStore::save(const Session &session)
{
    return forward(newJob(Operation::Save),
                   [session](SessionStore *store) { return store->save(session); });
}

SessionJob *ThreadedSessionStore::clear()
{
    return forward(newJob(Operation::Clear), [](SessionStore *store) { return store->clear(); });
}
