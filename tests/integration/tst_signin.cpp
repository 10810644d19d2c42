#include "AwaitedJob.h"
#include "DemoServer.h"
#include "FakeHttpServer.h"
#include "KeyringGuard.h"
#include "SecretServiceProbe.h"
#include "TestClock.h"
#include "TestMain.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "graph/AppGraph.h"
#include "secrets/SecretBackend.h"
#include "session/KeychainSessionStore.h"
#include "session/SessionJob.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using State = AuthManager::State;

namespace {

// The objects main.cpp builds, with the real keychain and the real network; destroying one and
// making another is quitting the app and starting it again. The system's clock unless a test
// brings its own, to move time between two runs.
struct App {
    SystemClock systemClock;
    KeychainSessionStore store;
    std::unique_ptr<SecretBackend> secrets; // the proxy password, tokens waiting to be revoked
    AppGraph graph;
    AuthManager &auth = graph.auth;

    App(const AppConfig &config, const QString &service, const Clock *clock = nullptr)
        : store(service),
          secrets(createSystemSecretBackend(service)),
          graph(config, &store, clock ? clock : &systemClock, nullptr, secrets.get())
    {
    }
};

// Waits until the revoker has nothing under way (its request, its keychain entry).
bool waitUntilRevokerIdle(App &app)
{
    if (app.graph.revoker.busy() == 0)
        return true;
    QSignalSpy idle(&app.graph.revoker, &TokenRevoker::idle);
    return idle.wait(10000);
}

// Waits for the revoker to settle one token; what it concluded, or nothing after 10 s.
std::optional<bool> waitUntilSettled(App &app)
{
    QSignalSpy settled(&app.graph.revoker, &TokenRevoker::settled);
    if (!settled.wait(10000))
        return std::nullopt;
    waitUntilRevokerIdle(app);
    return settled.first().first().toBool();
}

// GET /api/user on `server` with `token` as the bearer: the HTTP status.
int statusWithToken(const QUrl &server, const QByteArray &token)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/user"))));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

// The keychain write that follows a sign-in; the app waits for it before quitting as well.
bool waitUntilSaved(App &app)
{
    if (!app.store.isBusy())
        return true;
    QSignalSpy idle(&app.store, &SessionStore::idle);
    return idle.wait(10000);
}

AppConfig configFor(const DemoServer &server)
{
    AppConfig config;
    config.serverUrl = server.url();
    config.clientId = QString::fromLatin1(DemoServer::ClientId);
    config.clientSecret = QString::fromLatin1(DemoServer::ClientSecret);
    return config;
}

} // namespace

// Sign-in end to end: the demo server (a real OAuth 2.0 implementation) and a real keychain.
class TestSignIn : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signsInAndIsStillSignedInAfterARestart();
    void wrongPasswordInEveryDialect_data();
    void wrongPasswordInEveryDialect();
    void wrongClientSecretIsAConfigurationFault();
    void signsInToAStrictRfc6749Server();
    void aScopeTheServerRefusesIsSaidSo();
    void aPublicClientSendsNoSecret();
    void withoutKeepSignedInNothingReachesTheKeychain();
    void aShortLivedTokenReturnsToSignedOutWithTheReason();
    void aStoredSessionThatExpiredWhileClosedIsClearedOnStart();
    void tooManyAttemptsAreThrottled();
    void signOutLeavesNothingInTheKeychain();
    void aTokenIsRevokedOnTheServerAtSignOut_data();
    void aTokenIsRevokedOnTheServerAtSignOut();
    void aRevocationTheServerMissedIsMadeAtTheNextStart();

private:
    // The items of this test's service in the keychain, as the Secret Service itself counts
    // them; -1 when secret-tool failed, which no check takes for an answer.
    int keychainItems() const { return secretServiceItemCount(m_service); }
    QString m_service;
};

void TestSignIn::initTestCase()
{
    DESKLOGIN_REQUIRE_KEYRING();
}

void TestSignIn::init()
{
    m_service = QStringLiteral("org.desklogin.itest.") + QUuid::createUuid().toString(QUuid::Id128);
}

