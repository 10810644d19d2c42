#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// A signed-in session: who, with which token, and the absolute moment it ends (UTC). This is
// all that is ever stored; never the password, never the refresh token.
struct Session {
    // The longest access token accepted, from a server or from the keychain.
    static constexpr int MaxAccessTokenBytes = 16 * 1024;

    QString phone; // E.164, e.g. +8613800138000
    QByteArray accessToken;
    QString tokenType;
    QDateTime receivedAt; // UTC
    QDateTime expiresAt; // UTC; receivedAt + expires_in

    bool isValid() const;
    bool hasExpiredAt(const QDateTime &nowUtc) const { return nowUtc >= expiresAt; }

    // The stored form: compact JSON, ASCII only.
    QByteArray toJson() const;
    static std::optional<Session> fromJson(const QByteArray &json);

    friend bool operator==(const Session &a, const Session &b);
};
Q_DECLARE_METATYPE(Session)
