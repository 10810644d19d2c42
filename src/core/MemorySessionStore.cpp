#include "MemorySessionStore.h"

#include <QTimer>

MemorySessionStore::MemorySessionStore(QObject *parent) : SessionStore(parent) { }

// Results are delivered from the event loop, as a real keychain's are, so callers cannot come
// to depend on an answer arriving before the call returns.
void MemorySessionStore::load()
{
    const LoadResult result = m_failure == Error::None ? LoadResult {m_session, Error::None}
                                                       : LoadResult {std::nullopt, m_failure};
    report([this, result] { emit loaded(result); });
}

void MemorySessionStore::save(const Session &session)
{
    const Error error = m_failure;
    if (error == Error::None)
        m_session = session;
    report([this, error] { emit saved(error); });
}

void MemorySessionStore::clear()
{
    const Error error = m_failure;
    if (error == Error::None)
        m_session.reset();
    report([this, error] { emit cleared(error); });
}

void MemorySessionStore::report(std::function<void()> emitResult)
{
    ++m_pending;
    QTimer::singleShot(0, this, [this, emitResult] {
        --m_pending;
        emitResult();
        if (m_pending == 0)
            emit idle();
    });
}
