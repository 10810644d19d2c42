#include "Awaited.h"
#include "DemoServer.h"
#include "DiagnosticReport.h"
#include "FakeHttpServer.h"
#include "KeyringGuard.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MemorySessionStore.h"
#include "ProxyServer.h"
#include "Sandbox.h"
#include "TestClock.h"
#include "TestMain.h"
#include "api/ApiClient.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "graph/AppGraph.h"
#include "net/NetworkSettings.h"
#include "phone/PhoneNumber.h"
#include "secrets/SecretBackend.h"
#include "session/KeychainSessionStore.h"
#include "support/Clock.h"
#include "support/LogFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {

// Never destroyed: Qt still logs from its own static destructors, after this file's statics
// would be gone.
QMutex &logMutex = *new QMutex;
QByteArray &capturedLog = *new QByteArray;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog +=
            QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    }
    previousHandler(type, context, message);
}

} // namespace

// The password, the client secret and the token never reach a log, a settings file, the config
// folder or a temporary file, with every logging category of Qt and of the app turned on; the
// support log and the diagnostic report hold none of them, nor a proxy password or a full phone
// number.
class TestNoSecrets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aWholeSessionLeavesNoSecretAnywhere();
    void theCommandLineCheckPrintsNoSecret();
    void theSupportLogAndReportHoldNoSecretAfterEveryKindOfFailure();

private:
    QString m_logFolder;
};

void TestNoSecrets::initTestCase()
{
    // Loaded up front, so that typing is formatted at once (the app loads it on a worker thread
    // at the first keystroke; tst_phonenumber and the benchmarks cover that).
    QVERIFY(PhoneNumber::load());
    DESKLOGIN_REQUIRE_KEYRING();
    QVERIFY(!qEnvironmentVariable("DESKLOGIN_TEST_SANDBOX").isEmpty());
    QStandardPaths::setTestModeEnabled(false); // the real locations, inside the sandbox
    QApplication::setOrganizationName(QStringLiteral("DeskLoginSecretsTest"));
    QApplication::setApplicationName(QStringLiteral("tst_nosecrets"));
    // Every category on, and on stderr too (the support log then passes everything on, as it
    // does in the app when QT_LOGGING_RULES is set).
    qputenv("QT_LOGGING_RULES", "*=true");
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    previousHandler = qInstallMessageHandler(capture);
    // The support log, as main() writes it, for the whole run.
    m_logFolder = qEnvironmentVariable("DESKLOGIN_TEST_SANDBOX") + QStringLiteral("/logs");
    QVERIFY(LogFile::install(m_logFolder));
}

