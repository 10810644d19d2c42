#pragma once

#include "api/ApiClient.h"
#include "api/TokenRevoker.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "config/AppConfig.h"
#include "net/NetworkSettings.h"
#include "net/Transport.h"

#include <QNetworkAccessManager>

#include <memory>

class Clock;
class SecretBackend;
class SessionStore;

// The objects between the world and the window, built in one place and wired the same way for
// the app, its command-line modes (--check-sign-in, --diagnostics), the benchmark and the
// tests: the transport with the configuration's policy, the proxy in effect (whose choices are
// kept as a preference), the token client, AuthManager, ApiClient, and the TokenRevoker that
// revokes on the server the tokens AuthManager is done with.
//
// What talks to the system is given, so that a test can give its own: the session store (it
// may outlive one graph, as the keychain outlives a restart), the clock, the keychain's other
// entries (the proxy password and the tokens waiting to be revoked; null for none) and,
// optionally, the network (a test that counts requests). Nothing is started here: the owner
// starts the network settings, the restore and the revoker's retries.
class AppGraph {
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork; // first: everything below uses it

public:
    AppGraph(const AppConfig &config, SessionStore *store, const Clock *clock,
             QNetworkAccessManager *network = nullptr, SecretBackend *secrets = nullptr);
    Q_DISABLE_COPY_MOVE(AppGraph)

    QNetworkAccessManager *const network;
    Transport transport;
    NetworkSettings networkSettings;
    TokenClient client;
    AuthManager auth;
    ApiClient api;
    TokenRevoker revoker;
};
