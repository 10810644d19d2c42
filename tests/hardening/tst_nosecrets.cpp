#include "ApiClient.h"
#include "AppGraph.h"
#include "AuthManager.h"
#include "Clock.h"
#include "DemoServer.h"
#include "KeychainSessionStore.h"
#include "KeyringGuard.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PhoneNumber.h"
#include "Sandbox.h"
#include "TokenClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {

QMutex logMutex;
QByteArray capturedLog;
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
// folder or a temporary file, with every logging category of Qt and of the app turned on.
class TestNoSecrets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aWholeSessionLeavesNoSecretAnywhere();
    void theCommandLineCheckPrintsNoSecret();
};

void TestNoSecrets::initTestCase()
{
    // Loaded up front, so that typing is formatted at once (the app loads it on a worker thread
    // at the first keystroke; tst_phonenumber and the benchmarks cover that).
    QVERIFY(PhoneNumber::isSupportedRegion(QStringLiteral("CN")));
    DESKLOGIN_REQUIRE_KEYRING();
    QVERIFY(!qEnvironmentVariable("DESKLOGIN_TEST_SANDBOX").isEmpty());
    QStandardPaths::setTestModeEnabled(false); // the real locations, inside the sandbox
    QApplication::setOrganizationName(QStringLiteral("DeskLoginSecretsTest"));
    QApplication::setApplicationName(QStringLiteral("tst_nosecrets"));
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    previousHandler = qInstallMessageHandler(capture);
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
        QTest::qWait(500); // the profile request
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

QTEST_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"
