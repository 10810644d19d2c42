#include "AwaitedJob.h"
#include "CountingNetworkAccessManager.h"
#include "FakeHttpServer.h"
#include "MemorySessionStore.h"
#include "TestClock.h"
#include "TestMain.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "config/Preferences.h"
#include "graph/AppGraph.h"
#include "net/Transport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace std::chrono;
using State = AuthManager::State;

namespace {

const QByteArray TokenBody =
    R"({"token_type":"Bearer","expires_in":3600,"access_token":"tok-123"})";
const QString Phone = QStringLiteral("138 0013 8000");

// A session as a sign-in against `server` with client 2 (config() below) would have stored it.
Session storedSession(const TestClock &clock, qint64 secondsLeft, const QUrl &server)
{
    Session s;
    s.server = Transport::originOf(server);
    s.clientId = QStringLiteral("2");
    s.phone = QStringLiteral("+8613800138000");
    s.accessToken = "stored-token";
    s.tokenType = QStringLiteral("Bearer");
    s.receivedAt = clock.now().addDays(-1);
    s.expiresAt = clock.now().addSecs(secondsLeft);
    return s;
}

} // namespace

class TestAuthManager : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signsInAndStoresTheSession();
    void sendsTheUsernameInTheConfiguredFormat();
    void wrongPasswordStaysSignedOut();
    void invalidPhoneIsRefusedBeforeSending();
    void restoresAStoredSession();
    void aSessionFromAnotherServerOrClientIsDiscarded_data();
    void aSessionFromAnotherServerOrClientIsDiscarded();
    void anExpiredStoredSessionIsClearedAndReported();
    void aCorruptStoredSessionIsReported();
    void withoutKeychainSignsInForThisRunOnly();
    void signOutForgetsTheSessionEverywhere();
    void aFailedDeleteIsReportedButMemoryIsCleared();
    void onASharedComputerAStoredSessionIsRemovedNotRestored();
    void aRemovalLeftUnfinishedIsFinishedAtTheNextStart();
    void expiryReturnsToSignedOutWithTheReason();
    void warnsBeforeExpiry();
    void cancelAbandonsTheSignIn();
    void signOutDuringSignInCancelsIt();
    void aSecondSignInWhileBusyIsIgnored();
    void serverRevocationEndsTheSession();
    void renewalReplacesTheSessionOnceTheNewOneIsStored();
    void aRefusedRenewalChangesNothing();
    void aRenewalTheKeychainRefusesKeepsTheCurrentSession();
    void aCancelledRenewalChangesNothing();
    void expiryDuringARenewalEndsItAndTheSession();

private:
    void makeManager(const AppConfig &config);
    AppConfig config() const;

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<MemorySessionStore> m_store;
    std::unique_ptr<AppGraph> m_app;
};

AppConfig TestAuthManager::config() const
{
    AppConfig c;
    c.serverUrl = m_server->url();
    c.clientId = QStringLiteral("2");
    c.clientSecret = QStringLiteral("secret");
    c.expiryWarnings = {minutes(30), minutes(5)};
    return c;
}

void TestAuthManager::makeManager(const AppConfig &config)
{
    m_app.reset();
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
}

void TestAuthManager::initTestCase()
{
    // The mark of a pending removal is kept in the preferences (QSettings): in a place of the
    // tests' own, and under an organisation's name, without which QSettings has no registry key
    // on Windows.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DeskLogin-tests"));
}

void TestAuthManager::init()
{
    Preferences::setSessionRemovalPending(false);
    m_app.reset();
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->respondWith(FakeHttpServer::json(200, TokenBody));
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_clock = std::make_unique<TestClock>();
    m_store = std::make_unique<MemorySessionStore>();
    makeManager(config());
}

void TestAuthManager::signsInAndStoresTheSession()
{
    QSignalSpy states(&m_app->auth, &AuthManager::stateChanged);
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QCOMPARE(m_app->auth.state(), State::SigningIn);
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QCOMPARE(states.size(), 2);

    const Session &session = *m_app->auth.session();
    QCOMPARE(session.phone, QStringLiteral("+8613800138000"));
    QCOMPARE(session.server, Transport::originOf(m_server->url()));
    QCOMPARE(session.clientId, QStringLiteral("2"));
    QCOMPARE(session.accessToken, QByteArray("tok-123"));
    QCOMPARE(session.receivedAt, m_clock->now());
    QCOMPARE(session.expiresAt, m_clock->now().addSecs(3600));
    QTRY_VERIFY(m_store->stored().has_value());
    QCOMPARE(*m_store->stored(), session);
    QCOMPARE(m_app->auth.lastPhone(), QStringLiteral("+8613800138000"));
}

