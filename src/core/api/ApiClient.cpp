#include "api/ApiClient.h"

#include "auth/AuthManager.h"
#include "net/Transport.h"
#include "support/EnumName.h"
#include "support/Logging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

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

const char *toString(const ApiResult &result)
{
    if (!result.error)
        return "ok";
    return *result.error == ApiError::Kind::Connection ? enumName(result.connection)
                                                       : enumName(*result.error);
}

ApiClient::ApiClient(Transport *transport, AuthManager *auth, QObject *parent)
    : QObject(parent), m_transport(transport), m_auth(auth)
{
}

ApiReply *ApiClient::get(const QUrl &url)
{
    auto *reply = new ApiReply(this);
    const auto &session = m_auth->session();
    const auto notSent = [reply](ApiError::Kind why) {
        QTimer::singleShot(0, reply, [reply, why] {
            ApiResult nothingSent;
            nothingSent.error = why;
            reply->finish(nothingSent);
        });
        return reply;
    };
    if (!session)
        return notSent(ApiError::Kind::NoSession);
    if (Transport::originOf(url) != session->server) {
        qCWarning(lcTransport).noquote() << "not sent: the token is only for" << session->server
                                         << "and the request is for" << Transport::originOf(url);
        return notSent(ApiError::Kind::OtherServer);
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
                } else if (answer->failure() != Net::Failure::None) {
                    result.error = ApiError::Kind::Connection;
                    result.connection = answer->failure();
                    result.tls = answer->tlsProblem();
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
