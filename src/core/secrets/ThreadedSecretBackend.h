#pragma once

#include "secrets/SecretBackend.h"

#include <QPointer>

// Another backend's entries, used from this thread while the backend itself is driven on the
// keychain's thread (ThreadedSessionStore's): QtKeychain's job queue belongs to the thread
// that first used it, so every keychain call of the process goes there. Jobs are made and
// report on the application's (GUI) thread, in order.
class ThreadedSecretBackend final : public SecretBackend {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadedSecretBackend)
public:
    // `inner` is called only through `innerThread`, an object living on the keychain's thread.
    ThreadedSecretBackend(SecretBackend *inner, QObject *innerThread, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &text) override;
    SecretJob *remove(const QString &key) override;
    int maxEntryBytes() const override { return m_maxEntryBytes; }
    QString name() const override { return m_name; }

private:
    enum class Operation { Read, Write, Remove };
    SecretJob *forward(Operation operation, const QString &key, const QString &text = {});

    SecretBackend *m_inner;
    QPointer<QObject> m_innerThread;
    int m_maxEntryBytes;
    QString m_name;
};