void TestNoSecrets::aWholeSessionLeavesNoSecretAnywhere()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AppConfig config;
    config.serverUrl = server.url();
    config.clientId = QString::fromLatin1(DemoServer::ClientId);
    config.clientSecret = QString::fromLatin1(DemoServer::ClientSecret);
    config.profileEndpoint = QStringLiteral("/api/user");

    QByteArray token;
    {
        SystemClock clock;
        KeychainSessionStore store(QStringLiteral("org.desklogin.secrets.")
                                   + QUuid::createUuid().toString(QUuid::Id128));
        AppGraph app(config, &store, &clock);
        AuthManager &auth = app.auth;
        ApiClient &api = app.api;
        LanguageManager languages;
        MainWindow window(&auth, &api, &clock, &languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auth.restore();
        QTRY_COMPARE(auth.state(), AuthManager::State::SignedOut);

        auto *phone = window.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        auto *password = window.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        window.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        QTest::keyClicks(phone, QString::fromLatin1(DemoServer::Phone));
        QTest::keyClicks(password, QStringLiteral("wrong-password-first"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(password->text().isEmpty(), 10000);
        QTest::keyClicks(password, QString::fromLatin1(DemoServer::Password));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(auth.state(), AuthManager::State::SignedIn, 10000);
        token = auth.session()->accessToken;
        QTRY_VERIFY_WITH_TIMEOUT(!store.isBusy(), 10000);
        // The profile request, answered and shown.
        QTRY_COMPARE_WITH_TIMEOUT(
            window.findChild<QLabel *>(QStringLiteral("profileValue"))->text(),
            QStringLiteral("Li Wei"), 10000);
        window.close(); // settings written
        auth.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!store.isBusy(), 10000);
    }
    QVERIFY(token.size() > 100);
    const QList<QByteArray> secrets {QByteArray(DemoServer::Password), "wrong-password-first",
                                     QByteArray(DemoServer::ClientSecret), token, token.left(40)};
    QByteArray log;
    {
        QMutexLocker lock(&logMutex);
        log = capturedLog;
    }
    QVERIFY2(log.size() > 1000, "the logs were not captured"); // the search must have something
    for (int i = 0; i < secrets.size(); ++i) // (the index, so that a failure prints no secret)
        QVERIFY2(!log.contains(secrets.at(i)),
                 qPrintable(QStringLiteral("secret #%1 logged").arg(i)));
    QCOMPARE(sandboxFilesContaining(secrets), QStringList());
}

void TestNoSecrets::theCommandLineCheckPrintsNoSecret()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
    environment.insert(QStringLiteral("DESKLOGIN_CLIENT_SECRET"),
                       QString::fromLatin1(DemoServer::ClientSecret));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(DESKLOGIN_APP_BINARY),
              {QStringLiteral("--server"), server.url().toString(),
               QStringLiteral("--check-sign-in"), QString::fromLatin1(DemoServer::Phone)});
    app.write(QByteArray(DemoServer::Password) + '\n');
    app.closeWriteChannel();
    QVERIFY(app.waitForFinished(20000));
    const QByteArray output = app.readAllStandardOutput() + app.readAllStandardError();
    QVERIFY2(output.contains("signed in"), output.constData());
    QVERIFY(!output.contains(DemoServer::Password));
    QVERIFY(!output.contains(DemoServer::ClientSecret));
    QVERIFY(!output.contains("eyJ")); // no JWT, or any part of one
}

