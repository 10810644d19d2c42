#include "secrets/ThreadedSecretBackend.h"

#include <QCoreApplication>

ThreadedSecretBackend::ThreadedSecretBackend(SecretBackend *inner, QObject *innerThread,
                                             QObject *parent)
    : SecretBackend(parent),
      m_inner(inner),
      m_innerThread(innerThread),
      m_maxEntryBytes(inner->maxEntryBytes()),
      m_name(inner->name())
{
}

SecretJob *ThreadedSecretBackend::read(const QString &key)
{
    return forward(Operation::Read, key);
}

SecretJob *ThreadedSecretBackend::write(const QString &key, const QString &text)
{
    return forward(Operation::Write, key, text);
}

SecretJob *ThreadedSecretBackend::remove(const QString &key)
{
    return forward(Operation::Remove, key);
}

SecretJob *ThreadedSecretBackend::forward(Operation operation, const QString &key,
                                          const QString &text)
{
    auto *job = new SecretJob(this);
    const QPointer<SecretJob> home(job);
    SecretBackend *inner = m_inner;
    const bool sent =
        m_innerThread
        && QMetaObject::invokeMethod(m_innerThread, [inner, operation, key, text, home] {
               SecretJob *innerJob = nullptr;
               switch (operation) {
               case Operation::Read:
                   innerJob = inner->read(key);
                   break;
               case Operation::Write:
                   innerJob = inner->write(key, text);
                   break;
               case Operation::Remove:
                   innerJob = inner->remove(key);
                   break;
               }
               QObject::connect(innerJob, &SecretJob::finished, innerJob, [home](SecretJob *done) {
                   const auto error = done->error();
                   const QString result = done->text();
                   // Back to the application's thread, where the job lives, through an object
                   // that outlives every job: the job itself is looked at only there, and may
                   // be gone (the app is quitting).
                   QMetaObject::invokeMethod(
                       QCoreApplication::instance(),
                       [home, error, result] {
                           if (home)
                               home->finish(error, result);
                       },
                       Qt::QueuedConnection);
               });
           });
    if (!sent)
        QMetaObject::invokeMethod(
            job, [job] { job->finish(Error::NoBackend); }, Qt::QueuedConnection);
    return job;
}
