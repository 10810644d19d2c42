#include "AuthManager.h"
#include "Clock.h"
#include "DemoServer.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "MemorySessionStore.h"
#include "Messages.h"
#include "SessionPage.h"
#include "TokenClient.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using State = AuthManager::State;

// The window driven as a person drives it, against the demo server: find widgets by name,
// type, press Enter, look at what is shown.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typesPhoneAndPasswordPressesEnterAndSeesTheSession();
    void aWrongPasswordIsSaidAndTheFieldClearedAndFocused();
    void signOutReturnsToTheSignInPage();
    void expiryReturnsToTheSignInPageWithThePhoneFilledIn();

private:
    template<typename T> T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QWidget *currentPage() const
    {
        return m_window->findChild<QStackedWidget *>()->currentWidget();
    }
    void signIn(const QString &password);

    DemoServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<MemorySessionStore> m_store;
    std::unique_ptr<TokenClient> m_client;
    std::unique_ptr<AuthManager> m_auth;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--max-attempts"), QStringLiteral("100")}),
             qPrintable(m_server.errorString()));
}

void TestMainWindow::init()
{
    AppConfig config;
    config.serverUrl = m_server.url();
    config.clientId = QString::fromLatin1(DemoServer::ClientId);
    config.clientSecret = QString::fromLatin1(DemoServer::ClientSecret);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<SystemClock>();
    m_store = std::make_unique<MemorySessionStore>();
    m_client = std::make_unique<TokenClient>(m_network.get());
    m_auth = std::make_unique<AuthManager>(config, m_client.get(), m_store.get(), m_clock.get());
    m_window = std::make_unique<MainWindow>(m_auth.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_auth->restore();
    QTRY_COMPARE(currentPage(), m_window->loginPage());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_auth.reset();
}

void TestMainWindow::signIn(const QString &password)
{
    auto *phone = find<QLineEdit>("phoneEdit");
    auto *passwordEdit = find<QLineEdit>("passwordEdit");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("138 0013 8000"));
    QTest::keyClick(phone, Qt::Key_Tab);
    QVERIFY(passwordEdit->hasFocus());
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void TestMainWindow::typesPhoneAndPasswordPressesEnterAndSeesTheSession()
{
    auto *button = find<QPushButton>("signInButton");
    QVERIFY(!button->isEnabled()); // nothing typed yet
    signIn(QString::fromLatin1(DemoServer::Password));
    QCOMPARE(m_auth->state(), State::SigningIn);
    QVERIFY(find<QLineEdit>("phoneEdit")->isReadOnly());
    QVERIFY(find<QPushButton>("cancelButton")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QCOMPARE(find<QLabel>("phoneValue")->text(), QStringLiteral("138 **** 8000"));
    QVERIFY(!find<QLabel>("expiresValue")->text().isEmpty());
    QVERIFY(find<QLineEdit>("passwordEdit")->text().isEmpty());
}

void TestMainWindow::aWrongPasswordIsSaidAndTheFieldClearedAndFocused()
{
    signIn(QStringLiteral("not-my-password"));
    auto *message = find<QLabel>("messageLabel");
    const QString expected = Messages::forError(AuthError::of(AuthError::Kind::WrongCredentials));
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), expected, 10000);
    QCOMPARE(currentPage(), m_window->loginPage());
    QVERIFY(find<QLineEdit>("passwordEdit")->text().isEmpty());
    QTRY_VERIFY(find<QLineEdit>("passwordEdit")->hasFocus());
    QVERIFY(!find<QLineEdit>("phoneEdit")->isReadOnly());
}

void TestMainWindow::signOutReturnsToTheSignInPage()
{
    signIn(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QTest::mouseClick(find<QPushButton>("signOutButton"), Qt::LeftButton);
    QCOMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(find<QLabel>("messageLabel")->text(),
             Messages::forEnd(AuthManager::EndReason::SignedOut));
    QTRY_VERIFY(!m_store->stored());
}

void TestMainWindow::expiryReturnsToTheSignInPageWithThePhoneFilledIn()
{
    signIn(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    find<QLineEdit>("phoneEdit")->clear();
    m_auth->endSession(AuthManager::EndReason::Expired);
    QCOMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(find<QLabel>("messageLabel")->text(),
             Messages::forEnd(AuthManager::EndReason::Expired));
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QStringLiteral("138 0013 8000"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