void TestAuthManager::sendsTheUsernameInTheConfiguredFormat()
{
    m_app->auth.signIn(QStringLiteral("+86 138-0013-8000"), QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QVERIFY(m_server->requests().first().body.contains("username=13800138000&"));

    m_app->auth.signOut();
    AppConfig e164 = config();
    e164.usernameFormat = PhoneNumber::UsernameFormat::E164;
    makeManager(e164);
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QVERIFY(m_server->requests().last().body.contains("username=%2B8613800138000&"));
}

void TestAuthManager::wrongPasswordStaysSignedOut()
{
    m_server->respondWith(FakeHttpServer::json(
        400,
        R"({"error":"invalid_grant","error_description":"The user credentials were incorrect."})"));
    QSignalSpy failed(&m_app->auth, &AuthManager::signInFailed);
    m_app->auth.signIn(Phone, QStringLiteral("wrong"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::WrongCredentials);
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QVERIFY(!m_app->auth.session());
    QVERIFY(!m_store->stored());
}

void TestAuthManager::invalidPhoneIsRefusedBeforeSending()
{
    QSignalSpy failed(&m_app->auth, &AuthManager::signInFailed);
    m_app->auth.signIn(QStringLiteral("12345"), QStringLiteral("pw"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::InvalidPhoneNumber);
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestAuthManager::restoresAStoredSession()
{
    const Session stored = storedSession(*m_clock, 7200, m_server->url());
    const AwaitedJob saved(m_store->save(stored));
    AWAIT(saved);
    m_app->auth.restore();
    QCOMPARE(m_app->auth.state(), State::Restoring);
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QCOMPARE(*m_app->auth.session(), stored);
    QCOMPARE(m_server->requests().size(), 0);
}

// A token goes only to the server that issued it: after `server` or `client_id` changed, or
// from a version that did not store them, the stored session is not restored (nor sent
// elsewhere), and stays for its own server. One received in the future (an entry changed by
// hand, or a clock gone far back) is removed.
void TestAuthManager::aSessionFromAnotherServerOrClientIsDiscarded_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("clientId");
    const auto row = [](const char *name, const char *server, const char *clientId) {
        QTest::newRow(name) << QString::fromLatin1(server) << QString::fromLatin1(clientId);
    };
    row("another host", "https://login.elsewhere.example:443", "2");
    row("another port", "PORT+1", "2");
    row("another client", "", "3");
    row("stored by an earlier version", "NONE", "");
    row("received two days from now", "FUTURE", "2");
}

void TestAuthManager::aSessionFromAnotherServerOrClientIsDiscarded()
{
    QFETCH(QString, server);
    QFETCH(QString, clientId);
    Session stored = storedSession(*m_clock, 7200, m_server->url());
    if (server == QLatin1String("PORT+1")) {
        QUrl other = m_server->url();
        other.setPort(other.port() + 1);
        stored.server = Transport::originOf(other);
    } else if (server == QLatin1String("NONE")) {
        stored.server.clear();
    } else if (server == QLatin1String("FUTURE")) {
        stored.receivedAt = m_clock->now().addDays(2);
        stored.expiresAt = stored.receivedAt.addSecs(3600);
    } else if (!server.isEmpty()) {
        stored.server = server;
    }
    stored.clientId = clientId;
    const AwaitedJob saved(m_store->save(stored));
    AWAIT(saved);
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    m_app->auth.restore();
    QTRY_COMPARE(m_app->auth.state(), State::SignedOut);
    QVERIFY(!m_app->auth.session());
    QCOMPARE(ended.size(), 0);
    QCOMPARE(m_network->requestCount(), 0);
    if (server == QLatin1String("FUTURE"))
        QTRY_VERIFY(!m_store->stored()); // changed by hand: it goes
    else
        QCOMPARE(m_store->stored(), std::optional<Session>(stored)); // left for its own server
}

void TestAuthManager::anExpiredStoredSessionIsClearedAndReported()
{
    const AwaitedJob saved(m_store->save(storedSession(*m_clock, -1, m_server->url())));
    AWAIT(saved);
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    m_app->auth.restore();
    QVERIFY(ended.wait());
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::Expired);
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(m_app->auth.lastPhone(), QStringLiteral("+8613800138000"));
    QTRY_VERIFY(!m_store->stored());
}

void TestAuthManager::aCorruptStoredSessionIsReported()
{
    m_store->setFailure(SessionStore::Error::Corrupt);
    QSignalSpy notices(&m_app->auth, &AuthManager::notice);
    m_app->auth.restore();
    QTRY_COMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().value<AuthManager::Notice>(),
             AuthManager::Notice::StoredSessionUnreadable);
}

void TestAuthManager::withoutKeychainSignsInForThisRunOnly()
{
    m_store->setFailure(SessionStore::Error::NoBackend);
    QSignalSpy notices(&m_app->auth, &AuthManager::notice);
    m_app->auth.restore();
    QTRY_COMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(notices.size(), 0);

    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QTRY_COMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().value<AuthManager::Notice>(),
             AuthManager::Notice::SessionNotRemembered);
    QCOMPARE(m_app->auth.state(), State::SignedIn);

    // Signing out of a session that was never stored is not a failure to report: not once
    // the store has answered the clear.
    const Awaited reported(m_store.get(), &SessionStore::finished,
                           [](SessionJob *job) { return job->operation(); });
    m_app->auth.signOut();
    AWAIT(reported);
    QCOMPARE(*reported, SessionStore::Operation::Clear);
    QCOMPARE(notices.size(), 1);
}