void TestSignIn::signsInAndIsStillSignedInAfterARestart()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Session first;
    {
        App app(configFor(server), m_service);
        app.auth.restore();
        QTRY_COMPARE(app.auth.state(), State::SignedOut);
        app.auth.signIn(QStringLiteral("138 0013 8000"), QString::fromLatin1(DemoServer::Password));
        QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
        first = *app.auth.session();
        QCOMPARE(first.accessToken.count('.'), 2); // the demo server issues JWTs
        QCOMPARE(first.tokenType, QStringLiteral("Bearer"));
        // league computes expires_in from its own clock a moment after it made the token, so a
        // year can arrive a second short.
        const qint64 lifetime = first.receivedAt.secsTo(first.expiresAt);
        QVERIFY2(lifetime >= 31536000 - 2 && lifetime <= 31536000,
                 qPrintable(QString::number(lifetime)));
        QVERIFY(waitUntilSaved(app));
        QVERIFY(keychainItems() > 0);
    }
    App restarted(configFor(server), m_service);
    restarted.auth.restore();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.auth.state(), State::SignedIn, 10000);
    QCOMPARE(*restarted.auth.session(), first);
    restarted.auth.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

void TestSignIn::wrongPasswordInEveryDialect_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("status");
    QTest::newRow("Passport <= 7 (the API document)") << QStringLiteral("passport7") << 401;
    QTest::newRow("league 8") << QStringLiteral("league8") << 400;
    QTest::newRow("league 9") << QStringLiteral("league9") << 400;
}

void TestSignIn::wrongPasswordInEveryDialect()
{
    QFETCH(QString, dialect);
    QFETCH(int, status);
    DemoServer server;
    QVERIFY2(server.start({QStringLiteral("--dialect"), dialect}),
             qPrintable(server.errorString()));
    App app(configFor(server), m_service);
    QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone), QStringLiteral("not-the-password"));
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<AuthError>();
    QCOMPARE(toString(error), "WrongCredentials");
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(app.auth.state(), State::SignedOut);
    QCOMPARE(keychainItems(), 0);
}

void TestSignIn::wrongClientSecretIsAConfigurationFault()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AppConfig config = configFor(server);
    config.clientSecret = QStringLiteral("not-the-secret");
    App app(config, m_service);
    QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QVERIFY(failed.wait(10000));
    QCOMPARE(toString(failed.first().first().value<AuthError>()), "ClientMisconfigured");
}

// A standards-following server that is not Passport: the library's own checks, which refuse
// `scope=` with an empty value as malformed. With no scope configured none is sent.
void TestSignIn::signsInToAStrictRfc6749Server()
{
    DemoServer server;
    QVERIFY2(server.start({QStringLiteral("--dialect"), QStringLiteral("rfc6749")}),
             qPrintable(server.errorString()));
    App app(configFor(server), m_service);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
    const QJsonObject seen = server.lastTokenRequest();
    QVERIFY(!seen.isEmpty());
    QVERIFY(!seen.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("scope")));
    const QString agent = seen.value(QStringLiteral("userAgent")).toString();
    QVERIFY2(agent.startsWith(QCoreApplication::applicationName())
                 && agent.endsWith(QStringLiteral("; Qt %1)").arg(QLatin1String(qVersion()))),
             qPrintable(agent));
    app.auth.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

void TestSignIn::aScopeTheServerRefusesIsSaidSo()
{
    DemoServer server;
    QVERIFY2(server.start({QStringLiteral("--dialect"), QStringLiteral("rfc6749"),
                           QStringLiteral("--scopes"), QStringLiteral("profile")}),
             qPrintable(server.errorString()));
    AppConfig config = configFor(server);
    config.scope = QStringLiteral("profile admin");
    App app(config, m_service);
    QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<AuthError>();
    QCOMPARE(toString(error), "InvalidScope");
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(keychainItems(), 0);

    // The scope it allows is sent as configured and accepted.
    config.scope = QStringLiteral("profile");
    App allowed(config, m_service);
    allowed.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                        QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(allowed.auth.state(), State::SignedIn, 10000);
    QVERIFY(server.lastTokenRequest()
                .value(QStringLiteral("fields"))
                .toArray()
                .contains(QStringLiteral("scope")));
    allowed.auth.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

void TestSignIn::aPublicClientSendsNoSecret()
{
    DemoServer server;
    QVERIFY2(server.start({QStringLiteral("--public-client"),
                           QString::fromLatin1(DemoServer::PublicClientId)}),
             qPrintable(server.errorString()));
    AppConfig config = configFor(server);
    config.clientId = QString::fromLatin1(DemoServer::PublicClientId);
    config.clientSecret.clear();
    App app(config, m_service);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
    const QJsonArray fields = server.lastTokenRequest().value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 4); // grant_type, client_id, username, password
    QVERIFY(!fields.contains(QStringLiteral("client_secret")));
    app.auth.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

// "Keep me signed in" off (a shared computer): the session lives in memory only.
void TestSignIn::withoutKeepSignedInNothingReachesTheKeychain()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AppConfig config = configFor(server);
    config.keepSignedIn = false;
    {
        App app(config, m_service);
        QSignalSpy notices(&app.auth, &AuthManager::notice);
        QList<SessionStore::Operation> reported;
        connect(&app.store, &SessionStore::finished, this,
                [&reported](SessionJob *job) { reported.append(job->operation()); });
        app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                        QString::fromLatin1(DemoServer::Password));
        QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
        QVERIFY(!app.auth.isSessionKept());
        // The store answers in the order it is asked: once a load asked now has reported, a
        // save asked with the sign-in would have reported before it.
        const AwaitedJob loaded(app.store.load());
        AWAIT(loaded);
        QCOMPARE(reported, QList<SessionStore::Operation> {SessionStore::Operation::Load});
        QVERIFY(!loaded->session);
        QVERIFY(!app.store.isBusy());
        QCOMPARE(keychainItems(), 0);
        QCOMPARE(notices.size(), 0); // nothing failed: nothing was meant to be saved
    }
    App restarted(config, m_service);
    restarted.auth.restore();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.auth.state(), State::SignedOut, 10000);

    // Turned on again for the next sign-in: kept, as before.
    restarted.auth.setKeepSignedIn(true);
    restarted.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                          QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(restarted.auth.state(), State::SignedIn, 10000);
    QVERIFY(restarted.auth.isSessionKept());
    QVERIFY(waitUntilSaved(restarted));
    QVERIFY(keychainItems() > 0);
    restarted.auth.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

