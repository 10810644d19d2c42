#include "net/NetworkSettings.h"

#include "net/Transport.h"
#include "secrets/SecretBackend.h"

#include "support/Logging.h"

NetworkSettings::NetworkSettings(Transport *transport, SecretBackend *secrets,
                                 const ProxySettings &proxy, bool locked, QObject *parent)
    : QObject(parent), m_transport(transport), m_secrets(secrets), m_proxy(proxy), m_locked(locked)
{
}

QString NetworkSettings::passwordKey(const ProxySettings &proxy)
{
    return QStringLiteral("proxy-password/") + proxy.toString();
}

namespace {

bool namesAUser(const ProxySettings &proxy)
{
    return proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty();
}

} // namespace

void NetworkSettings::start()
{
    apply();
    if (!namesAUser(m_proxy) || !m_secrets) {
        emit ready();
        return;
    }
    // Earlier builds kept one entry for whichever proxy: it cannot be told which proxy
    // it was for, so it is removed, and the person types the password once more.
    forget(m_secrets->remove(QStringLiteral("proxy-password")));
    const ProxySettings asked = m_proxy;
    connect(m_secrets->read(passwordKey(asked)), &SecretJob::finished, this,
            [this, asked](SecretJob *job) {
                if (job->error() != SecretBackend::Error::None
                    && job->error() != SecretBackend::Error::NotFound)
                    qCWarning(lcNetwork) << "the proxy password could not be read:" << job->error();
                if (m_proxy == asked && m_password.isEmpty()) {
                    m_password = job->text();
                    apply();
                }
                emit ready();
            });
}

void NetworkSettings::change(const ProxySettings &proxy, const QString &password,
                             bool clearPassword)
{
    const ProxySettings before = m_proxy;
    if (!m_locked)
        m_proxy = proxy;
    const bool sameProxy = m_proxy == before;
    if (!namesAUser(m_proxy) || clearPassword)
        m_password.clear();
    else if (!password.isEmpty() || !sameProxy)
        m_password = password;
    apply();
    if (!m_locked)
        emit chosen(m_proxy);
    emit changed();

    // The same proxy and no password typed: the stored one stands, even if it has not been
    // read yet (or could not be).
    if (!m_secrets || (sameProxy && password.isEmpty() && !clearPassword))
        return;
    if (!sameProxy && namesAUser(before))
        forget(m_secrets->remove(passwordKey(before)));
    if (!namesAUser(m_proxy))
        return;
    const bool removing = m_password.isEmpty();
    SecretJob *job = removing ? m_secrets->remove(passwordKey(m_proxy))
                              : m_secrets->write(passwordKey(m_proxy), m_password);
    if (removing)
        return forget(job);
    connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
        if (done->error() == SecretBackend::Error::None)
            return;
        qCWarning(lcNetwork) << "the proxy password could not be kept:" << done->error();
        emit passwordNotSaved();
    });
}

void NetworkSettings::forget(SecretJob *removal)
{
    connect(removal, &SecretJob::finished, this, [](SecretJob *done) {
        const auto error = done->error();
        if (error != SecretBackend::Error::None && error != SecretBackend::Error::NotFound)
            qCWarning(lcNetwork) << "the proxy password could not be removed:" << error;
    });
}

void NetworkSettings::apply()
{
    m_transport->setProxy(m_proxy, m_password);
}
