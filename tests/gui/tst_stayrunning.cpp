#include "AppMenus.h"
#include "LoginPage.h"
#include "Messages.h"
#include "RenewDialog.h"
#include "SessionPage.h"
#include "TestMain.h"
#include "WindowTest.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using State = AuthManager::State;

// The app keeps running while there is a session to remind of (MainWindow, RenewDialog): a
// closed window waits (here minimised: the offscreen platform has no tray; the tray itself is
// tests/desktop's, under a real tray host), comes back when the session ends, and "Sign in
// again" renews the session against the demo server without ever losing the current one.
class TestStayRunning : public WindowTest {
    Q_OBJECT
private slots:
    void closingWhileSignedInKeepsTheAppRunning();
    void closingWhileSignedOutClosesTheWindow();
    void theWindowComesBackWhenTheSessionEndsWhileItWaits();
    void quitQuitsEvenWhileTheWindowWaits();
    void signingInAgainRenewsTheSessionWithANewEnd();
    void aWrongPasswordWhenSigningInAgainChangesNothing();
    void theRenewalDialogClosesWhenTheSessionEnds();
    void onASharedComputerSigningInAgainLeavesNoPassword();

private:
    void signIn();
    RenewDialog *openRenewDialog();
};

void TestStayRunning::signIn()
{
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QTRY_VERIFY(m_store->stored().has_value());
}

RenewDialog *TestStayRunning::openRenewDialog()
{
    QTest::mouseClick(find<QPushButton>("renewButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<RenewDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestStayRunning::closingWhileSignedInKeepsTheAppRunning()
{
    signIn();
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QVERIFY(!m_window->close());
    QTRY_VERIFY(m_window->isMinimized());
    QCOMPARE(quit.size(), 0);
    // Another of its windows closing meanwhile (Windows closes them all at a polite end) is not
    // the app's end either.
    m_window->showNetworkSettings();
    QApplication::closeAllWindows();
    QCOMPARE(quit.size(), 0);
    QCOMPARE(m_app->auth.state(), State::SignedIn);
    QCOMPARE(m_app->auth.state(), State::SignedIn);
}

void TestStayRunning::closingWhileSignedOutClosesTheWindow()
{
    // Nothing to remind of: closed as any window is, and the app quits with it.
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_window->isMinimized());
    QCOMPARE(quit.size(), 1);
}

void TestStayRunning::theWindowComesBackWhenTheSessionEndsWhileItWaits()
{
    signIn();
    const QDateTime end = m_app->auth.session()->expiresAt;
    QVERIFY(!m_window->close());
    QTRY_VERIFY(m_window->isMinimized());
    m_clock->advance(m_clock->now().secsTo(end) + 1);
    m_app->auth.checkExpiryNow();
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->isMinimized());
    QCOMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(find<QLabel>("messageLabel")->text(), Messages::endedAt(end));
}

void TestStayRunning::quitQuitsEvenWhileTheWindowWaits()
{
    signIn();
    QVERIFY(!m_window->close());
    QTRY_VERIFY(m_window->isMinimized());
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    m_window->findChild<AppMenus *>()->quitAction->trigger();
    QCOMPARE(quit.size(), 1);
    QVERIFY(!m_window->isVisible());
    // Quitting is not signing out: the session stays for the next start.
    QCOMPARE(m_app->auth.state(), State::SignedIn);
    QVERIFY(m_store->stored().has_value());
}

void TestStayRunning::signingInAgainRenewsTheSessionWithANewEnd()
{
    signIn();
    const Session before = *m_app->auth.session();
    m_clock->advance(3600);
    RenewDialog *dialog = openRenewDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("introLabel"))
                ->text()
                .contains(QStringLiteral("138 **** 8000")));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(password->hasFocus());
    QSignalSpy renewed(&m_app->auth, &AuthManager::renewed);
    QTest::keyClicks(password, QString::fromLatin1(DemoServer::Password));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(renewed.size(), 1, 10000);
    QTRY_VERIFY(!m_window->findChild<RenewDialog *>());
    const Session &after = *m_app->auth.session();
    QVERIFY(after.accessToken != before.accessToken);
    // An hour later on the test clock; the demo server's lifetime is whole seconds of its own
    // clock, so a second either way.
    QVERIFY2(qAbs(before.expiresAt.addSecs(3600).secsTo(after.expiresAt)) <= 1,
             qPrintable(after.expiresAt.toString(Qt::ISODate)));
    QCOMPARE(*m_store->stored(), after);
    QCOMPARE(currentPage(), m_window->sessionPage());
    QCOMPARE(m_window->sessionPage()->noticeText(), Messages::renewed(after.expiresAt));
}

