#pragma once

#include "ApiClient.h"
#include "AppConfig.h"
#include "AuthManager.h"
#include "TokenClient.h"
#include "Transport.h"

#include <QNetworkAccessManager>

#include <memory>

class Clock;
class SessionStore;

// The objects main.cpp assembles between the world and the window: transport, token client,
// auth manager and API client, wired as the app wires them. The store and the clock are the
// caller's (a store may outlive one graph, as the keychain outlives a restart; a test moves
// its clock), and so is the network if the test counts its requests.
class AppGraph {
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork; // first: everything below uses it

public:
    AppGraph(const AppConfig &config, SessionStore *store, const Clock *clock,
             QNetworkAccessManager *network = nullptr)
        : m_ownNetwork(network ? nullptr : std::make_unique<QNetworkAccessManager>()),
          network(network ? network : m_ownNetwork.get()),
          transport(this->network),
          client(&transport),
          auth(config, &client, store, clock),
          api(&transport, &auth)
    {
    }
    Q_DISABLE_COPY_MOVE(AppGraph)

    QNetworkAccessManager *const network;
    Transport transport;
    TokenClient client;
    AuthManager auth;
    ApiClient api;
};
