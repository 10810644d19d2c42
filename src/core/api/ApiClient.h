#pragma once

#include "api/ApiReply.h"

#include <QObject>
#include <QUrl>

class AuthManager;
class QNetworkAccessManager;
class Transport;

// Sends authorized requests (Authorization: Bearer …) for the rest of an app built on DeskLogin,
// under the same Transport policy as the sign-in. Only the server's refusal of the token (a
// 401) ends the session, exactly as expiry does; any other failure leaves it alone.
class ApiClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;

    ApiClient(Transport *transport, AuthManager *auth, QObject *parent = nullptr);

    // Starts a GET and returns its reply at once; connect to ApiReply::finished before the event
    // loop runs. Without a session it reports NoSession, and for a URL on another origin than
    // the server that issued the token OtherServer (the token goes nowhere else); an answer
    // that arrives after the session it was sent with has ended reports SessionEnded.
    ApiReply *get(const QUrl &url);

private:
    Transport *m_transport;
    AuthManager *m_auth;
};
