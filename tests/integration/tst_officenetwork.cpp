#include "Awaited.h"
#include "DemoServer.h"
#include "FakeHttpServer.h"
#include "KeyringGuard.h"
#include "MemorySessionStore.h"
#include "Messages.h"
#include "ProxyFor.h"
#include "ProxyServer.h"
#include "Sandbox.h"
#include "TestCertificates.h"
#include "TestClock.h"
#include "TestMain.h"
#include "TokenResults.h"
#include "config/AppConfig.h"
#include "graph/AppGraph.h"
#include "net/NetworkSettings.h"
#include "net/Transport.h"
#include "secrets/SecretBackend.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using State = AuthManager::State;

namespace {

// A proxy's answer to a request without the credentials it wants.
FakeHttpServer::Response proxyRefusal()
{
    FakeHttpServer::Response refusal = FakeHttpServer::json(407, "{}");
    refusal.headers.append(
        qMakePair(QByteArray("Proxy-Authenticate"), QByteArray("Basic realm=\"proxy\"")));
    return refusal;
}

// The system's proxy as a Linux desktop sets it (http_proxy): a proxy at this port of this
// computer, for as long as the object lives.
class SystemHttpProxy {
public:
    explicit SystemHttpProxy(quint16 port) : m_before(qgetenv("http_proxy"))
    {
        qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(port));
    }
    ~SystemHttpProxy()
    {
        if (m_before.isEmpty())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", m_before);
    }
    Q_DISABLE_COPY_MOVE(SystemHttpProxy)

private:
    QByteArray m_before;
};

} // namespace

// Sign-in through what sits between an office and its server, with real parts: the demo server
// behind TLS with a certificate from a company CA (as a TLS-inspecting proxy re-signs them),
// and real proxies (tinyproxy for HTTP with basic authentication, microsocks for SOCKS5).
class TestOfficeNetwork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aCompanyCaIsRefusedUntilItIsConfigured();
    void aWrongCertificateFileIsAConfigurationError_data();
    void aWrongCertificateFileIsAConfigurationError();
    void signsInOnlyThroughTheProxyWithItsPasswordFromTheKeychain();
    void theProxyPasswordGoesOnlyToItsOwnProxy();
    void proxyRefusalsAreToldApart_data();
    void proxyRefusalsAreToldApart();
    void signsInThroughASocks5Proxy();
    void theSystemsProxyIsUsedUnlessTheSettingsSayNone();
    void thisComputerIsNeverReachedThroughAProxy_data();
    void thisComputerIsNeverReachedThroughAProxy();

private:
    // Signs in with the demo account; returns the error, or nothing when signed in. With
    // `secrets`, the proxy (and its password from there) is set up as main() does. A sign-in
    // that does not end fails the test function (and returns a Timeout error).
    std::optional<AuthError> signIn(const AppConfig &config, SecretBackend *secrets = nullptr);
    static AppConfig configFor(const DemoServer &server);
    // The proxy password in the keychain, or "(none)"; a keychain that does not answer fails
    // the test function.
    static QString storedPassword(SecretBackend *secrets, const ProxySettings &proxy);
    static ProxySettings proxyAt(const char *scheme, quint16 port, const char *user = "");
    QString certificate(const char *name) const
    {
        return m_certificates.filePath(QLatin1String(name));
    }

    QTemporaryDir m_certificates;
};

