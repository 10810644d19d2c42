// Chooses the secret backend this platform's build uses. The only file that knows which.
#include <QtGlobal>

#ifdef Q_OS_WIN
#include "secrets/WinCredSecretBackend.h"
#else
#include "secrets/QtKeychainSecretBackend.h"
#endif

std::unique_ptr<SecretBackend> createSystemSecretBackend(const QString &service)
{
#ifdef Q_OS_WIN
    return std::make_unique<WinCredSecretBackend>(service);
#else
    return std::make_unique<QtKeychainSecretBackend>(service);
#endif
}
