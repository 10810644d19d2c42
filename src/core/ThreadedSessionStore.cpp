#include "ThreadedSessionStore.h"

ThreadedSessionStore::ThreadedSessionStore(std::unique_ptr<SessionStore> store, QObject *parent)
    : SessionStore(parent), m_store(std::move(store)), m_persistent(m_store->isPersistent())
{
    m_thread.setObjectName(QStringLiteral("session store"));
    m_store->moveToThread(&m_thread);
    // Queued: the results cross back to this object's thread.
    connect(m_store.get(), &SessionStore::loaded, this, [this](const LoadResult &result) {
        emit loaded(result);
        reported();
    });
    connect(m_store.get(), &SessionStore::saved, this, [this](Error error) {
        emit saved(error);
        reported();
    });
    connect(m_store.get(), &SessionStore::cleared, this, [this](Error error) {
        emit cleared(error);
        reported();
    });
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

void ThreadedSessionStore::forward(std::function<void(SessionStore *)> operation)
{
    ++m_pending;
    SessionStore *store = m_store.get();
    QMetaObject::invokeMethod(
        store, [store, operation] { operation(store); }, Qt::QueuedConnection);
}

void ThreadedSessionStore::reported()
{
    if (--m_pending == 0)
        emit idle();
}

void ThreadedSessionStore::load()
{
    forward([](SessionStore *store) { store->load(); });
}

void ThreadedSessionStore::save(const Session &session)
{
    forward([session](SessionStore *store) { store->save(session); });
}

void ThreadedSessionStore::clear()
{
    forward([](SessionStore *store) { store->clear(); });
}
