#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include "net/NetFailure.h"
#include "net/ProxySettings.h"
#include "net/TlsProblem.h"

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class TransportReply;

// What every request to the backend obeys, in one place, for the token client and the API
// client alike:
// - https, or plain http to this computer (allowInsecureHttp widens that, for test networks);
//   anything else is refused before a byte is sent;
// - redirects are never followed (a 3xx is RedirectRefused): one would carry the password or
//   token to wherever it points;
// - TLS 1.2 or later, HTTP/1.1 only; TLS errors are never ignored;
// - an idle timeout (no bytes for so long) and an overall deadline;
// - a cap on the answer's size that bounds memory from the first byte (see TransportReply);
// - no cookies, no cache; the proxy set with setProxy() (NetworkSettings: the system's unless
//   configured otherwise), never for this computer;
// - a User-Agent that names the app;
// - one mapping from QNetworkReply's errors to Failure.
class Transport : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)
public:
    struct Policy {
        std::chrono::milliseconds idleTimeout {15000};
        std::chrono::milliseconds requestTimeout {30000};
        bool allowInsecureHttp = false;
        // Trusted for this app in addition to the system's authorities (a company's CA, for a
        // network whose proxy re-signs secure connections).
        QList<QSslCertificate> extraCaCertificates;
    };

    explicit Transport(QNetworkAccessManager *network, QObject *parent = nullptr);

    const Policy &policy() const { return m_policy; }
    void setPolicy(const Policy &policy);

    // Whether a URL may carry credentials: https, or http to this computer.
    static bool isSecureUrl(const QUrl &url);
    // Whether a URL's host is this computer: the name "localhost" or a loopback address
    // (127.0.0.0/8, ::1). Requests to it never go through a proxy.
    static bool isThisComputer(const QString &host);
    // A URL's origin as "scheme://host:port" (host in lower case, the scheme's port when none is
    // given); empty for a URL without scheme or host. Two URLs share an origin when these agree.
    static QString originOf(const QUrl &url);
    // "<AppName>/<version> (<OS>; Qt <version>)", from the application's name and version.
    static QByteArray userAgent();
    // How this transport's requests reach the server. Until it is called, the network's own
    // proxy settings stand (main() calls it through NetworkSettings; tests may set the proxy of
    // their QNetworkAccessManager directly). Applies to the next request; connections already
    // open are closed.
    void setProxy(const ProxySettings &proxy, const QString &password = QString());
    const ProxySettings &proxy() const { return m_proxy; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Each returns a reply at once; it reports once through TransportReply::finished().
    TransportReply *post(const QUrl &url, const QByteArray &formBody, qint64 maxResponseBytes,
                         const Headers &headers = {});
    TransportReply *get(const QUrl &url, qint64 maxResponseBytes, const Headers &headers = {});

private:
    TransportReply *send(const QUrl &url, const QByteArray *formBody, qint64 maxResponseBytes,
                         const Headers &headers);

    QNetworkAccessManager *m_network;
    Policy m_policy;
    static QSslConfiguration tlsConfiguration(const Policy &policy);

    // TLS 1.2 or later, with the policy's extra authorities; made at the first https request.
    std::optional<QSslConfiguration> m_tls;
    ProxySettings m_proxy;
};

// One request under the Transport's policy and its outcome. Reports exactly once through
// finished(), from the event loop, then deletes itself.
//
// The size cap holds from the first byte, whatever the threads' scheduling: Qt's HTTP thread
// only learns a read-buffer limit once it has the request (a limit set earlier is dropped), and
// learns it through a queued call from this thread. For a request with a body, the HTTP thread
// cannot read any of the answer before it has sent the whole body, and it gets the body only
// through this thread's event loop; the limit is queued before that, so it is in force first.
// (Qt 6.4, qnetworkreplyhttpimpl.cpp and qhttpprotocolhandler.cpp.) A GET has no such gate:
// there the limit is queued right behind the start of the request, and memory is still bounded
// by the same abort at the cap, only later.
class TransportReply : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransportReply)
public:
    using Failure = Net::Failure;

    Failure failure() const { return m_failure; }
    int httpStatus() const { return m_httpStatus; } // 0 when no status line arrived
    const QList<QNetworkReply::RawHeaderPair> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    bool isFinished() const { return m_finished; }
    // Failure::Tls: what was wrong with the server's certificate.
    const TlsProblem &tlsProblem() const { return m_tlsProblem; }

    // Ends the request; finished() reports Cancelled (unless it has already reported).
    void abort() { abortWith(Failure::Cancelled); }

signals:
    void finished(TransportReply *reply);

private:
    friend class Transport;
    TransportReply(QNetworkReply *reply, qint64 maxResponseBytes,
                   std::chrono::milliseconds requestTimeout, bool viaProxy, QObject *parent);
    explicit TransportReply(Failure failure, QObject *parent); // reported without a request

    void abortWith(Failure failure);
    void onReplyFinished();
    void finish(Failure failure);

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxResponseBytes = 0;
    bool m_viaProxy = false; // through a proxy of the app's own settings
    QElapsedTimer m_elapsed; // for the log: how long the request took
    QTimer m_deadline;
    Failure m_abortReason = Failure::None;
    Failure m_failure = Failure::None;
    int m_httpStatus = 0;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    QByteArray m_body;
    TlsProblem m_tlsProblem;
    bool m_finished = false;
};
