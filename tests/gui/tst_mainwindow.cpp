#include "DiagnosticReport.h"
#include "LoginPage.h"
#include "Messages.h"
#include "SessionPage.h"
#include "TestMain.h"
#include "WindowTest.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using State = AuthManager::State;

namespace {
const QByteArray TokenBody =
    R"({"token_type":"Bearer","expires_in":432000,"access_token":"gui-test-token"})";
}

// The window itself (MainWindow): the pages it switches between as a session starts and ends,
// what it remembers, its Help menu, and the whole flow from the keyboard alone.
class TestMainWindow : public WindowTest {
    Q_OBJECT
private slots:
    void signOutReturnsToTheSignInPage();
    void expiryReturnsToTheSignInPageWithThePhoneFilledIn();
    void aRefusedTokenEndsTheSessionAsExpiryDoes();
    void remembersThePhoneNumberOnlyWhenAsked();
    void theDiagnosticReportIsCopiedInTheUisLanguage();
    void theWholeFlowWorksFromTheKeyboardAlone();
    void everyFocusableControlHasAnAccessibleName();
};

void TestMainWindow::signOutReturnsToTheSignInPage()
{
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QTest::mouseClick(find<QPushButton>("signOutButton"), Qt::LeftButton);
    QCOMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(find<QLabel>("messageLabel")->text(),
             Messages::forEnd(AuthManager::EndReason::SignedOut));
    QTRY_VERIFY(!m_store->stored());
}

void TestMainWindow::expiryReturnsToTheSignInPageWithThePhoneFilledIn()
{
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    find<QLineEdit>("phoneEdit")->clear();
    const QDateTime end = m_app->auth.session()->expiresAt;
    m_clock->advance(31536000);
    m_app->auth.checkExpiryNow();
    QCOMPARE(currentPage(), m_window->loginPage());
    // It says when, so that someone back after a while knows how long ago.
    QCOMPARE(m_app->auth.lastSessionEnd(), end);
    QCOMPARE(find<QLabel>("messageLabel")->text(), Messages::endedAt(end));
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QStringLiteral("138 0013 8000"));
    QTRY_VERIFY(find<QLineEdit>("passwordEdit")->hasFocus());
}

void TestMainWindow::aRefusedTokenEndsTheSessionAsExpiryDoes()
{
    m_fake->setHandler([](const FakeHttpServer::Request &request) {
        if (request.path == "/api/user")
            return FakeHttpServer::json(401, R"({"message":"Unauthenticated."})");
        return FakeHttpServer::json(200, TokenBody);
    });
    makeWindow(m_fake->url(), QStringLiteral("/api/user"));
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    signInWith(QStringLiteral("pw"));
    QVERIFY(ended.wait(10000));
    // Refused although the token was sent.
    QCOMPARE(m_fake->requests().last().path, QByteArray("/api/user"));
    QCOMPARE(m_fake->requests().last().header("Authorization"),
             QByteArray("Bearer gui-test-token"));
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::Revoked);
    QCOMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(find<QLabel>("messageLabel")->text(),
             Messages::forEnd(AuthManager::EndReason::Revoked));
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QStringLiteral("138 0013 8000"));
    QTRY_VERIFY(!m_store->stored());
}

void TestMainWindow::remembersThePhoneNumberOnlyWhenAsked()
{
    typeCredentials(QString::fromLatin1(DemoServer::Password));
    QTest::mouseClick(find<QCheckBox>("rememberCheck"), Qt::LeftButton);
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    m_app->auth.signOut();
    QTRY_VERIFY(!m_store->stored());
    QVERIFY(QSettings().allKeys().join(QLatin1Char(',')).contains(QStringLiteral("phone")));
    // A new start finds it filled in, and the password is nowhere in the settings.
    makeWindow(m_demo.url());
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QStringLiteral("138 0013 8000"));
    QVERIFY(find<QCheckBox>("rememberCheck")->isChecked());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QLatin1String(DemoServer::Password)));

    // Unticked: forgotten at the next sign-in.
    find<QCheckBox>("rememberCheck")->setChecked(false);
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    makeWindow(m_demo.url());
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QString());
}

void TestMainWindow::theDiagnosticReportIsCopiedInTheUisLanguage()
{
    AppConfig config = m_app->auth.config();
    DiagnosticFacts facts;
    facts.config = &config;
    facts.keychain = QStringLiteral("Test keychain");
    facts.configProblems = {QStringLiteral("/etc/xdg/desklogin.conf:3: unknown setting \"x\"")};
    m_window->setDiagnostics(facts);
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QAction *copy = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Copy Diagnostic Report"))
            copy = action;
    }
    QVERIFY(copy && copy->isVisible());
    copy->trigger();
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY2(report.contains(QStringLiteral("Keychain: Test keychain"))
                 && report.contains(QStringLiteral("Session: signed in until "))
                 && report.contains(QStringLiteral("kept in ") + Messages::keychainName())
                 && report.contains(QStringLiteral("unknown setting \"x\""))
                 && report.contains(QStringLiteral("  client_secret = (set)")),
             qPrintable(report));
    QVERIFY(!report.contains(QString::fromLatin1(DemoServer::ClientSecret)));
    QVERIFY(!report.contains(QString::fromLatin1(DemoServer::Phone)));
    QVERIFY(!report.contains(QString::fromLatin1(m_app->auth.session()->accessToken.left(20))));
}

void TestMainWindow::theWholeFlowWorksFromTheKeyboardAlone()
{
    QTRY_VERIFY(find<QLineEdit>("phoneEdit")->hasFocus()); // focus starts where typing starts
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClicks(focus, QStringLiteral("13800138000"));
    QTest::keyClick(focus, Qt::Key_Tab);
    focus = QApplication::focusWidget();
    QCOMPARE(focus, find<QLineEdit>("passwordEdit"));
    QTest::keyClicks(focus, QString::fromLatin1(DemoServer::Password));
    QTest::keyClick(focus, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    // Sign out with the button's mnemonic.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(),
                    Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QTRY_VERIFY(find<QLineEdit>("passwordEdit")->hasFocus());
}

void TestMainWindow::everyFocusableControlHasAnAccessibleName()
{
    const auto check = [this] {
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(m_window.get()) || widget->focusPolicy() == Qt::NoFocus
                || qobject_cast<QStackedWidget *>(widget))
                continue;
            if (widget->focusProxy() || qobject_cast<QLabel *>(widget))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(iface && !iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(widget->objectName() + QLatin1Char(' ')
                                + QString::fromLatin1(widget->metaObject()->className())));
        }
    };
    check();
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    check();
}

DESKLOGIN_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
