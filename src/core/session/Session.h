#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// A signed-in session: who, with which token, from which server and client, and the absolute
// moment it ends (UTC). This is all that is ever stored; never the password, never the refresh
// token.
struct Session {
    // The longest access token accepted, from a server or from the keychain.
    static constexpr int MaxAccessTokenBytes = 16 * 1024;

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

    // The stored form: compact JSON, ASCII only.
    QByteArray toJson() const;
    static std::optional<Session> fromJson(const QByteArray &json);

    friend bool operator==(const Session &a, const Session &b);
};
Q_DECLARE_METATYPE(Session)
