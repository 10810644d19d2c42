#include "net/Transport.h"

#include "support/EnumName.h"
#include "support/ForeignText.h"
#include "support/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSysInfo>
#include <QThread>

#include <mutex>
#include <optional>

using Failure = TransportReply::Failure;

namespace {

Failure failureFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Failure::Tls;
    case QNetworkReply::TimeoutError:
        return Failure::Timeout;
    case QNetworkReply::OperationCanceledError:
        // Qt reports its transfer timeout (our idle timeout) as a cancellation.
        return Failure::Timeout;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Failure::ProxyAuthenticationRequired;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return Failure::ProxyUnreachable;
    default:
        return Failure::Offline;
    }
}

TlsProblem problemOf(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    TlsProblem problem;
    // Chosen by whoever made the certificate: cleaned before it reaches a message or the log.
    problem.issuer = peer.isNull() ? QString() : cleanForeignText(peer.issuerDisplayName(), 200);
    problem.kind = errors.isEmpty() ? TlsProblem::Kind::Other : TlsProblem::Kind::None;
    // The first reason that tells the person what to check wins: trust, then dates, then the
    // address.
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            return problem.kind = TlsProblem::Kind::Untrusted, problem;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            problem.kind = TlsProblem::Kind::Expired;
            break;
        case QSslError::HostNameMismatch:
            if (problem.kind != TlsProblem::Kind::Expired)
                problem.kind = TlsProblem::Kind::WrongHost;
            break;
        default:
            if (problem.kind == TlsProblem::Kind::None)
                problem.kind = TlsProblem::Kind::Other;
            break;
        }
    }
    return problem;
}

} // namespace

// The proxy for each request: the system's (environment variables, desktop settings, PAC where
// Qt supports it) or the one configured, for one QNetworkAccessManager rather than the whole
// process. Never for this computer: a proxy on another computer would connect to its own
// loopback, not to ours, and plain http (allowed only to this computer) would carry the password
// to the proxy in clear. (Qt's application-wide proxy and browsers leave loopback out too.) The
// computer's other names and addresses are not this computer in this sense: they may be proxied.
class ProxyFactory final : public QNetworkProxyFactory {
public:
    // The system's proxy when `manual` is empty.
    explicit ProxyFactory(std::optional<QNetworkProxy> manual) : m_manual(std::move(manual)) { }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.url().isEmpty() ? query.peerHostName() : query.url().host();
        if (Transport::isThisComputer(host))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        if (m_manual)
            return {*m_manual};
        return systemProxyForQuery(query);
    }

    // QNetworkAccessManager asks its factory on the thread that sends, and that thread waits for
    // the answer. On Linux the first question also starts libproxy's thread and sets it up (its
    // modules, the name service configuration, /etc/services), and a busy computer takes long
    // to hand that work over and back. Asked once on a thread of its own as soon as the
    // system's proxy is chosen, it is set up by the time the first request goes out. The answer
    // is not kept: every request still asks. (Not on Qt's global thread pool, whose threads the
    // raster paint engine waits for.)
    static void prepare()
    {
        static std::once_flag once;
        std::call_once(once, [] {
            QThread *thread = QThread::create([] {
                systemProxyForQuery(QNetworkProxyQuery(QUrl(QStringLiteral("http://127.0.0.1/"))));
            });
            QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
            thread->start();
        });
    }

private:
    std::optional<QNetworkProxy> m_manual;
};

Transport::Transport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

bool Transport::isSecureUrl(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isThisComputer(url.host());
}

bool Transport::isThisComputer(const QString &host)
{
    // Only the name itself: "localhost." and "*.localhost" are looked up like any other name
    // (the system's resolver may ask DNS), so plain http to them is not safe; over https they
    // may go through a proxy like any other server.
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Transport::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (scheme.isEmpty() || host.isEmpty())
        return {};
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6, written as in a URL
    const int defaultPort = scheme == QLatin1String("https") ? 443
        : scheme == QLatin1String("http")                    ? 80
                                                             : -1;
    return scheme + QStringLiteral("://") + host + QLatin1Char(':')
        + QString::number(url.port(defaultPort));
}

