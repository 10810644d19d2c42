#pragma once

#include "SessionStore.h"

#include <QStringList>

#include <chrono>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// Keeps the session in the operating system's keychain through QtKeychain (Secret Service,
// Windows Credential Manager, macOS Keychain). Never falls back to a plaintext file.
//
// Layout under the service name: a small manifest entry "session" names one of two slots ("a",
// "b"), how many chunks it has and their SHA-256; the session JSON is cut into chunks of at most
// MaxEntryBytes (Windows Credential Manager refuses larger blobs in older QtKeychain versions)
// stored as "session.<slot>.<n>". A save writes the other slot first and the manifest last, so a
// process killed at any point leaves either the whole old or the whole new session. Anything that
// does not check out reads as signed out and is cleared.
class KeychainSessionStore final : public SessionStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSessionStore)
public:
    static constexpr int MaxEntryBytes = 2048;
    // A keychain step that takes longer fails with Error::TimedOut (its late answer is ignored).
    // Longer than D-Bus's own 25 s call timeout, so that normally the keychain answers first.
    static constexpr std::chrono::milliseconds DefaultStepTimeout {30000};

    explicit KeychainSessionStore(const QString &service, QObject *parent = nullptr);

    void load() override;
    void save(const Session &session) override;
    void clear() override;
    bool isPersistent() const override { return true; }
    bool isBusy() const override { return m_running; }

    QString service() const { return m_service; }
    // A file that notes that the keychain may hold a session (the file holds nothing else: no
    // token, no phone number). With one set, a load finds the file missing and reports "nothing
    // stored" without asking the keychain, so that a signed-out start loads no keychain library
    // and cannot set off an unlock prompt. A save creates the file before writing anything; it
    // goes once a clear succeeds or a load finds nothing. Losing the file costs a sign-in, never
    // a secret.
    void setPresenceFile(const QString &path) { m_presenceFile = path; }
    QString presenceFile() const { return m_presenceFile; }
    void setStepTimeout(std::chrono::milliseconds timeout) { m_stepTimeout = timeout; }

private:
    struct Manifest {
        QChar slot = QLatin1Char('a');
        int chunks = 0;
        int otherChunks = 0; // chunks that may remain in the other slot
        QByteArray sha256;
    };
    using Done = std::function<void(Error)>;

    void enqueue(std::function<void()> operation);
    void operationFinished();

    void readManifest(std::function<void(Error, std::optional<Manifest>)> done);
    void readChunks(const Manifest &manifest, int index, QByteArray collected,
                    std::function<void(Error, QByteArray)> done);
    void writeEntries(QList<QPair<QString, QString>> entries, Done done);
    void deleteEntries(QStringList keys, Error worst, Done done);
    void removeAll(const std::optional<Manifest> &manifest, Done done);

    void startRead(const QString &key, std::function<void(Error, QString)> done);
    void startWrite(const QString &key, const QString &text, Done done);
    void startDelete(const QString &key, Done done);

    static QString chunkKey(QChar slot, int index);
    static QStringList chunkKeys(QChar slot, int from, int to);

    void watch(QKeychain::Job *job, std::function<void()> onTimeout);

    void notePresence(bool mayHoldSession);

    QString m_service;
    QString m_presenceFile;
    std::chrono::milliseconds m_stepTimeout = DefaultStepTimeout;
    QList<std::function<void()>> m_queue;
    bool m_running = false;
};
