#include "AwaitedJob.h"
#include "KeyringGuard.h"
#include "SecretServiceProbe.h"
#include "TestMain.h"
#include "secrets/QtKeychainSecretBackend.h"
#include "session/KeychainSessionStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace {

Session makeSession(int tokenBytes, char fill = 'a')
{
    Session s;
    s.phone = QStringLiteral("+8613800138000");
    s.accessToken = QByteArray(tokenBytes, fill);
    s.tokenType = QStringLiteral("Bearer");
    s.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    s.expiresAt = s.receivedAt.addSecs(31536000);
    return s;
}

} // namespace

// KeychainSessionStore against a real Secret Service (gnome-keyring in dbus-run-session).
class TestKeychainSessionStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nothingStoredLoadsAsSignedOut();
    void savesLoadsAndClears();
    void chunksALargeTokenIntoEntriesOfAtMost2KiB();
    void alternatesSlotsAndLeavesNoStaleChunks();
    void clearLeavesNothingInTheKeychain();
    void aHalfWrittenSaveLeavesTheOldSessionWhole();
    void aCorruptManifestReadsAsSignedOutAndIsCleared();
    void aMissingChunkReadsAsSignedOutAndIsCleared();
    void aTamperedChunkReadsAsSignedOutAndIsCleared();
    void operationsRunInTheOrderAsked();
    void withAPresenceFileANeverSavedKeychainIsNotAsked();
    void aStalePresenceFileGoesWhenTheKeychainHoldsNothing();

private:
    // Direct keychain access, for looking behind the store's back. A keychain that does not
    // answer fails the test function; the value returned then fails the next check too.
    QString rawRead(const QString &key, QKeychain::Error *error = nullptr);
    bool rawWrite(const QString &key, const QString &text);
    bool rawDelete(const QString &key);
    // The store's answers; TimedOut when it did not answer (the test function has failed).
    SessionStore::LoadResult load();
    SessionStore::Error save(const Session &session);
    SessionStore::Error clear();
    QStringList storedKeys();

    QString m_service;
    std::unique_ptr<KeychainSessionStore> m_store;
};

void TestKeychainSessionStore::initTestCase()
{
    DESKLOGIN_REQUIRE_KEYRING();
}

void TestKeychainSessionStore::init()
{
    m_service = QStringLiteral("org.desklogin.test.") + QUuid::createUuid().toString(QUuid::Id128);
    m_store = std::make_unique<KeychainSessionStore>(m_service);
}

void TestKeychainSessionStore::cleanup()
{
    if (m_store)
        clear();
    m_store.reset();
}

QString TestKeychainSessionStore::rawRead(const QString &key, QKeychain::Error *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    const Awaited done(&job, &QKeychain::Job::finished,
                       [](QKeychain::Job *finished) { return finished->error(); });
    job.start();
    const QKeychain::Error result = done.wait() ? *done : QKeychain::OtherError;
    if (error)
        *error = result;
    return result == QKeychain::NoError ? job.textData() : QString();
}

bool TestKeychainSessionStore::rawWrite(const QString &key, const QString &text)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(text);
    const Awaited done(&job, &QKeychain::Job::finished,
                       [](QKeychain::Job *finished) { return finished->error(); });
    job.start();
    return done.wait() && *done == QKeychain::NoError;
}

bool TestKeychainSessionStore::rawDelete(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    const Awaited done(&job, &QKeychain::Job::finished,
                       [](QKeychain::Job *finished) { return finished->error(); });
    job.start();
    return done.wait() && *done == QKeychain::NoError;
}

QStringList TestKeychainSessionStore::storedKeys()
{
    QStringList found;
    QStringList candidates {QStringLiteral("session")};
    for (const char *slot : {"a", "b"})
        for (int i = 0; i < 5; ++i)
            candidates.append(QStringLiteral("session.%1.%2").arg(QLatin1String(slot)).arg(i));
    for (const QString &key : candidates) {
        QKeychain::Error error = QKeychain::NoError;
        rawRead(key, &error);
        if (error != QKeychain::EntryNotFound)
            found.append(key);
    }
    return found;
}

