#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real proxy from Debian's packages for one test: tinyproxy (HTTP, optionally with basic
// authentication) or microsocks (SOCKS5, optionally with a user and password), on a free
// loopback port, stopped with the test.
class ProxyServer {
public:
    enum class Kind { Http, Socks5 };

    ~ProxyServer();
    // An empty user: no authentication. Returns false with errorString() if it did not start.
    bool start(Kind kind, const QString &user = QString(), const QString &password = QString());
    void stop();
    quint16 port() const { return m_port; }
    // Its configuration and log (tinyproxy's configuration holds the password it checks).
    QString directory() const { return m_dir.path(); }
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_error;
};