void TestSignIn::aShortLivedTokenReturnsToSignedOutWithTheReason()
{
    DemoServer server;
    QVERIFY2(server.start({QStringLiteral("--expires-in"), QStringLiteral("2")}),
             qPrintable(server.errorString()));
    App app(configFor(server), m_service);
    QSignalSpy ended(&app.auth, &AuthManager::sessionEnded);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
    QVERIFY(waitUntilSaved(app));
    QVERIFY(keychainItems() > 0);
    QVERIFY(ended.wait(6000));
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::Expired);
    QCOMPARE(app.auth.state(), State::SignedOut);
    QCOMPARE(app.auth.lastPhone(), QStringLiteral("+8613800138000"));
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

void TestSignIn::aStoredSessionThatExpiredWhileClosedIsClearedOnStart()
{
    DemoServer server;
    QVERIFY2(server.start({QStringLiteral("--expires-in"), QStringLiteral("2")}),
             qPrintable(server.errorString()));
    TestClock clock(QDateTime::currentDateTimeUtc());
    {
        App app(configFor(server), m_service, &clock);
        app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                        QString::fromLatin1(DemoServer::Password));
        QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
        QVERIFY(waitUntilSaved(app));
    } // quit while signed in
    clock.advance(3); // closed for longer than the token lasts
    App restarted(configFor(server), m_service, &clock);
    QSignalSpy ended(&restarted.auth, &AuthManager::sessionEnded);
    restarted.auth.restore();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::Expired);
    QCOMPARE(restarted.auth.state(), State::SignedOut);
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

void TestSignIn::tooManyAttemptsAreThrottled()
{
    DemoServer server;
    QVERIFY2(server.start({QStringLiteral("--max-attempts"), QStringLiteral("2")}),
             qPrintable(server.errorString()));
    App app(configFor(server), m_service);
    QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        app.auth.signIn(QString::fromLatin1(DemoServer::Phone), QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), attempt, 10000);
    }
    QCOMPARE(toString(failed.at(1).first().value<AuthError>()), "WrongCredentials");
    const auto throttled = failed.at(2).first().value<AuthError>();
    QCOMPARE(toString(throttled), "RateLimited");
    QVERIFY(throttled.retryAfter.count() > 0);
    QVERIFY(throttled.retryAfter.count() <= 60);
}

void TestSignIn::signOutLeavesNothingInTheKeychain()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    App app(configFor(server), m_service);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
    QVERIFY(waitUntilSaved(app));
    QVERIFY(keychainItems() > 0);
    std::optional<SessionStore::Error> cleared;
    connect(&app.store, &SessionStore::finished, this, [&cleared](SessionJob *job) {
        if (job->operation() == SessionStore::Operation::Clear)
            cleared = job->error();
    });
    app.auth.signOut();
    QCOMPARE(app.auth.state(), State::SignedOut);
    QTRY_VERIFY_WITH_TIMEOUT(cleared.has_value(), 10000);
    QCOMPARE(*cleared, SessionStore::Error::None);
    QCOMPARE(keychainItems(), 0);
}