void TestAuthManager::signOutForgetsTheSessionEverywhere()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    m_app->auth.signOut();
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QVERIFY(!m_app->auth.session());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::SignedOut);
    QTRY_VERIFY(!m_store->stored().has_value());
}

void TestAuthManager::aFailedDeleteIsReportedButMemoryIsCleared()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    m_store->setFailure(SessionStore::Error::AccessDenied);
    QSignalSpy notices(&m_app->auth, &AuthManager::notice);
    m_app->auth.signOut();
    QVERIFY(!m_app->auth.session());
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QVERIFY(notices.wait());
    QCOMPARE(notices.first().first().value<AuthManager::Notice>(),
             AuthManager::Notice::SignOutIncomplete);
}

void TestAuthManager::onASharedComputerAStoredSessionIsRemovedNotRestored()
{
    // Stored before an administrator locked keep_signed_in off: the last person's session.
    const AwaitedJob saved(m_store->save(storedSession(*m_clock, 7200, m_server->url())));
    AWAIT(saved);
    AppConfig shared = config();
    shared.keepSignedIn = false;
    shared.lockedKeys = {QStringLiteral("keep_signed_in")};
    makeManager(shared);
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    m_app->auth.restore();
    QTRY_COMPARE(m_app->auth.state(), State::SignedOut);
    QTRY_VERIFY(!m_store->stored().has_value());
    QVERIFY(ended.isEmpty());
    QCOMPARE(m_app->auth.lastPhone(), QString()); // nothing of it to fill in

    // Off by the person's own choice (not locked), a session kept before is still theirs.
    const AwaitedJob again(m_store->save(storedSession(*m_clock, 7200, m_server->url())));
    AWAIT(again);
    AppConfig personal = config();
    personal.keepSignedIn = false;
    makeManager(personal);
    m_app->auth.restore();
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
}

void TestAuthManager::aRemovalLeftUnfinishedIsFinishedAtTheNextStart()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    QVERIFY(!Preferences::sessionRemovalPending());
    // The keychain does not remove it (here: it fails; in life it may also not finish before
    // the app has quit).
    m_store->setFailure(SessionStore::Error::TimedOut);
    QSignalSpy notices(&m_app->auth, &AuthManager::notice);
    m_app->auth.signOut();
    QVERIFY(notices.wait());
    QVERIFY(m_store->stored().has_value());
    QVERIFY(Preferences::sessionRemovalPending());

    // The next start removes it instead of restoring it, and the mark goes with it.
    m_store->setFailure(SessionStore::Error::None);
    makeManager(config());
    m_app->auth.restore();
    QTRY_COMPARE(m_app->auth.state(), State::SignedOut);
    QTRY_VERIFY(!m_store->stored().has_value());
    QTRY_VERIFY(!Preferences::sessionRemovalPending());

    // A sign-in after that is stored and restored as usual.
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    makeManager(config());
    m_app->auth.restore();
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
}

