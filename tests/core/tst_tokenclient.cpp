#include "Awaited.h"
#include "CountingNetworkAccessManager.h"
#include "FakeHttpServer.h"
#include "StandaloneTokenClient.h"
#include "TestMain.h"
#include "TokenResults.h"
#include "net/Transport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono;
using Kind = AuthError::Kind;

namespace {

const QByteArray TokenBody =
    R"({"token_type":"Bearer","expires_in":3600,"access_token":"tok-123"})";

TokenRequest requestTo(const QUrl &url)
{
    return {url,       QStringLiteral("2"),           QStringLiteral("s3cret&=+"),
            QString(), QStringLiteral("13800138000"), QStringLiteral("p@ss word&x=1")};
}

// Starts one request; its result, once AWAITed.
Awaited<TokenResponse::Result> sendRequest(TokenClient &client, const QUrl &url)
{
    Awaited finished(&client, &TokenClient::finished);
    client.requestToken(requestTo(url));
    return finished;
}

} // namespace

class TestTokenClient : public QObject {
    Q_OBJECT
private slots:
    void init();
    void sendsTheSpecsFormParameters();
    void sendsOnlyTheParametersThatHaveValues_data();
    void sendsOnlyTheParametersThatHaveValues();
    void readsTheTokenFromTheAnswer();
    void judgesHttpErrorsByTheirBody();
    void knowsWhichUrlsAreSecure_data();
    void knowsWhichUrlsAreSecure();
    void refusesPlainHttpToOtherHostsBeforeSending();
    void asksForTls12OrLaterAndHttp1Only();
    void neverFollowsRedirects_data();
    void neverFollowsRedirects();
    void endsASilentRequestAfterTheIdleTimeout();
    void endsATrickleAtTheOverallDeadline();
    void cutsOversizedAnswers_data();
    void cutsOversizedAnswers();
    void reportsAConnectionLostMidBody();
    void cancelAbortsTheRequest();
    void reportsARefusedConnectionAsOffline();
    void sendsOneRequestAtATime();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
};

void TestTokenClient::asksForTls12OrLaterAndHttp1Only()
{
    // Whatever the TLS back end and the system would allow (Debian's OpenSSL already refuses
    // TLS 1.0; Schannel on an old Windows does not), and HTTP/2 never: the size cap is argued
    // from Qt's HTTP/1 handler (net/Transport.h).
    StandaloneTokenClient client(m_network.get());
    QTcpServer closed; // a port where nothing listens: refused at once, once asked for
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const auto answered =
        sendRequest(client, QUrl(QStringLiteral("https://127.0.0.1:%1/oauth/token").arg(port)));
    AWAIT(answered);
    QCOMPARE(m_network->requestCount(), 1);
    const QNetworkRequest &request = m_network->lastRequest();
    QCOMPARE(request.sslConfiguration().protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(request.attribute(QNetworkRequest::Http2AllowedAttribute, true).toBool(), false);

    m_server->respondWith(FakeHttpServer::json(200, TokenBody));
    const auto plain = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(plain);
    QCOMPARE(
        m_network->lastRequest().attribute(QNetworkRequest::Http2AllowedAttribute, true).toBool(),
        false);
}

void TestTokenClient::init()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3")); // as main.cpp sets it
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<CountingNetworkAccessManager>();
}

