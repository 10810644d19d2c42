#pragma once

#include "secrets/SecretBackend.h"

namespace QKeychain {
class Job;
}

// Entries in the system keychain through QtKeychain: the Secret Service (libsecret) on Linux,
// the Keychain on macOS. Never falls back to a plaintext file.
//
// QtKeychain's job queue belongs to the first thread that uses it: in one process, use it from
// one thread only (main.cpp gives it a thread of its own through ThreadedSessionStore).
class QtKeychainSecretBackend final : public SecretBackend {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtKeychainSecretBackend)
public:
    // 2 KiB: what older QtKeychain versions could store on every platform.
    static constexpr int MaxEntryBytes = 2048;

    explicit QtKeychainSecretBackend(const QString &service, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &text) override;
    SecretJob *remove(const QString &key) override;
    int maxEntryBytes() const override { return MaxEntryBytes; }
    QString name() const override;

private:
    SecretJob *start(QKeychain::Job *job, bool isRead);

    QString m_service;
};
