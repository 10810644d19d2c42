#include "AwaitedJob.h"
#include "KeyringGuard.h"
#include "TestMain.h"
#include "session/KeychainSessionStore.h"
#include "session/ThreadedSessionStore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// The keychain as the app uses it: KeychainSessionStore on ThreadedSessionStore's thread, so that
// QtKeychain's jobs and libsecret's D-Bus calls all happen there. A process of its own, because
// QtKeychain's job queue belongs to the first thread that uses it (tst_keychainsessionstore uses
// it from the main thread).
class TestThreadedKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { DESKLOGIN_REQUIRE_KEYRING(); }
    void savesLoadsAndClearsRoundAfterRound();
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

DESKLOGIN_TEST_GUILESS_MAIN(TestThreadedKeychain)
#include "tst_threadedkeychain.moc"
