#include "Awaited.h"
#include "FakeHttpServer.h"
#include "Sandbox.h"
#include "TestClock.h"
#include "TestMain.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "graph/AppGraph.h"
#include "session/KeychainSessionStore.h"
#include "session/SessionJob.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <signal.h>

using State = AuthManager::State;
using namespace std::chrono;

namespace {

const QByteArray TestToken = "hostile-keychain-token-7f3a9c";

// Measures how late the event loop runs a zero-delay timer, the whole time it is alive: the
// longest wait is how long the GUI thread could not have redrawn or taken a key press.
class LatencyProbe : public QObject {
public:
    LatencyProbe()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = std::max(m_worst, m_since.elapsed());
            m_since.restart();
        });
        m_timer.start(0);
        m_since.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_worst = 0;
};

} // namespace

// The keychain in the states a real desktop has it now and then: absent, locked, stalled.
// Each function runs in its own session, set up by tests/support/with-keyring.sh (see CMake).
class TestHostileKeychain : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signsInForThisRunOnlyWithoutAKeychain();
    void aLockedKeychainThatWillNotUnlockLosesNothing();
    void aStalledKeychainNeverFreezesTheAppAndItsLateAnswersDoNoHarm();

private:
    void makeApp(std::chrono::milliseconds stepTimeout);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<KeychainSessionStore> m_store;
    std::unique_ptr<AppGraph> m_app;
};

void TestHostileKeychain::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->respondWith(FakeHttpServer::json(
        200, R"({"token_type":"Bearer","expires_in":3600,"access_token":")" + TestToken + R"("})"));
}

void TestHostileKeychain::cleanup()
{
    m_app.reset();
    m_store.reset();
}

void TestHostileKeychain::makeApp(std::chrono::milliseconds stepTimeout)
{
    AppConfig config;
    config.serverUrl = m_server->url();
    config.clientId = QStringLiteral("2");
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<TestClock>();
    m_store = std::make_unique<KeychainSessionStore>(QStringLiteral("org.desklogin.hostile.")
                                                     + QUuid::createUuid().toString(QUuid::Id128));
    m_store->setStepTimeout(stepTimeout);
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
}

void TestHostileKeychain::signsInForThisRunOnlyWithoutAKeychain()
{
    const QString mode = qEnvironmentVariable("DESKLOGIN_KEYRING_MODE");
    if (mode != QLatin1String("no-bus") && mode != QLatin1String("no-keyring"))
        QSKIP("runs in the no-bus and no-keyring sessions");
    makeApp(seconds(10));
    QSignalSpy notices(&m_app->auth, &AuthManager::notice);
    m_app->auth.restore();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->auth.state(), State::SignedOut, 15000);
    QCOMPARE(notices.size(), 0); // nothing to restore is not a problem worth a word

    m_app->auth.signIn(QStringLiteral("13800138000"), QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 15000);
    QCOMPARE(notices.first().first().value<AuthManager::Notice>(),
             AuthManager::Notice::SessionNotRemembered);
    QCOMPARE(m_app->auth.state(), State::SignedIn); // the person goes on working
    QCOMPARE(sandboxFilesContaining({TestToken}),
             QStringList()); // and it never went to a file instead

    const Awaited reported(m_store.get(), &SessionStore::finished,
                           [](SessionJob *job) { return job->operation(); });
    m_app->auth.signOut();
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    AWAIT_WITH_TIMEOUT(reported, seconds(15));
    QCOMPARE(*reported, SessionStore::Operation::Clear);
    QCOMPARE(notices.size(), 1); // nothing was stored, so nothing is "left behind"
}

void TestHostileKeychain::aLockedKeychainThatWillNotUnlockLosesNothing()
{
    if (qEnvironmentVariable("DESKLOGIN_KEYRING_MODE") != QLatin1String("locked"))
        QSKIP("runs in the locked session");
    makeApp(seconds(10));
    std::optional<SessionStore::Error> saved;
    connect(m_store.get(), &SessionStore::finished, this, [&saved](SessionJob *job) {
        if (job->operation() == SessionStore::Operation::Save)
            saved = job->error();
    });
    QSignalSpy notices(&m_app->auth, &AuthManager::notice);
    m_app->auth.signIn(QStringLiteral("13800138000"), QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000);
    const auto error = *saved;
    QVERIFY2(error == SessionStore::Error::AccessDenied || error == SessionStore::Error::Other,
             QMetaEnum::fromType<SessionStore::Error>().valueToKey(int(error)));
    QTRY_COMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().value<AuthManager::Notice>(),
             AuthManager::Notice::SessionNotRemembered);
    QCOMPARE(m_app->auth.state(), State::SignedIn);
    QCOMPARE(sandboxFilesContaining({TestToken}), QStringList());
}

void TestHostileKeychain::aStalledKeychainNeverFreezesTheAppAndItsLateAnswersDoNoHarm()
{
    if (qEnvironmentVariable("DESKLOGIN_TEST_KEYRING") != QLatin1String("1"))
        QSKIP("runs in the unlocked session");
    const auto pid = QDBusConnection::sessionBus().interface()->servicePid(
        QStringLiteral("org.freedesktop.secrets"));
    QVERIFY2(pid.isValid() && pid.value() > 0, "no Secret Service process");
    // The real daemon, stopped: every call to it waits, as behind a prompt nobody answers.
    QCOMPARE(::kill(pid_t(pid.value()), SIGSTOP), 0);
    auto resume = qScopeGuard([&] { ::kill(pid_t(pid.value()), SIGCONT); });

    makeApp(milliseconds(1500));
    LatencyProbe probe;
    QElapsedTimer clock;
    clock.start();
    m_app->auth.restore();
    QCOMPARE(m_app->auth.state(), State::Restoring);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->auth.state(), State::SignedOut,
                              10000); // gave up, did not hang
    QVERIFY(clock.elapsed() < 9000);

    QSignalSpy notices(&m_app->auth, &AuthManager::notice);
    m_app->auth.signIn(QStringLiteral("13800138000"), QStringLiteral("pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedIn); // signing in does not wait for the keychain
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 10000);
    QCOMPARE(notices.first().first().value<AuthManager::Notice>(),
             AuthManager::Notice::SessionNotRemembered);
    m_app->auth.signOut(); // and neither does signing out
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    // A call that waited for the stopped daemon would hold the GUI thread for the keychain's
    // timeout (1.5 s) at least; anything well under that is the scheduler, which on a busy
    // computer (ASan, and Qt building beside the tests) gave 215 ms.
    QVERIFY2(probe.worstMs() < 1000, qPrintable(QString::number(probe.worstMs())));

    // Quit while the keychain still owes answers, then let it answer: nothing may happen.
    m_app.reset();
    m_store.reset();
    resume.dismiss();
    QCOMPARE(::kill(pid_t(pid.value()), SIGCONT), 0);
    // The daemon answers in the order it was asked: once it has answered a call made now, the
    // answers it owed have come too.
    QDBusMessage collections = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    collections << QStringLiteral("org.freedesktop.Secret.Service")
                << QStringLiteral("Collections");
    QDBusPendingCallWatcher call(QDBusConnection::sessionBus().asyncCall(collections));
    const Awaited answered(&call, &QDBusPendingCallWatcher::finished,
                           [](QDBusPendingCallWatcher *watcher) { return watcher->isError(); });
    AWAIT(answered);
    QVERIFY2(!*answered, qPrintable(call.error().message()));
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(
        QStringLiteral("org.freedesktop.secrets")));
}

DESKLOGIN_TEST_GUILESS_MAIN(TestHostileKeychain)
#include "tst_hostilekeychain.moc"
