#include "TokenClient.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <utility>

Q_LOGGING_CATEGORY(lcToken, "desklogin.token", QtWarningMsg)

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

AuthError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return AuthError::Kind::Tls;
    case QNetworkReply::TimeoutError:
        return AuthError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        // Qt reports its transfer timeout (our idle timeout) as a cancellation.
        return AuthError::Kind::Timeout;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return AuthError::Kind::ProxyAuthenticationRequired;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return AuthError::Kind::RedirectRefused;
    default:
        return AuthError::Kind::Offline;
    }
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(AuthError::Kind::Timeout); });
}

TokenClient::~TokenClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool TokenClient::isSecureUrl(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void TokenClient::requestToken(const TokenRequest &request)
{
    if (m_busy)
        return;
    m_busy = true;
    m_abortReason.reset();

    const QUrl &url = request.tokenUrl;
    const bool schemeOk =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !schemeOk || (!isSecureUrl(url) && !m_allowInsecureHttp)) {
        // Nothing is sent. Reported from the event loop like every other result.
        QTimer::singleShot(0, this,
                           [this] { finish(AuthError::of(AuthError::Kind::InsecureUrl)); });
        return;
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/x-www-form-urlencoded"));
    networkRequest.setRawHeader("Accept", "application/json");
    // A redirect would carry the password to wherever it points: never follow one.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setTransferTimeout(int(m_idleTimeout.count()));

    QByteArray body = formEncode({
        {QStringLiteral("grant_type"), QStringLiteral("password")},
        {QStringLiteral("client_id"), request.clientId},
        {QStringLiteral("client_secret"), request.clientSecret},
        {QStringLiteral("scope"), request.scope},
        {QStringLiteral("username"), request.username},
        {QStringLiteral("password"), request.password},
    });
    m_reply = m_network->post(networkRequest, body);
    body.fill('\0');
    // Flow control where the bytes arrive: Qt's HTTP thread stops reading the socket once this
    // much waits, so an endless or decompressing body cannot fill memory before the cap below is
    // noticed. Qt wires the limit to that thread only when the request starts, so it is set once
    // the request has gone out (set earlier, it is lost about one time in three).
    connect(m_reply, &QNetworkReply::requestSent, this,
            [this] { m_reply->setReadBufferSize(MaxResponseBytes + 1); });

    qCInfo(lcToken) << "requesting a token from" << url.toDisplayString(QUrl::RemoveUserInfo);
    connect(m_reply, &QNetworkReply::finished, this, &TokenClient::onReplyFinished);
    // Never ignored: without a call to ignoreSslErrors() the reply fails, closed.
    connect(m_reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const auto &error : errors)
            qCWarning(lcToken) << "TLS error:" << error.errorString();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > MaxResponseBytes)
            abortWith(AuthError::Kind::ResponseTooLarge);
    });
    // The body is taken as it arrives, which also frees Qt's buffer so that its flow control
    // (above) lets the next bytes in; one byte past the cap ends the request.
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_body += m_reply->read(MaxResponseBytes + 1 - m_body.size());
        if (m_body.size() > MaxResponseBytes)
            abortWith(AuthError::Kind::ResponseTooLarge);
    });
    m_deadline.start(m_requestTimeout);
}

void TokenClient::cancel()
{
    abortWith(AuthError::Kind::Cancelled);
}

void TokenClient::abortWith(AuthError::Kind kind)
{
    if (!m_reply || m_reply->isFinished())
        return;
    m_abortReason = kind;
    m_reply->abort(); // emits finished(), handled in onReplyFinished()
}

void TokenClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_deadline.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_abortReason) {
        qCInfo(lcToken) << "request ended:" << toString(*m_abortReason);
        return finish(AuthError::of(*m_abortReason, status));
    }
    // An HTTP answer (any status) is judged by its contents. Transport failures are not, even
    // after a status line arrived: a connection lost mid-body leaves a status but no answer.
    // (QNetworkReply's codes below 200 are connection and proxy errors; 399 is a broken
    // HTTP exchange. The others stand for HTTP statuses, whose bodies TokenResponse reads.)
    const QNetworkReply::NetworkError networkError = reply->error();
    if (status == 0 || (networkError > QNetworkReply::NoError && networkError < 200)
        || networkError == QNetworkReply::ProtocolFailure) {
        const auto kind = kindForNetworkError(networkError);
        qCInfo(lcToken) << "request failed:" << networkError << "->" << toString(kind);
        return finish(AuthError::of(kind));
    }
    m_body += reply->read(MaxResponseBytes + 1 - m_body.size());
    const QByteArray body = std::exchange(m_body, QByteArray());
    if (body.size() > MaxResponseBytes)
        return finish(AuthError::of(AuthError::Kind::ResponseTooLarge, status));

    auto result = TokenResponse::parse(status, reply->rawHeaderPairs(), body,
                                       QDateTime::currentDateTimeUtc());
    if (const auto *error = std::get_if<AuthError>(&result))
        qCInfo(lcToken) << "HTTP" << status << "->" << toString(error->kind) << error->errorCode;
    else
        qCInfo(lcToken) << "HTTP" << status << "-> token received";
    finish(result);
}

void TokenClient::finish(const TokenResponse::Result &result)
{
    m_body.clear();
    m_reply.clear();
    m_busy = false;
    m_abortReason.reset();
    emit finished(result);
}