void TestAuthManager::expiryReturnsToSignedOutWithTheReason()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QTRY_VERIFY(m_store->stored().has_value());
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    m_clock->advance(3601);
    // Within one check interval; the test does not wait for it but asks for the check a timer
    // would make.
    m_app->auth.checkExpiryNow();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::Expired);
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QTRY_VERIFY(!m_store->stored().has_value());
}

void TestAuthManager::warnsBeforeExpiry()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QSignalSpy warnings(&m_app->auth, &AuthManager::expiryWarning);
    m_clock->advance(3600 - 20 * 60);
    m_app->auth.checkExpiryNow();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().first().value<seconds>(), seconds(20 * 60));
}

void TestAuthManager::cancelAbandonsTheSignIn()
{
    FakeHttpServer::Response silent;
    silent.neverAnswer = true;
    m_server->respondWith(silent);
    QSignalSpy failed(&m_app->auth, &AuthManager::signInFailed);
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_app->auth.cancel();
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<AuthError>().is(Net::Failure::Cancelled));
}

void TestAuthManager::signOutDuringSignInCancelsIt()
{
    // A server that answers, slowly: had the sign-out left the request running, its token
    // would arrive.
    FakeHttpServer::Response late = FakeHttpServer::json(200, TokenBody);
    late.trickleIntervalMs = 20;
    m_server->respondWith(late);
    const Awaited ended(m_server.get(), &FakeHttpServer::connectionEnded);
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_app->auth.signOut();
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QVERIFY(!m_app->auth.session());
    AWAIT(ended);
    QVERIFY2(!*ended, "the request ran on after the sign-out and got its answer");
    QVERIFY(!m_store->stored());
}

void TestAuthManager::aSecondSignInWhileBusyIsIgnored()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    // A request is handed to the network during the call: none came of the second one.
    QCOMPARE(m_network->requestCount(), 1);
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_network->requestCount(), 1);
}

void TestAuthManager::serverRevocationEndsTheSession()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    m_app->auth.endSession(AuthManager::EndReason::Revoked);
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::Revoked);
    QTRY_VERIFY(!m_store->stored().has_value());
}

namespace {
const QByteArray RenewedBody =
    R"({"token_type":"Bearer","expires_in":7200,"access_token":"tok-renewed"})";
}

void TestAuthManager::renewalReplacesTheSessionOnceTheNewOneIsStored()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    m_clock->advance(3000); // ten minutes left: both warnings are due
    QSignalSpy warnings(&m_app->auth, &AuthManager::expiryWarning);
    m_app->auth.checkExpiryNow();
    QCOMPARE(warnings.size(), 1);
    m_server->respondWith(FakeHttpServer::json(200, RenewedBody));
    QSignalSpy renewed(&m_app->auth, &AuthManager::renewed);
    QSignalSpy busy(&m_app->auth, &AuthManager::renewingChanged);
    QSignalSpy states(&m_app->auth, &AuthManager::stateChanged);
    m_app->auth.renew(QStringLiteral("pw2"));
    QVERIFY(m_app->auth.isRenewing());
    // Sent for the session's own number, with the password typed.
    QTRY_COMPARE(m_server->requests().size(), 2);
    QVERIFY(m_server->requests().last().body.contains("username=13800138000&"));
    QVERIFY(m_server->requests().last().body.contains("password=pw2"));
    QTRY_COMPARE(renewed.size(), 1);
    QCOMPARE(m_app->auth.session()->accessToken, QByteArray("tok-renewed"));
    QCOMPARE(m_app->auth.session()->expiresAt, m_clock->now().addSecs(7200));
    QCOMPARE(*m_store->stored(), *m_app->auth.session());
    QCOMPARE(states.size(), 0); // signed in throughout
    QCOMPARE(busy.size(), 2);
    QVERIFY(!m_app->auth.isRenewing());
    // The warnings start again from the new end.
    m_clock->advance(7200 - 20 * 60);
    m_app->auth.checkExpiryNow();
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.last().first().value<seconds>(), seconds(20 * 60));
}

