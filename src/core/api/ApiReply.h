#pragma once

#include "net/NetFailure.h"
#include "net/TlsProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

#include <optional>

// Why an authorized request gave no usable answer. Its own kinds, not sign-in's: a 401 here
// means the server no longer accepts the session's token, not that a password was wrong.
struct ApiError {
    Q_GADGET

public:
    enum class Kind {
        NoSession, // nothing was sent: there is no session to send with
        OtherServer, // nothing was sent: the URL is not on the server that issued the token
        SessionEnded, // the session the request was sent with ended before the answer came
        Unauthorized, // 401: the server refused the token; the session has been ended
        HttpError, // any other 4xx or 5xx answer; see ApiResult::httpStatus
        Connection, // no answer to read: see ApiResult::connection (ApiReply::abort(): Cancelled)
    };
    Q_ENUM(Kind)
};

// The outcome of one authorized request.
struct ApiResult {
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body; // a 2xx answer's body
    std::optional<ApiError::Kind> error; // empty: a 2xx answer arrived
    Net::Failure connection = Net::Failure::None; // error Connection only: how it failed
    TlsProblem tls; // Net::Failure::Tls only: what was wrong with the server's certificate

    bool isOk() const { return !error; }
    bool is(Net::Failure failure) const
    {
        return error == ApiError::Kind::Connection && connection == failure;
    }
    QJsonObject json() const; // the body as a JSON object, empty if it is none
};

// For logs: "ok", the kind's name, or for a connection failure the failure's ("Offline", …).
const char *toString(const ApiResult &result);

// One request of ApiClient's: reports once through finished(), then deletes itself.
class ApiReply final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)
public:
    explicit ApiReply(QObject *parent = nullptr) : QObject(parent) { }

    const ApiResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    // Ends the request; finished() reports Cancelled (unless it has already reported).
    void abort();

    // For ApiClient.
    void finish(const ApiResult &result);

signals:
    void finished(ApiReply *reply);
    void abortRequested();

private:
    ApiResult m_result;
    bool m_finished = false;
};
