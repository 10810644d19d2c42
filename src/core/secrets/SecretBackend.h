#pragma once

#include <QObject>
#include <QString>

#include <memory>

class SecretJob;

// One place where the operating system keeps secrets: the Secret Service, the macOS Keychain,
// the Windows Credential Manager. It knows entries (a key and a short text) and nothing about
// sessions; KeychainSessionStore builds a session out of entries with SessionCodec.
//
// To add a backend: implement this interface in a file of its own and choose it in
// createSystemSecretBackend() (SystemSecretBackend.cpp), which CMake builds for the platform.
class SecretBackend : public QObject {
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound, // read or remove: there is no such entry
        NoBackend, // no keychain service on this system
        AccessDenied, // locked and not unlocked, or refused
        Other,
    };
    Q_ENUM(Error)

    using QObject::QObject;

    // Each call returns at once; the job reports once through SecretJob::finished() from the
    // event loop of the thread that made the call, then deletes itself.
    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QString &text) = 0;
    virtual SecretJob *remove(const QString &key) = 0;

    // The largest entry text (in UTF-8 bytes) this backend stores reliably.
    virtual int maxEntryBytes() const = 0;
    // For logs and diagnostics, e.g. "Secret Service (QtKeychain)".
    virtual QString name() const = 0;
};

// One read, write or remove of a single entry.
class SecretJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)
public:
    explicit SecretJob(QObject *parent = nullptr) : QObject(parent) { }

    SecretBackend::Error error() const { return m_error; }
    // Read only: the entry's text (empty when not found).
    QString text() const { return m_text; }

    // For backends: reports the result once, then the job deletes itself.
    void finish(SecretBackend::Error error, const QString &text = QString())
    {
        if (m_finished)
            return;
        m_finished = true;
        m_error = error;
        m_text = text;
        emit finished(this);
        deleteLater();
    }

signals:
    void finished(SecretJob *job);

private:
    bool m_finished = false;
    SecretBackend::Error m_error = SecretBackend::Error::None;
    QString m_text;
};

// The backend this platform's build uses, for entries under `service`.
std::unique_ptr<SecretBackend> createSystemSecretBackend(const QString &service);
