#include "SessionSamples.h"
#include "TestMain.h"
#include "session/SessionCodec.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

constexpr int Max = 2048;

// A keychain as a map, to play a save plan against: what the store does with a backend.
using Entries = QHash<QString, QString>;

void apply(Entries &entries, const SessionCodec::SavePlan &plan, int writesToApply = -1,
           bool removeStale = true)
{
    const int writes = writesToApply < 0 ? int(plan.writes.size()) : writesToApply;
    for (int i = 0; i < writes; ++i)
        entries.insert(plan.writes.at(i).key, plan.writes.at(i).text);
    if (removeStale && writes == plan.writes.size()) {
        for (const QString &key : plan.staleKeys)
            entries.remove(key);
    }
}

std::optional<SessionCodec::Manifest> manifestIn(const Entries &entries)
{
    const auto it = entries.find(SessionCodec::manifestKey());
    return it == entries.end() ? std::nullopt : SessionCodec::decodeManifest(*it);
}

std::optional<Session> read(const Entries &entries, int maxEntryBytes = Max)
{
    const auto manifest = manifestIn(entries);
    if (!manifest)
        return std::nullopt;
    QStringList chunks;
    for (const QString &key : SessionCodec::chunkKeys(*manifest))
        chunks.append(entries.value(key));
    return SessionCodec::decodeSession(*manifest, chunks, maxEntryBytes);
}

Entries saved(const Session &session, int maxEntryBytes = Max)
{
    Entries entries;
    apply(entries, SessionCodec::encode(session, std::nullopt, maxEntryBytes));
    return entries;
}

QStringList sortedKeys(const Entries &entries)
{
    QStringList keys = entries.keys();
    keys.sort();
    return keys;
}

} // namespace

// SessionCodec, the keychain layout without a keychain: tst_keychainsessionstore checks the
// same layout through a real Secret Service.
class TestSessionCodec : public QObject {
    Q_OBJECT
private slots:
    void roundTripsSessionsOfEverySize_data();
    void roundTripsSessionsOfEverySize();
    void everyEntryFitsTheBackendsLimit_data();
    void everyEntryFitsTheBackendsLimit();
    void writesTheManifestLast();
    void alternatesSlotsAndNamesTheStaleChunks();
    void aSaveCutShortAtAnyStepLeavesTheOldOrTheNewSessionWhole();
    void rejectsManifestsThatDoNotCheckOut_data();
    void rejectsManifestsThatDoNotCheckOut();
    void rejectsChunksThatDoNotCheckOut_data();
    void rejectsChunksThatDoNotCheckOut();
    void removalCoversBothSlotsOrAGuessWhenUnreadable();
    void aStoredSessionIsHeldToWhatAServerIsHeldTo_data();
    void aStoredSessionIsHeldToWhatAServerIsHeldTo();
};

void TestSessionCodec::roundTripsSessionsOfEverySize_data()
{
    QTest::addColumn<int>("tokenBytes");
    for (const int bytes : {1, 100, 1800, 2048, 2049, 5000, 16 * 1024})
        QTest::addRow("%d-byte token", bytes) << bytes;
}

void TestSessionCodec::roundTripsSessionsOfEverySize()
{
    QFETCH(int, tokenBytes);
    Session session = SessionSamples::numbered(1);
    session.accessToken = QByteArray(tokenBytes, 'x');
    const auto restored = read(saved(session));
    QVERIFY(restored);
    QCOMPARE(*restored, session);
}

void TestSessionCodec::everyEntryFitsTheBackendsLimit_data()
{
    QTest::addColumn<int>("maxEntryBytes");
    QTest::newRow("QtKeychain, 2 KiB") << 2048;
    QTest::newRow("Windows Credential Manager, 2,560 bytes") << 2560;
    QTest::newRow("tiny") << 300;
}

void TestSessionCodec::everyEntryFitsTheBackendsLimit()
{
    QFETCH(int, maxEntryBytes);
    Session session = SessionSamples::numbered(2);
    session.accessToken = QByteArray(3500, 't');
    const auto plan = SessionCodec::encode(session, std::nullopt, maxEntryBytes);
    for (const auto &entry : plan.writes)
        QVERIFY2(entry.text.toUtf8().size() <= maxEntryBytes, qPrintable(entry.key));
    const int json = int(session.toJson().size());
    QCOMPARE(plan.writes.size() - 1, (json + maxEntryBytes - 1) / maxEntryBytes);
    Entries entries;
    apply(entries, plan);
    QCOMPARE(*read(entries, maxEntryBytes), session);
}

