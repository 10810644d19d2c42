#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class QSslCertificate;
class QSslKey;

// A programmable HTTP/1.1 server on 127.0.0.1 that plays the hostile servers a real one will
// not produce on demand: odd statuses and bodies, silence, slowness, oversized answers.
class FakeHttpServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    struct Response {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
        QByteArray body;
        bool neverAnswer = false; // accept the request and stay silent
        int trickleIntervalMs = 0; // send the body a byte at a time at this interval
        bool closeMidBody = false; // announce the full length, send half, close
        bool omitContentLength = false; // close the connection to end the body
        qint64 announcedLength = -1; // a Content-Length other than the body's (a lie)
        bool chunkedForever = false; // an endless chunked body (stops by itself at 256 MiB)
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);

    bool listen();
    // HTTPS with this certificate and key (QSslServer); url() then says https.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl url(const QString &path = QString()) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void respondWith(const Response &response)
    {
        m_handler = [response](const Request &) { return response; };
    }
    static Response json(int status, const QByteArray &body);

    const QList<Request> &requests() const { return m_requests; }

signals:
    // A connection ended, closed by either side. `answered`: the whole answer had been sent;
    // false when the client went away first (an aborted request), or no answer was due.
    void connectionEnded(bool answered);

private:
    void onNewConnection();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<Request> m_requests;
};
