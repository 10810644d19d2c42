#include "support/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>

namespace {
constexpr int ConnectTimeoutMs = 500;
const QByteArray ActivateMessage = "activate\n";
} // namespace

SingleInstance::SingleInstance(const QString &appId, QObject *parent) : QObject(parent)
{
    // Per user: in the user's runtime folder where there is one (Linux), otherwise a name that
    // includes a hash of the user's home (Windows pipes and macOS sockets are not per user).
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir(runtime).exists()) {
        m_name = runtime + QLatin1Char('/') + appId + QLatin1String(".instance");
    } else {
        const QByteArray user =
            QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16);
        m_name = appId + QLatin1Char('-') + QString::fromLatin1(user);
    }
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(ActivateMessage.trimmed()))
                    emit activationRequested();
                socket->disconnectFromServer();
            });
        }
    });
}

bool SingleInstance::claim()
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(ConnectTimeoutMs)) {
        probe.write(ActivateMessage);
        probe.waitForBytesWritten(ConnectTimeoutMs);
        probe.disconnectFromServer();
        return false;
    }
    if (m_server.listen(m_name))
        return true;
    // Nobody answered, so the name is left over from a copy that crashed: take it over.
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}