QByteArray Transport::userAgent()
{
    // Made once: the product name reads the system's release file.
    static const QByteArray agent = [] {
        QString name = QCoreApplication::applicationName().simplified();
        name.replace(QLatin1Char(' '), QLatin1Char('-'));
        if (name.isEmpty())
            name = QStringLiteral("DeskLogin");
        const QString version = QCoreApplication::applicationVersion();
        const QString product = name + (version.isEmpty() ? QString() : QLatin1Char('/') + version);
        return (product + QLatin1String(" (") + QSysInfo::prettyProductName()
                + QLatin1String("; Qt ") + QLatin1String(qVersion()) + QLatin1Char(')'))
            .toUtf8();
    }();
    return agent;
}

QSslConfiguration Transport::tlsConfiguration(const Policy &policy)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // TLS 1.2 at least, whatever the TLS back end or the system would allow (Schannel on an old
    // Windows still offers 1.0 and 1.1).
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // The system's authorities plus the extra ones, for this app's requests only.
    if (!policy.extraCaCertificates.isEmpty())
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates()
                              + policy.extraCaCertificates);
    return tls;
}

void Transport::setPolicy(const Policy &policy)
{
    m_policy = policy;
    m_tls.reset();
}

void Transport::setProxy(const ProxySettings &proxy, const QString &password)
{
    m_proxy = proxy;
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        m_network->setProxyFactory(new ProxyFactory(std::nullopt)); // the manager owns it
        ProxyFactory::prepare();
        break;
    case ProxySettings::Mode::None:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxySettings::Mode::Manual:
        m_network->setProxyFactory(new ProxyFactory(proxy.toNetworkProxy(password)));
        break;
    }
    // A connection kept open would still go the old way.
    m_network->clearConnectionCache();
    qCInfo(lcTransport).noquote() << "proxy:" << proxy.toString()
                                  << (password.isEmpty() ? "" : "(with a password)");
}

TransportReply *Transport::post(const QUrl &url, const QByteArray &formBody,
                                qint64 maxResponseBytes, const Headers &headers)
{
    return send(url, &formBody, maxResponseBytes, headers);
}

TransportReply *Transport::get(const QUrl &url, qint64 maxResponseBytes, const Headers &headers)
{
    return send(url, nullptr, maxResponseBytes, headers);
}

TransportReply *Transport::send(const QUrl &url, const QByteArray *formBody,
                                qint64 maxResponseBytes, const Headers &headers)
{
    const bool schemeOk =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !schemeOk || (!isSecureUrl(url) && !m_policy.allowInsecureHttp))
        return new TransportReply(Failure::InsecureUrl, this);

    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(int(m_policy.idleTimeout.count()));
    if (url.scheme() == QLatin1String("https")) {
        // Made at the first secure request, not before: it loads the TLS back end, which a
        // start-up (and plain http to this computer) does not need.
        if (!m_tls)
            m_tls = tlsConfiguration(m_policy);
        request.setSslConfiguration(*m_tls);
    }
    // HTTP/1.1 only. The size cap's guarantee (see TransportReply) rests on how Qt's HTTP/1
    // handler reads an answer; its HTTP/2 handler buffers each stream on terms of its own (flow
    // control windows). One small JSON answer per request gains nothing from HTTP/2.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply *reply = nullptr;
    if (formBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, *formBody);
    } else {
        reply = m_network->get(request);
    }
    qCInfo(lcTransport) << (formBody ? "POST" : "GET")
                        << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    // Through the configured proxy: its failures are told as the proxy's (never this computer's).
    const bool viaProxy =
        m_proxy.mode == ProxySettings::Mode::Manual && !isThisComputer(url.host());
    return new TransportReply(reply, maxResponseBytes, m_policy.requestTimeout, viaProxy, this);
}

// --- TransportReply ----------------------------------------------------------------------------

TransportReply::TransportReply(Failure failure, QObject *parent) : QObject(parent)
{
    // Nothing is sent. Reported from the event loop like every other result.
    QTimer::singleShot(0, this, [this, failure] { finish(failure); });
}

