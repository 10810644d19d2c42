#include "AwaitedJob.h"
#include "KeyringGuard.h"
#include "SecretServiceProbe.h"
#include "SessionSamples.h"
#include "TestMain.h"
#include "session/KeychainSessionStore.h"
#include "session/ThreadedSessionStore.h"
#include "session/WhenIdle.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// The keychain as the app uses it: KeychainSessionStore on ThreadedSessionStore's thread, so that
// QtKeychain's jobs and libsecret's D-Bus calls all happen there. A process of its own, because
// QtKeychain's job queue belongs to the first thread that uses it (tst_keychainsessionstore uses
// it from the main thread), and for the same reason each function runs in a process of
// its own (tests/CMakeLists.txt).
class TestThreadedKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { DESKLOGIN_REQUIRE_KEYRING(); }
    void savesLoadsAndClearsRoundAfterRound();
    void aQuitDuringASaveKeepsTheSession();
};

void TestThreadedKeychain::savesLoadsAndClearsRoundAfterRound()
{
    const QString service =
        QStringLiteral("org.desklogin.test.") + QUuid::createUuid().toString(QUuid::Id128);
    // One store for the process, as in the app: its thread is the keychain's, and the backend
    // went there with it (its jobs are made on that thread as its children; had it stayed
    // behind, Qt would say so for each job, and each would leak).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Cannot create children")));
    ThreadedSessionStore store(std::make_unique<KeychainSessionStore>(service));
    for (int round = 0; round < 3; ++round) {
        Session session;
        session.phone = QStringLiteral("+8613800138000");
        session.accessToken = QByteArray(3000 + round, char('a' + round));
        session.tokenType = QStringLiteral("Bearer");
        session.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        session.expiresAt = session.receivedAt.addSecs(3600);
        // All four asked for at once, answered in order.
        const AwaitedJob saved(store.save(session));
        const AwaitedJob loaded(store.load());
        const AwaitedJob cleared(store.clear());
        const AwaitedJob loadedAgain(store.load());
        AWAIT(saved);
        QCOMPARE(saved->error, SessionStore::Error::None);
        AWAIT(loaded);
        QVERIFY(loaded->session);
        QCOMPARE(loaded->session->accessToken, session.accessToken);
        AWAIT(cleared);
        QCOMPARE(cleared->error, SessionStore::Error::None);
        AWAIT(loadedAgain);
        QVERIFY(!loadedAgain->session);
    }
}

// Quit (tray, Help, Ctrl+Q) right after a sign-in, while the session is being written: main()
// quits through whenIdle(), and the store and its thread end with main(). The next start must
// find the whole session. Without the wait, the store is torn down with the write under way.
void TestThreadedKeychain::aQuitDuringASaveKeepsTheSession()
{
    const QString service =
        QStringLiteral("org.desklogin.test.") + QUuid::createUuid().toString(QUuid::Id128);
    Session session = SessionSamples::numbered(7);
    session.accessToken = QByteArray(6000, 'q'); // more than one entry
    {
        auto store =
            std::make_unique<ThreadedSessionStore>(std::make_unique<KeychainSessionStore>(service));
        store->save(session);
        bool quit = false;
        whenIdle(store.get(), std::chrono::seconds(10), [&quit] { quit = true; });
        QVERIFY(!quit); // the save is under way
        QTRY_VERIFY_WITH_TIMEOUT(quit, 15000);
    } // the end of main()
    const auto stored = secretServiceSession(service);
    QVERIFY(stored);
    QCOMPARE(*stored, session);
    QProcess::execute(QStringLiteral("secret-tool"),
                      {QStringLiteral("clear"), QStringLiteral("server"), service});
}

DESKLOGIN_TEST_GUILESS_MAIN(TestThreadedKeychain)
#include "tst_threadedkeychain.moc"
