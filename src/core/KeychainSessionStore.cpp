#include "KeychainSessionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "desklogin.keychain", QtWarningMsg)

namespace {

const QString ManifestKey = QStringLiteral("session");
// Far more than a session needs (the access token is capped at 16 KiB); bounds every loop.
constexpr int MaxChunks = 16;

SessionStore::Error toError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return SessionStore::Error::None;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SessionStore::Error::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SessionStore::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SessionStore::Error::Other;
}

} // namespace

KeychainSessionStore::KeychainSessionStore(const QString &service, QObject *parent)
    : SessionStore(parent), m_service(service)
{
}

QString KeychainSessionStore::chunkKey(QChar slot, int index)
{
    return ManifestKey + QLatin1Char('.') + slot + QLatin1Char('.') + QString::number(index);
}

QStringList KeychainSessionStore::chunkKeys(QChar slot, int from, int to)
{
    QStringList keys;
    for (int i = from; i < to; ++i)
        keys.append(chunkKey(slot, i));
    return keys;
}

void KeychainSessionStore::enqueue(std::function<void()> operation)
{
    m_queue.append(std::move(operation));
    if (!m_running) {
        m_running = true;
        // Start from the event loop: every result arrives after the call that asked for it.
        QTimer::singleShot(0, this, [this] { m_queue.takeFirst()(); });
    }
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

void KeychainSessionStore::load()
{
    enqueue([this] {
        if (!m_presenceFile.isEmpty() && !QFileInfo::exists(m_presenceFile)) {
            emit loaded({std::nullopt, Error::None});
            return operationFinished();
        }
        readManifest([this](Error error, std::optional<Manifest> manifest) {
            const auto report = [this](LoadResult result) {
                emit loaded(result);
                operationFinished();
            };
            if (error != Error::None && error != Error::Corrupt)
                return report({std::nullopt, error});
            const auto discard = [this, report](const std::optional<Manifest> &m) {
                qCWarning(lcKeychain) << "stored session is unreadable; clearing it";
                removeAll(m, [report](Error) { report({std::nullopt, Error::Corrupt}); });
            };
            if (error == Error::Corrupt)
                return discard(std::nullopt);
            if (!manifest) {
                notePresence(false);
                return report({std::nullopt, Error::None});
            }
            readChunks(*manifest, 0, {},
                       [report, discard, manifest](Error readError, const QByteArray &json) {
                           if (readError != Error::None && readError != Error::Corrupt)
                               return report({std::nullopt, readError});
                           const auto hash =
                               QCryptographicHash::hash(json, QCryptographicHash::Sha256);
                           const auto session =
                               readError == Error::None && hash.toHex() == manifest->sha256
                               ? Session::fromJson(json)
                               : std::nullopt;
                           if (!session)
                               return discard(manifest);
                           report({session, Error::None});
                       });
        });
    });
}

void KeychainSessionStore::save(const Session &session)
{
    const QByteArray json = session.toJson();
    enqueue([this, json] {
        notePresence(true);
        readManifest([this, json](Error error, std::optional<Manifest> old) {
            const auto report = [this](Error e) {
                emit saved(e);
                operationFinished();
            };
            if (error != Error::None && error != Error::Corrupt)
                return report(error);
            Manifest next;
            next.slot = old && old->slot == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
            next.sha256 = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
            QList<QPair<QString, QString>> entries;
            for (int offset = 0; offset < json.size(); offset += MaxEntryBytes)
                entries.append({chunkKey(next.slot, next.chunks++),
                                QString::fromLatin1(json.mid(offset, MaxEntryBytes))});
            next.otherChunks = old ? old->chunks : 0;
            const QJsonObject manifest {
                {QStringLiteral("v"), 1},
                {QStringLiteral("slot"), QString(next.slot)},
                {QStringLiteral("chunks"), next.chunks},
                {QStringLiteral("other"), next.otherChunks},
                {QStringLiteral("sha256"), QString::fromLatin1(next.sha256)},
            };
            // The manifest goes last: until it is written, the old session stays whole.
            entries.append(
                {ManifestKey,
                 QString::fromUtf8(QJsonDocument(manifest).toJson(QJsonDocument::Compact))});
            // Stale chunks: the old slot's, and any beyond the new count in the reused slot.
            QStringList stale;
            if (old) {
                stale = chunkKeys(old->slot, 0, old->chunks);
                stale += chunkKeys(next.slot, next.chunks, std::max(next.chunks, old->otherChunks));
            }
            writeEntries(entries, [this, stale, report](Error writeError) {
                if (writeError != Error::None)
                    return report(writeError);
                // Leftovers do no harm to correctness; their removal is best effort.
                deleteEntries(stale, Error::None, [report](Error) { report(Error::None); });
            });
        });
    });
}

void KeychainSessionStore::clear()
{
    enqueue([this] {
        readManifest([this](Error error, std::optional<Manifest> manifest) {
            const auto report = [this](Error e) {
                emit cleared(e);
                operationFinished();
            };
            if (error != Error::None && error != Error::Corrupt)
                return report(error);
            removeAll(manifest, [this, report](Error removeError) {
                if (removeError == Error::None)
                    notePresence(false);
                report(removeError);
            });
        });
    });
}

// --- Steps -------------------------------------------------------------------------------------

void KeychainSessionStore::readManifest(std::function<void(Error, std::optional<Manifest>)> done)
{
    startRead(ManifestKey, [done](Error error, const QString &text) {
        if (error != Error::None)
            return done(error, std::nullopt);
        if (text.isNull())
            return done(Error::None, std::nullopt);
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        Manifest m;
        const QString slot = o.value(QLatin1String("slot")).toString();
        m.slot = slot.size() == 1 ? slot.at(0) : QChar();
        m.chunks = o.value(QLatin1String("chunks")).toInt(-1);
        m.otherChunks = o.value(QLatin1String("other")).toInt(0);
        m.sha256 = o.value(QLatin1String("sha256")).toString().toLatin1();
        const bool ok = o.value(QLatin1String("v")).toInt() == 1
            && (m.slot == QLatin1Char('a') || m.slot == QLatin1Char('b')) && m.chunks > 0
            && m.chunks <= MaxChunks && m.otherChunks >= 0 && m.otherChunks <= MaxChunks
            && m.sha256.size() == 64;
        if (!ok)
            return done(Error::Corrupt, std::nullopt);
        done(Error::None, m);
    });
}

void KeychainSessionStore::readChunks(const Manifest &manifest, int index, QByteArray collected,
                                      std::function<void(Error, QByteArray)> done)
{
    if (index == manifest.chunks)
        return done(Error::None, collected);
    startRead(chunkKey(manifest.slot, index),
              [this, manifest, index, collected, done](Error error, const QString &text) mutable {
                  if (error != Error::None)
                      return done(error, {});
                  if (text.isNull() || text.size() > MaxEntryBytes)
                      return done(Error::Corrupt, {});
                  collected += text.toLatin1();
                  readChunks(manifest, index + 1, collected, done);
              });
}

void KeychainSessionStore::writeEntries(QList<QPair<QString, QString>> entries, Done done)
{
    if (entries.isEmpty())
        return done(Error::None);
    const auto entry = entries.takeFirst();
    startWrite(entry.first, entry.second, [this, entries, done](Error error) {
        if (error != Error::None)
            return done(error);
        writeEntries(entries, done);
    });
}

void KeychainSessionStore::deleteEntries(QStringList keys, Error worst, Done done)
{
    if (keys.isEmpty())
        return done(worst);
    const QString key = keys.takeFirst();
    startDelete(key, [this, keys, worst, done](Error error) {
        deleteEntries(keys, worst == Error::None ? error : worst, done);
    });
}

void KeychainSessionStore::removeAll(const std::optional<Manifest> &manifest, Done done)
{
    // The manifest first: once it is gone the session is gone, whatever happens to the chunks.
    QStringList keys {ManifestKey};
    if (manifest) {
        const QChar other =
            manifest->slot == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        keys += chunkKeys(manifest->slot, 0, manifest->chunks);
        keys += chunkKeys(other, 0, manifest->otherChunks);
    } else {
        // Unreadable manifest: remove what the first chunk of each slot could be.
        keys += chunkKeys(QLatin1Char('a'), 0, 1);
        keys += chunkKeys(QLatin1Char('b'), 0, 1);
    }
    deleteEntries(keys, Error::None, done);
}

// --- QtKeychain jobs ---------------------------------------------------------------------------

void KeychainSessionStore::watch(QKeychain::Job *job, std::function<void()> onTimeout)
{
    // The timer belongs to the job: an answer in time ends it with the job. On time-out the job
    // is cut loose (it finishes, unheard, and deletes itself) and the operation goes on.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, onTimeout] {
        qCWarning(lcKeychain) << "the keychain did not answer in time";
        disconnect(job, nullptr, this, nullptr);
        onTimeout();
    });
    timer->start(m_stepTimeout);
}

void KeychainSessionStore::startRead(const QString &key, std::function<void(Error, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    watch(job, [done] { done(Error::TimedOut, QString()); });
    // The context object ends the connection if the store is gone before the keychain answers.
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound)
            return done(Error::None, QString());
        if (read->error() != QKeychain::NoError) {
            qCWarning(lcKeychain) << "read failed:" << read->error() << read->errorString();
            return done(toError(read->error()), QString());
        }
        const QString text = read->textData();
        done(Error::None, text.isNull() ? QLatin1String("") : text);
    });
    job->start();
}

void KeychainSessionStore::startWrite(const QString &key, const QString &text, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(text);
    watch(job, [done] { done(Error::TimedOut); });
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            qCWarning(lcKeychain) << "write failed:" << finished->error()
                                  << finished->errorString();
        done(finished->error() == QKeychain::NoError ? Error::None : toError(finished->error()));
    });
    job->start();
}

void KeychainSessionStore::startDelete(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    watch(job, [done] { done(Error::TimedOut); });
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const auto error = finished->error();
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            qCWarning(lcKeychain) << "delete failed:" << error << finished->errorString();
        done(toError(error));
    });
    job->start();
}