TransportReply::TransportReply(QNetworkReply *reply, qint64 maxResponseBytes,
                               std::chrono::milliseconds requestTimeout, bool viaProxy,
                               QObject *parent)
    : QObject(parent), m_reply(reply), m_maxResponseBytes(maxResponseBytes), m_viaProxy(viaProxy)
{
    m_elapsed.start();
    reply->setParent(this);
    // The read-buffer limit (see the class comment): at once, which reaches Qt's HTTP thread if
    // the request has already started (a GET), and queued, which runs right after Qt's own
    // queued start of a request with a body and before this thread hands it the body.
    const qint64 limit = maxResponseBytes + 1;
    reply->setReadBufferSize(limit);
    QMetaObject::invokeMethod(
        reply, [reply, limit] { reply->setReadBufferSize(limit); }, Qt::QueuedConnection);

    connect(reply, &QNetworkReply::finished, this, &TransportReply::onReplyFinished);
    // Never ignored: without a call to ignoreSslErrors() the reply fails, closed.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsProblem = problemOf(errors, m_reply->sslConfiguration().peerCertificate());
        qCWarning(lcTransport).noquote()
            << "TLS refused:" << enumName(m_tlsProblem.kind) << "certificate issued by"
            << (m_tlsProblem.issuer.isEmpty() ? QStringLiteral("(none)") : m_tlsProblem.issuer);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxResponseBytes)
            abortWith(Failure::ResponseTooLarge);
    });
    // The body is taken as it arrives, which also frees Qt's buffer so that its flow control
    // lets the next bytes in; one byte past the cap ends the request.
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        m_body += m_reply->read(m_maxResponseBytes + 1 - m_body.size());
        if (m_body.size() > m_maxResponseBytes)
            abortWith(Failure::ResponseTooLarge);
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(Failure::Timeout); });
    m_deadline.start(requestTimeout);
}

void TransportReply::abortWith(Failure failure)
{
    if (m_finished)
        return;
    if (!m_reply || m_reply->isFinished()) {
        if (!m_reply)
            finish(failure);
        return;
    }
    m_abortReason = failure;
    m_reply->abort(); // emits finished(), handled in onReplyFinished()
}

void TransportReply::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_deadline.stop();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_abortReason != Failure::None) {
        m_body.clear();
        return finish(m_abortReason);
    }
    // An HTTP answer (any status) is judged by its contents. Transport failures are not, even
    // after a status line arrived: a connection lost mid-body leaves a status but no answer.
    // (QNetworkReply's codes below 200 are connection and proxy errors; 399 is a broken
    // HTTP exchange. The others stand for HTTP statuses.)
    const QNetworkReply::NetworkError error = reply->error();
    if (m_httpStatus == 0 || (error > QNetworkReply::NoError && error < 200)
        || error == QNetworkReply::ProtocolFailure) {
        qCInfo(lcTransport) << "request failed:" << error;
        m_body.clear();
        Failure failure = failureFor(error);
        // Through a proxy of the app's own, every connection is made to the proxy (it answers
        // for the server with an HTTP status): a refused or unresolved one is the proxy's.
        if (m_viaProxy
            && (error == QNetworkReply::ConnectionRefusedError
                || error == QNetworkReply::HostNotFoundError))
            failure = Failure::ProxyUnreachable;
        if (failure == Failure::Tls && m_tlsProblem.kind == TlsProblem::Kind::None)
            m_tlsProblem.kind = TlsProblem::Kind::Other; // a handshake that failed before checks
        return finish(failure);
    }
    m_body += reply->read(m_maxResponseBytes + 1 - m_body.size());
    if (m_body.size() > m_maxResponseBytes) {
        m_body.clear();
        return finish(Failure::ResponseTooLarge);
    }
    m_headers = reply->rawHeaderPairs();
    if (m_httpStatus >= 300 && m_httpStatus < 400)
        return finish(Failure::RedirectRefused);
    // tinyproxy (1.11) refuses wrong proxy credentials with a 401 and an HTML page instead of
    // a 407; the server behind it answers a 401 in JSON. Through a proxy, an HTML 401 is the
    // proxy's.
    if (m_viaProxy && m_httpStatus == 401
        && !reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .contains(QLatin1String("json"), Qt::CaseInsensitive)) {
        m_body.clear();
        return finish(Failure::ProxyAuthenticationRequired);
    }
    finish(Failure::None);
}

void TransportReply::finish(Failure failure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    qCInfo(lcTransport).nospace() << "HTTP " << m_httpStatus << " -> " << enumName(failure)
                                  << " in " << m_elapsed.elapsed() << " ms";
    if (m_reply)
        m_reply->deleteLater();
    emit finished(this);
    deleteLater();
}
