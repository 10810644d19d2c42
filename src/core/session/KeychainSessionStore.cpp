#include "session/KeychainSessionStore.h"

#include "session/SessionJob.h"

#include "support/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace {

SessionStore::Error toStoreError(SecretBackend::Error error)
{
    switch (error) {
    case SecretBackend::Error::None:
    case SecretBackend::Error::NotFound:
        return SessionStore::Error::None;
    case SecretBackend::Error::NoBackend:
        return SessionStore::Error::NoBackend;
    case SecretBackend::Error::AccessDenied:
        return SessionStore::Error::AccessDenied;
    case SecretBackend::Error::Other:
        break;
    }
    return SessionStore::Error::Other;
}

} // namespace

KeychainSessionStore::KeychainSessionStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : SessionStore(parent), m_backend(backend.release())
{
    m_backend->setParent(this);
}

KeychainSessionStore::KeychainSessionStore(const QString &service, QObject *parent)
    : KeychainSessionStore(createSystemSecretBackend(service), parent)
{
}

KeychainSessionStore::~KeychainSessionStore() = default;

SessionJob *KeychainSessionStore::enqueue(SessionJob *job,
                                          std::function<void(SessionJob *)> operation)
{
    m_queue.append([job, operation] { operation(job); });
    if (!m_running) {
        m_running = true;
        // Start from the event loop: every result arrives after the call that asked for it.
        QTimer::singleShot(0, this, [this] { m_queue.takeFirst()(); });
    }
    return job;
}

void KeychainSessionStore::operationFinished()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        emit idle();
        return;
    }
    m_queue.takeFirst()();
}

// --- The three operations -----------------------------------------------------------------

SessionJob *KeychainSessionStore::load()
{
    return enqueue(newJob(Operation::Load), [this](SessionJob *job) { runLoad(job); });
}

SessionJob *KeychainSessionStore::save(const Session &session)
{
    return enqueue(newJob(Operation::Save),
                   [this, session](SessionJob *job) { runSave(job, session); });
}

SessionJob *KeychainSessionStore::clear()
{
    return enqueue(newJob(Operation::Clear), [this](SessionJob *job) { runClear(job); });
}

void KeychainSessionStore::notePresence(bool mayHoldSession)
{
    if (m_presenceFile.isEmpty())
        return;
    if (!mayHoldSession) {
        QFile::remove(m_presenceFile);
        return;
    }
    QDir().mkpath(QFileInfo(m_presenceFile).absolutePath());
    QFile file(m_presenceFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write("The system keychain may hold a session of this app. No secret is kept "
                      "here.\n")
            < 0) {
        // Without the note the next start would not look: say so, and save all the same.
        qCWarning(lcKeychain) << "cannot write" << m_presenceFile << file.errorString();
    }
}

void KeychainSessionStore::runLoad(SessionJob *job)
{
    const auto report = [this, job](Error error, std::optional<Session> session = {}) {
        job->finish(error, std::move(session));
        operationFinished();
    };
    if (!m_presenceFile.isEmpty() && !QFileInfo::exists(m_presenceFile))
        return report(Error::None);
    readManifest([this, report](Error error, std::optional<Manifest> manifest) {
        if (error != Error::None && error != Error::Corrupt)
            return report(error);
        const auto discard = [this, report](const std::optional<Manifest> &m) {
            qCWarning(lcKeychain) << "stored session is unreadable; clearing it";
            removeKeys(SessionCodec::keysToRemove(m), Error::None,
                       [report](Error) { report(Error::Corrupt); });
        };
        if (error == Error::Corrupt)
            return discard(std::nullopt);
        if (!manifest) {
            notePresence(false);
            return report(Error::None);
        }
        readChunks(SessionCodec::chunkKeys(*manifest), {},
                   [this, report, discard, manifest](Error readError, const QStringList &chunks) {
                       if (readError != Error::None && readError != Error::Corrupt)
                           return report(readError);
                       const auto session = readError == Error::None ? SessionCodec::decodeSession(
                                                *manifest, chunks, m_backend->maxEntryBytes())
                                                                     : std::nullopt;
                       if (!session)
                           return discard(manifest);
                       report(Error::None, session);
                   });
    });
}

