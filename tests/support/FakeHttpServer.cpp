#include "FakeHttpServer.h"

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
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    m_handler = [](const Request &) { return json(404, R"({"message":"Not Found"})"); };
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
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
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
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
            if (!response.omitContentLength)
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            head += "Connection: close\r\n\r\n";
            socket->write(head);
            if (response.trickleIntervalMs > 0) {
                auto *timer = new QTimer(socket);
                auto sent = std::make_shared<qsizetype>(0);
                connect(timer, &QTimer::timeout, socket, [socket, response, sent] {
                    if (*sent < response.body.size())
                        socket->write(response.body.mid((*sent)++, 1));
                    else
                        socket->disconnectFromHost();
                });
                timer->start(response.trickleIntervalMs);
            } else if (response.closeMidBody) {
                socket->write(response.body.left(response.body.size() / 2));
                socket->flush();
                socket->abort();
            } else {
                socket->write(response.body);
                socket->disconnectFromHost();
            }
        });
    }
}
