#include "TokenClient.h"

#include "Transport.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcToken, "desklogin.token", QtWarningMsg)

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

AuthError::Kind kindFor(TransportReply::Failure failure)
{
    using Failure = TransportReply::Failure;
    switch (failure) {
    case Failure::InsecureUrl:
        return AuthError::Kind::InsecureUrl;
    case Failure::Offline:
    case Failure::None:
        break;
    case Failure::Timeout:
        return AuthError::Kind::Timeout;
    case Failure::Tls:
        return AuthError::Kind::Tls;
    case Failure::RedirectRefused:
        return AuthError::Kind::RedirectRefused;
    case Failure::ResponseTooLarge:
        return AuthError::Kind::ResponseTooLarge;
    case Failure::ProxyAuthenticationRequired:
        return AuthError::Kind::ProxyAuthenticationRequired;
    case Failure::ProxyUnreachable:
        return AuthError::Kind::ProxyUnreachable;
    case Failure::Cancelled:
        return AuthError::Kind::Cancelled;
    }
    return AuthError::Kind::Offline;
}

} // namespace

TokenClient::TokenClient(Transport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
}

TokenClient::TokenClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_transport(new Transport(network, this))
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
    QByteArray body = formEncode(fields);
    for (auto &field : fields)
        field.second.fill(QLatin1Char('\0'));
    m_reply = m_transport->post(request.tokenUrl, body, MaxResponseBytes);
    body.fill('\0');
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
    if (reply->failure() != TransportReply::Failure::None) {
        const auto kind = kindFor(reply->failure());
        qCInfo(lcToken) << "request ended:" << toString(kind);
        // Only these carry the status they were cut at; the others had no usable answer.
        const bool keepsStatus = kind == AuthError::Kind::ResponseTooLarge
            || kind == AuthError::Kind::RedirectRefused || kind == AuthError::Kind::Timeout
            || kind == AuthError::Kind::Cancelled;
        AuthError error = AuthError::of(kind, keepsStatus ? reply->httpStatus() : 0);
        error.tls = reply->tlsProblem();
        emit finished(error);
        return;
    }
    auto result = TokenResponse::parse(reply->httpStatus(), reply->headers(), reply->body(),
                                       QDateTime::currentDateTimeUtc());
    if (const auto *error = std::get_if<AuthError>(&result))
        qCInfo(lcToken) << "HTTP" << reply->httpStatus() << "->" << toString(error->kind)
                        << error->errorCode;
    else
        qCInfo(lcToken) << "HTTP" << reply->httpStatus() << "-> token received";
    emit finished(result);
}
