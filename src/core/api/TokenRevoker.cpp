#include "api/TokenRevoker.h"

#include "config/Preferences.h"

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
    // Queued before the request: written first, whatever comes back.
    const int generation = slot >= 0 ? write(slot, pending) : 0;
    send(pending, slot, generation);
}

void TokenRevoker::retryPending()
{
    // Nothing was left waiting: the keychain is not asked (a signed-out start never touches it).
    if (!m_secrets || !isEnabled() || !Preferences::revocationPending())
        return;
    for (int slot = 0; slot < Slots; ++slot) {
        // Taken until the keychain says it is empty, so that a revocation meanwhile writes
        // elsewhere if it can.
        m_slotsInUse.append(slot);
        ++m_busy;
        connect(m_secrets->read(entryKey(slot)), &SecretJob::finished, this,
                [this, slot, read = m_generation[slot]](SecretJob *job) {
                    onRead(slot, read, job);
                    done();
                });
    }
}

void TokenRevoker::onRead(int slot, int generation, SecretJob *job)
{
    const std::optional<Pending> found =
        job->error() == SecretBackend::Error::None ? decode(job->text()) : std::nullopt;
    const bool slotStillOurs = m_generation[slot] == generation;
    if (!found) {
        if (!slotStillOurs)
            return;
        if (job->error() == SecretBackend::Error::None) {
            removeEntry(slot, generation); // damaged: nothing to try
        } else {
            m_slotsInUse.removeOne(slot);
            if (m_slotsInUse.isEmpty() && job->error() == SecretBackend::Error::NotFound)
                Preferences::setRevocationPending(false);
        }
        return;
    }
    if (!isEnabled() || found->server != Transport::originOf(m_url)) {
        // The endpoint is gone, or now on another server: the token goes to no server but the
        // one that issued it.
        qCInfo(lcAuth,
               "a token waiting to be revoked is dropped: the sign-out endpoint is not "
               "on the server that issued it");
        if (slotStillOurs)
            removeEntry(slot, generation);
        return;
    }
    if (found->attempts >= MaxAttempts) {
        qCWarning(lcAuth, "a token could not be revoked in %d tries; given up", MaxAttempts + 1);
        if (slotStillOurs)
            removeEntry(slot, generation);
        emit settled(false);
        return;
    }
    Pending again = *found;
    ++again.attempts;
    // A sign-out that wrote into this slot meanwhile keeps it: this token moves elsewhere.
    const int target = slotStillOurs ? slot : freeSlot();
    send(again, target, write(target, again));
}

void TokenRevoker::send(const Pending &pending, int slot, int generation)
{
    if (Transport::originOf(m_url) != pending.server) {
        qCInfo(lcAuth,
               "a token is not revoked: the sign-out endpoint is not on the server that "
               "issued it");
        if (slot >= 0)
            removeEntry(slot, generation);
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
            [this, pending, slot, generation](TransportReply *reply) {
                onFinished(reply, pending, slot, generation);
            });
}

void TokenRevoker::onFinished(TransportReply *reply, const Pending &pending, int slot,
                              int generation)
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
    if (later && slot < 0) {
        qCWarning(lcAuth,
                  "the token could not be revoked (%s, HTTP %d) and is not kept for "
                  "another try: its session was not kept",
                  enumName(reply->failure()), status);
        emit settled(false);
    } else if (later) {
        qCInfo(lcAuth, "the token could not be revoked now (%s, HTTP %d)%s",
               enumName(reply->failure()), status,
               pending.attempts < MaxAttempts ? "; tried again at the next start" : "");
    } else {
        if (revoked)
            qCInfo(lcAuth, "the token was revoked on the server (HTTP %d)", status);
        else
            qCWarning(lcAuth, "the server did not revoke the token (%s, HTTP %d)",
                      enumName(reply->failure()), status);
        if (slot >= 0)
            removeEntry(slot, generation);
        emit settled(revoked);
    }
    done();
}

int TokenRevoker::write(int slot, const Pending &pending)
{
    Preferences::setRevocationPending(true); // before the keychain is asked
    const int generation = ++m_generation[slot];
    ++m_busy;
    connect(m_secrets->write(entryKey(slot), QString::fromUtf8(encode(pending))),
            &SecretJob::finished, this, [this](SecretJob *job) {
                if (job->error() != SecretBackend::Error::None)
                    qCWarning(lcAuth, "a token waiting to be revoked could not be kept (%s)",
                              enumName(job->error()));
                done();
            });
    return generation;
}

void TokenRevoker::removeEntry(int slot, int generation)
{
    if (m_generation[slot] != generation)
        return; // written again since: another token waits there now
    ++m_generation[slot];
    ++m_busy;
    connect(m_secrets->remove(entryKey(slot)), &SecretJob::finished, this,
            [this, slot, generation = m_generation[slot]](SecretJob *) {
                if (m_generation[slot] == generation)
                    m_slotsInUse.removeOne(slot);
                if (m_slotsInUse.isEmpty())
                    Preferences::setRevocationPending(false);
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