void TestOfficeNetwork::initTestCase()
{
    QVERIFY(m_certificates.isValid());
    const QString failed = makeTestCertificates(m_certificates.path());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QString TestOfficeNetwork::storedPassword(SecretBackend *secrets, const ProxySettings &proxy)
{
    const Awaited read(secrets->read(NetworkSettings::passwordKey(proxy)), &SecretJob::finished,
                       [](SecretJob *job) {
                           return job->error() == SecretBackend::Error::NotFound
                               ? QStringLiteral("(none)")
                               : job->text();
                       });
    return read.wait() ? *read : QStringLiteral("(no answer)");
}

AppConfig TestOfficeNetwork::configFor(const DemoServer &server)
{
    AppConfig config;
    config.serverUrl = server.url();
    config.clientId = QString::fromLatin1(DemoServer::ClientId);
    config.clientSecret = QString::fromLatin1(DemoServer::ClientSecret);
    // A server started by name (for a proxy to reach) is this computer all the same.
    config.allowInsecureHttp = !Transport::isThisComputer(server.url().host());
    return config;
}

ProxySettings TestOfficeNetwork::proxyAt(const char *scheme, quint16 port, const char *user)
{
    const QString text = QLatin1String(scheme) + QStringLiteral("://") + QLatin1String(user)
        + QLatin1String(*user ? "@" : "") + QStringLiteral("127.0.0.1:") + QString::number(port);
    const auto proxy = ProxySettings::parse(text);
    if (!proxy)
        QTest::qFail(qPrintable(QStringLiteral("not a proxy: ") + text), __FILE__, __LINE__);
    return proxy.value_or(ProxySettings {});
}

std::optional<AuthError> TestOfficeNetwork::signIn(const AppConfig &config, SecretBackend *secrets)
{
    MemorySessionStore store;
    TestClock clock;
    AppGraph app(config, &store, &clock, nullptr, secrets);
    NetworkSettings &network = app.networkSettings;
    const Awaited ready(&network, &NetworkSettings::ready, [] { return true; });
    network.start();
    const AuthError notEnded = AuthError::of(Net::Failure::Timeout);
    if (!ready.wait())
        return notEnded;
    QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    const Awaited ended(&app.auth, &AuthManager::stateChanged); // from SigningIn
    if (!ended.wait(std::chrono::seconds(20)))
        return notEnded;
    if (*ended == State::SignedIn)
        return std::nullopt;
    if (failed.isEmpty()) {
        QTest::qFail("neither signed in nor failed", __FILE__, __LINE__);
        return notEnded;
    }
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
    QCOMPARE(toString(*refused), "Tls");
    QCOMPARE(refused->tls.kind, TlsProblem::Kind::Untrusted);
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
    QVERIFY2(!accepted, accepted ? toString(*accepted) : "");
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
    QTest::newRow("a folder") << QStringLiteral(".") << QByteArray();
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

// The proxy's password is given once in the window, kept in the keychain, and found there by
// the next start; the demo server sees the request only through the proxy.
void TestOfficeNetwork::signsInOnlyThroughTheProxyWithItsPasswordFromTheKeychain()
{
    DESKLOGIN_REQUIRE_KEYRING();
    const QString proxyPassword = QStringLiteral("office-proxy-pw-4711");
    ProxyServer proxy;
    QVERIFY2(proxy.start(ProxyServer::Kind::Http, QStringLiteral("alice"), proxyPassword),
             qPrintable(proxy.errorString()));
    DemoServer server;
    QVERIFY2(server.startByName(), qPrintable(server.errorString()));
    const QString service =
        QStringLiteral("org.desklogin.proxytest.") + QUuid::createUuid().toString(QUuid::Id128);
    const auto secrets = createSystemSecretBackend(service);
    AppConfig config = configFor(server);

    {
        // Chosen in the window: applied at once, the password written to the keychain.
        MemorySessionStore store;
        TestClock clock;
        AppGraph app(config, &store, &clock, nullptr, secrets.get());
        NetworkSettings &network = app.networkSettings;
        network.start();
        network.change(proxyAt("http", proxy.port(), "alice"), proxyPassword);
        QCOMPARE(proxyFor(app.network, server.url()).hostName(), QStringLiteral("127.0.0.1"));
        app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                        QString::fromLatin1(DemoServer::Password));
        QTRY_COMPARE_WITH_TIMEOUT(app.auth.state(), State::SignedIn, 10000);
        QVERIFY2(server.lastTokenRequest()
                     .value(QStringLiteral("via"))
                     .toString()
                     .contains(QStringLiteral("tinyproxy")),
                 "the token request did not go through the proxy");
    }
    const ProxySettings office = proxyAt("http", proxy.port(), "alice");
    QTRY_COMPARE_WITH_TIMEOUT(storedPassword(secrets.get(), office), proxyPassword, 10000);
    // The next start reads the preference (the proxy with its user) and the password.
    QCOMPARE(QSettings().value(QStringLiteral("preferences/proxy")).toString(),
             proxyAt("http", proxy.port(), "alice").toString());
    config.proxy = proxyAt("http", proxy.port(), "alice");
    std::optional<AuthError> again;
    QTRY_VERIFY_WITH_TIMEOUT(!(again = signIn(config, secrets.get())), 10000);

    // The password is in no file of the app's: not in the settings, nowhere in the sandbox
    // (but in the test proxy's own configuration, which checks it).
    QStringList found = sandboxFilesContaining({proxyPassword.toUtf8()});
    found.removeIf([&](const QString &path) { return path.startsWith(proxy.directory()); });
    QCOMPARE(found, QStringList());

    // Cleared in the window: gone from the keychain.
    {
        MemorySessionStore store;
        TestClock clock;
        AppGraph app(config, &store, &clock, nullptr, secrets.get());
        app.networkSettings.change(ProxySettings {}, QString());
    }
    QTRY_COMPARE_WITH_TIMEOUT(storedPassword(secrets.get(), office), QStringLiteral("(none)"),
                              10000);
}

// The password is kept for one proxy (scheme, user, host, port). Pointed at another host (a
// later settings layer, say DESKLOGIN_PROXY, or the window), the app never sends it there: that
// proxy, which records what it is sent and asks for credentials, gets none.
void TestOfficeNetwork::theProxyPasswordGoesOnlyToItsOwnProxy()
{
    DESKLOGIN_REQUIRE_KEYRING();
    const QString password = QStringLiteral("office-proxy-pw-0815");
    DemoServer server;
    QVERIFY2(server.startByName(), qPrintable(server.errorString()));
    const QString service =
        QStringLiteral("org.desklogin.proxytest.") + QUuid::createUuid().toString(QUuid::Id128);
    const auto secrets = createSystemSecretBackend(service);
    FakeHttpServer office;
    FakeHttpServer elsewhere;
    QVERIFY(office.listen());
    QVERIFY(elsewhere.listen());
    office.respondWith(proxyRefusal());
    elsewhere.respondWith(proxyRefusal());
    const ProxySettings officeProxy = proxyAt("http", office.url().port(), "alice");
    const ProxySettings otherProxy = proxyAt("http", elsewhere.url().port(), "alice");
    AppConfig config = configFor(server);
    {
        MemorySessionStore store;
        TestClock clock;
        AppGraph app(config, &store, &clock, nullptr, secrets.get());
        app.networkSettings.start();
        app.networkSettings.change(officeProxy, password);
    }
    QTRY_COMPARE_WITH_TIMEOUT(storedPassword(secrets.get(), officeProxy), password, 10000);

    // The next start names another proxy host with the same user.
    config.proxy = otherProxy;
    const auto refused = signIn(config, secrets.get());
    QVERIFY(refused);
    QCOMPARE(toString(*refused), "ProxyAuthenticationRequired");
    QVERIFY(!elsewhere.requests().isEmpty());
    for (const auto &request : elsewhere.requests()) {
        // Qt may offer the user with an empty password; never the password.
        const QByteArray offered = request.header("Proxy-Authorization");
        QVERIFY2(offered.isEmpty() || offered == "Basic " + QByteArray("alice:").toBase64(),
                 offered.constData());
    }

    // Changed in the window from the office proxy to the other, the password not typed again:
    // nothing carried over, and the office proxy's password forgotten.
    config.proxy = officeProxy;
    {
        MemorySessionStore store;
        TestClock clock;
        AppGraph app(config, &store, &clock, nullptr, secrets.get());
        const Awaited ready(&app.networkSettings, &NetworkSettings::ready, [] { return true; });
        app.networkSettings.start();
        QVERIFY(ready.wait());
        QVERIFY(app.networkSettings.hasPassword());
        app.networkSettings.change(otherProxy, QString());
        QVERIFY(!app.networkSettings.hasPassword());
    }
    QTRY_COMPARE_WITH_TIMEOUT(storedPassword(secrets.get(), officeProxy), QStringLiteral("(none)"),
                              10000);
    QCOMPARE(storedPassword(secrets.get(), otherProxy), QStringLiteral("(none)"));
}

void TestOfficeNetwork::proxyRefusalsAreToldApart_data()
{
    QTest::addColumn<QString>("password"); // what the app has for the proxy; "-" for no user
    QTest::addColumn<bool>("proxyUp");
    QTest::addColumn<Net::Failure>("failure");
    QTest::newRow("wrong password (tinyproxy answers 401)")
        << QStringLiteral("not-it") << true << Net::Failure::ProxyAuthenticationRequired;
    QTest::newRow("no credentials (407)")
        << QStringLiteral("-") << true << Net::Failure::ProxyAuthenticationRequired;
    QTest::newRow("proxy down") << QStringLiteral("right") << false
                                << Net::Failure::ProxyUnreachable;
}

void TestOfficeNetwork::proxyRefusalsAreToldApart()
{
    QFETCH(QString, password);
    QFETCH(bool, proxyUp);
    QFETCH(Net::Failure, failure);
    ProxyServer proxy;
    QVERIFY2(proxy.start(ProxyServer::Kind::Http, QStringLiteral("alice"), QStringLiteral("right")),
             qPrintable(proxy.errorString()));
    if (!proxyUp)
        proxy.stop();
    DemoServer server;
    QVERIFY2(server.startByName(), qPrintable(server.errorString()));
    AppConfig config = configFor(server);
    config.proxy = proxyAt("http", proxy.port(), password == QLatin1String("-") ? "" : "alice");

    MemorySessionStore store;
    TestClock clock;
    AppGraph app(config, &store, &clock);
    app.transport.setProxy(config.proxy, password == QLatin1String("-") ? QString() : password);
    QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QVERIFY(failed.wait(20000));
    const auto error = failed.first().first().value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::Connection);
    QCOMPARE(error.connection, failure);
    QCOMPARE(server.lastTokenRequest(), QJsonObject()); // nothing reached the server
    // Said as a proxy problem, never as a wrong phone number or password.
    const QString message = Messages::forError(error);
    QVERIFY2(message.contains(QStringLiteral("proxy")), qPrintable(message));
    QVERIFY(message != Messages::forError(AuthError::of(AuthError::Kind::WrongCredentials)));
}

