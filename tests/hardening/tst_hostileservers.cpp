#include "AwaitedJob.h"
#include "CountingNetworkAccessManager.h"
#include "FakeHttpServer.h"
#include "MemorySessionStore.h"
#include "TestCertificates.h"
#include "TestClock.h"
#include "TestMain.h"
#include "TokenResults.h"
#include "api/ApiClient.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "graph/AppGraph.h"

#include <QFile>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using Kind = AuthError::Kind;
using namespace std::chrono;

namespace {

const QByteArray TokenBody =
    R"({"token_type":"Bearer","expires_in":3600,"access_token":"tls-token"})";

// The memory bounds are asserted in the normal build. Under AddressSanitizer the resident size
// means little (freed memory waits in its quarantine) and everything runs several times slower,
// which widens the moment before Qt's HTTP thread learns the read-buffer limit (see TokenClient
// and docs/RELIABILITY.md); there the tests check the refusal only.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool MemoryBoundsAsserted = false;
#else
constexpr bool MemoryBoundsAsserted = true;
#endif

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Keeps every core busy while it lives (one shell busy-loop per core, as a person's other work
// would), so that a test of the threads' ordering cannot pass because the machine was idle.
class CpuLoad {
public:
    CpuLoad()
    {
        for (int i = 0; i < std::max(2, QThread::idealThreadCount()); ++i) {
            // Each loop ends by itself once this process is gone (a test that aborts runs no
            // destructor), and after two minutes at most.
            auto *loop = new QProcess;
            loop->start(QStringLiteral("timeout"),
                        {QStringLiteral("120"), QStringLiteral("bash"), QStringLiteral("-c"),
                         QStringLiteral("while kill -0 %1 2>/dev/null; do :; done")
                             .arg(QCoreApplication::applicationPid())});
            loop->waitForStarted();
            m_loops.append(loop);
        }
    }
    ~CpuLoad()
    {
        for (QProcess *loop : std::as_const(m_loops)) {
            loop->kill();
            loop->waitForFinished();
            delete loop;
        }
    }
    Q_DISABLE_COPY_MOVE(CpuLoad)

private:
    QList<QProcess *> m_loops;
};

// A server in its own process that writes an endless body as fast as loopback takes it.
bool startEndlessServer(QProcess &server, QUrl &url)
{
    server.setProgram(QStringLiteral("node"));
    server.setArguments({QStringLiteral("-e"), QStringLiteral(R"(
        const chunk = Buffer.alloc(65536, 120);
        require('http').createServer((req, res) => {
          res.writeHead(200, {'Content-Type': 'application/json'});
          let sent = 0;
          const pump = () => { while (sent < 512 * 1048576 && res.write(chunk)) sent += chunk.length;
                               if (sent >= 512 * 1048576) res.end(); };
          res.on('drain', pump); req.on('close', () => res.destroy()); pump();
        }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });
        // Gone with the test process, even one that aborts and runs no destructor.
        setInterval(() => { try { process.kill(Number(process.argv[1]), 0); }
                            catch (e) { process.exit(0); } }, 500);
    )"),
                         QString::number(QCoreApplication::applicationPid())});
    server.start();
    if (!server.waitForReadyRead(10000))
        return false;
    url = QUrl(QStringLiteral("http://127.0.0.1:%1")
                   .arg(QString::fromLatin1(server.readLine().trimmed())));
    return true;
}

} // namespace

// Servers and networks that misbehave, as a real server will not on demand. For each: what the
// person is told (the error kind), that nothing is stored, and that memory stays bounded.
class TestHostileServers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aTrustedCertificateWorks();
    void refusesBadCertificatesAndStoresNothing_data();
    void refusesBadCertificatesAndStoresNothing();
    void refusesPlainHttpToAnotherHostBeforeSending();
    void aContentLengthLargerThanTheBodyIsNoAnswer();
    void cutsA50MBBodyAtTheCapWithBoundedMemory();
    void cutsAnEndlessChunkedBodyWithBoundedMemory();
    void cutsAnEndlessBodyFromAFastServerInAnotherProcess();
    void cutsAnEndlessApiAnswerWithBoundedMemory();
    void refusesAGzipBomb();
    void anHtmlErrorPageFromAProxyIsAServerError();
    void anHtmlPageWithStatus200IsNotAToken();
    void aProxyThatWantsCredentialsIsSaidSo();
    void aNameThatDoesNotResolveIsOffline();
    void quittingDuringSignInIsHarmless();

