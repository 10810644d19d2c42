#include "graph/AppGraph.h"

#include "config/Preferences.h"

AppGraph::AppGraph(const AppConfig &config, SessionStore *store, const Clock *clock,
                   QNetworkAccessManager *network, SecretBackend *secrets)
    : m_ownNetwork(network ? nullptr : std::make_unique<QNetworkAccessManager>()),
      network(network ? network : m_ownNetwork.get()),
      transport(this->network),
      networkSettings(&transport, secrets, config.proxy, config.isLocked(SettingId::Proxy)),
      client(&transport),
      auth(config, &client, store, clock),
      api(&transport, &auth),
      revoker(config, &transport, secrets)
{
    QObject::connect(&auth, &AuthManager::tokenRetired, &revoker, &TokenRevoker::revoke);
    // One policy for the sign-in and the API alike, before anything is sent.
    transport.setPolicy(config.transportPolicy());
    QObject::connect(&networkSettings, &NetworkSettings::chosen, &networkSettings,
                     [](const ProxySettings &proxy) {
                         Preferences::setChoice(SettingId::Proxy, proxy.toString());
                     });
}
