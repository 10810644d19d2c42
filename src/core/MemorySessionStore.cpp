#include "MemorySessionStore.h"

#include <QTimer>

MemorySessionStore::MemorySessionStore(QObject *parent) : SessionStore(parent) { }

// Results are delivered from the event loop, as a real keychain's are, so callers cannot come
// to depend on an answer arriving before the call returns.
void MemorySessionStore::load()
{
    const LoadResult result = m_failure == Error::None ? LoadResult {m_session, Error::None}
                                                       : LoadResult {std::nullopt, m_failure};
    QTimer::singleShot(0, this, [this, result] { emit loaded(result); });
}

void MemorySessionStore::save(const Session &session)
{
    const Error error = m_failure;
    if (error == Error::None)
        m_session = session;
    QTimer::singleShot(0, this, [this, error] { emit saved(error); });
}

void MemorySessionStore::clear()
{
    const Error error = m_failure;
    if (error == Error::None)
        m_session.reset();
    QTimer::singleShot(0, this, [this, error] { emit cleared(error); });
}
