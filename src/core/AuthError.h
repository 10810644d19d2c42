#pragma once

#include "TlsProblem.h"

#include <QString>

#include <chrono>

// Why a sign-in did not produce a token. Core reports only the kind and the facts a message
// needs; the GUI turns them into sentences in the person's language.
struct AuthError {
    enum class Kind {
        WrongCredentials, // the phone number or password is wrong
        InvalidPhoneNumber, // rejected before sending: not a mobile number of the region
        ClientMisconfigured, // the app's client id or secret is wrong: the deployer's fault
        GrantNotEnabled, // the server has the password grant switched off (unsupported_grant_type)
        UnauthorizedClient, // this client may not use the password grant: the deployer's fault
        InvalidScope, // the configured scope is unknown to the server or not allowed
        InvalidRequest, // the server says the request lacks or mangles a parameter
        AccessDenied, // the server refused this account
        RateLimited, // too many attempts; see retryAfter
        ServerError, // 5xx, or the server reports its own failure
        BadResponse, // an answer that is not a usable token response (HTML, captive portal, ...)
        ResponseTooLarge, // the answer passed the size cap and was cut off
        Offline, // no route, refused, name not resolved
        Timeout, // no progress for too long, or the overall deadline passed
        Tls, // the connection could not be made secure; nothing was sent
        RedirectRefused, // the server answered with a redirect, which is never followed
        InsecureUrl, // plain http to a host other than this computer; nothing was sent
        ProxyAuthenticationRequired, // the proxy wants credentials, or refused the ones given
        ProxyUnreachable, // the proxy could not be reached; nothing was sent
        Cancelled,
    };

    Kind kind = Kind::BadResponse;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    std::chrono::seconds retryAfter {0}; // RateLimited only
    QString errorCode; // the server's `error` value, for logs and details
    QString serverText; // `error_description` or `message`: plain text, shown only as a detail
    TlsProblem tls; // Tls only: what was wrong with the server's certificate

    static AuthError of(Kind kind, int httpStatus = 0)
    {
        AuthError error;
        error.kind = kind;
        error.httpStatus = httpStatus;
        return error;
    }
};

const char *toString(AuthError::Kind kind);