private:
    // Signs in to `server`; the token client's result, once AWAITed. (A token's session is in
    // the store by then: it is asked to save as the result comes, and keeps it at once.)
    Awaited<TokenResponse::Result> signIn(const QUrl &server, seconds idleTimeout = seconds(5),
                                          seconds deadline = seconds(8));

    QTemporaryDir m_certificates;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<MemorySessionStore> m_store;
    std::unique_ptr<AppGraph> m_app;
};

void TestHostileServers::initTestCase()
{
    QVERIFY(m_certificates.isValid());
    const QString failed = makeTestCertificates(m_certificates.path());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // The test CA is trusted, as a company's own CA would be on its computers.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(m_certificates.filePath(QStringLiteral("ca.crt")));
    QSslConfiguration::setDefaultConfiguration(configuration);
}

void TestHostileServers::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_clock = std::make_unique<TestClock>();
    m_store = std::make_unique<MemorySessionStore>();
}

void TestHostileServers::cleanup()
{
    m_app.reset();
    m_network.reset();
    m_server.reset();
}

Awaited<TokenResponse::Result> TestHostileServers::signIn(const QUrl &server, seconds idleTimeout,
                                                          seconds deadline)
{
    AppConfig config;
    config.serverUrl = server;
    config.clientId = QStringLiteral("2");
    config.idleTimeout = idleTimeout;
    config.requestTimeout = deadline;
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
    Awaited finished(&m_app->client, &TokenClient::finished);
    finished.setTimeout(seconds(20)); // the idle timeout and more, under load
    m_app->auth.signIn(QStringLiteral("13800138000"), QStringLiteral("pw"));
    return finished;
}

