#include "DemoServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
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
    return startAt(QStringLiteral("127.0.0.1"), arguments);
}

bool DemoServer::startByName(const QStringList &arguments)
{
    const QString name = QHostInfo::localHostName();
    // The first address, as a proxy that connects to the first one it finds (microsocks) takes.
    const QList<QHostAddress> addresses = QHostInfo::fromName(name).addresses();
    const QHostAddress address = addresses.value(0);
    if (address.isNull() || name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        m_error = QStringLiteral("this computer's name (%1) leads to no address, or is "
                                 "\"localhost\" (see /etc/hosts)")
                      .arg(name);
        return false;
    }
    if (!startAt(address.toString(), arguments)) {
        m_error += QStringLiteral(" (on %1, the address of %2)").arg(address.toString(), name);
        return false;
    }
    m_url.setHost(name);
    return true;
}

bool DemoServer::startAt(const QString &address, const QStringList &arguments)
{
    // --quiet prints nothing, and --url-file writes the address, once the server listens, as
    // the one line on its standard output.
    m_process.setProgram(QStringLiteral("node"));
    m_process.setArguments(
        QStringList {QStringLiteral(DESKLOGIN_SOURCE_DIR "/tools/demo-server/server.js"),
                     QStringLiteral("--host"), address, QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--quiet"), QStringLiteral("--url-file"),
                     QStringLiteral("/dev/stdout")}
        + arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("node could not be started: ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine()) {
        // Ends early when the server does (its errors are on stderr).
        if (!m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = m_process.state() == QProcess::NotRunning
                ? QStringLiteral("the demo server ended with status %1 before it listened")
                      .arg(m_process.exitCode())
                : QStringLiteral("the demo server was not listening after 15 s");
            return false;
        }
    }
    m_url = QUrl(QString::fromUtf8(m_process.readLine().trimmed()), QUrl::StrictMode);
    if (!m_url.isValid() || QHostAddress(m_url.host()) != QHostAddress(address)) {
        m_error = QStringLiteral("the demo server gave no address: ") + m_url.toString();
        return false;
    }
    return true;
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
