// Renders DeskLogin's pages in the states people meet into PNG files, for docs/screenshots and
// for looking at the GUI under Xvfb: scripts/screenshots.sh runs it.
#include "ApiClient.h"
#include "AppGraph.h"
#include "AuthManager.h"
#include "Clock.h"
#include "FakeHttpServer.h"
#include "LanguageManager.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "MemorySessionStore.h"
#include "NetworkSettings.h"
#include "SessionPage.h"
#include "TokenClient.h"
#include "Transport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), mid(90, 90, 95);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, mid.lighter(150));
    p.setColor(QPalette::Disabled, QPalette::Text, mid.lighter(130));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mid.lighter(130));
    p.setColor(QPalette::Disabled, QPalette::WindowText, mid.lighter(130));
    return p;
}

bool save(QWidget *window, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        qCritical("cannot write %s", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DeskLogin"));
    QApplication::setApplicationDisplayName(QStringLiteral("DeskLogin"));
    QApplication::setOrganizationName(QStringLiteral("DeskLogin-screenshots"));
    QApplication::setWindowIcon(MainWindow::applicationIcon());
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Output folder"));
    parser.addOption({QStringLiteral("suffix"), QStringLiteral("Appended to file names"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Dark palette")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("en, zh_CN or zh_TW"),
                      QStringLiteral("language"), QStringLiteral("en")});
    parser.process(app);
    const QString dir = parser.positionalArguments().value(0, QStringLiteral("."));
    const QString suffix = parser.value(QStringLiteral("suffix"));
    QDir().mkpath(dir);
    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    FakeHttpServer server;
    if (!server.listen())
        return 1;
    AppConfig config;
    config.serverUrl = server.url();
    config.clientId = QStringLiteral("2");
    config.clientSecret = QStringLiteral("secret");
    config.profileEndpoint = QStringLiteral("/api/user");
    config.expiryWarnings = {std::chrono::hours(24 * 7)};

    LanguageManager languages;
    languages.setLanguage(parser.value(QStringLiteral("language")), false);

    SystemClock clock;
    MemorySessionStore store;
    AppGraph parts(config, &store, &clock);
    AuthManager &auth = parts.auth;
    ApiClient &api = parts.api;
    MainWindow window(&auth, &api, &clock, &languages);
    NetworkSettings networkSettings(&parts.transport, nullptr, config); // "Network…", as main()
    window.setNetworkSettings(&networkSettings);
    window.resize(460, 420);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    auto *phone = window.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    auto *password = window.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    const auto attempt = [&](const FakeHttpServer::Response &response) {
        server.setHandler([response](const FakeHttpServer::Request &request) {
            if (request.path == "/api/user")
                return FakeHttpServer::json(200, R"({"id":1,"name":"Li Wei"})");
            return response;
        });
        password->setText(QStringLiteral("password"));
        auth.signIn(phone->text(), password->text());
        if (!QTest::qWaitFor([&] { return auth.state() != AuthManager::State::SigningIn; }, 5000))
            qWarning("no answer");
        QTest::qWait(100);
    };

    bool ok = true;
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("13800138000"));
    ok &= save(&window, dir, QStringLiteral("signin") + suffix);

    attempt(FakeHttpServer::json(
        401,
        R"({"error":"invalid_credentials","message":"The user credentials were incorrect."})"));
    ok &= save(&window, dir, QStringLiteral("error") + suffix);

    FakeHttpServer::Response throttled =
        FakeHttpServer::json(429, R"({"message":"Too Many Attempts."})");
    throttled.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("42")));
    attempt(throttled);
    ok &= save(&window, dir, QStringLiteral("throttled") + suffix);

    window.loginPage()->clearMessage();
    attempt(FakeHttpServer::json(
        200, R"({"token_type":"Bearer","expires_in":432000,"access_token":"demo-token"})"));
    QTest::qWait(200);
    ok &= save(&window, dir, QStringLiteral("session") + suffix);
    return ok ? 0 : 1;
}