void TestSignIn::aTokenIsRevokedOnTheServerAtSignOut_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("rfc7009");
    QTest::newRow("a Passport app's logout route") << QStringLiteral("/api/logout") << false;
    QTest::newRow("RFC 7009") << QStringLiteral("/oauth/revoke") << true;
}

void TestSignIn::aTokenIsRevokedOnTheServerAtSignOut()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, rfc7009);
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AppConfig config = configFor(server);
    config.signOutEndpoint = endpoint;
    config.signOutForm = rfc7009 ? AppConfig::SignOutForm::Rfc7009 : AppConfig::SignOutForm::Bearer;
    App app(config, m_service);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
    QVERIFY(waitUntilSaved(app));
    // Someone copied the token while it was in use: it works.
    const QByteArray copied = app.auth.session()->accessToken;
    QCOMPARE(statusWithToken(server.url(), copied), 200);

    app.auth.signOut();
    QCOMPARE(app.auth.state(), State::SignedOut); // at once, not after the server
    QCOMPARE(waitUntilSettled(app), std::optional<bool>(true));
    // The copy is refused now, and nothing is left waiting in the keychain.
    QCOMPARE(statusWithToken(server.url(), copied), 401);
    QVERIFY(waitUntilSaved(app));
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

void TestSignIn::aRevocationTheServerMissedIsMadeAtTheNextStart()
{
    // A server that issues a token, then is down for sign-out a number of starts in a row.
    FakeHttpServer server;
    QVERIFY(server.listen());
    bool down = true;
    server.setHandler([&down](const FakeHttpServer::Request &request) {
        if (request.path == "/oauth/token")
            return FakeHttpServer::json(200,
                                        R"({"token_type":"Bearer","expires_in":3600,)"
                                        R"("access_token":"token-to-revoke"})");
        if (down)
            return FakeHttpServer::json(503, R"({"message":"Service Unavailable"})");
        FakeHttpServer::Response gone;
        gone.status = 204;
        return gone;
    });
    AppConfig config;
    config.serverUrl = server.url();
    config.clientId = QStringLiteral("2");
    config.signOutEndpoint = QStringLiteral("/api/logout");
    const auto signOutRequests = [&server] {
        int count = 0;
        for (const FakeHttpServer::Request &request : server.requests())
            count += request.path == "/api/logout"
                && request.header("Authorization") == "Bearer token-to-revoke";
        return count;
    };
    const auto signInAndOut = [&](int requestsBefore) {
        App app(config, m_service);
        app.auth.signIn(QString::fromLatin1(DemoServer::Phone), QStringLiteral("pw"));
        QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
        QVERIFY(waitUntilSaved(app));
        app.auth.signOut();
        QCOMPARE(app.auth.state(), State::SignedOut); // at once, whatever the server does
        QTRY_COMPARE_WITH_TIMEOUT(signOutRequests(), requestsBefore + 1, 10000);
        QVERIFY(waitUntilRevokerIdle(app));
        QVERIFY(waitUntilSaved(app));
    };
    // One start of the app that tries again what is waiting; `requests` sign-out requests
    // seen by then.
    const auto restart = [&](int requests) {
        App app(config, m_service);
        app.graph.revoker.retryPending();
        QTRY_COMPARE_WITH_TIMEOUT(signOutRequests(), requests, 10000);
        QVERIFY(waitUntilRevokerIdle(app));
    };

    signInAndOut(0);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(keychainItems() > 0); // the token, waiting for the next start
    restart(2); // still down: tried again, still kept
    QVERIFY(keychainItems() > 0);
    down = false; // up again: revoked, and the keychain holds nothing more
    restart(3);
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);

    // A server down for good: given up after the last try, not kept for ever.
    down = true;
    signInAndOut(3);
    for (int start = 1; start <= TokenRevoker::MaxAttempts; ++start)
        restart(4 + start);
    {
        App app(config, m_service);
        QSignalSpy settled(&app.graph.revoker, &TokenRevoker::settled);
        app.graph.revoker.retryPending();
        QVERIFY(settled.wait(10000));
        QCOMPARE(settled.first().first().toBool(), false);
        QVERIFY(waitUntilRevokerIdle(app));
    }
    QCOMPARE(signOutRequests(), 4 + TokenRevoker::MaxAttempts); // no try beyond the last
    QTRY_COMPARE_WITH_TIMEOUT(keychainItems(), 0, 10000);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
