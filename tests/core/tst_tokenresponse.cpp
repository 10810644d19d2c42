#include "TestMain.h"
#include "auth/TokenResponse.h"

#include <QFile>
#include <QTest>

using namespace std::chrono;
using Kind = AuthError::Kind;
using TokenResponse::RawHeaders;

Q_DECLARE_METATYPE(RawHeaders)
Q_DECLARE_METATYPE(AuthError::Kind)

namespace {

QByteArray specBody(const char *name)
{
    QFile file(QStringLiteral(DESKLOGIN_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        QTest::qFail(qPrintable(QStringLiteral("missing test data ") + file.fileName()), __FILE__,
                     __LINE__);
    return file.readAll();
}

// A JWT with the given claims; the signature is not checked by the app, so any will do.
QByteArray jwt(const QByteArray &claims)
{
    return QByteArray(R"({"typ":"JWT","alg":"RS256"})")
               .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + '.' + claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + ".c2lnbmF0dXJl";
}

QByteArray success(const QByteArray &fields)
{
    return "{" + fields + "}";
}

const QDateTime Now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestTokenResponse : public QObject {
    Q_OBJECT
private slots:
    void acceptsTokens_data();
    void acceptsTokens();
    void reportsErrorsByCodeAndStatus_data();
    void reportsErrorsByCodeAndStatus();
    void refusesUnusableSuccessBodies_data();
    void refusesUnusableSuccessBodies();
    void readsRetryAfter_data();
    void readsRetryAfter();
    void serverTextIsPlainSingleLineAndBounded();
};

void TestTokenResponse::acceptsTokens_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("accessTokenStart");
    QTest::addColumn<qint64>("lifetime");

    // The API document's own success body, byte for byte: its JWT's exp - iat is 365 days.
    QTest::newRow("spec sample, Passport JWT")
        << specBody("spec-success.json") << QByteArray("eyJ0eXAiOiJKV1Qi") << qint64(31536000);
    QTest::newRow("opaque token (RFC 6749 server)")
        << success(R"("access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example-less",)"
                   R"("expires_in":3600)")
               .replace("example-less", "Bearer")
        << QByteArray("2YotnFZFEjr1zCsicMWpAA") << qint64(3600);
    QTest::newRow("token_type lower case, scope present")
        << success(R"("access_token":"abc","token_type":"bearer","expires_in":60,"scope":"")")
        << QByteArray("abc") << qint64(60);
    QTest::newRow("token_type missing means Bearer")
        << success(R"("access_token":"abc","expires_in":60)") << QByteArray("abc") << qint64(60);
    QTest::newRow("expires_in as a string")
        << success(R"("access_token":"abc","token_type":"Bearer","expires_in":"3600")")
        << QByteArray("abc") << qint64(3600);
    QTest::newRow("expires_in fractional is floored")
        << success(R"("access_token":"abc","token_type":"Bearer","expires_in":3600.5)")
        << QByteArray("abc") << qint64(3600);
    QTest::newRow("expires_in absurd is capped")
        << success(R"("access_token":"abc","token_type":"Bearer","expires_in":1e300)")
        << QByteArray("abc") << qint64(TokenResponse::MaxLifetime.count());
    QTest::newRow("expires_in 2^63 is capped")
        << success(R"("access_token":"abc","token_type":"Bearer","expires_in":9223372036854775808)")
        << QByteArray("abc") << qint64(TokenResponse::MaxLifetime.count());
    QTest::newRow("expires_in missing, opaque token: fallback")
        << success(R"("access_token":"abc","token_type":"Bearer")") << QByteArray("abc")
        << qint64(TokenResponse::FallbackLifetime.count());
    const QByteArray shortJwt = jwt(R"({"iat":1000,"exp":1600,"sub":"1"})");
    QTest::newRow("expires_in missing, JWT: exp - iat")
        << success(R"("access_token":")" + shortJwt + R"(","token_type":"Bearer")")
        << shortJwt.left(10) << qint64(600);
    QTest::newRow("JWT shorter than expires_in wins") << success(
        R"("access_token":")" + shortJwt + R"(","token_type":"Bearer","expires_in":3600)")
                                                      << shortJwt.left(10) << qint64(600);
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBF") + success(R"("access_token":"abc","expires_in":60)")
        << QByteArray("abc") << qint64(60);
}

void TestTokenResponse::acceptsTokens()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, accessTokenStart);
    QFETCH(qint64, lifetime);

