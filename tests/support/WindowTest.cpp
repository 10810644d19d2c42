#include "WindowTest.h"

#include "LoginPage.h"
#include "RegionSelector.h"
#include "SessionPage.h"
#include "phone/PhoneNumber.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace std::chrono;
using State = AuthManager::State;

void WindowTest::initTestCase()
{
    // Loaded up front, so that typing is formatted at once (the app loads it on a worker thread
    // at the first keystroke; tst_phonenumber and the benchmarks cover that).
    QVERIFY(PhoneNumber::load());
    // Settings in the test location, each test program's its own (the application's name is
    // the program's).
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DeskLoginTests"));
    QVERIFY2(m_demo.start({QStringLiteral("--max-attempts"), QStringLiteral("100")}),
             qPrintable(m_demo.errorString()));
}

void WindowTest::init()
{
    QSettings().clear();
    m_fake = std::make_unique<FakeHttpServer>();
    QVERIFY(m_fake->listen());
    makeWindow(m_demo.url());
}

void WindowTest::cleanup()
{
    m_adjustConfig = nullptr;
    m_window.reset();
    m_app.reset();
    m_store.reset();
}

void WindowTest::makeWindow(const QUrl &server, const QString &profileEndpoint)
{
    buildWindow(server, profileEndpoint);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_app->auth.restore();
    QTRY_VERIFY(m_app->auth.state() != State::Restoring);
}

void WindowTest::buildWindow(const QUrl &server, const QString &profileEndpoint)
{
    m_window.reset();
    m_app.reset();
    AppConfig config;
    config.serverUrl = server;
    config.clientId = QString::fromLatin1(DemoServer::ClientId);
    config.clientSecret = QString::fromLatin1(DemoServer::ClientSecret);
    config.profileEndpoint = profileEndpoint;
    config.expiryWarnings = {hours(24), minutes(5)};
    if (m_adjustConfig)
        m_adjustConfig(config);
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_clock = std::make_unique<TestClock>(QDateTime::currentDateTimeUtc());
    if (!m_store)
        m_store = std::make_unique<MemorySessionStore>();
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
    m_window = std::make_unique<MainWindow>(&m_app->auth, &m_app->api, m_clock.get());
}

void WindowTest::makeFourRegionWindow()
{
    m_adjustConfig = [](AppConfig &config) {
        config.phoneRegions = {QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO"),
                               QStringLiteral("TW")};
        config.usernameFormat = PhoneNumber::UsernameFormat::E164;
    };
    makeWindow(m_demo.url());
}

RegionSelector *WindowTest::openRegionPopup()
{
    auto *selector = find<RegionSelector>("regionButton");
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down, Qt::AltModifier);
    auto *popup = selector->popupMenu();
    if (!QTest::qWaitForWindowExposed(popup))
        return nullptr;
    return selector;
}

QStringList WindowTest::shownRegions()
{
    QStringList shown;
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("regionList"));
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden())
            shown.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return shown;
}

QWidget *WindowTest::currentPage() const
{
    QWidget *current =
        m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
    if (current->isAncestorOf(m_window->loginPage()))
        return m_window->loginPage();
    if (current->isAncestorOf(m_window->sessionPage()))
        return m_window->sessionPage();
    return current;
}

void WindowTest::typeCredentials(const QString &password)
{
    auto *phone = find<QLineEdit>("phoneEdit");
    auto *passwordEdit = find<QLineEdit>("passwordEdit");
    phone->setFocus();
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("13800138000"));
    QTest::keyClick(phone, Qt::Key_Tab);
    QVERIFY(passwordEdit->hasFocus());
    QTest::keyClicks(passwordEdit, password);
}

void WindowTest::signInWith(const QString &password)
{
    typeCredentials(password);
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
}

void WindowTest::startASignInThatIsNeverAnswered()
{
    FakeHttpServer::Response silent;
    silent.neverAnswer = true;
    m_fake->respondWith(silent);
    makeWindow(m_fake->url());
    signInWith(QStringLiteral("pw"));
    QTRY_COMPARE(m_fake->requests().size(), 1);
}
