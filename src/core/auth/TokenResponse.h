#pragma once

#include "auth/AuthError.h"
#include "auth/Token.h"
#include "session/Session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <chrono>
#include <variant>

// Turns an answer from POST /oauth/token into a Token or an AuthError. Every server dialect the
// app must understand (docs/SERVER-API.md) is handled here and nowhere else. Pure: no I/O, no
// clock; the moment the answer arrived is passed in (for Retry-After given as an HTTP date).
namespace TokenResponse {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;
using Result = std::variant<Token, AuthError>;

// Policy for `expires_in` (RFC 6749 §5.1 makes it RECOMMENDED, not required):
// - a positive integer (or a JSON string or fraction of one, which some servers send) is used,
//   capped at MaxLifetime so that no date arithmetic can overflow;
// - missing: taken from the JWT's `exp - iat` where the token is a JWT carrying both, otherwise
//   FallbackLifetime, so an unknown lifetime means signing in again soon, never a dead token
//   kept for ever;
// - zero, negative, or not a number: the response is refused (BadResponse).
// Where the token is a JWT with `exp` and `iat`, the shorter of the two lifetimes wins; the
// difference is used, not `exp` itself, so that the client's clock does not matter.
inline constexpr std::chrono::seconds MaxLifetime = Session::MaxLifetime;
inline constexpr std::chrono::seconds FallbackLifetime {3600};
// Retry-After is capped: a server asking for more than this is shown this.
inline constexpr std::chrono::seconds MaxRetryAfter {3600};
// Laravel's throttle decays after a minute; used when a 429 carries no usable Retry-After.
inline constexpr std::chrono::seconds DefaultRetryAfter {60};
// No real access token comes near this; it also bounds what goes into the keychain.
inline constexpr int MaxAccessTokenBytes = Session::MaxAccessTokenBytes;

Result parse(int httpStatus, const RawHeaders &headers, const QByteArray &body,
             const QDateTime &receivedAtUtc);

// Exposed for tests.
std::chrono::seconds parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace TokenResponse
