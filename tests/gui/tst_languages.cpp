#include "FakeHttpServer.h"
#include "FindWidget.h"
#include "LanguageManager.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "MemorySessionStore.h"
#include "Messages.h"
#include "NetworkSettingsDialog.h"
#include "RenewDialog.h"
#include "SessionPage.h"
#include "TestClock.h"
#include "TestMain.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "graph/AppGraph.h"
#include "net/NetworkSettings.h"
#include "phone/PhoneNumber.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace std::chrono;

namespace {
// Five days; the fake server answers every sign-in with it.
const QByteArray TokenBody = R"({"token_type":"Bearer","expires_in":432000,"access_token":"t"})";
} // namespace

// Switching the language while the app runs, and text that fits in every language.
class TestLanguages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void picksTheLanguageForTheSystemLocale_data();
    void picksTheLanguageForTheSystemLocale();
    void remembersTheChoice();
    void datesAreWrittenAsEachLanguageWritesThem();
    void switchesEveryPageAtRunTime();
    void noTextIsCutOffInAnyLanguage_data();
    void noTextIsCutOffInAnyLanguage();

private:
    template<typename T>
    T *find(const char *name, const char *file = __builtin_FILE(), int line = __builtin_LINE())
    {
        return findWidget<T>(m_window.get(), name, file, line);
    }
    void chooseFromMenu(const QString &language);
    void signIn(int status, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Every label and button of `root` (the window unless given) at its smallest.
    void verifyEverythingFits(const QString &where, QWidget *root = nullptr);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<MemorySessionStore> m_store;
    std::unique_ptr<AppGraph> m_app;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<NetworkSettings> m_networkSettings; // before the window: it outlives it
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguages::initTestCase()
{
    // Loaded up front, so that typing is formatted at once (the app loads it on a worker thread
    // at the first keystroke; tst_phonenumber and the benchmarks cover that).
    QVERIFY(PhoneNumber::load());
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DeskLoginTests"));
    QApplication::setApplicationName(QStringLiteral("tst_languages"));
}

void TestLanguages::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    AppConfig config;
    config.serverUrl = m_server->url();
    config.clientId = QStringLiteral("2");
    config.expiryWarnings = {hours(24 * 7)};
    // Four regions: the region selector is on the page, and its names are checked too.
    config.phoneRegions = {QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO"),
                           QStringLiteral("TW")};
    config.usernameFormat = PhoneNumber::UsernameFormat::E164;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<TestClock>(QDateTime::currentDateTimeUtc());
    m_store = std::make_unique<MemorySessionStore>();
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"), false);
    m_window =
        std::make_unique<MainWindow>(&m_app->auth, nullptr, m_clock.get(), m_languages.get());
    m_networkSettings = std::make_unique<NetworkSettings>(&m_app->transport, nullptr, config.proxy,
                                                          config.isLocked(SettingId::Proxy));
    m_window->setNetworkSettings(m_networkSettings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguages::cleanup()
{
    m_window.reset();
    m_networkSettings.reset();
    m_app.reset();
    m_languages.reset(); // removes its translators
}

void TestLanguages::chooseFromMenu(const QString &language)
{
    // The language button at the window's foot opens this menu.
    for (QAction *action : find<QMenu>("languageMenu")->actions()) {
        if (action->data().toString() == language) {
            action->trigger();
            // Qt delivers LanguageChange to the windows as posted events.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no menu entry for ") + language));
}

void TestLanguages::signIn(int status, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    FakeHttpServer::Response response = FakeHttpServer::json(status, body);
    response.headers += headers;
    m_server->respondWith(response);
    find<QLineEdit>("phoneEdit")->setText(QStringLiteral("13800138000"));
    find<QLineEdit>("passwordEdit")->setText(QStringLiteral("pw"));
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY(m_app->auth.state() != AuthManager::State::SigningIn);
}

void TestLanguages::picksTheLanguageForTheSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    const QString cn = QStringLiteral("zh_CN"), tw = QStringLiteral("zh_TW");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << cn;
    QTest::newRow("zh_SG") << QStringLiteral("zh_SG") << cn;
    QTest::newRow("zh_Hans") << QStringLiteral("zh_Hans") << cn;
    QTest::newRow("zh") << QStringLiteral("zh") << cn;
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << tw;
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << tw;
    QTest::newRow("zh_MO") << QStringLiteral("zh_MO") << tw;
    QTest::newRow("zh_Hant") << QStringLiteral("zh_Hant") << tw;
    QTest::newRow("zh-Hant-HK") << QStringLiteral("zh-Hant-HK") << tw;
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("en");
    QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << QStringLiteral("en");
}

void TestLanguages::picksTheLanguageForTheSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageManager::languageFor(QLocale(locale)), language);
}

void TestLanguages::remembersTheChoice()
{
    chooseFromMenu(QStringLiteral("zh_TW"));
    LanguageManager next;
    QCOMPARE(next.initialLanguage(), QStringLiteral("zh_TW"));
}

void TestLanguages::datesAreWrittenAsEachLanguageWritesThem()
{
    const QDateTime wednesday(QDate(2026, 12, 2), QTime(15, 30), Qt::LocalTime);
    chooseFromMenu(QStringLiteral("zh_CN"));
    const QString simplified = Messages::dateTime(wednesday);
    QVERIFY2(simplified.startsWith(QStringLiteral("2026年12月2日 ")), qPrintable(simplified));
    QVERIFY2(!simplified.contains(QStringLiteral("星期")), qPrintable(simplified)); // no weekday
    chooseFromMenu(QStringLiteral("zh_TW"));
    const QString traditional = Messages::dateTime(wednesday);
    QVERIFY2(traditional.startsWith(QStringLiteral("2026年12月2日 ")), qPrintable(traditional));
    QVERIFY2(!traditional.contains(QStringLiteral("星期")), qPrintable(traditional));
    chooseFromMenu(QStringLiteral("en"));
    const QString english = Messages::dateTime(wednesday);
    QVERIFY2(english.contains(QStringLiteral("December"))
                 && english.contains(QStringLiteral("2026")),
             qPrintable(english));
}

void TestLanguages::switchesEveryPageAtRunTime()
{
    auto *button = find<QPushButton>("signInButton");
    auto *message = find<QLabel>("messageLabel");
    QCOMPARE(button->text(), QStringLiteral("&Sign in"));

    // A message on the page changes language with it.
    signIn(401,
           R"({"error":"invalid_credentials","message":"The user credentials were incorrect."})");
    QCOMPARE(message->text(),
             QStringLiteral("The phone number or password is wrong. Check them and try again."));
    chooseFromMenu(QStringLiteral("zh_CN"));
    QCOMPARE(button->text(), QStringLiteral("登录"));
    QCOMPARE(find<QLabel>("phoneLabel")->text(), QStringLiteral("手机号"));
    QCOMPARE(message->text(), QStringLiteral("手机号或密码错误，请检查后重试。"));
    QCOMPARE(find<QToolButton>("helpButton")->text(), QStringLiteral("帮助"));
    QCOMPARE(find<QToolButton>("languageButton")->text(), QStringLiteral("简体中文"));
    QCOMPARE(find<QLabel>("restoringLabel")->text(), QStringLiteral("正在恢复您的登录状态…"));
    QCOMPARE(find<QToolButton>("revealButton")->toolTip(), QStringLiteral("显示密码"));

    // So does a countdown that is running.
    signIn(429, R"({"message":"Too Many Attempts."})", {{"Retry-After", "30"}});
    QVERIFY(message->text().startsWith(QStringLiteral("尝试次数过多")));
    QVERIFY(message->text().contains(QStringLiteral(" 秒")));
    chooseFromMenu(QStringLiteral("zh_TW"));
    QVERIFY(message->text().startsWith(QStringLiteral("嘗試次數過多")));
    chooseFromMenu(QStringLiteral("en"));
    QVERIFY(message->text().startsWith(QStringLiteral("Too many attempts.")));
    QVERIFY(message->text().contains(QStringLiteral(" seconds")));
    m_window->loginPage()->clearMessage();

    // The session page, its dates and the time left.
    signIn(200, TokenBody);
    QCOMPARE(m_app->auth.state(), AuthManager::State::SignedIn);
    const QDateTime ends = m_app->auth.session()->expiresAt.toLocalTime();
    QCOMPARE(find<QLabel>("timeLeftValue")->text(), QStringLiteral("5 days"));
    QCOMPARE(m_window->sessionPage()->noticeText(),
             QStringLiteral("Your session ends in 5 days. Then you will need to sign in again."));
    chooseFromMenu(QStringLiteral("zh_CN"));
    QCOMPARE(find<QLabel>("timeLeftCaption")->text(), QStringLiteral("剩余时间："));
    QCOMPARE(find<QLabel>("timeLeftValue")->text(), QStringLiteral("5 天"));
    QCOMPARE(find<QPushButton>("signOutButton")->text(), QStringLiteral("退出登录"));
    const QLocale cn(QStringLiteral("zh_CN"));
    // The date as Chinese apps write it: without the weekday CLDR glues to its end.
    QCOMPARE(find<QLabel>("expiresValue")->text(),
             cn.toString(ends.date(), QStringLiteral("yyyy年M月d日")) + QLatin1Char(' ')
                 + cn.toString(ends.time(), QLocale::ShortFormat));
    QCOMPARE(m_window->sessionPage()->noticeText(),
             QStringLiteral("您的登录将在 5 天后到期，届时需要重新登录。"));
    chooseFromMenu(QStringLiteral("zh_TW"));
    QCOMPARE(find<QPushButton>("signOutButton")->text(), QStringLiteral("登出"));
    // zh_TW's time format has CLDR's day period, which must come out as 上午/下午, not "B".
    const QLocale tw(QStringLiteral("zh_TW"));
    const QString twText = find<QLabel>("expiresValue")->text();
    QVERIFY2(twText.startsWith(tw.toString(ends.date(), QStringLiteral("yyyy年M月d日 "))),
             qPrintable(twText));
    QVERIFY2(twText.contains(ends.time().hour() < 12 ? tw.amText() : tw.pmText()),
             qPrintable(twText));
    QVERIFY2(!twText.contains(QLatin1Char('B')), qPrintable(twText));
    chooseFromMenu(QStringLiteral("en"));
    QCOMPARE(find<QPushButton>("signOutButton")->text(), QStringLiteral("Sign &out"));
}

void TestLanguages::noTextIsCutOffInAnyLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageManager::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TestLanguages::verifyEverythingFits(const QString &where, QWidget *root)
{
    if (!root)
        root = m_window.get();
    // The smallest the window can be made is where text would be cut first.
    root->resize(1, 1);
    QApplication::processEvents();
    root->layout()->activate();
    QApplication::processEvents();
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        // Qt's own parts (a line edit's clear button, the menu bar's extension) are not ours.
        if (!widget->isVisible() || widget->objectName().isEmpty()
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QString what = where + QLatin1Char(' ') + widget->objectName();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(what));
            } else {
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(what));
                QVERIFY2(label->height() >= label->sizeHint().height(), qPrintable(what));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(what));
        }
    }
}

