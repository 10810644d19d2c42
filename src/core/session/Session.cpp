#include "session/Session.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {
constexpr int FormatVersion = 1;
}

bool Session::isUsableAccessToken(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > MaxAccessTokenBytes)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

bool Session::isValid() const
{
    return !phone.isEmpty() && !accessToken.isEmpty() && !tokenType.isEmpty()
        && receivedAt.isValid() && expiresAt.isValid() && expiresAt > receivedAt;
}

QByteArray Session::toJson() const
{
    const QJsonObject object {
        {QStringLiteral("v"), FormatVersion},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("token_type"), tokenType},
        {QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
        {QStringLiteral("received_at"), receivedAt.toMSecsSinceEpoch()},
        {QStringLiteral("expires_at"), expiresAt.toMSecsSinceEpoch()},
        {QStringLiteral("server"), server},
        {QStringLiteral("client_id"), clientId},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Session> Session::fromJson(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    if (o.value(QLatin1String("v")).toInt() != FormatVersion)
        return std::nullopt;
    // Milliseconds since 1970 as JSON numbers (doubles): whole, and from 1970 to the year 9999,
    // so that the conversion to an integer is defined and QDateTime holds the result.
    const auto moment = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        constexpr double Latest = 253402300799000.0; // 9999-12-31T23:59:59Z
        const double ms = v.isDouble() ? v.toDouble() : -1.0;
        if (!std::isfinite(ms) || ms < 0.0 || ms > Latest || std::floor(ms) != ms)
            return QDateTime();
        return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
    };
    Session session;
    session.phone = o.value(QLatin1String("phone")).toString();
    // Only bearer tokens are used (TokenResponse makes every accepted answer "Bearer"); the type
    // goes into the same header as the token.
    const QString type = o.value(QLatin1String("token_type")).toString();
    session.tokenType = type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("Bearer")
        : QString();
    session.accessToken = o.value(QLatin1String("access_token")).toString().toLatin1();
    session.receivedAt = moment("received_at");
    session.expiresAt = moment("expires_at");
    session.server = o.value(QLatin1String("server")).toString();
    session.clientId = o.value(QLatin1String("client_id")).toString();
    if (!session.isValid() || !isUsableAccessToken(session.accessToken)
        || session.receivedAt.secsTo(session.expiresAt) > MaxLifetime.count())
        return std::nullopt;
    return session;
}

bool operator==(const Session &a, const Session &b)
{
    return a.phone == b.phone && a.accessToken == b.accessToken && a.tokenType == b.tokenType
        && a.receivedAt == b.receivedAt && a.expiresAt == b.expiresAt && a.server == b.server
        && a.clientId == b.clientId;
}
