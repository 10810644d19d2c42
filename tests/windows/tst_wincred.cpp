// The Windows Credential Manager backend, on the real API: built for Windows and run under Wine
// (tests/windows/run.sh), whose advapi32 implements CredWriteW, CredReadW, CredDeleteW and
// CredEnumerateW for generic credentials. Wine does not enforce Windows' 2,560-byte limit on a
// credential's blob, so this test measures every blob itself.
#include "Awaited.h"
#include "AwaitedJob.h"
#include "TestMain.h"
#include "secrets/WinCredSecretBackend.h"
#include "session/KeychainSessionStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QProcess>
#include <QTest>

#include <windows.h>
// wincred.h needs windows.h before it.
#include <wincred.h>

namespace {

const QString Service = QStringLiteral("org.desklogin.WinCredTest");

struct Stored {
    QString target;
    int blobBytes = 0;
};

// Every credential this test's service holds, as the Credential Manager lists them.
QList<Stored> storedCredentials()
{
    QList<Stored> found;
    const std::wstring filter = QString(Service + QStringLiteral("/*")).toStdWString();
    DWORD count = 0;
    PCREDENTIALW *credentials = nullptr;
    if (!CredEnumerateW(filter.c_str(), 0, &count, &credentials))
        return found;
    // Copied through std::wstring (wcslen, byte by byte) first: Wine packs the credentials it
    // returns at odd addresses, and Qt's string scanning reads UTF-16 in aligned blocks.
    for (DWORD i = 0; i < count; ++i)
        found.append({QString::fromStdWString(std::wstring(credentials[i]->TargetName)),
                      int(credentials[i]->CredentialBlobSize)});
    CredFree(credentials);
    return found;
}

void rawWrite(const QString &target, const QByteArray &blob)
{
    std::wstring name = target.toStdWString();
    QByteArray data = blob;
    CREDENTIALW credential {};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = name.data();
    credential.CredentialBlobSize = DWORD(data.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(data.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    QVERIFY(CredWriteW(&credential, 0));
}

// A secret job's result, read as it reports (the job deletes itself right after).
struct SecretResult {
    SecretBackend::Error error;
    QString text;
};

Awaited<SecretResult> resultOf(SecretJob *job)
{
    return Awaited(job, &SecretJob::finished, [](SecretJob *finished) {
        return SecretResult {finished->error(), finished->text()};
    });
}

Session largeSession()
{
    Session session;
    session.phone = QStringLiteral("+886912345678");
    // A JWT of about 3.5 KB, as a Passport server with many scopes sends.
    session.accessToken = QByteArray("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.")
        + QByteArray(3500, 'x').toBase64(QByteArray::Base64UrlEncoding).left(3500);
    session.tokenType = QStringLiteral("Bearer");
    session.receivedAt = QDateTime::currentDateTimeUtc();
    session.expiresAt = session.receivedAt.addDays(365);
    return session;
}

} // namespace

class TestWinCred : public QObject {
    Q_OBJECT
private slots:
    void init();
    void anEntryRoundTripsAndIsRemoved();
    void refusesAnEntryOverTheWindowsLimit();
    void savesALargeSessionInChunksWithinTheLimit();
    void aSecondProcessRestoresTheSession();
    void clearingLeavesNoCredential();
    void aDamagedEntryReadsAsSignedOut();
};

void TestWinCred::init()
{
    for (const Stored &credential : storedCredentials()) {
        const std::wstring target = credential.target.toStdWString();
        CredDeleteW(target.c_str(), CRED_TYPE_GENERIC, 0);
    }
    QVERIFY(storedCredentials().isEmpty());
}

void TestWinCred::anEntryRoundTripsAndIsRemoved()
{
    WinCredSecretBackend backend(Service);
    const QString text = QStringLiteral("text with ü and 中文");
    const auto write = resultOf(backend.write(QStringLiteral("entry"), text));
    AWAIT(write);
    QCOMPARE(write->error, SecretBackend::Error::None);
    QCOMPARE(storedCredentials().size(), 1);
    QCOMPARE(storedCredentials().constFirst().target, Service + QStringLiteral("/entry"));
    const auto read = resultOf(backend.read(QStringLiteral("entry")));
    AWAIT(read);
    QCOMPARE(read->error, SecretBackend::Error::None);
    QCOMPARE(read->text, text);
    const auto removed = resultOf(backend.remove(QStringLiteral("entry")));
    AWAIT(removed);
    QCOMPARE(removed->error, SecretBackend::Error::None);
    const auto readAgain = resultOf(backend.read(QStringLiteral("entry")));
    AWAIT(readAgain);
    QCOMPARE(readAgain->error, SecretBackend::Error::NotFound);
    const auto removedAgain = resultOf(backend.remove(QStringLiteral("entry")));
    AWAIT(removedAgain);
    QCOMPARE(removedAgain->error, SecretBackend::Error::NotFound);
}

void TestWinCred::refusesAnEntryOverTheWindowsLimit()
{
    WinCredSecretBackend backend(Service);
    const QString atLimit(WinCredSecretBackend::MaxBlobBytes, QLatin1Char('a'));
    const auto full = resultOf(backend.write(QStringLiteral("full"), atLimit));
    AWAIT(full);
    QCOMPARE(full->error, SecretBackend::Error::None);
    // Wine would store it; Windows would not, so the backend does not try.
    const auto over = resultOf(backend.write(QStringLiteral("over"), atLimit + QLatin1Char('a')));
    AWAIT(over);
    QCOMPARE(over->error, SecretBackend::Error::Other);
    QCOMPARE(storedCredentials().size(), 1);
}

void TestWinCred::savesALargeSessionInChunksWithinTheLimit()
{
    KeychainSessionStore store(std::make_unique<WinCredSecretBackend>(Service));
    const Session session = largeSession();
    QVERIFY(session.accessToken.size() > 3000);
    const AwaitedJob saved(store.save(session));
    AWAIT(saved);
    QCOMPARE(saved->error, SessionStore::Error::None);
    const QList<Stored> stored = storedCredentials();
    QVERIFY2(stored.size() >= 3, "a manifest and at least two chunks"); // session, session.a.0, …
    for (const Stored &credential : stored)
        QVERIFY2(credential.blobBytes <= WinCredSecretBackend::MaxBlobBytes,
                 qPrintable(credential.target + QStringLiteral(": ")
                            + QString::number(credential.blobBytes)));
    const AwaitedJob loaded(store.load());
    AWAIT(loaded);
    QVERIFY(loaded->session);
    QCOMPARE(loaded->session->accessToken, session.accessToken);
    QCOMPARE(loaded->session->phone, session.phone);
}

void TestWinCred::aSecondProcessRestoresTheSession()
{
    {
        KeychainSessionStore store(std::make_unique<WinCredSecretBackend>(Service));
        const AwaitedJob saved(store.save(largeSession()));
        AWAIT(saved);
        QCOMPARE(saved->error, SessionStore::Error::None);
    }
    // Another process of the same user finds it: the exit code says whether it did, and it
    // prints the token's hash, never the token.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--print-stored")});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    const QByteArray expected =
        QCryptographicHash::hash(largeSession().accessToken, QCryptographicHash::Sha256).toHex();
    QCOMPARE(child.readAllStandardOutput().trimmed(), expected);
}

void TestWinCred::clearingLeavesNoCredential()
{
    KeychainSessionStore store(std::make_unique<WinCredSecretBackend>(Service));
    const AwaitedJob saved(store.save(largeSession()));
    AWAIT(saved);
    QCOMPARE(saved->error, SessionStore::Error::None);
    QVERIFY(!storedCredentials().isEmpty());
    const AwaitedJob cleared(store.clear());
    AWAIT(cleared);
    QCOMPARE(cleared->error, SessionStore::Error::None);
    QCOMPARE(storedCredentials().size(), 0);
    const AwaitedJob loaded(store.load());
    AWAIT(loaded);
    QVERIFY(!loaded->session);
}

void TestWinCred::aDamagedEntryReadsAsSignedOut()
{
    KeychainSessionStore store(std::make_unique<WinCredSecretBackend>(Service));
    const AwaitedJob saved(store.save(largeSession()));
    AWAIT(saved);
    QCOMPARE(saved->error, SessionStore::Error::None);
    // Every chunk (not the manifest, "<service>/session") overwritten with bytes that are not
    // what was stored.
    for (const Stored &credential : storedCredentials()) {
        if (credential.target != Service + QStringLiteral("/session"))
            rawWrite(credential.target, QByteArray(64, '\xff'));
    }
    const AwaitedJob loaded(store.load());
    AWAIT(loaded);
    QVERIFY(!loaded->session); // signed out, not a crash and not a wrong session
}

// `--print-stored`: the second process of aSecondProcessRestoresTheSession.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--print-stored") == 0) {
        KeychainSessionStore store(std::make_unique<WinCredSecretBackend>(Service));
        const AwaitedJob loaded(store.load());
        if (!loaded.wait() || !loaded->session)
            return 1;
        std::printf(
            "%s\n",
            QCryptographicHash::hash(loaded->session->accessToken, QCryptographicHash::Sha256)
                .toHex()
                .constData());
        return 0;
    }
    TestWinCred test;
    return TestMain::exec(&test, argc, argv);
}

#include "tst_wincred.moc"
