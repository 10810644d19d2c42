#pragma once

#include <QNetworkProxy>
#include <QString>

#include <optional>

// How requests reach the server: the system's proxy (the default; PAC where Qt supports it on
// the platform), none, or one named proxy. Written as one value, in files and preferences:
//   system | none | http://[user@]host:port | socks5://[user@]host:port
// A password never appears here: it is kept in the keychain (NetworkSettings).
struct ProxySettings {
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy; // Manual: HTTP or SOCKS5
    QString host;
    quint16 port = 0;
    QString user; // may be empty: the proxy wants no credentials

    static std::optional<ProxySettings> parse(const QString &text);
    QString toString() const;
    // The proxy as Qt names it (Manual only), for Transport's proxy factory.
    QNetworkProxy toNetworkProxy(const QString &password) const;

    friend bool operator==(const ProxySettings &a, const ProxySettings &b)
    {
        return a.toString() == b.toString();
    }
    friend bool operator!=(const ProxySettings &a, const ProxySettings &b) { return !(a == b); }
};
