#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

// A signed-in session: who, with which token, from which server and client, and the absolute
// moment it ends (UTC). This is all that is ever stored; never the password, never the refresh
// token.
struct Session {
    // The longest access token accepted, from a server or from the keychain.
    static constexpr int MaxAccessTokenBytes = 16 * 1024;
    // The longest lifetime accepted, from a server or from the keychain (no date arithmetic
    // can overflow with it).
    static constexpr std::chrono::seconds MaxLifetime {10LL * 366 * 24 * 3600};
    // Whether a token may go into an HTTP header: 1 to MaxAccessTokenBytes of visible ASCII, so
    // that it can neither split nor forge a header.
    static bool isUsableAccessToken(const QByteArray &token);

    QString phone; // E.164, e.g. +8613800138000
    QByteArray accessToken;
    QString tokenType;
    QDateTime receivedAt; // UTC
    QDateTime expiresAt; // UTC; receivedAt + expires_in
    // The server that issued the token (its origin, Transport::originOf()) and the client it was
    // issued to: a stored session restores only where both are still the ones in effect, and
    // the token goes to that origin only. Empty in a session stored by an earlier version.
    QString server;
    QString clientId;

    bool isValid() const;
    bool hasExpiredAt(const QDateTime &nowUtc) const { return nowUtc >= expiresAt; }

    // The stored form: compact JSON, ASCII only. Read back, it is held to what a server's answer
    // is held to (TokenResponse): a usable token, a lifetime of at most MaxLifetime, moments
    // that are whole milliseconds within QDateTime's range.
    QByteArray toJson() const;
    static std::optional<Session> fromJson(const QByteArray &json);

    friend bool operator==(const Session &a, const Session &b);
};
Q_DECLARE_METATYPE(Session)