void TestTokenClient::sendsTheSpecsFormParameters()
{
    m_server->respondWith(FakeHttpServer::json(200, TokenBody));
    StandaloneTokenClient client(m_network.get());
    const auto answered = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(answered);

    QCOMPARE(m_server->requests().size(), 1);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/oauth/token"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(request.header("Authorization").isEmpty());
    // The app names itself (Transport::userAgent()), not Qt's "Mozilla/5.0".
    const QByteArray agent = request.header("User-Agent");
    QVERIFY2(agent.startsWith(QByteArray(QCoreApplication::applicationName().toUtf8() + "/1.2.3 ("))
                 && agent.endsWith(QByteArray("; Qt " + QByteArray(qVersion()) + ')')),
             agent.constData());
    const QUrlQuery form(QString::fromLatin1(request.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("password"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("2"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
             QStringLiteral("s3cret&=+"));
    // No scope configured: none sent (RFC 6749 §3.3; a strict server refuses `scope=`).
    QVERIFY(!form.hasQueryItem(QStringLiteral("scope")));
    QCOMPARE(form.queryItemValue(QStringLiteral("username")), QStringLiteral("13800138000"));
    QCOMPARE(form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded),
             QStringLiteral("p@ss word&x=1"));
    QCOMPARE(form.queryItems().size(), 5);
}

void TestTokenClient::sendsOnlyTheParametersThatHaveValues_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("expected");
    const QStringList always {QStringLiteral("grant_type"), QStringLiteral("client_id"),
                              QStringLiteral("username"), QStringLiteral("password")};
    QTest::newRow("public client, no scope") << QString() << QString() << always;
    QTest::newRow("public client with a scope") << QString() << QStringLiteral("profile email")
                                                << always + QStringList {QStringLiteral("scope")};
    QTest::newRow("confidential client with a scope")
        << QStringLiteral("s") << QStringLiteral("profile")
        << always + QStringList {QStringLiteral("client_secret"), QStringLiteral("scope")};
}

void TestTokenClient::sendsOnlyTheParametersThatHaveValues()
{
    QFETCH(QString, secret);
    QFETCH(QString, scope);
    QFETCH(QStringList, expected);
    m_server->respondWith(FakeHttpServer::json(200, TokenBody));
    StandaloneTokenClient client(m_network.get());
    QSignalSpy finished(&client, &TokenClient::finished);
    TokenRequest request = requestTo(m_server->url(QStringLiteral("/oauth/token")));
    request.clientSecret = secret;
    request.scope = scope;
    client.requestToken(request);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    const QUrlQuery form(QString::fromLatin1(m_server->requests().first().body));
    QStringList names;
    for (const auto &item : form.queryItems())
        names.append(item.first);
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
    if (!scope.isEmpty()) // sent as configured, spaces and all
        QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), scope);
}

void TestTokenClient::readsTheTokenFromTheAnswer()
{
    m_server->respondWith(FakeHttpServer::json(200, TokenBody));
    StandaloneTokenClient client(m_network.get());
    const auto result = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("token"));
    QCOMPARE(std::get<Token>(*result).accessToken, QByteArray("tok-123"));
    QCOMPARE(std::get<Token>(*result).lifetime, seconds(3600));
    QVERIFY(!client.isBusy());
}

void TestTokenClient::judgesHttpErrorsByTheirBody()
{
    m_server->respondWith(FakeHttpServer::json(
        401,
        R"({"error":"invalid_credentials","message":"The user credentials were incorrect."})"));
    StandaloneTokenClient client(m_network.get());
    const auto refused = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(refused);
    QCOMPARE(kindOf(*refused), QStringLiteral("WrongCredentials"));
    QCOMPARE(std::get<AuthError>(*refused).httpStatus, 401);

    FakeHttpServer::Response throttled =
        FakeHttpServer::json(429, R"({"message":"Too Many Attempts."})");
    throttled.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("17")));
    m_server->respondWith(throttled);
    const auto limited = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(limited);
    QCOMPARE(kindOf(*limited), QStringLiteral("RateLimited"));
    QCOMPARE(std::get<AuthError>(*limited).retryAfter, seconds(17));
}

void TestTokenClient::knowsWhichUrlsAreSecure_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("secure");
    QTest::newRow("https") << QStringLiteral("https://api.example.com/oauth/token") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8765/oauth/token") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1/oauth/token") << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/oauth/token") << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:80/oauth/token") << true;
    QTest::newRow("http other host")
        << QStringLiteral("http://api.example.com/oauth/token") << false;
    QTest::newRow("http private address")
        << QStringLiteral("http://192.168.1.1/oauth/token") << false;
    QTest::newRow("http look-alike") << QStringLiteral("http://127.0.0.1.example.com/") << false;
    QTest::newRow("http localhost look-alike")
        << QStringLiteral("http://localhost.example.com/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
}

void TestTokenClient::knowsWhichUrlsAreSecure()
{
    QFETCH(QString, url);
    QFETCH(bool, secure);
    QCOMPARE(Transport::isSecureUrl(QUrl(url)), secure);
}

void TestTokenClient::refusesPlainHttpToOtherHostsBeforeSending()
{
    StandaloneTokenClient client(m_network.get());
    const auto result =
        sendRequest(client, QUrl(QStringLiteral("http://api.example.com/oauth/token")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("InsecureUrl"));
    QCOMPARE(m_network->requestCount(), 0);
}

void TestTokenClient::neverFollowsRedirects_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("sameHost");
    for (const int status : {301, 302, 307, 308}) {
        QTest::addRow("%d to another host", status) << status << false;
        QTest::addRow("%d to the same host", status) << status << true;
    }
}

