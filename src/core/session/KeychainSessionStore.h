#pragma once

#include "secrets/SecretBackend.h"
#include "session/SessionCodec.h"
#include "session/SessionStore.h"

#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class SessionJob;

// Keeps the session in the operating system's keychain: SessionCodec lays it out as entries,
// a SecretBackend stores them. Never falls back to a plaintext file. Operations are queued and
// run one at a time; each keychain step has a deadline, so a stalled keychain cannot hang a
// restore or a sign-out.
class KeychainSessionStore final : public SessionStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSessionStore)
public:
    // A keychain step that takes longer fails with Error::TimedOut (its late answer is ignored).
    // Longer than D-Bus's own 25 s call timeout, so that normally the keychain answers first.
    static constexpr std::chrono::milliseconds DefaultStepTimeout {30000};

    explicit KeychainSessionStore(std::unique_ptr<SecretBackend> backend,
                                  QObject *parent = nullptr);
    // With this platform's system backend (createSystemSecretBackend()).
    explicit KeychainSessionStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSessionStore() override;

    SessionJob *load() override;
    SessionJob *save(const Session &session) override;
    SessionJob *clear() override;
    bool isPersistent() const override { return true; }
    bool isBusy() const override { return m_running; }

    const SecretBackend *backend() const { return m_backend; }
    // For other entries of the same service (the proxy password), called on this store's thread.
    SecretBackend *backend() { return m_backend; }
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
    using Manifest = SessionCodec::Manifest;
    using Done = std::function<void(Error)>;

    SessionJob *enqueue(SessionJob *job, std::function<void(SessionJob *)> operation);
    void operationFinished();

    void runLoad(SessionJob *job);
    void runSave(SessionJob *job, const Session &session);
    void runClear(SessionJob *job);

    void readManifest(std::function<void(Error, std::optional<Manifest>)> done);
    void readChunks(QStringList keys, QStringList collected,
                    std::function<void(Error, QStringList)> done);
    void writeEntries(QList<SessionCodec::Entry> entries, Done done);
    void removeKeys(QStringList keys, Error worst, Done done);

    // One backend step with a deadline. `done` is called once: the error (NotFound is no error,
    // a step past its deadline is TimedOut), whether the entry was there, a read's text.
    using StepDone = std::function<void(Error, bool found, QString text)>;
    void step(SecretJob *job, StepDone done);

    void notePresence(bool mayHoldSession);

    // A child, so that it moves with the store to the store's thread (ThreadedSessionStore):
    // its jobs are made there, as its children.
    SecretBackend *m_backend;
    QString m_presenceFile;
    std::chrono::milliseconds m_stepTimeout = DefaultStepTimeout;
    QList<std::function<void()>> m_queue;
    bool m_running = false;
};
