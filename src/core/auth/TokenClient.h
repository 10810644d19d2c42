#pragma once

#include "auth/TokenResponse.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class Transport;
class TransportReply;

// What one request for a token carries. The password lives here only for the request's sake.
struct TokenRequest {
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;
    QString scope;
    QString username;
    QString password;
};

// Asks POST /oauth/token for a token (RFC 6749 §4.3, the password grant), under the Transport's
// policy, and reads the answer with TokenResponse::parse.
//
// One request at a time, reported through the client's own finished() signal rather than a job
// per request: a second request while one is under way is refused, so a result can only answer
// the request in flight, and cancel() needs no handle. (The store and the API client, which
// take many requests at once, hand out a job per request.)
class TokenClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)
public:
    static constexpr qint64 MaxResponseBytes = 64 * 1024;

    // Shares the transport (and so its policy) with the API client.
    explicit TokenClient(Transport *transport, QObject *parent = nullptr);
    ~TokenClient() override;

    Transport *transport() const { return m_transport; }

    bool isBusy() const { return !m_reply.isNull(); }
    // Starts a request and returns at once; finished() follows exactly once. Ignored while busy.
    void requestToken(const TokenRequest &request);
    // Aborts the request under way; finished() reports Cancelled.
    void cancel();

signals:
    void finished(const TokenResponse::Result &result);

private:
    void onReplyFinished(TransportReply *reply);

    Transport *m_transport;
    QPointer<TransportReply> m_reply;
};
