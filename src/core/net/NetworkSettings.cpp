#include "net/NetworkSettings.h"

#include "net/Transport.h"
#include "secrets/SecretBackend.h"

#include "support/Logging.h"

NetworkSettings::NetworkSettings(Transport *transport, SecretBackend *secrets,
                                 const ProxySettings &proxy, bool locked, QObject *parent)
    : QObject(parent), m_transport(transport), m_secrets(secrets), m_proxy(proxy), m_locked(locked)
{
}

void NetworkSettings::start()
{
    apply();
    if (m_proxy.mode != ProxySettings::Mode::Manual || m_proxy.user.isEmpty() || !m_secrets) {
        emit ready();
        return;
    }
    const ProxySettings asked = m_proxy;
    connect(m_secrets->read(QString::fromLatin1(PasswordKey)), &SecretJob::finished, this,
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
    const bool sameUser = proxy.user == m_proxy.user;
    if (!m_locked)
        m_proxy = proxy;
    const bool keepsPassword =
        m_proxy.mode == ProxySettings::Mode::Manual && !m_proxy.user.isEmpty() && !clearPassword;
    if (!keepsPassword)
        m_password.clear();
    else if (!password.isEmpty() || !sameUser)
        m_password = password;
    apply();
    if (!m_locked)
        emit chosen(m_proxy);
    emit changed();

    if (!m_secrets)
        return;
    const QString key = QString::fromLatin1(PasswordKey);
    SecretJob *job =
        m_password.isEmpty() ? m_secrets->remove(key) : m_secrets->write(key, m_password);
    const bool removing = m_password.isEmpty();
    connect(job, &SecretJob::finished, this, [this, removing](SecretJob *done) {
        const auto error = done->error();
        if (error == SecretBackend::Error::None
            || (removing && error == SecretBackend::Error::NotFound))
            return;
        qCWarning(lcNetwork) << "the proxy password could not be"
                             << (removing ? "removed:" : "kept:") << error;
        if (!removing)
            emit passwordNotSaved();
    });
}

void NetworkSettings::apply()
{
    m_transport->setProxy(m_proxy, m_password);
}
