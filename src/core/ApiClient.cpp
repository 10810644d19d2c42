#include "ApiClient.h"

#include "AuthManager.h"
#include "Transport.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace {

ApiError::Kind kindFor(TransportReply::Failure failure)
{
    using Failure = TransportReply::Failure;
    switch (failure) {
    case Failure::InsecureUrl:
        return ApiError::Kind::InsecureUrl;
    case Failure::None:
    case Failure::Offline:
        break;
    case Failure::Timeout:
        return ApiError::Kind::Timeout;
    case Failure::Tls:
        return ApiError::Kind::Tls;
    case Failure::RedirectRefused:
        return ApiError::Kind::RedirectRefused;
    case Failure::ResponseTooLarge:
        return ApiError::Kind::ResponseTooLarge;
    case Failure::ProxyAuthenticationRequired:
        return ApiError::Kind::ProxyAuthenticationRequired;
    case Failure::ProxyUnreachable:
        return ApiError::Kind::ProxyUnreachable;
    case Failure::Cancelled:
        return ApiError::Kind::Cancelled;
    }
    return ApiError::Kind::Offline;
}

} // namespace

QJsonObject ApiResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void ApiReply::abort()
{
    if (!m_finished)
        emit abortRequested();
}

void ApiReply::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    emit finished(this);
    deleteLater();
}

const char *toString(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::NoSession:
        return "NoSession";
    case ApiError::Kind::SessionEnded:
        return "SessionEnded";
    case ApiError::Kind::Unauthorized:
        return "Unauthorized";
    case ApiError::Kind::HttpError:
        return "HttpError";
    case ApiError::Kind::InsecureUrl:
        return "InsecureUrl";
    case ApiError::Kind::Offline:
        return "Offline";
    case ApiError::Kind::Timeout:
        return "Timeout";
    case ApiError::Kind::Tls:
        return "Tls";
    case ApiError::Kind::RedirectRefused:
        return "RedirectRefused";
    case ApiError::Kind::ResponseTooLarge:
        return "ResponseTooLarge";
    case ApiError::Kind::ProxyAuthenticationRequired:
        return "ProxyAuthenticationRequired";
    case ApiError::Kind::ProxyUnreachable:
        return "ProxyUnreachable";
    case ApiError::Kind::Cancelled:
        return "Cancelled";
    }
    return "Unknown";
}

ApiClient::ApiClient(Transport *transport, AuthManager *auth, QObject *parent)
    : QObject(parent), m_transport(transport), m_auth(auth)
{
}

ApiReply *ApiClient::get(const QUrl &url)
{
    auto *reply = new ApiReply(this);
    const auto &session = m_auth->session();
    if (!session) {
        QTimer::singleShot(0, reply, [reply] {
            reply->finish({0, {}, ApiError::Kind::NoSession});
        });
        return reply;
    }
    // The transport refuses plain http to other hosts before a byte (and so the token) is sent.
    const QByteArray sentWith = session->accessToken;
    TransportReply *request = m_transport->get(
        url, MaxResponseBytes,
        {{"Authorization", session->tokenType.toLatin1() + ' ' + session->accessToken}});
    connect(reply, &ApiReply::abortRequested, request, &TransportReply::abort);
    connect(request, &TransportReply::finished, reply,
            [this, reply, sentWith](TransportReply *answer) {
                ApiResult result;
                result.httpStatus = answer->httpStatus();
                const auto &current = m_auth->session();
                if (!current || current->accessToken != sentWith) {
                    result.error = ApiError::Kind::SessionEnded;
                } else if (answer->failure() != TransportReply::Failure::None) {
                    result.error = kindFor(answer->failure());
                } else if (result.httpStatus == 401) {
                    result.error = ApiError::Kind::Unauthorized;
                    // Ending the session lets everyone react, and one of them may abandon this
                    // reply (delete it): then it reports nothing more.
                    const QPointer<ApiReply> alive(reply);
                    m_auth->endSession(AuthManager::EndReason::Revoked);
                    if (!alive)
                        return;
                } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
                    result.body = answer->body();
                } else {
                    result.error = ApiError::Kind::HttpError;
                }
                reply->finish(result);
            });
    return reply;
}
