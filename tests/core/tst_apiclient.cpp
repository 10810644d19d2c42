#include "Awaited.h"
#include "CountingNetworkAccessManager.h"
#include "FakeHttpServer.h"
#include "MemorySessionStore.h"
#include "TestClock.h"
#include "TestMain.h"
#include "api/ApiClient.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "graph/AppGraph.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using State = AuthManager::State;

class TestApiClient : public QObject {
    Q_OBJECT
private slots:
    void init();
    void sendsTheTokenAndReturnsTheAnswer();
    void a401EndsTheSessionAsExpiryDoes();
    void otherFailuresLeaveTheSessionAlone();
    void theNetworkNeverEndsTheSession_data();
    void theNetworkNeverEndsTheSession();
    void withoutASessionNothingIsSent();
    void sendsTheTokenOnlyToTheServerThatIssuedIt_data();
    void sendsTheTokenOnlyToTheServerThatIssuedIt();
    void originsAreComparedAsUrlsAre_data();
    void originsAreComparedAsUrlsAre();
    void anAnswerForAnEndedSessionIsDropped();

private:
    // A reply's result, once AWAITed.
    static Awaited<ApiResult> resultOf(ApiReply *reply);
    Awaited<ApiResult> get(const QString &path);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<MemorySessionStore> m_store;
    std::unique_ptr<AppGraph> m_app;
};

void TestApiClient::init()
{
    m_app.reset();
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler([](const FakeHttpServer::Request &request) {
        if (request.path == "/oauth/token")
            return FakeHttpServer::json(
                200, R"({"token_type":"Bearer","expires_in":3600,"access_token":"api-token"})");
        if (request.path == "/api/user")
            return FakeHttpServer::json(200, R"({"id":1,"name":"Li Wei"})");
        if (request.path == "/api/gone")
            return FakeHttpServer::json(401, R"({"message":"Unauthenticated."})");
        return FakeHttpServer::json(500, "Error.");
    });
    AppConfig config;
    config.serverUrl = m_server->url();
    config.clientId = QStringLiteral("2");
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_clock = std::make_unique<TestClock>();
    m_store = std::make_unique<MemorySessionStore>();
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
    m_app->auth.signIn(QStringLiteral("13800138000"), QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
}

Awaited<ApiResult> TestApiClient::resultOf(ApiReply *reply)
{
    return Awaited(reply, &ApiReply::finished,
                   [](ApiReply *finished) { return finished->result(); });
}

Awaited<ApiResult> TestApiClient::get(const QString &path)
{
    return resultOf(m_app->api.get(m_server->url(path)));
}

void TestApiClient::sendsTheTokenAndReturnsTheAnswer()
{
    const auto result = get(QStringLiteral("/api/user"));
    AWAIT(result);
    QVERIFY(result->isOk());
    QCOMPARE(result->httpStatus, 200);
    QCOMPARE(result->json().value(QLatin1String("name")).toString(), QStringLiteral("Li Wei"));
    QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer api-token"));
}

void TestApiClient::a401EndsTheSessionAsExpiryDoes()
{
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    const auto result = get(QStringLiteral("/api/gone"));
    AWAIT(result);
    QVERIFY(!result->isOk());
    QCOMPARE(result->httpStatus, 401);
    QCOMPARE(result->error, ApiError::Kind::Unauthorized);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::Revoked);
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QTRY_VERIFY(!m_store->stored());
}

void TestApiClient::otherFailuresLeaveTheSessionAlone()
{
    const auto result = get(QStringLiteral("/api/broken"));
    AWAIT(result);
    QCOMPARE(result->error, ApiError::Kind::HttpError);
    QCOMPARE(result->httpStatus, 500);
    QCOMPARE(m_app->auth.state(), State::SignedIn);
}

// Only the server's refusal of the token (401) ends a session: whatever goes wrong on the way
// leaves the person signed in and the session stored.
void TestApiClient::theNetworkNeverEndsTheSession_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QByteArray>("kind"); // the result's name: toString()
    QTest::addColumn<int>("status");
    QTest::newRow("server down") << "down" << QByteArray("Offline") << 0;
    QTest::newRow("no answer") << "silent" << QByteArray("Timeout") << 0;
    QTest::newRow("500") << "500" << QByteArray("HttpError") << 500;
    QTest::newRow("502 from a gateway, HTML") << "502" << QByteArray("HttpError") << 502;
    QTest::newRow("503 maintenance") << "503" << QByteArray("HttpError") << 503;
    QTest::newRow("proxy wants credentials (407)")
        << "proxy-407" << QByteArray("ProxyAuthenticationRequired") << 407;
    QTest::newRow("proxy down") << "proxy-down" << QByteArray("Offline") << 0;
}

