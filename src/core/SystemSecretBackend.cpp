// Chooses the secret backend this platform's build uses. The only file that knows which.
#include "QtKeychainSecretBackend.h"

std::unique_ptr<SecretBackend> createSystemSecretBackend(const QString &service)
{
    return std::make_unique<QtKeychainSecretBackend>(service);
}