void TestSessionCodec::writesTheManifestLast()
{
    const auto plan = SessionCodec::encode(SessionSamples::numbered(2), std::nullopt, Max);
    QCOMPARE(plan.writes.last().key, SessionCodec::manifestKey());
    for (int i = 0; i + 1 < plan.writes.size(); ++i)
        QCOMPARE(plan.writes.at(i).key, SessionCodec::chunkKey(QLatin1Char('a'), i));
    QVERIFY(plan.staleKeys.isEmpty());
}

void TestSessionCodec::alternatesSlotsAndNamesTheStaleChunks()
{
    Entries entries = saved(SessionSamples::numbered(2)); // 3 chunks in slot a
    QCOMPARE(sortedKeys(entries),
             (QStringList {QStringLiteral("session"), QStringLiteral("session.a.0"),
                           QStringLiteral("session.a.1"), QStringLiteral("session.a.2")}));
    Session small = SessionSamples::numbered(0); // 1 chunk
    apply(entries, SessionCodec::encode(small, manifestIn(entries), Max));
    QCOMPARE(sortedKeys(entries),
             (QStringList {QStringLiteral("session"), QStringLiteral("session.b.0")}));
    QCOMPARE(*read(entries), small);
    Session middle = SessionSamples::numbered(1); // 2 chunks, back in slot a
    apply(entries, SessionCodec::encode(middle, manifestIn(entries), Max));
    QCOMPARE(sortedKeys(entries),
             (QStringList {QStringLiteral("session"), QStringLiteral("session.a.0"),
                           QStringLiteral("session.a.1")}));
    QCOMPARE(*read(entries), middle);
}

void TestSessionCodec::aSaveCutShortAtAnyStepLeavesTheOldOrTheNewSessionWhole()
{
    const Session old = SessionSamples::numbered(2);
    const Session next = SessionSamples::numbered(5);
    const Entries before = saved(old);
    const auto plan = SessionCodec::encode(next, manifestIn(before), Max);
    for (int writes = 0; writes <= plan.writes.size(); ++writes) {
        Entries entries = before;
        apply(entries, plan, writes, false);
        const auto restored = read(entries);
        QVERIFY(restored);
        QCOMPARE(*restored, writes == plan.writes.size() ? next : old);
    }
}

void TestSessionCodec::rejectsManifestsThatDoNotCheckOut_data()
{
    QTest::addColumn<QString>("text");
    const QString hash(64, QLatin1Char('0'));
    const auto manifest = [&](const QString &fields) { return QStringLiteral("{%1}").arg(fields); };
    QTest::newRow("not JSON") << QStringLiteral("{not json");
    QTest::newRow("empty") << QString();
    QTest::newRow("an array") << QStringLiteral("[1]");
    QTest::newRow("version 2") << manifest(
        QStringLiteral(R"("v":2,"slot":"a","chunks":1,"other":0,"sha256":"%1")").arg(hash));
    QTest::newRow("slot c") << manifest(
        QStringLiteral(R"("v":1,"slot":"c","chunks":1,"other":0,"sha256":"%1")").arg(hash));
    QTest::newRow("no chunks") << manifest(
        QStringLiteral(R"("v":1,"slot":"a","chunks":0,"other":0,"sha256":"%1")").arg(hash));
    QTest::newRow("too many chunks") << manifest(
        QStringLiteral(R"("v":1,"slot":"a","chunks":17,"other":0,"sha256":"%1")").arg(hash));
    QTest::newRow("negative other") << manifest(
        QStringLiteral(R"("v":1,"slot":"a","chunks":1,"other":-1,"sha256":"%1")").arg(hash));
    QTest::newRow("short hash") << manifest(
        QStringLiteral(R"("v":1,"slot":"a","chunks":1,"other":0,"sha256":"abc")"));
    QTest::newRow("chunks as text") << manifest(
        QStringLiteral(R"("v":1,"slot":"a","chunks":"1","other":0,"sha256":"%1")").arg(hash));
}

void TestSessionCodec::rejectsManifestsThatDoNotCheckOut()
{
    QFETCH(QString, text);
    QVERIFY(!SessionCodec::decodeManifest(text));
}

void TestSessionCodec::rejectsChunksThatDoNotCheckOut_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("a chunk missing") << 0;
    QTest::newRow("a chunk changed") << 1;
    QTest::newRow("a chunk too large") << 2;
    QTest::newRow("chunks swapped") << 3;
    QTest::newRow("a chunk extra") << 4;
    QTest::newRow("valid checksum, not a session") << 5;
}

