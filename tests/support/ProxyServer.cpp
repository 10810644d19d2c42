#include "ProxyServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

} // namespace

ProxyServer::~ProxyServer()
{
    stop();
}

void ProxyServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

bool ProxyServer::start(Kind kind, const QString &user, const QString &password)
{
    m_port = freePort();
    if (m_port == 0 || !m_dir.isValid()) {
        m_error = QStringLiteral("no free port or temporary folder");
        return false;
    }
    QStringList arguments;
    if (kind == Kind::Http) {
        const QString config = m_dir.filePath(QStringLiteral("tinyproxy.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write the tinyproxy configuration");
            return false;
        }
        QByteArray text = "Port " + QByteArray::number(m_port)
            + "\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\nLogLevel Info\n";
        if (!user.isEmpty())
            text += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
        file.write(text);
        file.close();
        m_process.setProgram(QStringLiteral("tinyproxy"));
        arguments = {QStringLiteral("-d"), QStringLiteral("-c"), config};
    } else {
        m_process.setProgram(QStringLiteral("microsocks"));
        arguments = {QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(m_port)};
        if (!user.isEmpty())
            arguments += {QStringLiteral("-u"), user, QStringLiteral("-P"), password};
    }
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("log")));
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.program()
            + QStringLiteral(" could not be started (is it installed? "
                             "scripts/install-deps.sh installs it): ")
            + m_process.errorString();
        return false;
    }
    // Ready once it accepts connections.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = m_process.program() + QStringLiteral(" did not start listening");
    return false;
}
