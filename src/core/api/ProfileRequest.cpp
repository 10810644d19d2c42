#include "api/ProfileRequest.h"

#include "api/ApiClient.h"
#include "api/Profile.h"
#include "auth/AuthManager.h"

ProfileRequest::ProfileRequest(const AuthManager *auth, ApiClient *api, QObject *parent)
    : QObject(parent), m_auth(auth), m_api(api)
{
}

ProfileRequest::~ProfileRequest()
{
    abort();
}

bool ProfileRequest::isConfigured() const
{
    return m_api && !m_auth->config().profileUrl().isEmpty();
}

bool ProfileRequest::start()
{
    if (!isConfigured())
        return false;
    abort();
    m_reply = m_api->get(m_auth->config().profileUrl());
    connect(m_reply, &ApiReply::finished, this, [this](ApiReply *reply) {
        const ApiResult &result = reply->result();
        if (result.is(Net::Failure::Cancelled) || result.error == ApiError::Kind::SessionEnded
            || m_auth->state() != AuthManager::State::SignedIn)
            return;
        const auto profile = result.isOk() ? Profile::fromJson(result.body) : std::nullopt;
        if (profile)
            emit loaded(profile->name);
        else
            emit failed(result);
    });
    return true;
}

void ProfileRequest::abort()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
}