void TestSessionCodec::rejectsChunksThatDoNotCheckOut()
{
    QFETCH(int, damage);
    const Entries entries = saved(SessionSamples::numbered(2));
    auto manifest = manifestIn(entries);
    QVERIFY(manifest);
    QStringList chunks;
    for (const QString &key : SessionCodec::chunkKeys(*manifest))
        chunks.append(entries.value(key));
    QVERIFY(SessionCodec::decodeSession(*manifest, chunks, Max)); // whole, it reads
    switch (damage) {
    case 0:
        chunks.removeLast();
        break;
    case 1:
        chunks[1][10] = QLatin1Char('#');
        break;
    case 2:
        chunks[0] += QLatin1Char('x');
        break;
    case 3:
        chunks.swapItemsAt(0, 1);
        break;
    case 4:
        chunks.append(QStringLiteral("x"));
        break;
    case 5: {
        const QByteArray notASession = "{\"phone\":1}";
        chunks = QStringList {QString::fromLatin1(notASession)};
        manifest->chunks = 1;
        manifest->sha256 =
            QCryptographicHash::hash(notASession, QCryptographicHash::Sha256).toHex();
        break;
    }
    }
    QVERIFY(!SessionCodec::decodeSession(*manifest, chunks, Max));
}

void TestSessionCodec::removalCoversBothSlotsOrAGuessWhenUnreadable()
{
    SessionCodec::Manifest manifest;
    manifest.slot = QLatin1Char('b');
    manifest.chunks = 2;
    manifest.otherChunks = 3;
    QCOMPARE(SessionCodec::keysToRemove(manifest),
             (QStringList {QStringLiteral("session"), QStringLiteral("session.b.0"),
                           QStringLiteral("session.b.1"), QStringLiteral("session.a.0"),
                           QStringLiteral("session.a.1"), QStringLiteral("session.a.2")}));
    QCOMPARE(SessionCodec::keysToRemove(std::nullopt),
             (QStringList {QStringLiteral("session"), QStringLiteral("session.a.0"),
                           QStringLiteral("session.b.0")}));
}

// A keychain entry is trusted no more than a server's answer (TokenResponse): an entry changed
// by hand or by another program, its checksum made to match, is refused, not used.
void TestSessionCodec::aStoredSessionIsHeldToWhatAServerIsHeldTo_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    const double received = 1772355691000.0;
    QTest::newRow("as stored") << "" << QJsonValue() << true;
    QTest::newRow("a line break in the token")
        << "access_token" << QJsonValue(QStringLiteral("abc\r\nX-Evil: 1")) << false;
    QTest::newRow("a line break in the token type")
        << "token_type" << QJsonValue(QStringLiteral("Bearer\r\nX-Evil: 1")) << false;
    QTest::newRow("a token type other than bearer")
        << "token_type" << QJsonValue(QStringLiteral("MAC")) << false;
    QTest::newRow("a space in the token")
        << "access_token" << QJsonValue(QStringLiteral("abc def")) << false;
    QTest::newRow("a non-ASCII token")
        << "access_token" << QJsonValue(QStringLiteral("abc\u00e9")) << false;
    QTest::newRow("ten years") << "expires_at"
                               << QJsonValue(received + 10.0 * 365 * 24 * 3600 * 1000) << true;
    QTest::newRow("eleven years") << "expires_at"
                                  << QJsonValue(received + 11.0 * 366 * 24 * 3600 * 1000) << false;
    QTest::newRow("an end beyond any date") << "expires_at" << QJsonValue(1e300) << false;
    QTest::newRow("a fraction of a millisecond")
        << "expires_at" << QJsonValue(received + 3600000.5) << false;
    QTest::newRow("received before 1970") << "received_at" << QJsonValue(-5000.0) << false;
    QTest::newRow("a moment as text")
        << "received_at" << QJsonValue(QStringLiteral("1772355691000")) << false;
}

void TestSessionCodec::aStoredSessionIsHeldToWhatAServerIsHeldTo()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    Session session = SessionSamples::numbered(1);
    session.receivedAt = QDateTime::fromMSecsSinceEpoch(1772355691000, Qt::UTC);
    session.expiresAt = session.receivedAt.addSecs(3600);
    QJsonObject stored = QJsonDocument::fromJson(session.toJson()).object();
    if (!field.isEmpty())
        stored.insert(field, value);
    const auto read = Session::fromJson(QJsonDocument(stored).toJson(QJsonDocument::Compact));
    QCOMPARE(read.has_value(), accepted);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestSessionCodec)
#include "tst_sessioncodec.moc"