    const auto result = TokenResponse::parse(200, {}, body, Now);
    QVERIFY2(std::holds_alternative<Token>(result),
             std::holds_alternative<AuthError>(result) ? toString(std::get<AuthError>(result))
                                                       : "");
    const Token &token = std::get<Token>(result);
    QVERIFY(token.accessToken.startsWith(accessTokenStart));
    QCOMPARE(token.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(token.lifetime.count(), lifetime);
}

void TestTokenResponse::reportsErrorsByCodeAndStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("kind"); // AuthError's name: toString()
    QTest::addColumn<QString>("serverText");

    const QString wrong = QStringLiteral("The user credentials were incorrect.");
    QTest::newRow("spec failure body (league <= 7.3.2)")
        << 401 << specBody("spec-failure.json") << QByteArray("WrongCredentials") << wrong;
    QTest::newRow("league 7.3.3-7.4: plus error_description")
        << 401
        << QByteArray(
               R"({"error":"invalid_credentials","error_description":"The user credentials were incorrect.","message":"The user credentials were incorrect."})")
        << QByteArray("WrongCredentials") << wrong;
    QTest::newRow("league 8.0-8.3.1: invalid_grant with hint")
        << 400
        << QByteArray(
               R"({"error":"invalid_grant","error_description":"The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.","hint":"","message":"The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."})")
        << QByteArray("WrongCredentials")
        << QStringLiteral("The provided authorization grant (e.g., authorization code, resource "
                          "owner credentials) or refresh token is invalid, expired, revoked, does "
                          "not match the redirection URI used in the authorization request, or was "
                          "issued to another client.");
    QTest::newRow("league 8.3.2-8.5 (Passport 10-12)")
        << 400
        << QByteArray(
               R"({"error":"invalid_grant","error_description":"The user credentials were incorrect.","message":"The user credentials were incorrect."})")
        << QByteArray("WrongCredentials") << wrong;
    QTest::newRow("league 9: no message")
        << 400
        << QByteArray(
               R"({"error":"invalid_grant","error_description":"The user credentials were incorrect."})")
        << QByteArray("WrongCredentials") << wrong;
    QTest::newRow("invalid_client")
        << 401
        << QByteArray(R"({"error":"invalid_client","message":"Client authentication failed"})")
        << QByteArray("ClientMisconfigured") << QStringLiteral("Client authentication failed");
    QTest::newRow("invalid_request with hint")
        << 400
        << QByteArray(
               R"({"error":"invalid_request","error_description":"The request is missing a required parameter.","hint":"Check the `username` parameter"})")
        << QByteArray("InvalidRequest")
        << QStringLiteral("The request is missing a required parameter.");
    QTest::newRow("unsupported_grant_type (Passport 12 without enablePasswordGrant)")
        << 400
        << QByteArray(
               R"({"error":"unsupported_grant_type","error_description":"The authorization grant type is not supported by the authorization server."})")
        << QByteArray("GrantNotEnabled")
        << QStringLiteral(
               "The authorization grant type is not supported by the authorization server.");
    QTest::newRow("unauthorized_client") << 400 << QByteArray(R"({"error":"unauthorized_client"})")
                                         << QByteArray("UnauthorizedClient") << QString();
    QTest::newRow("invalid_scope (RFC 6749 server, empty scope)")
        << 400
        << QByteArray(
               R"({"error":"invalid_scope","error_description":"Invalid parameter: `scope`"})")
        << QByteArray("InvalidScope") << QStringLiteral("Invalid parameter: `scope`");
    QTest::newRow("unknown code, 4xx") << 403 << QByteArray(R"({"error":"account_locked"})")
                                       << QByteArray("AccessDenied") << QString();
    QTest::newRow("unknown code, 5xx") << 503 << QByteArray(R"({"error":"maintenance"})")
                                       << QByteArray("ServerError") << QString();
    QTest::newRow("error field wins over status 200")
        << 200 << QByteArray(R"({"error":"invalid_grant"})") << QByteArray("WrongCredentials")
        << QString();
    QTest::newRow("message text never decides")
        << 401
        << QByteArray(
               R"({"error":"invalid_client","message":"The user credentials were incorrect."})")
        << QByteArray("ClientMisconfigured") << wrong;
    QTest::newRow("429 Laravel throttle")
        << 429 << QByteArray(R"({"message":"Too Many Attempts."})") << QByteArray("RateLimited")
        << QStringLiteral("Too Many Attempts.");
    QTest::newRow("500 plain Error. (Passport <= 7)")
        << 500 << QByteArray("Error.") << QByteArray("ServerError") << QString();
    QTest::newRow("502 HTML from a proxy")
        << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
        << QByteArray("ServerError") << QString();
    QTest::newRow("504 empty") << 504 << QByteArray() << QByteArray("ServerError") << QString();
    QTest::newRow("302 redirect") << 302 << QByteArray() << QByteArray("RedirectRefused")
                                  << QString();
    QTest::newRow("401 without JSON")
        << 401 << QByteArray("Unauthorized") << QByteArray("BadResponse") << QString();
    QTest::newRow("404 JSON without error")
        << 404 << QByteArray(R"({"message":"Not Found"})") << QByteArray("BadResponse")
        << QStringLiteral("Not Found");
}

