#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

// What a successful token response carries that the app uses. The refresh token is not kept:
// the backend offers no refresh endpoint.
struct Token {
    QByteArray accessToken; // opaque to the app
    QString tokenType; // "Bearer", normalised
    std::chrono::seconds lifetime {0}; // from `expires_in`, after the policy in TokenResponse
};
