#include "AuthError.h"

const char *toString(AuthError::Kind kind)
{
    switch (kind) {
    case AuthError::Kind::WrongCredentials:
        return "WrongCredentials";
    case AuthError::Kind::InvalidPhoneNumber:
        return "InvalidPhoneNumber";
    case AuthError::Kind::ClientMisconfigured:
        return "ClientMisconfigured";
    case AuthError::Kind::GrantNotEnabled:
        return "GrantNotEnabled";
    case AuthError::Kind::UnauthorizedClient:
        return "UnauthorizedClient";
    case AuthError::Kind::InvalidScope:
        return "InvalidScope";
    case AuthError::Kind::InvalidRequest:
        return "InvalidRequest";
    case AuthError::Kind::AccessDenied:
        return "AccessDenied";
    case AuthError::Kind::RateLimited:
        return "RateLimited";
    case AuthError::Kind::ServerError:
        return "ServerError";
    case AuthError::Kind::BadResponse:
        return "BadResponse";
    case AuthError::Kind::ResponseTooLarge:
        return "ResponseTooLarge";
    case AuthError::Kind::Offline:
        return "Offline";
    case AuthError::Kind::Timeout:
        return "Timeout";
    case AuthError::Kind::Tls:
        return "Tls";
    case AuthError::Kind::RedirectRefused:
        return "RedirectRefused";
    case AuthError::Kind::InsecureUrl:
        return "InsecureUrl";
    case AuthError::Kind::ProxyAuthenticationRequired:
        return "ProxyAuthenticationRequired";
    case AuthError::Kind::ProxyUnreachable:
        return "ProxyUnreachable";
    case AuthError::Kind::Cancelled:
        return "Cancelled";
    }
    return "Unknown";
}
