#include "net/ProxySettings.h"

#include <QUrl>

std::optional<ProxySettings> ProxySettings::parse(const QString &text)
{
    const QString value = text.trimmed();
    ProxySettings proxy;
    if (value.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return proxy;
    if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        proxy.mode = Mode::None;
        return proxy;
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || !url.password().isEmpty()
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
        || url.hasFragment())
        return std::nullopt;
    if (scheme == QLatin1String("http"))
        proxy.type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5"))
        proxy.type = QNetworkProxy::Socks5Proxy;
    else
        return std::nullopt;
    proxy.mode = Mode::Manual;
    proxy.host = url.host();
    proxy.port = quint16(url.port());
    proxy.user = url.userName();
    return proxy;
}

QString ProxySettings::toString() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        break;
    }
    QUrl url;
    url.setScheme(type == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                     : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    // Fully encoded: a user name with a space (or a host in another script) must read back as
    // itself (found by fuzz_configfile).
    return QString::fromLatin1(url.toEncoded());
}

QNetworkProxy ProxySettings::toNetworkProxy(const QString &password) const
{
    if (mode != Mode::Manual)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(type, host, port, user, password);
}
