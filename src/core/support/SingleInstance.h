#pragma once

#include <QLocalServer>
#include <QObject>

// Makes sure one copy of the app runs per user and session: a second launch asks the first to
// come to the front and exits. Works the same on Linux, Windows and macOS through QLocalServer.
//
// The name is one only its user can hold: on Linux a socket in the user's runtime folder (or,
// without one, in a folder of the user's own, never /tmp); on Windows a pipe named by the
// session and the user's SID, whose holder is checked to be the same user before it is told
// anything. A name that cannot be claimed (another user holds it, the folder cannot be
// written) is logged, and the app starts anyway, alone in not being single.
class SingleInstance : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    explicit SingleInstance(const QString &appId, QObject *parent = nullptr);

    // False if another copy of this user's was asked to show itself (this one should exit);
    // true otherwise: this process holds the name now, or it could not, and goes on without.
    bool claim();
    bool isClaimed() const { return m_server.isListening(); }
    QString serverName() const { return m_name; }

    // The name for `appId` in this user's session.
    static QString nameFor(const QString &appId);

signals:
    void activationRequested();

private:
    QString m_name;
    QLocalServer m_server;
};