void TestHostileServers::aTrustedCertificateWorks()
{
    QFile keyFile(m_certificates.filePath(QStringLiteral("server.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const auto certificates =
        QSslCertificate::fromPath(m_certificates.filePath(QStringLiteral("valid.crt")));
    QVERIFY(!certificates.isEmpty());
    QVERIFY(m_server->listenTls(certificates.first(), QSslKey(keyFile.readAll(), QSsl::Ec)));
    m_server->respondWith(FakeHttpServer::json(200, TokenBody));
    const auto result = signIn(m_server->url());
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("token"));
    QTRY_VERIFY(m_store->stored().has_value());
}

void TestHostileServers::refusesBadCertificatesAndStoresNothing_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<TlsProblem::Kind>("problem"); // which tells the person what to check
    QTest::addColumn<QString>("issuer");
    QTest::newRow("self-signed") << QStringLiteral("selfsigned.crt") << TlsProblem::Kind::Untrusted
                                 << QStringLiteral("127.0.0.1");
    QTest::newRow("expired") << QStringLiteral("expired.crt") << TlsProblem::Kind::Expired
                             << QStringLiteral("DeskLogin Test CA");
    QTest::newRow("for another host")
        << QStringLiteral("wronghost.crt") << TlsProblem::Kind::WrongHost
        << QStringLiteral("DeskLogin Test CA");
    // Folded like server text before it reaches the message and the log.
    QTest::newRow("an issuer name with a line break")
        << QStringLiteral("forged-issuer.crt") << TlsProblem::Kind::Untrusted
        << QStringLiteral("Evil CA X-Injected: 1");
}

void TestHostileServers::refusesBadCertificatesAndStoresNothing()
{
    QFETCH(QString, certificate);
    QFETCH(TlsProblem::Kind, problem);
    QFETCH(QString, issuer);
    QFile keyFile(m_certificates.filePath(QStringLiteral("server.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const auto certificates = QSslCertificate::fromPath(m_certificates.filePath(certificate));
    QVERIFY(!certificates.isEmpty());
    QVERIFY(m_server->listenTls(certificates.first(), QSslKey(keyFile.readAll(), QSsl::Ec)));
    m_server->respondWith(FakeHttpServer::json(200, TokenBody));
    const auto result = signIn(m_server->url());
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("Tls"));
    const TlsProblem &tls = std::get<AuthError>(*result).tls;
    QCOMPARE(tls.kind, problem);
    QCOMPARE(tls.issuer, issuer);
    QCOMPARE(m_server->requests().size(), 0); // the handshake failed: not a byte of the form left
    QVERIFY(!m_store->stored());
    QCOMPARE(m_app->auth.state(), AuthManager::State::SignedOut);
}

void TestHostileServers::refusesPlainHttpToAnotherHostBeforeSending()
{
    const auto result = signIn(QUrl(QStringLiteral("http://login.example.com")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("InsecureUrl"));
    QCOMPARE(m_network->requestCount(), 0);
    QVERIFY(!m_store->stored());
}

void TestHostileServers::aContentLengthLargerThanTheBodyIsNoAnswer()
{
    QVERIFY(m_server->listen());
    FakeHttpServer::Response liar = FakeHttpServer::json(200, TokenBody);
    liar.announcedLength = TokenBody.size() + 1000;
    m_server->respondWith(liar);
    const auto result = signIn(m_server->url());
    AWAIT(result);
    QVERIFY2(kindOf(*result) == QLatin1String("Offline")
                 || kindOf(*result) == QLatin1String("Timeout"),
             qPrintable(kindOf(*result)));
    QVERIFY(!m_store->stored());
}

void TestHostileServers::cutsA50MBBodyAtTheCapWithBoundedMemory()
{
    QVERIFY(m_server->listen());
    m_server->respondWith(FakeHttpServer::json(200, QByteArray(50 * 1024 * 1024, ' ')));
    const qint64 before = residentKiB(); // the fake server's 50 MB are already counted here
    const auto result = signIn(m_server->url());
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("ResponseTooLarge"));
    if (MemoryBoundsAsserted)
        QVERIFY2(residentKiB() - before < 32 * 1024,
                 qPrintable(QString::number(residentKiB() - before)));
}

void TestHostileServers::cutsAnEndlessChunkedBodyWithBoundedMemory()
{
    // Refused at the cap. (The memory bound is measured against a server in another process,
    // below: here the fake server pumps from the GUI thread the client needs to see the cap.)
    QVERIFY(m_server->listen());
    FakeHttpServer::Response endless;
    endless.chunkedForever = true;
    m_server->respondWith(endless);
    const auto result = signIn(m_server->url());
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("ResponseTooLarge"));
    QVERIFY(!m_store->stored());
}

void TestHostileServers::cutsAnEndlessBodyFromAFastServerInAnotherProcess()
{
    // A server in its own process writes as fast as loopback takes it, with every core busy:
    // the case that showed a race in how Qt's HTTP thread learns the read-buffer limit (see
    // TransportReply). Ten tries, one bound for all.
    QProcess server;
    QUrl url;
    QVERIFY(startEndlessServer(server, url));
    const CpuLoad load;
    const qint64 before = residentKiB();
    for (int attempt = 0; attempt < 10; ++attempt) {
        // Cut at the cap; or, when Qt's flow control holds the stream before the cap is seen,
        // ended by the idle timeout. Either way refused, and bounded. The timeouts are short:
        // on a busy computer (a fresh CI machine builds Qt beside the tests) every try can end
        // that way, and ten of the usual ones took the test past CTest's limit.
        const auto result = signIn(url, seconds(1), seconds(3));
        AWAIT(result);
        const QString kind = kindOf(*result);
        QVERIFY2(kind == QLatin1String("ResponseTooLarge") || kind == QLatin1String("Timeout"),
                 qPrintable(kind));
    }
    const qint64 grown = residentKiB() - before;
    qInfo("resident memory grew by %lld KiB over ten tries", grown);
    server.kill();
    server.waitForFinished();
    if (MemoryBoundsAsserted)
        QVERIFY2(grown < 32 * 1024, qPrintable(QString::number(grown)));
}

void TestHostileServers::cutsAnEndlessApiAnswerWithBoundedMemory()
{
    // The API client's GET under the same transport, the same load and the same bound.
    QProcess server;
    QUrl url;
    QVERIFY(startEndlessServer(server, url));
    AppConfig config;
    config.serverUrl = url;
    config.clientId = QStringLiteral("2");
    config.idleTimeout = seconds(1); // short, as above
    config.requestTimeout = seconds(3);
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
    Session stored;
    stored.phone = QStringLiteral("+8613800138000");
    stored.accessToken = "api-token";
    stored.tokenType = QStringLiteral("Bearer");
    stored.receivedAt = m_clock->now();
    stored.expiresAt = stored.receivedAt.addSecs(3600);
    stored.server = Transport::originOf(url);
    stored.clientId = config.clientId;
    const AwaitedJob saved(m_store->save(stored));
    AWAIT(saved);
    m_app->auth.restore();
    QTRY_COMPARE(m_app->auth.state(), AuthManager::State::SignedIn);
    const CpuLoad load;
    const qint64 before = residentKiB();
    for (int attempt = 0; attempt < 10; ++attempt) {
        std::optional<ApiResult> result;
        ApiReply *reply = m_app->api.get(url.resolved(QUrl(QStringLiteral("/api/user"))));
        connect(reply, &ApiReply::finished, this, [&result](ApiReply *r) { result = r->result(); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->is(Net::Failure::ResponseTooLarge) || result->is(Net::Failure::Timeout),
                 toString(*result));
    }
    const qint64 grown = residentKiB() - before;
    qInfo("resident memory grew by %lld KiB over ten tries", grown);
    server.kill();
    server.waitForFinished();
    QCOMPARE(m_app->auth.state(), AuthManager::State::SignedIn); // a bad answer ends no session
    if (MemoryBoundsAsserted)
        QVERIFY2(grown < 32 * 1024, qPrintable(QString::number(grown)));
}

void TestHostileServers::refusesAGzipBomb()
{
    // 64 MB of zeros, gzip-compressed to about 64 KB, sent as Content-Encoding: gzip.
    QProcess gzip;
    gzip.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), QStringLiteral("head -c 67108864 /dev/zero | gzip -9c")});
    QVERIFY(gzip.waitForFinished(60000));
    const QByteArray bomb = gzip.readAllStandardOutput();
    QVERIFY(bomb.size() > 1000 && bomb.size() < 1024 * 1024);
    QVERIFY(m_server->listen());
    FakeHttpServer::Response response = FakeHttpServer::json(200, bomb);
    response.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
    m_server->respondWith(response);
    const qint64 before = residentKiB();
    const auto result = signIn(m_server->url());
    AWAIT(result);
    QVERIFY2(kindOf(*result) != QLatin1String("token"), "a gzip bomb gave a token");
    QVERIFY2(residentKiB() - before < 32 * 1024,
             qPrintable(QString::number(residentKiB() - before)));
    QVERIFY(!m_store->stored());
}

