#include "graph/AppKeychain.h"

#include "secrets/SecretBackend.h"
#include "session/KeychainSessionStore.h"

#include <QStandardPaths>

namespace {

std::unique_ptr<KeychainSessionStore> keychainStore(const QString &service,
                                                    const QString &presenceFile)
{
    auto store = std::make_unique<KeychainSessionStore>(service);
    store->setPresenceFile(presenceFile);
    return store;
}

} // namespace

AppKeychain::AppKeychain(const QString &service, const QString &presenceFile)
    : AppKeychain(keychainStore(service, presenceFile))
{
}

AppKeychain::AppKeychain(std::unique_ptr<KeychainSessionStore> keychain)
    : m_backendName(keychain->backend()->name()),
      m_entries(keychain->backend()),
      store(std::move(keychain)),
      secrets(m_entries, store.threadContext())
{
}

QString AppKeychain::defaultPresenceFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/session-in-keychain");
}
