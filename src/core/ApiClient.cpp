#include "ApiClient.h"

#include "AuthManager.h"
#include "TokenClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

QJsonObject ApiResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ApiClient::ApiClient(QNetworkAccessManager *network, AuthManager *auth, QObject *parent)
    : QObject(parent), m_network(network), m_auth(auth)
{
}

void ApiClient::get(const QUrl &url, QObject *context, Callback done)
{
    const auto fail = [context, done](AuthError::Kind kind) {
        QTimer::singleShot(0, context, [done, kind] { done({0, {}, kind}); });
    };
    const auto &session = m_auth->session();
    if (!session)
        return fail(AuthError::Kind::Cancelled);
    // The token goes only where a password may go.
    if (!TokenClient::isSecureUrl(url) && !m_auth->config().allowInsecureHttp)
        return fail(AuthError::Kind::InsecureUrl);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         session->tokenType.toLatin1() + ' ' + session->accessToken);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(
        int(std::chrono::milliseconds(m_auth->config().idleTimeout).count()));
    QNetworkReply *reply = m_network->get(request);
    // As in TokenClient: the limit reaches Qt's HTTP thread only once the request has started.
    connect(reply, &QNetworkReply::requestSent, reply,
            [reply] { reply->setReadBufferSize(MaxResponseBytes + 1); });
    const QByteArray sentWith = session->accessToken;

    // Deleted when finished even if the context has gone by then.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxResponseBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, context, [this, reply, done, sentWith, context] {
        ApiResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->read(MaxResponseBytes);
        const auto &current = m_auth->session();
        if (!current || current->accessToken != sentWith) {
            result.error = AuthError::Kind::Cancelled;
        } else if (result.httpStatus == 401) {
            result.error = AuthError::Kind::WrongCredentials;
            // Ending the session lets everyone react, and one of them may delete the context:
            // then the callback is not called, as for any context deleted before the answer.
            const QPointer<QObject> alive(context);
            m_auth->endSession(AuthManager::EndReason::Revoked);
            if (!alive)
                return;
        } else if (result.httpStatus >= 200 && result.httpStatus < 300
                   && reply->error() == QNetworkReply::NoError) {
            result.error.reset();
        } else if (result.httpStatus >= 300 && result.httpStatus < 400) {
            result.error = AuthError::Kind::RedirectRefused;
        } else if (result.httpStatus >= 400) {
            result.error = AuthError::Kind::ServerError;
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            result.error = AuthError::Kind::Tls;
        } else if (reply->error() == QNetworkReply::OperationCanceledError
                   || reply->error() == QNetworkReply::TimeoutError) {
            result.error = AuthError::Kind::Timeout;
        } else {
            result.error = AuthError::Kind::Offline;
        }
        done(result);
    });
}
