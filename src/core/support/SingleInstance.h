#pragma once

#include <QLocalServer>
#include <QObject>

// Makes sure one copy of the app runs per user: a second launch asks the first to come to the
// front and exits. Works the same on Linux, Windows and macOS through QLocalServer.
class SingleInstance : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    explicit SingleInstance(const QString &appId, QObject *parent = nullptr);

    // True if this process is now the one instance; false if another one was asked to show
    // itself (this one should exit).
    bool claim();
    QString serverName() const { return m_name; }

signals:
    void activationRequested();

private:
    QString m_name;
    QLocalServer m_server;
};