void TestHostileServers::anHtmlErrorPageFromAProxyIsAServerError()
{
    QVERIFY(m_server->listen());
    FakeHttpServer::Response page = FakeHttpServer::json(
        502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
    page.headers = {qMakePair(QByteArray("Content-Type"), QByteArray("text/html"))};
    m_server->respondWith(page);
    const auto result = signIn(m_server->url());
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("ServerError"));
}

void TestHostileServers::anHtmlPageWithStatus200IsNotAToken()
{
    QVERIFY(m_server->listen());
    FakeHttpServer::Response portal = FakeHttpServer::json(
        200, "<!DOCTYPE html><html><body>Welcome to the hotel Wi-Fi</body></html>");
    portal.headers = {qMakePair(QByteArray("Content-Type"), QByteArray("text/html"))};
    m_server->respondWith(portal);
    const auto result = signIn(m_server->url());
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("BadResponse"));
    QVERIFY(!m_store->stored());
}

void TestHostileServers::aProxyThatWantsCredentialsIsSaidSo()
{
    FakeHttpServer proxy;
    QVERIFY(proxy.listen());
    FakeHttpServer::Response wants = FakeHttpServer::json(407, "Proxy Authentication Required");
    wants.headers = {
        qMakePair(QByteArray("Proxy-Authenticate"), QByteArray("Basic realm=\"office\""))};
    proxy.respondWith(wants);
    m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                      quint16(proxy.url().port())));
    // Through the proxy to an https server: the CONNECT itself is refused with 407.
    const auto result = signIn(QUrl(QStringLiteral("https://login.example.com")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("ProxyAuthenticationRequired"));
    QVERIFY(!proxy.requests().isEmpty());
}

void TestHostileServers::aNameThatDoesNotResolveIsOffline()
{
    // .invalid never resolves (RFC 2606).
    const auto result = signIn(QUrl(QStringLiteral("https://desklogin-test.invalid")));
    AWAIT(result);
    QCOMPARE(kindOf(*result), QStringLiteral("Offline"));
}

void TestHostileServers::quittingDuringSignInIsHarmless()
{
    QVERIFY(m_server->listen());
    FakeHttpServer::Response late = FakeHttpServer::json(200, TokenBody);
    late.trickleIntervalMs = 20; // still answering when the app is gone
    m_server->respondWith(late);
    AppConfig config;
    config.serverUrl = m_server->url();
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
    const Awaited ended(m_server.get(), &FakeHttpServer::connectionEnded);
    m_app->auth.signIn(QStringLiteral("13800138000"), QStringLiteral("pw"));
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_app.reset(); // the app quits: the request is aborted
    // The server sees the request go before its answer is out: no token can come of it, and
    // no late answer finds the objects gone. (Nothing but the graph writes to the store, so
    // the store's state says nothing of this by itself.)
    AWAIT(ended);
    QVERIFY2(!*ended, "the request ran on after the app quit and got its answer");
    QVERIFY(!m_store->stored());
}

DESKLOGIN_TEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
