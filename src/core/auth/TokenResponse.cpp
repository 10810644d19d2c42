#include "auth/TokenResponse.h"

#include "support/ForeignText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace TokenResponse {
namespace {

using std::chrono::seconds;

constexpr int MaxServerTextLength = 300;

QByteArray header(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

// Server text is only ever a detail shown as plain text (support/ForeignText.h).
QString cleanServerText(const QString &text)
{
    return cleanForeignText(text, MaxServerTextLength);
}

QString serverText(const QJsonObject &object)
{
    for (const auto *key : {"error_description", "message", "hint"}) {
        const QString text = cleanServerText(object.value(QLatin1String(key)).toString());
        if (!text.isEmpty())
            return text;
    }
    return {};
}

AuthError::Kind kindForErrorCode(const QString &code, int httpStatus)
{
    using Kind = AuthError::Kind;
    // league/oauth2-server ≤ 7.3.2 says invalid_credentials; 8 and later say invalid_grant, which
    // for the password grant can only mean the username or password was wrong.
    if (code == QLatin1String("invalid_credentials") || code == QLatin1String("invalid_grant"))
        return Kind::WrongCredentials;
    if (code == QLatin1String("invalid_client"))
        return Kind::ClientMisconfigured;
    if (code == QLatin1String("unsupported_grant_type"))
        return Kind::GrantNotEnabled;
    if (code == QLatin1String("unauthorized_client"))
        return Kind::UnauthorizedClient;
    if (code == QLatin1String("invalid_scope"))
        return Kind::InvalidScope;
    if (code == QLatin1String("invalid_request"))
        return Kind::InvalidRequest;
    if (code == QLatin1String("server_error") || code == QLatin1String("temporarily_unavailable"))
        return Kind::ServerError;
    if (code == QLatin1String("access_denied"))
        return Kind::AccessDenied;
    return httpStatus >= 500 ? Kind::ServerError : Kind::AccessDenied;
}

AuthError error(AuthError::Kind kind, int httpStatus, const QJsonObject &object = {})
{
    AuthError e = AuthError::of(kind, httpStatus);
    e.errorCode = cleanServerText(object.value(QLatin1String("error")).toString());
    e.serverText = serverText(object);
    return e;
}

// A JSON number, or a string holding one. Returns nullopt for anything else.
std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<seconds> lifetimeFrom(double value)
{
    if (!std::isfinite(value) || value < 1.0)
        return std::nullopt;
    if (value >= double(MaxLifetime.count()))
        return MaxLifetime;
    return seconds(static_cast<long long>(std::floor(value)));
}

// `exp - iat` of a JWT access token, where it is one. Never a requirement: opaque tokens are fine.
std::optional<seconds> jwtLifetime(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject claims = QJsonDocument::fromJson(*decoded).object();
    const auto exp = number(claims.value(QLatin1String("exp")));
    const auto iat = number(claims.value(QLatin1String("iat")));
    if (!exp || !iat)
        return std::nullopt;
    return lifetimeFrom(*exp - *iat);
}

Result parseToken(int httpStatus, const QJsonObject &object)
{
    using Kind = AuthError::Kind;
    const QJsonValue accessToken = object.value(QLatin1String("access_token"));
    if (!accessToken.isString())
        return error(Kind::BadResponse, httpStatus);
    Token token;
    token.accessToken = accessToken.toString().toUtf8();
    if (!Session::isUsableAccessToken(token.accessToken))
        return error(Kind::BadResponse, httpStatus);

    // RFC 6749 §5.1: the type is case-insensitive. Passport always sends it; a server that
    // leaves it out is taken to mean Bearer, the only type this app can use.
    const QJsonValue type = object.value(QLatin1String("token_type"));
    if (!type.isUndefined()
        && type.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return error(Kind::BadResponse, httpStatus);
    token.tokenType = QStringLiteral("Bearer");

    const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
    const auto fromJwt = jwtLifetime(token.accessToken);
    if (expiresIn.isUndefined() || expiresIn.isNull()) {
        token.lifetime = fromJwt.value_or(FallbackLifetime);
        return token;
    }
    const auto value = number(expiresIn);
    const auto lifetime = value ? lifetimeFrom(*value) : std::nullopt;
    if (!lifetime)
        return error(Kind::BadResponse, httpStatus);
    token.lifetime = fromJwt ? std::min(*lifetime, *fromJwt) : *lifetime;
    return token;
}

} // namespace

std::chrono::seconds parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return DefaultRetryAfter;
    bool allDigits = true;
    for (const char c : trimmed)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        if (trimmed.size() > 9)
            return MaxRetryAfter;
        return std::min(seconds(trimmed.toLongLong()), MaxRetryAfter);
    }
    // The other form RFC 9110 allows: an HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT"). Qt's
    // RFC 2822 parser wants a numeric zone, so GMT is spelled as one.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return DefaultRetryAfter;
    const qint64 delta = nowUtc.secsTo(at);
    return std::clamp(seconds(delta), seconds(0), MaxRetryAfter);
}

Result parse(int httpStatus, const RawHeaders &headers, const QByteArray &body,
             const QDateTime &receivedAtUtc)
{
    using Kind = AuthError::Kind;

    QByteArray json = body;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();

    // Laravel's throttle answers 429 with its own body ("Too Many Attempts."), not OAuth JSON.
    if (httpStatus == 429) {
        AuthError e = error(Kind::RateLimited, httpStatus, object);
        e.retryAfter = parseRetryAfter(header(headers, "Retry-After"), receivedAtUtc);
        return e;
    }
    if (httpStatus >= 300 && httpStatus < 400)
        return AuthError::of(Net::Failure::RedirectRefused, httpStatus);

    // Only `error` (with the status) decides what a failure means; message text never does.
    const QJsonValue code = object.value(QLatin1String("error"));
    if (isObject && code.isString() && !code.toString().isEmpty())
        return error(kindForErrorCode(code.toString(), httpStatus), httpStatus, object);

    if (httpStatus >= 200 && httpStatus < 300)
        return isObject ? parseToken(httpStatus, object) : error(Kind::BadResponse, httpStatus);
    // Passport ≤ 7 answers unexpected failures with a plain-text "Error."; proxies with HTML.
    if (httpStatus >= 500)
        return error(Kind::ServerError, httpStatus);
    return error(Kind::BadResponse, httpStatus, isObject ? object : QJsonObject());
}

} // namespace TokenResponse