void TestTokenClient::neverFollowsRedirects()
{
    QFETCH(int, status);
    QFETCH(bool, sameHost);
    FakeHttpServer target;
    QVERIFY(target.listen());
    target.respondWith(FakeHttpServer::json(200, TokenBody));
    const QUrl location = sameHost ? m_server->url(QStringLiteral("/elsewhere"))
                                   : target.url(QStringLiteral("/oauth/token"));
    m_server->setHandler([&](const FakeHttpServer::Request &request) {
        if (request.path == "/elsewhere")
            return FakeHttpServer::json(200, TokenBody);
        FakeHttpServer::Response response;
        response.status = status;
        response.headers = {{"Location", location.toEncoded()}};
        return response;
    });
    StandaloneTokenClient client(m_network.get());
    const auto result = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("RedirectRefused"));
    QCOMPARE(std::get<AuthError>(*result).httpStatus, status);
    // Final already: a redirect that was followed would have been requested before the answer.
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(target.requests().size(), 0);
}

void TestTokenClient::endsASilentRequestAfterTheIdleTimeout()
{
    FakeHttpServer::Response silent;
    silent.neverAnswer = true;
    m_server->respondWith(silent);
    StandaloneTokenClient client(m_network.get());
    client.transport()->setPolicy({milliseconds(300), milliseconds(30000), false, {}});
    QElapsedTimer timer;
    timer.start();
    const auto result = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("Timeout"));
    QVERIFY(timer.elapsed() >= 250);
}

void TestTokenClient::endsATrickleAtTheOverallDeadline()
{
    FakeHttpServer::Response trickle = FakeHttpServer::json(200, TokenBody);
    trickle.trickleIntervalMs = 100; // never idle long enough for the idle timeout
    m_server->respondWith(trickle);
    StandaloneTokenClient client(m_network.get());
    client.transport()->setPolicy({milliseconds(2000), milliseconds(600), false, {}});
    QElapsedTimer timer;
    timer.start();
    const auto result = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("Timeout"));
    QVERIFY(timer.elapsed() < 3000);
}

void TestTokenClient::cutsOversizedAnswers_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length announced") << true;
    QTest::newRow("no Content-Length") << false;
}

void TestTokenClient::cutsOversizedAnswers()
{
    QFETCH(bool, announced);
    FakeHttpServer::Response big =
        FakeHttpServer::json(200, "{\"access_token\":\"" + QByteArray(200 * 1024, 'a') + "\"}");
    big.omitContentLength = !announced;
    m_server->respondWith(big);
    StandaloneTokenClient client(m_network.get());
    const auto result = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("ResponseTooLarge"));
}

void TestTokenClient::reportsAConnectionLostMidBody()
{
    FakeHttpServer::Response broken = FakeHttpServer::json(200, TokenBody);
    broken.closeMidBody = true;
    m_server->respondWith(broken);
    StandaloneTokenClient client(m_network.get());
    const auto result = sendRequest(client, m_server->url(QStringLiteral("/oauth/token")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("Offline"));
}

void TestTokenClient::cancelAbortsTheRequest()
{
    FakeHttpServer::Response silent;
    silent.neverAnswer = true;
    m_server->respondWith(silent);
    StandaloneTokenClient client(m_network.get());
    QSignalSpy finished(&client, &TokenClient::finished);
    client.requestToken(requestTo(m_server->url(QStringLiteral("/oauth/token"))));
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(client.isBusy());
    client.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(kindOf(finished.first().first().value<TokenResponse::Result>()),
             QStringLiteral("Cancelled"));
    QVERIFY(!client.isBusy());
}

void TestTokenClient::reportsARefusedConnectionAsOffline()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    StandaloneTokenClient client(m_network.get());
    const auto result =
        sendRequest(client, QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(port)));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("Offline"));
}

void TestTokenClient::sendsOneRequestAtATime()
{
    m_server->respondWith(FakeHttpServer::json(200, TokenBody));
    StandaloneTokenClient client(m_network.get());
    QSignalSpy finished(&client, &TokenClient::finished);
    const TokenRequest request = requestTo(m_server->url(QStringLiteral("/oauth/token")));
    client.requestToken(request);
    client.requestToken(request);
    // A request is handed to the network during the call: none came of the second one.
    QCOMPARE(m_network->requestCount(), 1);
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_network->requestCount(), 1);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
