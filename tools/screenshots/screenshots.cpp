// Renders DeskLogin's pages in the states people meet into PNG files, for docs/screenshots and
// for looking at the GUI under Xvfb: scripts/screenshots.sh runs it.
#include "AppIcon.h"
#include "FakeHttpServer.h"
#include "LanguageManager.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "MemorySessionStore.h"
#include "RegionSelector.h"
#include "RenewDialog.h"
#include "SessionPage.h"
#include "api/ApiClient.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "graph/AppGraph.h"
#include "net/NetworkSettings.h"
#include "net/Transport.h"
#include "phone/PhoneNumber.h"
#include "support/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
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

// As Windows' "High Contrast Black" theme sets it: the few colours the app may use.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(0, 0, 0), white(255, 255, 255), cyan(26, 235, 255), green(63, 242, 63);
    for (const auto role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        p.setColor(role, black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, white);
    // Borders in the text's colour: every field and box outlined.
    for (const auto role :
         {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, white);
    p.setColor(QPalette::Highlight, cyan);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::PlaceholderText, QColor(192, 192, 192));
    p.setColor(QPalette::Link, QColor(255, 255, 0));
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, green);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    return p;
}

// The window and the popup open over it, as the screen shows them.
bool saveScreen(QWidget *window, QWidget *popup, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    QTest::qWait(200);
    const QRect area =
        window->frameGeometry().united(popup->frameGeometry()).adjusted(-4, -4, 4, 4);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const QPixmap shot =
        window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    if (!shot.save(path)) {
        qCritical("cannot write %s", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
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
    // The build tree's phone number module (scripts/screenshots.sh says where).
    PhoneNumber::setModulePath(qEnvironmentVariable("DESKLOGIN_PHONENUMBER_MODULE"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DeskLogin"));
    QApplication::setApplicationDisplayName(QStringLiteral("DeskLogin"));
    QApplication::setOrganizationName(QStringLiteral("DeskLogin-screenshots"));
    QApplication::setWindowIcon(AppIcon::icon());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // every run as a first start: nothing remembered from the last one

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Output folder"));
    parser.addOption({QStringLiteral("suffix"), QStringLiteral("Appended to file names"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Dark palette")});
    parser.addOption({QStringLiteral("high-contrast"), QStringLiteral("High-contrast palette")});
    parser.addOption({QStringLiteral("regions"),
                      QStringLiteral("Accepted regions (a deployment of several): the sign-in "
                                     "page with the region list open"),
                      QStringLiteral("codes")});
    parser.addOption({QStringLiteral("company"),
                      QStringLiteral("A company's deployment: its links, its agreement to ask for "
                                     "and its colour")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("en, zh_CN or zh_TW"),
                      QStringLiteral("language"), QStringLiteral("en")});
    parser.process(app);
    const QString dir = parser.positionalArguments().value(0, QStringLiteral("."));
    const QString suffix = parser.value(QStringLiteral("suffix"));
    QDir().mkpath(dir);
    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (parser.isSet(QStringLiteral("high-contrast"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(highContrastPalette());
    }
    // Loaded before the first keystroke, so that the number shows formatted in every shot.
    PhoneNumber::load();

    FakeHttpServer server;
    if (!server.listen())
        return 1;
    AppConfig config;
    config.serverUrl = server.url();
    config.clientId = QStringLiteral("2");
    config.clientSecret = QStringLiteral("secret");
    config.profileEndpoint = QStringLiteral("/api/user");
    config.expiryWarnings = {std::chrono::hours(24 * 7)};
    const QStringList regions =
        parser.value(QStringLiteral("regions")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (regions.size() > 1) {
        config.phoneRegions = regions;
        config.usernameFormat = PhoneNumber::UsernameFormat::E164;
    }

    const bool company = parser.isSet(QStringLiteral("company"));
    if (company) {
        config.forgotPasswordUrl = QStringLiteral("https://id.example.com/{lang}/reset");
        config.signUpUrl = QStringLiteral("https://id.example.com/{lang}/join");
        config.termsUrl = QStringLiteral("https://example.com/{lang}/terms");
        config.privacyUrl = QStringLiteral("https://example.com/{lang}/privacy");
        config.consentRequired = true;
        config.accentColor = QStringLiteral("#0A66C2");
    }

    LanguageManager languages;
    languages.setLanguage(parser.value(QStringLiteral("language")), false);

    SystemClock clock;
    MemorySessionStore store;
    AppGraph parts(config, &store, &clock);
    AuthManager &auth = parts.auth;
    ApiClient &api = parts.api;
    MainWindow window(&auth, &api, &clock, &languages);
    window.setNetworkSettings(&parts.networkSettings); // "Network…", as main()
    window.show(); // at the size a first start has
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    auto *phone = window.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    auto *password = window.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    // The profile's name as it would be in each language's shots.
    const QString language = parser.value(QStringLiteral("language"));
    const QByteArray profile = language == QLatin1String("zh_CN")
        ? QByteArrayLiteral(R"({"id":1,"name":"李伟"})")
        : language == QLatin1String("zh_TW") ? QByteArrayLiteral(R"({"id":1,"name":"李偉"})")
                                             : QByteArrayLiteral(R"({"id":1,"name":"Li Wei"})");
    const auto attempt = [&](const FakeHttpServer::Response &response) {
        server.setHandler([response, profile](const FakeHttpServer::Request &request) {
            if (request.path == "/api/user")
                return FakeHttpServer::json(200, profile);
            return response;
        });
        password->setText(QStringLiteral("password"));
        auth.signIn(phone->text(), password->text(), window.loginPage()->region());
        if (!QTest::qWaitFor([&] { return auth.state() != AuthManager::State::SigningIn; }, 5000))
            qWarning("no answer");
        QTest::qWait(100);
    };

    bool ok = true;
    if (regions.size() > 1) {
        // A deployment of several regions: the list open, searched by calling code.
        auto *selector = window.findChild<RegionSelector *>(QStringLiteral("regionButton"));
        selector->openPopup();
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("regionSearch")),
                         QStringLiteral("85"));
        ok &= saveScreen(&window, selector->popupMenu(), dir, QStringLiteral("regions") + suffix);
        selector->popupMenu()->close();
        window.loginPage()->setRegion(QStringLiteral("TW"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("0912345678"));
        password->setText(QStringLiteral("password"));
        ok &= save(&window, dir, QStringLiteral("signin-regions") + suffix);
        return ok ? 0 : 1;
    }
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("13800138000"));
    password->setText(QStringLiteral("password")); // the button as it is when it can be pressed
    if (company) {
        // The agreement asked for, then a wrong password with the way to a new one.
        ok &= save(&window, dir, QStringLiteral("company") + suffix);
        server.setHandler([](const FakeHttpServer::Request &) {
            return FakeHttpServer::json(401,
                                        R"({"error":"invalid_credentials",)"
                                        R"("message":"The user credentials were incorrect."})");
        });
        window.findChild<QCheckBox *>(QStringLiteral("consentCheck"))->setChecked(true);
        password->setFocus();
        QTest::keyClick(password, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return auth.state() == AuthManager::State::SignedOut; }, 5000))
            qWarning("no answer");
        ok &= save(&window, dir, QStringLiteral("company-error") + suffix);
        return ok ? 0 : 1;
    }
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
        200, R"({"token_type":"Bearer","expires_in":31536000,"access_token":"demo-token"})"));
    QTest::qWait(200);
    ok &= save(&window, dir, QStringLiteral("session") + suffix);

    // "Sign in again", the password typed.
    window.showRenewDialog();
    auto *renew = window.findChild<RenewDialog *>();
    if (!renew || !QTest::qWaitForWindowExposed(renew))
        return 1;
    renew->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("pw"));
    QTest::qWait(100);
    ok &= save(renew, dir, QStringLiteral("renew") + suffix);
    return ok ? 0 : 1;
}
