#include "api/TokenRevoker.h"

#include "net/Transport.h"
#include "secrets/SecretBackend.h"
#include "support/EnumName.h"
#include "support/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

TokenRevoker::TokenRevoker(const AppConfig &config, Transport *transport, SecretBackend *secrets,
                           QObject *parent)
    : QObject(parent),
      m_url(config.signOutUrl()),
      m_rfc7009(config.signOutForm == AppConfig::SignOutForm::Rfc7009),
      m_clientId(config.clientId),
      m_clientSecret(config.clientSecret),
      m_transport(transport),
      m_secrets(secrets)
{
}

QString TokenRevoker::entryKey(int slot)
{
    return QStringLiteral("pending-revocation-%1").arg(slot);
}

void TokenRevoker::revoke(const Session &session, bool keep)
{
    if (!isEnabled() || !Session::isUsableAccessToken(session.accessToken))
        return;
    const Pending pending {session.accessToken, session.server, 0};
    const int slot = keep && m_secrets ? freeSlot() : -1;
    if (slot >= 0)
        write(slot, pending); // queued before the request: written first, whatever comes back
    send(pending, slot);
}

void TokenRevoker::retryPending()
{
    if (!m_secrets)
        return;
    for (int slot = 0; slot < Slots; ++slot) {
        // Taken until the keychain says it is empty, so that a revocation meanwhile does not
        // write over a token still waiting there.
        m_slotsInUse.append(slot);
        ++m_busy;
        connect(m_secrets->read(entryKey(slot)), &SecretJob::finished, this,
                [this, slot](SecretJob *job) {
                    const std::optional<Pending> found = job->error() == SecretBackend::Error::None
                        ? decode(job->text())
                        : std::nullopt;
                    if (!found) {
                        if (job->error() == SecretBackend::Error::None)
                            removeEntry(slot); // damaged: nothing to try
                        else
                            m_slotsInUse.removeOne(slot);
                    } else if (!isEnabled() || found->server != Transport::originOf(m_url)) {
                        // The endpoint is gone, or now on another server: the token goes to no
                        // server but the one that issued it.
                        qCInfo(lcAuth,
                               "a token waiting to be revoked is dropped: the sign-out "
                               "endpoint is not on the server that issued it");
                        removeEntry(slot);
                    } else if (found->attempts >= MaxAttempts) {
                        qCWarning(lcAuth, "a token could not be revoked in %d tries; given up",
                                  MaxAttempts + 1);
                        removeEntry(slot);
                        emit settled(false);
                    } else {
                        Pending again = *found;
                        ++again.attempts;
                        write(slot, again);
                        send(again, slot);
                    }
                    done();
                });
    }
}

void TokenRevoker::send(const Pending &pending, int slot)
{
    if (Transport::originOf(m_url) != pending.server) {
        qCInfo(lcAuth,
               "a token is not revoked: the sign-out endpoint is not on the server that "
               "issued it");
        if (slot >= 0)
            removeEntry(slot);
        return;
    }
    Transport::Headers headers {
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    QByteArray body;
    if (m_rfc7009) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromLatin1(pending.token));
        form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("access_token"));
        form.addQueryItem(QStringLiteral("client_id"), m_clientId);
        if (!m_clientSecret.isEmpty())
            form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
        body = form.query(QUrl::FullyEncoded).toUtf8();
    } else {
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + pending.token});
    }
    ++m_busy;
    TransportReply *reply = m_transport->post(m_url, body, MaxResponseBytes, headers);
    connect(reply, &TransportReply::finished, this,
            [this, pending, slot](TransportReply *reply) { onFinished(reply, pending, slot); });
}

void TokenRevoker::onFinished(TransportReply *reply, const Pending &pending, int slot)
{
    using Failure = Net::Failure;
    const int status = reply->httpStatus();
    // Worth another try: no answer, or one that says "later". Anything else settles it: done,
    // already invalid (the bearer route's 401), or refused in a way another try will not change.
    const bool later = reply->failure() == Failure::Offline || reply->failure() == Failure::Timeout
        || reply->failure() == Failure::ProxyUnreachable
        || reply->failure() == Failure::ProxyAuthenticationRequired
        || reply->failure() == Failure::Tls || reply->failure() == Failure::Cancelled
        || (reply->failure() == Failure::None && (status == 429 || status >= 500));
    const bool revoked = reply->failure() == Failure::None
        && ((status >= 200 && status < 300) || (!m_rfc7009 && status == 401));
    if (later) {
        qCInfo(lcAuth, "the token could not be revoked now (%s, HTTP %d)%s",
               enumName(reply->failure()), status,
               slot >= 0 && pending.attempts < MaxAttempts ? "; tried again at the next start"
                                                           : "");
    } else {
        if (revoked)
            qCInfo(lcAuth, "the token was revoked on the server (HTTP %d)", status);
        else
            qCWarning(lcAuth, "the server did not revoke the token (%s, HTTP %d)",
                      enumName(reply->failure()), status);
        if (slot >= 0)
            removeEntry(slot);
        emit settled(revoked);
    }
    done();
}

void TokenRevoker::write(int slot, const Pending &pending)
{
    ++m_busy;
    connect(m_secrets->write(entryKey(slot), QString::fromUtf8(encode(pending))),
            &SecretJob::finished, this, [this](SecretJob *job) {
                if (job->error() != SecretBackend::Error::None)
                    qCWarning(lcAuth, "a token waiting to be revoked could not be kept (%s)",
                              enumName(job->error()));
                done();
            });
}

void TokenRevoker::removeEntry(int slot)
{
    ++m_busy;
    connect(m_secrets->remove(entryKey(slot)), &SecretJob::finished, this,
            [this, slot](SecretJob *) {
                m_slotsInUse.removeOne(slot);
                done();
            });
}

int TokenRevoker::freeSlot()
{
    for (int slot = 0; slot < Slots; ++slot) {
        if (!m_slotsInUse.contains(slot)) {
            m_slotsInUse.append(slot);
            return slot;
        }
    }
    // All taken: the oldest waiting token gives way to the newest.
    const int slot = m_slotsInUse.takeFirst();
    m_slotsInUse.append(slot);
    return slot;
}

void TokenRevoker::done()
{
    if (--m_busy == 0)
        emit idle();
}

QByteArray TokenRevoker::encode(const Pending &pending)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("token"), QString::fromLatin1(pending.token)},
                                      {QStringLiteral("server"), pending.server},
                                      {QStringLiteral("attempts"), pending.attempts}})
        .toJson(QJsonDocument::Compact);
}

std::optional<TokenRevoker::Pending> TokenRevoker::decode(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    Pending pending;
    pending.token = object.value(QStringLiteral("token")).toString().toLatin1();
    pending.server = object.value(QStringLiteral("server")).toString();
    pending.attempts = object.value(QStringLiteral("attempts")).toInt(-1);
    if (!Session::isUsableAccessToken(pending.token) || pending.server.isEmpty()
        || pending.attempts < 0)
        return std::nullopt;
    return pending;
}
