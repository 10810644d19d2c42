#pragma once

#include "secrets/ThreadedSecretBackend.h"
#include "session/ThreadedSessionStore.h"

#include <QString>

#include <memory>

class KeychainSessionStore;

// The system's keychain as the app uses it: the session store on a thread of its own (the GUI
// thread never waits for the keychain, and a restore makes progress while the window is being
// built), and the keychain's other entries (the proxy password) run on that same thread, since
// QtKeychain's job queue belongs to the thread that first uses it: in one process only this
// thread touches the keychain.
class AppKeychain {
public:
    // `service` names the app's entries (the app id); the presence file says whether a session
    // may be stored, so that a start without one never asks the keychain.
    explicit AppKeychain(const QString &service,
                         const QString &presenceFile = defaultPresenceFile());
    Q_DISABLE_COPY_MOVE(AppKeychain)

    static QString defaultPresenceFile();
    const QString &backendName() const { return m_backendName; } // e.g. "Secret Service (…)"

private:
    explicit AppKeychain(std::unique_ptr<KeychainSessionStore> keychain);
    QString m_backendName;
    SecretBackend *m_entries; // owned by the keychain store, on its thread

public:
    ThreadedSessionStore store;
    ThreadedSecretBackend secrets;
};
