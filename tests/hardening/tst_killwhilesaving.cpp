#include "AwaitedJob.h"
#include "KeyringGuard.h"
#include "SessionSamples.h"
#include "TestMain.h"
#include "session/KeychainSessionStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <signal.h>

// The app killed with SIGKILL while it writes the session to the real keychain: the next start
// must find the whole old session or the whole new one, never a mix, never a crash.
class TestKillWhileSaving : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theNextStartFindsAWholeSession();
};

void TestKillWhileSaving::initTestCase()
{
    DESKLOGIN_REQUIRE_KEYRING();
}

void TestKillWhileSaving::theNextStartFindsAWholeSession()
{
    const QString service =
        QStringLiteral("org.desklogin.kill.") + QUuid::createUuid().toString(QUuid::Id128);
    int killedMidWay = 0;
    const int rounds = 25;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(DESKLOGIN_KEYCHAIN_WRITER), {service});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(10000)); // at least one whole save
        // A random moment of the saving, on purpose: nothing to wait for.
        QTest::qWait(QRandomGenerator::global()->bounded(5, 120));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(5000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
        const int lastSaved = lines.last().toInt();

        KeychainSessionStore store(service);
        const AwaitedJob loaded(store.load());
        AWAIT(loaded);
        const auto result = *loaded;
        QCOMPARE(result.error, SessionStore::Error::None);
        QVERIFY(result.session.has_value());
        // Either the last save it reported, or the one it was writing and finished unreported.
        const bool last = *result.session == SessionSamples::numbered(lastSaved);
        const bool next = *result.session == SessionSamples::numbered(lastSaved + 1);
        QVERIFY2(last || next,
                 qPrintable(QStringLiteral("round %1: not session %2 or %3")
                                .arg(round)
                                .arg(lastSaved)
                                .arg(lastSaved + 1)));
        killedMidWay += last ? 1 : 0;
    }
    qInfo("%d of %d kills left the last reported save, the others the save under way", killedMidWay,
          rounds);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestKillWhileSaving)
#include "tst_killwhilesaving.moc"
