#include "secrets/QtKeychainSecretBackend.h"

#include "support/Logging.h"

#include <qt6keychain/keychain.h>

namespace {

SecretBackend::Error toError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretBackend::Error::None;
    case QKeychain::EntryNotFound:
        return SecretBackend::Error::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretBackend::Error::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretBackend::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretBackend::Error::Other;
}

} // namespace

QtKeychainSecretBackend::QtKeychainSecretBackend(const QString &service, QObject *parent)
    : SecretBackend(parent), m_service(service)
{
}

QString QtKeychainSecretBackend::name() const
{
    // Not built for Windows, which has a backend of its own (WinCredSecretBackend).
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain (QtKeychain)");
#else
    return QStringLiteral("Secret Service (QtKeychain)");
#endif
}

SecretJob *QtKeychainSecretBackend::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return start(job, true);
}

SecretJob *QtKeychainSecretBackend::write(const QString &key, const QString &text)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(text);
    return start(job, false);
}

SecretJob *QtKeychainSecretBackend::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return start(job, false);
}

SecretJob *QtKeychainSecretBackend::start(QKeychain::Job *job, bool isRead)
{
    auto *secret = new SecretJob(this);
    job->setInsecureFallback(false);
    // The SecretJob is the context: if it is gone (the backend was deleted), the QtKeychain job
    // still finishes and deletes itself, unheard.
    connect(job, &QKeychain::Job::finished, secret, [secret, isRead](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            qCWarning(lcKeychain) << "keychain step failed:" << error << finished->errorString();
        QString text;
        if (isRead && error == QKeychain::NoError) {
            text = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            if (text.isNull())
                text = QLatin1String("");
        }
        secret->finish(toError(error), text);
    });
    job->start();
    return secret;
}