void TestStayRunning::aWrongPasswordWhenSigningInAgainChangesNothing()
{
    signIn();
    const Session before = *m_app->auth.session();
    RenewDialog *dialog = openRenewDialog();
    QVERIFY(dialog);
    // Nothing typed: said, and nothing sent.
    QSignalSpy busy(&m_app->auth, &AuthManager::renewingChanged);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(dialog->message(), Messages::enterPassword());
    QCOMPARE(busy.size(), 0);

    QSignalSpy failed(&m_app->auth, &AuthManager::renewalFailed);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const auto error = failed.first().first().value<AuthError>();
    QCOMPARE(error.kind, AuthError::Kind::WrongCredentials);
    QCOMPARE(dialog->message(), Messages::forError(error));
    QVERIFY(password->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(*m_app->auth.session(), before);
    QCOMPARE(*m_store->stored(), before);

    // Cancelled: the session is as it was.
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<RenewDialog *>());
    QCOMPARE(m_app->auth.state(), State::SignedIn);
    QCOMPARE(*m_store->stored(), before);
}

void TestStayRunning::theRenewalDialogClosesWhenTheSessionEnds()
{
    signIn();
    QVERIFY(openRenewDialog());
    m_app->auth.signOut();
    QTRY_VERIFY(!m_window->findChild<RenewDialog *>());
    QCOMPARE(currentPage(), m_window->loginPage());
}

void TestStayRunning::onASharedComputerSigningInAgainLeavesNoPassword()
{
    m_adjustConfig = [](AppConfig &config) {
        config.keepSignedIn = false;
        config.lockedKeys = {QStringLiteral("keep_signed_in")};
    };
    // The server signs in once, then is down.
    int tokens = 0;
    m_fake->setHandler([&tokens](const FakeHttpServer::Request &) {
        return ++tokens == 1 ? FakeHttpServer::json(200,
                                                    R"({"token_type":"Bearer",)"
                                                    R"("expires_in":3600,"access_token":"t"})")
                             : FakeHttpServer::json(503, R"({"message":"down"})");
    });
    makeWindow(m_fake->url());
    signInWith(QStringLiteral("pw"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    RenewDialog *dialog = openRenewDialog();
    QVERIFY(dialog);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));

    // A failure other than a wrong password clears it too.
    QSignalSpy failed(&m_app->auth, &AuthManager::renewalFailed);
    QTest::keyClicks(password, QStringLiteral("secret-pw"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().first().value<AuthError>().kind, AuthError::Kind::ServerError);
    QCOMPARE(password->text(), QString());

    // Typed and left: gone after a while (made short here).
    auto *lifetime = dialog->findChild<QTimer *>(QStringLiteral("passwordLifetimeTimer"));
    QVERIFY(lifetime);
    QCOMPARE(lifetime->intervalAsDuration(), LoginPage::SharedPasswordLifetime);
    lifetime->setInterval(std::chrono::milliseconds(50));
    QTest::keyClicks(password, QStringLiteral("typed-and-left"));
    QTRY_COMPARE(password->text(), QString());

    // Typed, then the dialog or the window under it minimised: gone at once.
    QTest::keyClicks(password, QStringLiteral("typed-then-minimised"));
    dialog->showMinimized();
    QCOMPARE(password->text(), QString());
    dialog->showNormal();
    QTest::keyClicks(password, QStringLiteral("typed-then-window-minimised"));
    m_window->showMinimized();
    QCOMPARE(password->text(), QString());
    m_window->showNormal();
    dialog->reject();
}

DESKLOGIN_TEST_MAIN(TestStayRunning)
#include "tst_stayrunning.moc"