SessionStore::LoadResult TestKeychainSessionStore::load()
{
    const AwaitedJob loaded(m_store->load());
    return loaded.wait() ? *loaded
                         : SessionStore::LoadResult {std::nullopt, SessionStore::Error::TimedOut};
}

SessionStore::Error TestKeychainSessionStore::save(const Session &session)
{
    const AwaitedJob saved(m_store->save(session));
    return saved.wait() ? saved->error : SessionStore::Error::TimedOut;
}

SessionStore::Error TestKeychainSessionStore::clear()
{
    const AwaitedJob cleared(m_store->clear());
    return cleared.wait() ? cleared->error : SessionStore::Error::TimedOut;
}

void TestKeychainSessionStore::nothingStoredLoadsAsSignedOut()
{
    const auto result = load();
    QVERIFY(!result.session);
    QCOMPARE(result.error, SessionStore::Error::None);
}

void TestKeychainSessionStore::savesLoadsAndClears()
{
    const Session session = makeSession(1200);
    QCOMPARE(save(session), SessionStore::Error::None);
    // A new store object, as after a restart, finds it.
    m_store = std::make_unique<KeychainSessionStore>(m_service);
    const auto result = load();
    QCOMPARE(result.error, SessionStore::Error::None);
    QVERIFY(result.session);
    QCOMPARE(*result.session, session);
    QCOMPARE(clear(), SessionStore::Error::None);
    QVERIFY(!load().session);
}

void TestKeychainSessionStore::chunksALargeTokenIntoEntriesOfAtMost2KiB()
{
    const Session session = makeSession(5 * 1024);
    QCOMPARE(save(session), SessionStore::Error::None);
    const QStringList keys = storedKeys();
    QCOMPARE(keys,
             (QStringList {QStringLiteral("session"), QStringLiteral("session.a.0"),
                           QStringLiteral("session.a.1"), QStringLiteral("session.a.2")}));
    for (const QString &key : keys)
        QVERIFY2(rawRead(key).toUtf8().size() <= QtKeychainSecretBackend::MaxEntryBytes,
                 qPrintable(key));
    QCOMPARE(secretServiceItemCount(m_service), 4);
    QCOMPARE(*load().session, session);
}

void TestKeychainSessionStore::alternatesSlotsAndLeavesNoStaleChunks()
{
    QCOMPARE(save(makeSession(5 * 1024)), SessionStore::Error::None);
    QCOMPARE(save(makeSession(100, 'b')), SessionStore::Error::None);
    QCOMPARE(storedKeys(),
             (QStringList {QStringLiteral("session"), QStringLiteral("session.b.0")}));
    QCOMPARE(load().session->accessToken, QByteArray(100, 'b'));
    QCOMPARE(save(makeSession(3000, 'c')), SessionStore::Error::None);
    QCOMPARE(storedKeys(),
             (QStringList {QStringLiteral("session"), QStringLiteral("session.a.0"),
                           QStringLiteral("session.a.1")}));
    QCOMPARE(load().session->accessToken, QByteArray(3000, 'c'));
}

void TestKeychainSessionStore::clearLeavesNothingInTheKeychain()
{
    QCOMPARE(save(makeSession(5 * 1024)), SessionStore::Error::None);
    QCOMPARE(clear(), SessionStore::Error::None);
    QCOMPARE(storedKeys(), QStringList());
    // And as the Secret Service itself sees it: no item of this service at all.
    QCOMPARE(secretServiceItemCount(m_service), 0);
}

void TestKeychainSessionStore::aHalfWrittenSaveLeavesTheOldSessionWhole()
{
    const Session old = makeSession(3000, 'o');
    QCOMPARE(save(old), SessionStore::Error::None);
    // A save killed after writing the new slot's first chunk, before the manifest.
    QVERIFY(rawWrite(QStringLiteral("session.b.0"), QString(2048, QLatin1Char('x'))));
    m_store = std::make_unique<KeychainSessionStore>(m_service);
    const auto result = load();
    QCOMPARE(result.error, SessionStore::Error::None);
    QCOMPARE(*result.session, old);
    // The next save reuses that slot and leaves only its own chunks behind.
    QCOMPARE(save(makeSession(10, 'n')), SessionStore::Error::None);
    QCOMPARE(storedKeys(),
             (QStringList {QStringLiteral("session"), QStringLiteral("session.b.0")}));
}