void TestNoSecrets::theSupportLogAndReportHoldNoSecretAfterEveryKindOfFailure()
{
    const QByteArray proxyPassword = "proxy-pw-secret-9876";
    const QByteArray wrongPassword = "wrong-password-again";
    ProxyServer proxy;
    QVERIFY2(proxy.start(ProxyServer::Kind::Http, QStringLiteral("alice"),
                         QString::fromLatin1(proxyPassword)),
             qPrintable(proxy.errorString()));
    // Reached by this computer's name: nothing goes to loopback through a proxy.
    DemoServer server;
    QVERIFY2(server.startByName(), qPrintable(server.errorString()));
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    const auto secrets = createSystemSecretBackend(QStringLiteral("org.desklogin.logs.")
                                                   + QUuid::createUuid().toString(QUuid::Id128));

    AppConfig config;
    config.serverUrl = server.url();
    config.clientId = QString::fromLatin1(DemoServer::ClientId);
    config.clientSecret = QString::fromLatin1(DemoServer::ClientSecret);
    config.allowInsecureHttp = true; // plain http, to this computer by its name
    config.profileEndpoint = QStringLiteral("/api/user");
    QList<QByteArray> tokens;
    // False when the sign-in or the profile did not end: the test function has failed then.
    const auto signIn = [&](const AppConfig &with, const QString &password,
                            const std::function<void(NetworkSettings &)> &network) {
        MemorySessionStore store;
        TestClock clock;
        AppGraph app(with, &store, &clock);
        NetworkSettings settings(&app.transport, secrets.get(), with.proxy,
                                 with.isLocked(SettingId::Proxy));
        settings.start();
        network(settings);
        app.auth.signIn(QStringLiteral("138 0013 8000"), password);
        const Awaited ended(&app.auth, &AuthManager::stateChanged); // from SigningIn
        if (!ended.wait(std::chrono::seconds(20)))
            return false;
        if (app.auth.session()) {
            tokens.append(app.auth.session()->accessToken);
            // The API too: the profile.
            const Awaited profile(app.api.get(app.auth.config().profileUrl()), &ApiReply::finished,
                                  [](ApiReply *) { return true; });
            if (!profile.wait())
                return false;
            app.auth.signOut();
        }
        return true;
    };
    const auto direct = [](NetworkSettings &) {};
    const auto throughProxy = [&](const QByteArray &password) {
        return [&proxy, password](NetworkSettings &settings) {
            settings.change(*ProxySettings::parse(
                                QStringLiteral("http://alice@127.0.0.1:%1").arg(proxy.port())),
                            QString::fromLatin1(password));
        };
    };

    // Signed in through the proxy, with its password; then refused by the proxy.
    if (!signIn(config, QString::fromLatin1(DemoServer::Password), throughProxy(proxyPassword)))
        return;
    QCOMPARE(tokens.size(), 1);
    if (!signIn(config, QString::fromLatin1(DemoServer::Password),
                throughProxy("not-the-proxy-pw")))
        return;
    // A wrong password, directly.
    if (!signIn(config, QString::fromLatin1(wrongPassword), direct))
        return;
    // Every kind of failure a server can produce.
    AppConfig toFake = config;
    toFake.serverUrl = fake.url();
    const QList<FakeHttpServer::Response> answers {
        FakeHttpServer::json(429, R"({"message":"Too Many Attempts."})"),
        FakeHttpServer::json(500, "Error."),
        FakeHttpServer::json(400, R"({"error":"invalid_scope"})"),
        FakeHttpServer::json(400, R"({"error":"invalid_request","hint":"username"})"),
        FakeHttpServer::json(401, R"({"error":"invalid_client"})"),
        FakeHttpServer::json(200, "<html>portal</html>"),
        FakeHttpServer::json(302, ""),
        FakeHttpServer::json(200, R"({"token_type":"Bearer","expires_in":0,"access_token":"x"})"),
    };
    for (const auto &answer : answers) {
        fake.respondWith(answer);
        if (!signIn(toFake, QString::fromLatin1(DemoServer::Password), direct))
            return;
    }
    AppConfig offline = config;
    offline.serverUrl = QUrl(QStringLiteral("https://desklogin-test.invalid"));
    if (!signIn(offline, QString::fromLatin1(DemoServer::Password), direct))
        return;

    // Everything the app wrote for support, and the report made from it.
    LogFile::flush();
    QStringList files;
    QDirIterator it(m_logFolder, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY(!files.isEmpty());
    QByteArray written;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        written += file.readAll();
    }
    DiagnosticFacts facts;
    facts.config = &config;
    facts.keychain = secrets->name();
    facts.logFolder = m_logFolder;
    written += DiagnosticReport::build(facts, 1000).toUtf8();

    // Useful: what happened is there.
    for (const char *fact : {"HTTP 429 -> None in ", "HTTP 200 -> None in ", "proxy: http://alice@",
                             "-> ProxyAuthenticationRequired", "InvalidScope",
                             "client_secret = (set)", "Secret Service"})
        QVERIFY2(written.contains(fact), fact);
    // And never a secret, nor the phone number in any of its forms.
    QList<QByteArray> forbidden {QByteArray(DemoServer::Password),
                                 wrongPassword,
                                 QByteArray(DemoServer::ClientSecret),
                                 proxyPassword,
                                 "13800138000",
                                 "138 0013 8000",
                                 "8613800138000"};
    for (const QByteArray &token : std::as_const(tokens))
        forbidden += {token, token.left(40)};
    for (int i = 0; i < forbidden.size(); ++i) // (the index: a failure prints no secret)
        QVERIFY2(!written.contains(forbidden.at(i)),
                 qPrintable(QStringLiteral("secret #%1 in the log or report").arg(i)));
}

DESKLOGIN_TEST_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"