void TestTokenResponse::reportsErrorsByCodeAndStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, kind);
    QFETCH(QString, serverText);

    const auto result = TokenResponse::parse(status, {}, body, Now);
    QVERIFY(std::holds_alternative<AuthError>(result));
    const AuthError &error = std::get<AuthError>(result);
    QCOMPARE(toString(error), kind.constData());
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.serverText, serverText);
}

void TestTokenResponse::refusesUnusableSuccessBodies_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("{}") << QByteArray("{}");
    QTest::newRow("[]") << QByteArray("[]");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("truncated") << QByteArray(R"({"access_token":"abc","expires_in":36)");
    QTest::newRow("captive portal HTML")
        << QByteArray("<!DOCTYPE html><html>Log in to Wi-Fi</html>");
    QTest::newRow("access_token missing") << success(R"("token_type":"Bearer","expires_in":60)");
    QTest::newRow("access_token empty") << success(R"("access_token":"","expires_in":60)");
    QTest::newRow("access_token a number") << success(R"("access_token":12345,"expires_in":60)");
    QTest::newRow("access_token with a newline")
        << success(R"("access_token":"abc\r\nX-Evil: 1","expires_in":60)");
    QTest::newRow("access_token too long")
        << success(R"("access_token":")" + QByteArray(TokenResponse::MaxAccessTokenBytes + 1, 'a')
                   + R"(","expires_in":60)");
    QTest::newRow("token_type mac")
        << success(R"("access_token":"abc","token_type":"mac","expires_in":60)");
    QTest::newRow("expires_in 0") << success(R"("access_token":"abc","expires_in":0)");
    QTest::newRow("expires_in -1") << success(R"("access_token":"abc","expires_in":-1)");
    QTest::newRow("expires_in a word") << success(R"("access_token":"abc","expires_in":"soon")");
    QTest::newRow("expires_in an object") << success(R"("access_token":"abc","expires_in":{}})");
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"access_token\":\"ab\xff\xfe\",\"expires_in\":60}");
    QTest::newRow("deeply nested arrays") << QByteArray(100000, '[') + QByteArray(100000, ']');
}

void TestTokenResponse::refusesUnusableSuccessBodies()
{
    QFETCH(QByteArray, body);
    const auto result = TokenResponse::parse(200, {}, body, Now);
    QVERIFY(std::holds_alternative<AuthError>(result));
    QCOMPARE(std::get<AuthError>(result).kind, Kind::BadResponse);
}

void TestTokenResponse::readsRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("seconds") << QByteArray("42") << qint64(42);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("HTTP date 90 s ahead")
        << QByteArray("Sun, 01 Mar 2026 09:01:30 GMT") << qint64(90);
    QTest::newRow("HTTP date in the past")
        << QByteArray("Sun, 01 Mar 2026 08:00:00 GMT") << qint64(0);
    QTest::newRow("missing: Laravel's minute") << QByteArray() << qint64(60);
    QTest::newRow("garbage: Laravel's minute") << QByteArray("soon") << qint64(60);
    QTest::newRow("absurd: capped") << QByteArray("99999999999999999999") << qint64(3600);
    QTest::newRow("large: capped") << QByteArray("86400") << qint64(3600);
}

void TestTokenResponse::readsRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);

    RawHeaders headers;
    if (!header.isNull())
        headers.append({"retry-after", header});
    const auto result =
        TokenResponse::parse(429, headers, "{\"message\":\"Too Many Attempts.\"}", Now);
    QVERIFY(std::holds_alternative<AuthError>(result));
    QCOMPARE(std::get<AuthError>(result).retryAfter.count(), expected);
}

void TestTokenResponse::serverTextIsPlainSingleLineAndBounded()
{
    const QByteArray body = R"({"error":"invalid_request","error_description":")"
        + QByteArray("<b>bold</b>\\n\\u001b[31mred\\u001b[0m\\r\\nnext ") + QByteArray(1000, 'x')
        + R"("})";
    const auto result = TokenResponse::parse(400, {}, body, Now);
    const AuthError &error = std::get<AuthError>(result);
    QVERIFY(error.serverText.startsWith(QStringLiteral("<b>bold</b> [31mred [0m next x")));
    for (const QChar c : error.serverText)
        QVERIFY(c.isPrint());
    QVERIFY(error.serverText.size() <= 300);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
