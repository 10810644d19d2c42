#include "DemoServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

DemoServer::~DemoServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool DemoServer::start(const QStringList &arguments)
{
    m_process.setProgram(QStringLiteral("node"));
    m_process.setArguments(
        QStringList {QStringLiteral(DESKLOGIN_SOURCE_DIR "/tools/demo-server/server.js"),
                     QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")}
        + arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("node could not be started: ") + m_process.errorString();
        return false;
    }
    const QRegularExpression listening(QStringLiteral("https?://127\\.0\\.0\\.1:\\d+"));
    QByteArray output;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured());
            return true;
        }
    }
    m_error = QStringLiteral("the demo server did not start: ") + QString::fromUtf8(output);
    return false;
}

QJsonObject DemoServer::lastTokenRequest() const
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // asked directly, whatever the test's proxy
    QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/demo/last-token-request"))));
    QNetworkReply *reply = network.get(request);
    // The test's own server, asked for what it saw: its certificate is not what is tested here.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = reply->error() == QNetworkReply::NoError
        ? QJsonDocument::fromJson(reply->readAll()).object()
        : QJsonObject();
    delete reply;
    return answer;
}
