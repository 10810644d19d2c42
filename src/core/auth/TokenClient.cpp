#include "auth/TokenClient.h"

#include "net/Transport.h"

#include "support/Logging.h"

#include <QDateTime>

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

} // namespace

TokenClient::TokenClient(Transport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
}

TokenClient::~TokenClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void TokenClient::requestToken(const TokenRequest &request)
{
    if (m_reply)
        return;
    QList<QPair<QString, QString>> fields {
        {QStringLiteral("grant_type"), QStringLiteral("password")},
        {QStringLiteral("client_id"), request.clientId},
    };
    // A public client has no secret, and RFC 6749 (§3.3) makes scope optional: a parameter
    // that would be empty is left out, since a strict server refuses `scope=` as malformed.
    if (!request.clientSecret.isEmpty())
        fields.append({QStringLiteral("client_secret"), request.clientSecret});
    if (!request.scope.isEmpty())
        fields.append({QStringLiteral("scope"), request.scope});
    fields.append({QStringLiteral("username"), request.username});
    fields.append({QStringLiteral("password"), request.password});
    // The password is not wiped from memory here: these strings share their data with the
    // caller's and Qt's network buffers keep their own copies, so overwriting one would only
    // pretend (docs/SECURITY.md: memory of the running app is not protected).
    m_reply = m_transport->post(request.tokenUrl, formEncode(fields), MaxResponseBytes);
    connect(m_reply, &TransportReply::finished, this, &TokenClient::onReplyFinished);
}

void TokenClient::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void TokenClient::onReplyFinished(TransportReply *reply)
{
    m_reply.clear();
    if (const Net::Failure failure = reply->failure(); failure != Net::Failure::None) {
        qCInfo(lcToken) << "request ended:" << failure;
        // Only these carry the status they were cut at; the others had no usable answer.
        const bool keepsStatus = failure == Net::Failure::ResponseTooLarge
            || failure == Net::Failure::RedirectRefused || failure == Net::Failure::Timeout
            || failure == Net::Failure::Cancelled;
        AuthError error = AuthError::of(failure, keepsStatus ? reply->httpStatus() : 0);
        error.tls = reply->tlsProblem();
        emit finished(error);
        return;
    }
    auto result = TokenResponse::parse(reply->httpStatus(), reply->headers(), reply->body(),
                                       QDateTime::currentDateTimeUtc());
    if (const auto *error = std::get_if<AuthError>(&result))
        qCInfo(lcToken) << "HTTP" << reply->httpStatus() << "->" << toString(*error)
                        << error->errorCode;
    else
        qCInfo(lcToken) << "HTTP" << reply->httpStatus() << "-> token received";
    emit finished(result);
}
