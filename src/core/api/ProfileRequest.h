#pragma once

#include "api/ApiReply.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class AuthManager;

// Reads the signed-in person's name from the optional profile endpoint (Profile), one request
// at a time. An answer that arrives after the session ended, or for a request abandoned, is
// dropped.
class ProfileRequest : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileRequest)

public:
    // `api` may be null: there is then no profile to read.
    ProfileRequest(const AuthManager *auth, ApiClient *api, QObject *parent = nullptr);
    ~ProfileRequest() override;

    // Whether there is a profile to ask for (a profile endpoint, and an API client).
    bool isConfigured() const;
    // Asks for the current session's profile, abandoning a request under way; false (and
    // nothing asked) when no profile endpoint is configured. loaded() or failed() follows.
    bool start();
    // Abandons the request under way, if any; nothing follows.
    void abort();

signals:
    void loaded(const QString &name);
    // No name: the request failed, or the answer (result.isOk()) holds none.
    void failed(const ApiResult &result);

private:
    const AuthManager *m_auth;
    ApiClient *m_api;
    QPointer<ApiReply> m_reply;
};
