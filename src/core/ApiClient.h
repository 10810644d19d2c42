#pragma once

#include "AuthError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class AuthManager;
class QNetworkAccessManager;

// The result of one authorized request.
struct ApiResult {
    int httpStatus = 0;
    QByteArray body;
    std::optional<AuthError::Kind> error; // empty: a 2xx answer arrived

    bool isOk() const { return !error; }
    QJsonObject json() const; // the body as a JSON object, empty if it is none
};

// Sends authorized requests (Authorization: Bearer …) for the rest of an app built on DeskLogin.
// A 401 means the server no longer accepts the token: the session ends exactly as on expiry.
class ApiClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;
    using Callback = std::function<void(const ApiResult &)>;

    ApiClient(QNetworkAccessManager *network, AuthManager *auth, QObject *parent = nullptr);

    // Starts a GET and returns at once; done() is called once, unless context is destroyed
    // first. Without a session it reports Cancelled; a result that arrives after the session it
    // was sent with has ended is reported as Cancelled too.
    void get(const QUrl &url, QObject *context, Callback done);

private:
    QNetworkAccessManager *m_network;
    AuthManager *m_auth;
};