void TestOfficeNetwork::signsInThroughASocks5Proxy()
{
    ProxyServer proxy;
    QVERIFY2(
        proxy.start(ProxyServer::Kind::Socks5, QStringLiteral("bob"), QStringLiteral("socks-pw")),
        qPrintable(proxy.errorString()));
    DemoServer server;
    QVERIFY2(server.startByName(), qPrintable(server.errorString()));
    AppConfig config = configFor(server);
    config.proxy = proxyAt("socks5", proxy.port(), "bob");
    for (const auto &[password, works] :
         {std::pair {"socks-pw", true}, std::pair {"wrong", false}}) {
        MemorySessionStore store;
        TestClock clock;
        AppGraph app(config, &store, &clock);
        app.transport.setProxy(config.proxy, QLatin1String(password));
        QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
        app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                        QString::fromLatin1(DemoServer::Password));
        QTRY_VERIFY_WITH_TIMEOUT(app.auth.state() != State::SigningIn, 20000);
        QCOMPARE(app.auth.state() == State::SignedIn, works);
        if (!works)
            QCOMPARE(toString(failed.first().first().value<AuthError>()),
                     "ProxyAuthenticationRequired");
    }
}

// The system's proxy (here: http_proxy, as on a Linux desktop) is the default; "none" ignores it.
void TestOfficeNetwork::theSystemsProxyIsUsedUnlessTheSettingsSayNone()
{
    ProxyServer proxy;
    QVERIFY2(proxy.start(ProxyServer::Kind::Http), qPrintable(proxy.errorString()));
    DemoServer server;
    QVERIFY2(server.startByName(), qPrintable(server.errorString()));
    const SystemHttpProxy systemProxy(proxy.port());
    AppConfig config = configFor(server);
    QCOMPARE(config.proxy.mode, ProxySettings::Mode::System); // the default
    QVERIFY(!signIn(config));
    QVERIFY(server.lastTokenRequest()
                .value(QStringLiteral("via"))
                .toString()
                .contains(QStringLiteral("tinyproxy")));
    config.proxy.mode = ProxySettings::Mode::None;
    QVERIFY(!signIn(config));
    QCOMPARE(server.lastTokenRequest().value(QStringLiteral("via")).toString(), QString());
}

