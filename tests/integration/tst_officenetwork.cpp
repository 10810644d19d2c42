#include "AppConfig.h"
#include "AppGraph.h"
#include "DemoServer.h"
#include "MemorySessionStore.h"
#include "Messages.h"
#include "TestClock.h"
#include "TokenResults.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = AuthManager::State;

// Sign-in through what sits between an office and its server, with real parts: the demo server
// behind TLS with a certificate from a company CA (as a TLS-inspecting proxy re-signs them).
class TestOfficeNetwork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aCompanyCaIsRefusedUntilItIsConfigured();
    void aWrongCertificateFileIsAConfigurationError_data();
    void aWrongCertificateFileIsAConfigurationError();

private:
    // Signs in with the demo account; returns the error, or nothing when signed in.
    std::optional<AuthError> signIn(const AppConfig &config);
    QString certificate(const char *name) const
    {
        return m_certificates.filePath(QLatin1String(name));
    }

    QTemporaryDir m_certificates;
};

void TestOfficeNetwork::initTestCase()
{
    QVERIFY(m_certificates.isValid());
    QProcess make;
    make.start(QStringLiteral("bash"),
               {QStringLiteral(DESKLOGIN_SOURCE_DIR "/tests/support/make-test-certificates.sh"),
                m_certificates.path()});
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
}

std::optional<AuthError> TestOfficeNetwork::signIn(const AppConfig &config)
{
    MemorySessionStore store;
    TestClock clock;
    AppGraph app(config, &store, &clock);
    QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    if (!QTest::qWaitFor([&] { return app.auth.state() != State::SigningIn; }, 20000))
        qFatal("the sign-in did not end");
    if (app.auth.state() == State::SignedIn)
        return std::nullopt;
    if (failed.isEmpty())
        qFatal("neither signed in nor failed");
    return failed.first().first().value<AuthError>();
}

void TestOfficeNetwork::aCompanyCaIsRefusedUntilItIsConfigured()
{
    DemoServer server;
    QVERIFY2(server.start(
                 {QStringLiteral("--tls"), certificate("valid.crt"), certificate("server.key")}),
             qPrintable(server.errorString()));
    QCOMPARE(server.url().scheme(), QStringLiteral("https"));
    AppConfig config;
    config.serverUrl = server.url();
    config.clientId = QString::fromLatin1(DemoServer::ClientId);
    config.clientSecret = QString::fromLatin1(DemoServer::ClientSecret);

    // Without the setting: refused, and the message names who issued the certificate.
    const auto refused = signIn(config);
    QVERIFY(refused);
    QCOMPARE(toString(refused->kind), toString(AuthError::Kind::Tls));
    QCOMPARE(toString(refused->tls.kind), toString(TlsProblem::Kind::Untrusted));
    QCOMPARE(refused->tls.issuer, QStringLiteral("DeskLogin Test CA"));
    const QString message = Messages::forError(*refused);
    QVERIFY2(message.contains(QStringLiteral("\u201cDeskLogin Test CA\u201d")),
             qPrintable(message));
    QCOMPARE(server.lastTokenRequest(), QJsonObject()); // nothing reached the server

    // With the company's CA file set as ca_certificates: accepted, for this app's requests.
    AppConfigLoader loader(config);
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("ca_certificates"),
                         certificate("ca.crt")));
    QCOMPARE(loader.config().caCertificates.size(), 1);
    const auto accepted = signIn(loader.config());
    QVERIFY2(!accepted, accepted ? toString(accepted->kind) : "");
    QVERIFY(!server.lastTokenRequest().isEmpty());
    // For this app only: the process-wide default is untouched.
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
        loader.config().caCertificates.first()));
}

void TestOfficeNetwork::aWrongCertificateFileIsAConfigurationError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents"); // written to `file` unless empty
    QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray();
    QTest::newRow("a private key, not a certificate")
        << QStringLiteral("server.key") << QByteArray();
    QTest::newRow("text") << QStringLiteral("notes.pem")
                          << QByteArray("ask IT for the certificate\n");
    QTest::newRow("a damaged certificate")
        << QStringLiteral("damaged.pem")
        << QByteArray("-----BEGIN CERTIFICATE-----\nMIIBdamaged==\n-----END CERTIFICATE-----\n");
}

void TestOfficeNetwork::aWrongCertificateFileIsAConfigurationError()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    const QString path = m_certificates.filePath(file);
    if (!contents.isEmpty()) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(contents);
    }
    AppConfigLoader loader;
    QVERIFY(!loader.apply(QStringLiteral("/etc/xdg/DeskLogin/desklogin.conf"),
                          QStringLiteral("ca_certificates"), path, 7));
    QCOMPARE(loader.problems().size(), 1);
    const QString said = toString(loader.problems().first());
    QVERIFY2(said.contains(QStringLiteral("ca_certificates"))
                 && said.contains(QStringLiteral("a readable PEM file with at least one "
                                                 "certificate"))
                 && said.contains(QStringLiteral("desklogin.conf")),
             qPrintable(said));
    QVERIFY(loader.config().caCertificates.isEmpty());
}

QTEST_GUILESS_MAIN(TestOfficeNetwork)
#include "tst_officenetwork.moc"
