#pragma once

#include "net/ProxySettings.h"

#include <QObject>

class SecretBackend;
class SecretJob;
class Transport;

// The proxy in effect: from the configuration at start, changed from the window. A change
// applies at once, is announced by chosen() (AppGraph keeps it as the "proxy" preference) and
// keeps the proxy's password in the keychain, never in a settings file. A proxy locked by the
// system-wide settings cannot be changed here, but its password (personal, if it names a
// user) can.
class NetworkSettings : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettings)
public:
    // The keychain entry of a proxy's password: one per scheme, user, host and port
    // ("proxy-password/http://alice@proxy.example:3128"), so that a password is only ever
    // sent to the proxy it was given for.
    static QString passwordKey(const ProxySettings &proxy);

    // `secrets` may be null: no password is then read or kept.
    NetworkSettings(Transport *transport, SecretBackend *secrets, const ProxySettings &proxy,
                    bool locked, QObject *parent = nullptr);

    const ProxySettings &proxy() const { return m_proxy; }
    bool isLocked() const { return m_locked; }
    bool hasPassword() const { return !m_password.isEmpty(); }

    // Applies the configured proxy; reads its password from the keychain first when it names
    // a user. ready() follows either way.
    void start();
    // The person's choice. An empty password for the same proxy (scheme, user, host, port)
    // keeps the stored one unless clearPassword is set; for another proxy it means none, and
    // the previous proxy's password is forgotten.
    void change(const ProxySettings &proxy, const QString &password, bool clearPassword = false);

signals:
    void ready();
    void changed();
    // The person chose this proxy (not sent while the proxy is locked).
    void chosen(const ProxySettings &proxy);
    // The keychain would not keep the password: it applies until the app quits.
    void passwordNotSaved();

private:
    void apply();
    void forget(SecretJob *removal); // logs a removal that failed

    Transport *m_transport;
    SecretBackend *m_secrets;
    ProxySettings m_proxy;
    QString m_password;
    bool m_locked;
};