void TestApiClient::theNetworkNeverEndsTheSession()
{
    QFETCH(QString, failure);
    QFETCH(QByteArray, kind);
    QFETCH(int, status);
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    // The token goes only to the server that issued it, so the server itself misbehaves (or the
    // proxy on the way to it).
    const QUrl url = m_server->url(QStringLiteral("/api/user"));
    FakeHttpServer proxy;
    QVERIFY(proxy.listen());
    if (failure == QLatin1String("down")) {
        m_server.reset(); // its port is free again
    } else if (failure == QLatin1String("silent")) {
        Transport::Policy policy = m_app->transport.policy();
        policy.idleTimeout = std::chrono::seconds(1);
        m_app->transport.setPolicy(policy);
        m_server->respondWith({200, {}, {}, true});
    } else if (failure.startsWith(QLatin1String("proxy"))) {
        quint16 port = proxy.url().port();
        if (failure == QLatin1String("proxy-down")) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        FakeHttpServer::Response refusal = FakeHttpServer::json(407, "{}");
        refusal.headers.append(
            qMakePair(QByteArray("Proxy-Authenticate"), QByteArray("Basic realm=\"office\"")));
        proxy.respondWith(refusal);
        m_network->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));
    } else {
        FakeHttpServer::Response answer =
            FakeHttpServer::json(failure.toInt(), "<html>down</html>");
        answer.headers = {{"Content-Type", "text/html"}};
        m_server->respondWith(answer);
    }
    const auto result = resultOf(m_app->api.get(url));
    AWAIT(result);
    QVERIFY(result->error.has_value());
    QCOMPARE(toString(*result), kind.constData());
    QCOMPARE(result->httpStatus, status);
    QCOMPARE(ended.size(), 0);
    QCOMPARE(m_app->auth.state(), State::SignedIn);
    QVERIFY(m_store->stored());
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestApiClient::withoutASessionNothingIsSent()
{
    m_app->auth.signOut();
    const int before = m_network->requestCount();
    const auto result = get(QStringLiteral("/api/user"));
    AWAIT(result);
    QCOMPARE(result->error, ApiError::Kind::NoSession);
    QCOMPARE(m_network->requestCount(), before);
}

// The token goes to the origin of the server that issued it and nowhere else: not to another
// host (even over https), not to another port of the same host, not over plain http.
void TestApiClient::sendsTheTokenOnlyToTheServerThatIssuedIt_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("another host, plain http") << "http://api.example.com/user";
    QTest::newRow("another host, https") << "https://api.example.com/user";
    QTest::newRow("another port of the same host") << "OTHER";
    QTest::newRow("the same port, https instead of http") << "HTTPS";
}

void TestApiClient::sendsTheTokenOnlyToTheServerThatIssuedIt()
{
    QFETCH(QString, where);
    FakeHttpServer other;
    QVERIFY(other.listen());
    QUrl url(where);
    if (where == QLatin1String("OTHER"))
        url = other.url(QStringLiteral("/api/user"));
    if (where == QLatin1String("HTTPS")) {
        url = m_server->url(QStringLiteral("/api/user"));
        url.setScheme(QStringLiteral("https"));
    }
    const int before = m_network->requestCount();
    const int served = int(m_server->requests().size());
    const auto result = resultOf(m_app->api.get(url));
    AWAIT(result);
    QCOMPARE(result->error, ApiError::Kind::OtherServer);
    QCOMPARE(m_network->requestCount(), before);
    QCOMPARE(m_server->requests().size(), served);
    QCOMPARE(other.requests().size(), 0);
}

void TestApiClient::originsAreComparedAsUrlsAre_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const auto row = [](const char *name, const char *a, const char *b, bool same) {
        QTest::newRow(name) << QString::fromLatin1(a) << QString::fromLatin1(b) << same;
    };
    row("the scheme's port", "https://login.example.com", "https://login.example.com:443/x", true);
    row("upper case", "HTTPS://Login.Example.COM/", "https://login.example.com/oauth", true);
    row("another port", "https://login.example.com", "https://login.example.com:8443", false);
    row("http and https", "http://login.example.com", "https://login.example.com", false);
    row("a subdomain", "https://login.example.com", "https://api.login.example.com", false);
    row("IPv6", "http://[::1]:8080/", "http://[::1]:8080/api", true);
    row("IPv6, another port", "http://[::1]:8080/", "http://[::1]:8081/", false);
}

void TestApiClient::originsAreComparedAsUrlsAre()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const QString origin = Transport::originOf(QUrl(a));
    QVERIFY(!origin.isEmpty());
    QCOMPARE(origin == Transport::originOf(QUrl(b)), same);
    // Written as a URL would be: it is kept with a stored session.
    QCOMPARE(QUrl(origin).isValid(), true);
    QCOMPARE(Transport::originOf(QUrl(origin)), origin);
}

void TestApiClient::anAnswerForAnEndedSessionIsDropped()
{
    ApiReply *reply = m_app->api.get(m_server->url(QStringLiteral("/api/user")));
    std::optional<ApiResult> result;
    connect(reply, &ApiReply::finished, this, [&result](ApiReply *r) { result = r->result(); });
    m_app->auth.signOut();
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error, ApiError::Kind::SessionEnded);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