void TestOfficeNetwork::thisComputerIsNeverReachedThroughAProxy_data()
{
    QTest::addColumn<QString>("proxy"); // "http", "socks5", or "system" (http_proxy)
    QTest::addColumn<QString>("host"); // how the app names the server
    QTest::newRow("http proxy, 127.0.0.1") << QStringLiteral("http") << QStringLiteral("127.0.0.1");
    QTest::newRow("http proxy, localhost") << QStringLiteral("http") << QStringLiteral("localhost");
    QTest::newRow("socks5 proxy") << QStringLiteral("socks5") << QStringLiteral("127.0.0.1");
    QTest::newRow("system proxy") << QStringLiteral("system") << QStringLiteral("127.0.0.1");
}

// A server on this computer is reached directly, whatever the proxy: through one, plain http
// would carry the password to the proxy in clear, and a proxy on another computer would reach
// that computer, not this one. Each proxy here fails whatever is sent through it.
void TestOfficeNetwork::thisComputerIsNeverReachedThroughAProxy()
{
    QFETCH(QString, proxy);
    QFETCH(QString, host);
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AppConfig config = configFor(server);
    config.serverUrl.setHost(host);
    QVERIFY(!config.allowInsecureHttp);
    FakeHttpServer refusing; // an HTTP proxy that wants credentials the app does not have
    QVERIFY(refusing.listen());
    refusing.respondWith(proxyRefusal());
    ProxyServer socks;
    QString password;
    std::optional<SystemHttpProxy> systemProxy;
    if (proxy == QLatin1String("http")) {
        config.proxy = proxyAt("http", refusing.url().port(), "alice");
        password = QStringLiteral("office-proxy-pw");
    } else if (proxy == QLatin1String("socks5")) {
        QVERIFY2(socks.start(ProxyServer::Kind::Socks5, QStringLiteral("bob"),
                             QStringLiteral("socks-pw")),
                 qPrintable(socks.errorString()));
        config.proxy = proxyAt("socks5", socks.port(), "bob");
        password = QStringLiteral("not-the-socks-pw");
    } else {
        systemProxy.emplace(refusing.url().port());
        QCOMPARE(config.proxy.mode, ProxySettings::Mode::System);
    }

    MemorySessionStore store;
    TestClock clock;
    AppGraph app(config, &store, &clock);
    app.transport.setProxy(config.proxy, password);
    QCOMPARE(proxyFor(app.network, config.serverUrl).type(), QNetworkProxy::NoProxy);
    QSignalSpy failed(&app.auth, &AuthManager::signInFailed);
    app.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                    QString::fromLatin1(DemoServer::Password));
    QTRY_VERIFY_WITH_TIMEOUT(app.auth.state() != State::SigningIn, 20000);
    QVERIFY2(app.auth.state() == State::SignedIn,
             failed.isEmpty() ? "not signed in"
                              : toString(failed.first().first().value<AuthError>()));
    QCOMPARE(refusing.requests().size(), 0);
    QCOMPARE(server.lastTokenRequest().value(QStringLiteral("via")).toString(), QString());
    if (proxy == QLatin1String("system"))
        return;
    // Anywhere else, the proxy stands.
    QCOMPARE(proxyFor(app.network, QUrl(QStringLiteral("https://login.example.com/"))).port(),
             quint16(config.proxy.port));

    // A server here that is down is said to be down: the proxy had nothing to do with it.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    config.serverUrl.setPort(closed.serverPort());
    closed.close();
    MemorySessionStore otherStore;
    AppGraph again(config, &otherStore, &clock);
    again.transport.setProxy(config.proxy, password);
    QSignalSpy refused(&again.auth, &AuthManager::signInFailed);
    again.auth.signIn(QString::fromLatin1(DemoServer::Phone),
                      QString::fromLatin1(DemoServer::Password));
    QVERIFY(refused.wait(20000));
    QCOMPARE(refused.first().first().value<AuthError>().connection, Net::Failure::Offline);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestOfficeNetwork)
#include "tst_officenetwork.moc"