void TestLanguages::noTextIsCutOffInAnyLanguage()
{
    QFETCH(QString, language);
    chooseFromMenu(language);
    verifyEverythingFits(QStringLiteral("empty sign-in page"));
    signIn(
        400,
        R"({"error":"invalid_request","error_description":"The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed."})");
    verifyEverythingFits(QStringLiteral("sign-in page with the longest message"));
    signIn(429, R"({"message":"Too Many Attempts."})", {{"Retry-After", "3600"}});
    verifyEverythingFits(QStringLiteral("throttled"));
    m_window->showNetworkSettings();
    auto *dialog = m_window->findChild<NetworkSettingsDialog *>();
    QVERIFY(dialog);
    verifyEverythingFits(QStringLiteral("network settings"), dialog);
    dialog->reject();
    m_window->loginPage()->clearMessage();
    // Not kept: the session page says so, in a line of its own.
    m_window->findChild<QCheckBox *>(QStringLiteral("keepSignedInCheck"))->setChecked(false);
    signIn(200, TokenBody);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("notKeptLabel"))->isVisible());
    verifyEverythingFits(QStringLiteral("session page with warning, not kept"));
    // "Sign in again", with its longest message (the keychain refused the new session).
    m_window->showRenewDialog();
    auto *renew = m_window->findChild<RenewDialog *>();
    QVERIFY(renew);
    emit m_app->auth.notice(AuthManager::Notice::RenewalNotStored);
    QVERIFY(!renew->message().isEmpty());
    verifyEverythingFits(QStringLiteral("sign in again"), renew);
    renew->reject();
}

DESKLOGIN_TEST_MAIN(TestLanguages)
#include "tst_languages.moc"
