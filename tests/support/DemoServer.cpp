#include "DemoServer.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

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
    const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:\\d+"));
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
