#include "support/SingleInstance.h"

#include "support/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#include <sddl.h>
#else
#include <unistd.h>
#endif

#include <memory>

namespace {
constexpr int ConnectTimeoutMs = 500;
const QByteArray ActivateMessage = "activate\n";

#ifdef Q_OS_WIN
// The SID of the user a process token belongs to, as text ("S-1-5-21-…"); empty when it
// cannot be read.
QString userOf(HANDLE process)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(process, TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QString sid;
    std::unique_ptr<char[]> buffer(new char[size ? size : 1]);
    if (size && GetTokenInformation(token, TokenUser, buffer.get(), size, &size)) {
        LPWSTR text = nullptr;
        if (ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(buffer.get())->User.Sid, &text)) {
            sid = QString::fromWCharArray(text);
            LocalFree(text);
        }
    }
    CloseHandle(token);
    return sid;
}

// Whether the process at the other end of a connected pipe runs as this process's user.
bool heldByThisUser(const QLocalSocket &socket)
{
    ULONG pid = 0;
    if (!GetNamedPipeServerProcessId(reinterpret_cast<HANDLE>(socket.socketDescriptor()), &pid))
        return false;
    HANDLE server = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    if (!server)
        return false; // another user's process, which this user may not look into
    const QString user = userOf(server);
    CloseHandle(server);
    return !user.isEmpty() && user == userOf(GetCurrentProcess());
}
#else
bool heldByThisUser(const QLocalSocket &)
{
    return true; // the socket is in a folder only this user can write (privateFolder())
}

// Whether only this user may enter `path`, as the XDG base directory specification asks of the
// runtime folder: a folder of this user's with no permission for anyone else.
bool isPrivateFolder(const QString &path)
{
    const QFileInfo info(path);
    constexpr QFile::Permissions Others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return !path.isEmpty() && info.isDir() && info.ownerId() == uint(geteuid())
        && !(info.permissions() & Others);
}
#endif
} // namespace

QString SingleInstance::nameFor(const QString &appId)
{
#ifdef Q_OS_WIN
    // Pipe names are machine-wide: this session's and this user's, never a name another user
    // of a terminal server or of fast user switching would hold for the same app.
    DWORD session = 0;
    ProcessIdToSessionId(GetCurrentProcessId(), &session);
    return appId + QLatin1Char('-') + QString::number(session) + QLatin1Char('-')
        + userOf(GetCurrentProcess());
#else
    // A socket in the user's runtime folder; where there is none that only the user may enter
    // (no XDG_RUNTIME_DIR, and Qt's stand-in in /tmp taken by another user first), in a folder
    // in the user's home, never in /tmp, where another user could create the name first.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (isPrivateFolder(folder))
        return folder + QLatin1Char('/') + appId + QLatin1String(".instance");
    // The app's own data folder, closed to everyone else, under a short name. (A home folder so
    // deep that the path passes a socket's 107 bytes cannot be listened on: claim() says so in
    // the log and the app starts without.)
    const QString own = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (QDir().mkpath(own))
        QFile::setPermissions(own, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return own + QLatin1String("/instance");
#endif
}

SingleInstance::SingleInstance(const QString &appId, QObject *parent)
    : QObject(parent), m_name(nameFor(appId))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            // The message may be there before anyone listens for it (a Windows pipe reads
            // ahead): read what has come, and whatever comes next.
            const auto take = [this, socket] {
                if (!socket->bytesAvailable())
                    return;
                if (socket->readAll().contains(ActivateMessage.trimmed()))
                    emit activationRequested();
                socket->disconnectFromServer(); // the second copy waits for this
            };
            connect(socket, &QLocalSocket::readyRead, this, take);
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            take();
        }
    });
}

bool SingleInstance::claim()
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(ConnectTimeoutMs)) {
        if (!heldByThisUser(probe)) {
            qCWarning(lcApp,
                      "the single-instance name is held by another user's process; "
                      "starting without it");
            return true;
        }
        probe.write(ActivateMessage);
        probe.waitForBytesWritten(ConnectTimeoutMs);
        // Closed by the running copy once it has read the message: a pipe closed first may take
        // unread bytes with it (as under Wine).
        if (probe.state() == QLocalSocket::ConnectedState)
            probe.waitForDisconnected(ConnectTimeoutMs);
        probe.disconnectFromServer();
        return false;
    }
    if (m_server.listen(m_name))
        return true;
    // Nobody answered, so the name is left over from a copy that crashed: take it over.
    QLocalServer::removeServer(m_name);
    if (m_server.listen(m_name))
        return true;
    qCWarning(lcApp, "the single-instance name cannot be claimed (%s); starting without it",
              qPrintable(m_server.errorString()));
    return true;
}