void TestKeychainSessionStore::aCorruptManifestReadsAsSignedOutAndIsCleared()
{
    QCOMPARE(save(makeSession(100)), SessionStore::Error::None);
    QVERIFY(rawWrite(QStringLiteral("session"), QStringLiteral("{not json")));
    const auto result = load();
    QVERIFY(!result.session);
    QCOMPARE(result.error, SessionStore::Error::Corrupt);
    QCOMPARE(storedKeys(), QStringList());
}

void TestKeychainSessionStore::aMissingChunkReadsAsSignedOutAndIsCleared()
{
    QCOMPARE(save(makeSession(5 * 1024)), SessionStore::Error::None);
    QVERIFY(rawDelete(QStringLiteral("session.a.1")));
    const auto result = load();
    QVERIFY(!result.session);
    QCOMPARE(result.error, SessionStore::Error::Corrupt);
    QCOMPARE(storedKeys(), QStringList());
}

void TestKeychainSessionStore::aTamperedChunkReadsAsSignedOutAndIsCleared()
{
    QCOMPARE(save(makeSession(5 * 1024)), SessionStore::Error::None);
    QVERIFY(rawWrite(QStringLiteral("session.a.2"), QStringLiteral("aaaa\"}")));
    const auto result = load();
    QVERIFY(!result.session);
    QCOMPARE(result.error, SessionStore::Error::Corrupt);
    QCOMPARE(storedKeys(), QStringList());
}

void TestKeychainSessionStore::operationsRunInTheOrderAsked()
{
    QList<int> order;
    std::optional<Session> loaded = makeSession(1);
    QObject scope; // ends the connections with this function, before cleanup() clears again
    connect(m_store->save(makeSession(3000)), &SessionJob::finished, &scope,
            [&order] { order.append(1); });
    connect(m_store->clear(), &SessionJob::finished, &scope, [&order] { order.append(2); });
    connect(m_store->load(), &SessionJob::finished, &scope, [&](SessionJob *job) {
        order.append(3);
        loaded = job->session();
    });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 10000);
    QCOMPARE(order, (QList<int> {1, 2, 3}));
    QVERIFY(!loaded);
}

void TestKeychainSessionStore::withAPresenceFileANeverSavedKeychainIsNotAsked()
{
    QTemporaryDir dir;
    const QString note = dir.filePath(QStringLiteral("data/session-in-keychain"));
    // A session in the keychain that the store with the note never saved (say, the note was
    // deleted): it is not read, and not touched either.
    QCOMPARE(save(makeSession(100, 'a')), SessionStore::Error::None);
    const QStringList before = storedKeys();
    m_store = std::make_unique<KeychainSessionStore>(m_service);
    m_store->setPresenceFile(note);
    const auto unasked = load();
    QVERIFY(!unasked.session);
    QCOMPARE(unasked.error, SessionStore::Error::None);
    QCOMPARE(storedKeys(), before);

    QCOMPARE(save(makeSession(100, 'b')), SessionStore::Error::None);
    QVERIFY(QFileInfo::exists(note));
    QFile file(note);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("bbbb") && !text.contains("138"));

    m_store = std::make_unique<KeychainSessionStore>(m_service);
    m_store->setPresenceFile(note);
    const auto restored = load();
    QVERIFY(restored.session);
    QCOMPARE(restored.session->accessToken, QByteArray(100, 'b'));
    QCOMPARE(clear(), SessionStore::Error::None);
    QVERIFY(!QFileInfo::exists(note));
}

void TestKeychainSessionStore::aStalePresenceFileGoesWhenTheKeychainHoldsNothing()
{
    QTemporaryDir dir;
    const QString note = dir.filePath(QStringLiteral("session-in-keychain"));
    QFile file(note);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_store->setPresenceFile(note);
    const auto result = load();
    QVERIFY(!result.session);
    QCOMPARE(result.error, SessionStore::Error::None);
    QVERIFY(!QFileInfo::exists(note));
}

DESKLOGIN_TEST_GUILESS_MAIN(TestKeychainSessionStore)
#include "tst_keychainsessionstore.moc"
