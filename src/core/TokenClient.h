#pragma once

#include "TokenResponse.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// What one request for a token carries. The password lives here only for the request's sake.
struct TokenRequest {
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;
    QString scope;
    QString username;
    QString password;
};

// Asks POST /oauth/token for a token, one request at a time, on an injected
// QNetworkAccessManager (which brings the system's proxy settings). HTTPS only, except to this
// computer or where plain HTTP is allowed explicitly; redirects are never followed; TLS errors
// are never ignored; an idle timeout, an overall deadline and a cap on the answer's size.
class TokenClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)
public:
    static constexpr qint64 MaxResponseBytes = 64 * 1024;

    explicit TokenClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenClient() override;

    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }

    // Whether a URL may carry credentials: https, or http to a loopback address.
    static bool isSecureUrl(const QUrl &url);

    bool isBusy() const { return m_busy; }
    // Starts a request and returns at once; finished() follows exactly once. Ignored while busy.
    void requestToken(const TokenRequest &request);
    // Aborts the request under way; finished() reports Cancelled.
    void cancel();

signals:
    void finished(const TokenResponse::Result &result);

private:
    void onReplyFinished();
    void abortWith(AuthError::Kind kind);
    void finish(const TokenResponse::Result &result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    std::chrono::milliseconds m_idleTimeout {15000};
    std::chrono::milliseconds m_requestTimeout {30000};
    bool m_allowInsecureHttp = false;
    bool m_busy = false;
    std::optional<AuthError::Kind> m_abortReason;
    QByteArray m_body; // what has arrived of the answer so far, at most MaxResponseBytes + 1
};