void KeychainSessionStore::runSave(SessionJob *job, const Session &session)
{
    const auto report = [this, job](Error error) {
        job->finish(error);
        operationFinished();
    };
    notePresence(true);
    readManifest([this, session, report](Error error, std::optional<Manifest> current) {
        if (error != Error::None && error != Error::Corrupt)
            return report(error);
        const SessionCodec::SavePlan plan =
            SessionCodec::encode(session, current, m_backend->maxEntryBytes());
        writeEntries(plan.writes, [this, stale = plan.staleKeys, report](Error writeError) {
            if (writeError != Error::None)
                return report(writeError);
            // Leftovers do no harm to correctness; their removal is best effort.
            removeKeys(stale, Error::None, [report](Error) { report(Error::None); });
        });
    });
}

void KeychainSessionStore::runClear(SessionJob *job)
{
    const auto report = [this, job](Error error) {
        job->finish(error);
        operationFinished();
    };
    readManifest([this, report](Error error, std::optional<Manifest> manifest) {
        if (error != Error::None && error != Error::Corrupt)
            return report(error);
        removeKeys(SessionCodec::keysToRemove(manifest), Error::None,
                   [this, report](Error removeError) {
                       if (removeError == Error::None)
                           notePresence(false);
                       report(removeError);
                   });
    });
}

// --- Steps -------------------------------------------------------------------------------------

void KeychainSessionStore::readManifest(std::function<void(Error, std::optional<Manifest>)> done)
{
    step(m_backend->read(SessionCodec::manifestKey()),
         [done](Error error, bool found, const QString &text) {
             if (error != Error::None || !found)
                 return done(error, std::nullopt);
             const auto manifest = SessionCodec::decodeManifest(text);
             done(manifest ? Error::None : Error::Corrupt, manifest);
         });
}

void KeychainSessionStore::readChunks(QStringList keys, QStringList collected,
                                      std::function<void(Error, QStringList)> done)
{
    if (keys.isEmpty())
        return done(Error::None, collected);
    const QString key = keys.takeFirst();
    step(m_backend->read(key),
         [this, keys, collected, done](Error error, bool found, const QString &text) mutable {
             if (error != Error::None)
                 return done(error, {});
             if (!found)
                 return done(Error::Corrupt, {});
             collected.append(text);
             readChunks(keys, collected, done);
         });
}

void KeychainSessionStore::writeEntries(QList<SessionCodec::Entry> entries, Done done)
{
    if (entries.isEmpty())
        return done(Error::None);
    const SessionCodec::Entry entry = entries.takeFirst();
    step(m_backend->write(entry.key, entry.text),
         [this, entries, done](Error error, bool, const QString &) {
             if (error != Error::None)
                 return done(error);
             writeEntries(entries, done);
         });
}

void KeychainSessionStore::removeKeys(QStringList keys, Error worst, Done done)
{
    if (keys.isEmpty())
        return done(worst);
    const QString key = keys.takeFirst();
    step(m_backend->remove(key), [this, keys, worst, done](Error error, bool, const QString &) {
        removeKeys(keys, worst == Error::None ? error : worst, done);
    });
}

void KeychainSessionStore::step(SecretJob *job, StepDone done)
{
    // The timer belongs to the job: an answer in time ends it with the job. On time-out the job
    // is cut loose (it finishes, unheard, and deletes itself) and the operation goes on.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, done] {
        qCWarning(lcKeychain) << "the keychain did not answer in time";
        disconnect(job, nullptr, this, nullptr);
        done(Error::TimedOut, false, QString());
    });
    connect(job, &SecretJob::finished, this, [done](SecretJob *finished) {
        const SecretBackend::Error error = finished->error();
        done(toStoreError(error), error == SecretBackend::Error::None, finished->text());
    });
    timer->start(m_stepTimeout);
}
