#pragma once

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>

// The proxy a request to `url` goes through, as `network` chooses it: its factory's first
// answer (Transport::setProxy sets one), or the proxy set on it.
inline QNetworkProxy proxyFor(QNetworkAccessManager *network, const QUrl &url)
{
    QNetworkProxyFactory *factory = network->proxyFactory();
    return factory ? factory->queryProxy(QNetworkProxyQuery(url)).value(0) : network->proxy();
}
