#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Starts the real demo server (tools/demo-server, Node.js) on a free port of this computer (a
// loopback one unless startByName()) for one test, and stops it afterwards.
class DemoServer {
public:
    static constexpr char ClientId[] = "2";
    static constexpr char ClientSecret[] = "desklogin-demo-secret-2f1c9a7e";
    static constexpr char Phone[] = "13800138000";
    static constexpr char TaiwanPhone[] = "+886912345678"; // known to the server only in E.164
    static constexpr char Password[] = "demo-password";
    // With --public-client PublicClientId: a client that has no secret.
    static constexpr char PublicClientId[] = "3";

    ~DemoServer();
    // Returns false with a reason in errorString() if it did not come up.
    bool start(const QStringList &arguments = {});
    // Listening on the address this computer's name leads to, and with that name in url(): for
    // tests of a proxy, which the app never uses for this computer's own addresses, and which
    // reaches the server all the same (it runs here and looks the name up itself). Plain http
    // to it needs allowInsecureHttp.
    bool startByName(const QStringList &arguments = {});
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    // What the last token request carried, as the server saw it (field names, User-Agent, Via;
    // never a value): GET /demo/last-token-request. Empty when there was none.
    QJsonObject lastTokenRequest() const;

private:
    bool startAt(const QString &address, const QStringList &arguments);

    QProcess m_process;
    QUrl m_url;
    QString m_error;
};