void TestAuthManager::aRefusedRenewalChangesNothing()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    const Session before = *m_app->auth.session();
    m_server->respondWith(FakeHttpServer::json(
        400,
        R"({"error":"invalid_grant","error_description":"The user credentials were incorrect."})"));
    QSignalSpy failed(&m_app->auth, &AuthManager::renewalFailed);
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    m_app->auth.renew(QStringLiteral("wrong"));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::WrongCredentials);
    QCOMPARE(m_app->auth.state(), State::SignedIn);
    QCOMPARE(*m_app->auth.session(), before);
    QCOMPARE(*m_store->stored(), before);
    QCOMPARE(ended.size(), 0);
    QVERIFY(!m_app->auth.isRenewing());

    // The server down: the same.
    m_server.reset();
    m_app->auth.renew(QStringLiteral("pw"));
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.last().first().value<AuthError>().kind, AuthError::Kind::Connection);
    QCOMPARE(*m_app->auth.session(), before);
    QCOMPARE(*m_store->stored(), before);
}

void TestAuthManager::aRenewalTheKeychainRefusesKeepsTheCurrentSession()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    const Session before = *m_app->auth.session();
    m_server->respondWith(FakeHttpServer::json(200, RenewedBody));
    m_store->setFailure(SessionStore::Error::AccessDenied);
    QSignalSpy notices(&m_app->auth, &AuthManager::notice);
    QSignalSpy renewed(&m_app->auth, &AuthManager::renewed);
    QSignalSpy busy(&m_app->auth, &AuthManager::renewingChanged);
    m_app->auth.renew(QStringLiteral("pw"));
    QTRY_COMPARE(busy.size(), 2);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().value<AuthManager::Notice>(),
             AuthManager::Notice::RenewalNotStored);
    QCOMPARE(renewed.size(), 0);
    QCOMPARE(*m_app->auth.session(), before);
    QCOMPARE(*m_store->stored(), before);
}

void TestAuthManager::aCancelledRenewalChangesNothing()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    const Session before = *m_app->auth.session();
    FakeHttpServer::Response silent;
    silent.neverAnswer = true;
    m_server->respondWith(silent);
    QSignalSpy failed(&m_app->auth, &AuthManager::renewalFailed);
    m_app->auth.renew(QStringLiteral("pw"));
    QTRY_COMPARE(m_server->requests().size(), 2);
    m_app->auth.cancelRenewal();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<AuthError>().is(Net::Failure::Cancelled));
    QVERIFY(!m_app->auth.isRenewing());
    QCOMPARE(*m_app->auth.session(), before);
    QCOMPARE(*m_store->stored(), before);
}

void TestAuthManager::expiryDuringARenewalEndsItAndTheSession()
{
    m_app->auth.signIn(Phone, QStringLiteral("pw"));
    QTRY_VERIFY(m_store->stored().has_value());
    FakeHttpServer::Response late = FakeHttpServer::json(200, RenewedBody);
    late.trickleIntervalMs = 20;
    m_server->respondWith(late);
    const Awaited answered(m_server.get(), &FakeHttpServer::connectionEnded);
    QSignalSpy busy(&m_app->auth, &AuthManager::renewingChanged);
    QSignalSpy renewed(&m_app->auth, &AuthManager::renewed);
    m_app->auth.renew(QStringLiteral("pw"));
    QTRY_COMPARE(m_server->requests().size(), 2);
    m_clock->advance(3601);
    m_app->auth.checkExpiryNow();
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QVERIFY(!m_app->auth.isRenewing());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(m_app->auth.lastSessionEnd(), m_clock->now().addSecs(-1));
    AWAIT(answered);
    QVERIFY2(!*answered, "the renewal ran on after the session ended and got its answer");
    QCOMPARE(renewed.size(), 0);
    QTRY_VERIFY(!m_store->stored());
}

DESKLOGIN_TEST_GUILESS_MAIN(TestAuthManager)
#include "tst_authmanager.moc"
