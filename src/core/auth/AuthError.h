#pragma once

#include "net/NetFailure.h"
#include "net/TlsProblem.h"

#include <QObject>
#include <QString>

#include <chrono>

// Why a sign-in did not produce a token. Core reports only the kind and the facts a message
// needs; the GUI turns them into sentences in the person's language.
struct AuthError {
    Q_GADGET

public:
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
        Connection, // no answer to read: see `connection` (and `tls`)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::BadResponse;
    Net::Failure connection = Net::Failure::None; // Connection only: how the request failed
    int httpStatus = 0; // 0 when no HTTP answer arrived
    std::chrono::seconds retryAfter {0}; // RateLimited only
    QString errorCode; // the server's `error` value, for logs and details
    QString serverText; // `error_description` or `message`: plain text, shown only as a detail
    TlsProblem tls; // Net::Failure::Tls only: what was wrong with the server's certificate

    static AuthError of(Kind kind, int httpStatus = 0)
    {
        AuthError error;
        error.kind = kind;
        error.httpStatus = httpStatus;
        return error;
    }
    static AuthError of(Net::Failure failure, int httpStatus = 0)
    {
        AuthError error = of(Kind::Connection, httpStatus);
        error.connection = failure;
        return error;
    }
    bool is(Net::Failure failure) const
    {
        return kind == Kind::Connection && connection == failure;
    }
};

// What scripts and logs read (`--check-sign-in` prints kind=…): the kind's name, or for a
// connection failure the failure's ("Offline", "Tls", …).
const char *toString(const AuthError &error);
