#include "FakeHttpServer.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

QByteArray FakeHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent)
{
    m_handler = [](const Request &) { return json(404, R"({"message":"Not Found"})"); };
}

bool FakeHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &FakeHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FakeHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    // A client that refuses the certificate ends the handshake; that is the test passing.
    server->setHandshakeTimeout(5000);
    m_server = std::move(server);
    m_tls = true;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &FakeHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server->serverPort())
                    .arg(path));
}

FakeHttpServer::Response FakeHttpServer::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto answered = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, answered] {
            socket->deleteLater();
            emit connectionEnded(*answered);
        });
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
            }
            const qsizetype length = request.header("Content-Length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->remove(0, headerEnd + 4 + length);
            m_requests.append(request);

            const Response response = m_handler(request);
            if (response.neverAnswer)
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            for (const auto &h : response.headers)
                head += h.first + ": " + h.second + "\r\n";
            if (response.chunkedForever)
                head += "Transfer-Encoding: chunked\r\n";
            else if (response.announcedLength >= 0)
                head += "Content-Length: " + QByteArray::number(response.announcedLength) + "\r\n";
            else if (!response.omitContentLength)
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            head += "Connection: close\r\n\r\n";
            socket->write(head);
            if (response.chunkedForever) {
                // Writes whenever the client has taken the last chunk: memory stays bounded
                // here, so a client that keeps reading is the only thing that can grow.
                const QByteArray chunk =
                    QByteArray::number(16384, 16) + "\r\n" + QByteArray(16384, 'x') + "\r\n";
                auto sent = std::make_shared<qint64>(0);
                const auto more = [socket, chunk, sent, answered] {
                    if (socket->bytesToWrite() > 4 * chunk.size())
                        return;
                    if (*sent > 256LL * 1024 * 1024) {
                        *answered = true;
                        socket->disconnectFromHost();
                        return;
                    }
                    *sent += socket->write(chunk);
                };
                connect(socket, &QTcpSocket::bytesWritten, socket, more);
                more();
            } else if (response.trickleIntervalMs > 0) {
                auto *timer = new QTimer(socket);
                auto sent = std::make_shared<qsizetype>(0);
                connect(timer, &QTimer::timeout, socket, [socket, response, sent, answered] {
                    if (*sent < response.body.size()) {
                        socket->write(response.body.mid((*sent)++, 1));
                        *answered = *sent == response.body.size();
                        return;
                    }
                    socket->disconnectFromHost();
                });
                timer->start(response.trickleIntervalMs);
            } else if (response.closeMidBody) {
                socket->write(response.body.left(response.body.size() / 2));
                socket->flush();
                socket->abort();
            } else {
                socket->write(response.body);
                *answered = true;
                socket->disconnectFromHost();
            }
        });
    }
}
