#include "Accent.h"
#include "LanguageManager.h"
#include "LinkLabel.h"
#include "LoginPage.h"
#include "Messages.h"
#include "SessionPage.h"
#include "TestMain.h"
#include "WindowTest.h"
#include "config/Preferences.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using State = AuthManager::State;
using namespace std::chrono;

namespace {
const QByteArray TokenBody =
    R"({"token_type":"Bearer","expires_in":432000,"access_token":"gui-test-token"})";

// Stands in for the default browser: what the app asked the desktop to open.
class Browser : public QObject {
    Q_OBJECT
public:
    Browser() { QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open"); }
    ~Browser() override { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// Follows the first link of `label` as a person does: Tab reaches it (the label's cursor is on
// the link, as a screen reader reads it), a click opens it.
void followLink(QLabel *label)
{
    label->setFocus(Qt::TabFocusReason);
    QTest::keyClick(label, Qt::Key_Tab); // the focus arriving by Tab: onto the first link
    QVERIFY(label->hasFocus());
    QVERIFY(label->hasSelectedText()); // the link, and only text of it
    QVERIFY(
        label->text().contains(QLatin1String(">") + label->selectedText() + QLatin1String("</a>")));
    QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(3, label->height() / 2));
}

void setCompanysPages(AppConfig &config)
{
    config.forgotPasswordUrl = QStringLiteral("https://id.example.com/{lang}/reset");
    config.signUpUrl = QStringLiteral("https://id.example.com/join?lang={lang}");
    config.termsUrl = QStringLiteral("https://example.com/{lang}/terms");
    config.privacyUrl = QStringLiteral("https://example.com/{lang}/privacy");
    config.supportUrl = QStringLiteral("https://help.example.com/");
    config.supportContact = QStringLiteral("IT service desk, ext. 1234");
}
} // namespace

// The sign-in page (LoginPage) in the window: the form and its password field, and what the page
// says and allows while a sign-in runs and after it ends.
class TestLoginPage : public WindowTest {
    Q_OBJECT
private slots:
    void typesPhoneAndPasswordPressesEnterAndSeesTheSession();
    void aWrongPasswordIsSaidAndTheFieldClearedAndFocused();
    void revealTogglesWithMouseAndKeyboardAndNothingIsCopied();
    void warnsAboutCapsLockFromWhatIsTyped();
    void cancelReallyAbortsTheRequest();
    void aSecondEnterSendsNoSecondRequest();
    void throttlingCountsDownAndKeepsTheButtonDisabled();
    void aLockedKeepSignedInCannotBeChanged();
    void onASharedComputerTheNextPersonFindsNoTrace();
    void labelsAreBuddiesAndTheTabOrderFollowsThePage();
    void errorsShowInTheMessageAreaWithAnIcon();
    void theCompanysPagesOpenInTheBrowserInThePersonsLanguage();
    void messagesNameWhomToContactAndLinkTheCompanysPages();
    void signingInWithoutTheAgreementSaysSoBesideTheBox();
    void theAgreementIsRememberedForItsVersionExceptOnASharedComputer();
    void theCompanysColourFillsTheButtonWithLegibleText();
};

void TestLoginPage::typesPhoneAndPasswordPressesEnterAndSeesTheSession()
{
    QVERIFY(!find<QPushButton>("signInButton")->isEnabled()); // nothing typed yet
    signInWith(QString::fromLatin1(DemoServer::Password));
    QCOMPARE(m_app->auth.state(), State::SigningIn);
    QVERIFY(find<QLineEdit>("phoneEdit")->isReadOnly());
    QVERIFY(find<QLineEdit>("passwordEdit")->isReadOnly());
    QVERIFY(find<QPushButton>("cancelButton")->isVisible());
    QVERIFY(find<QWidget>("progressBar")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QCOMPARE(find<QLabel>("phoneValue")->text(), QStringLiteral("138 **** 8000"));
    QVERIFY(!find<QLabel>("signedInValue")->text().isEmpty());
    QVERIFY(!find<QLabel>("expiresValue")->text().isEmpty());
    // league's expires_in may be a second short of the year: take what the session holds.
    const seconds left(m_clock->now().secsTo(m_app->auth.session()->expiresAt));
    QVERIFY(left >= seconds(31536000 - 2));
    QCOMPARE(find<QLabel>("timeLeftValue")->text(), Messages::duration(left));
    QVERIFY(find<QLineEdit>("passwordEdit")->text().isEmpty());
    QVERIFY(!find<QLabel>("profileValue")->isVisible()); // no profile endpoint configured
}

void TestLoginPage::aWrongPasswordIsSaidAndTheFieldClearedAndFocused()
{
    signInWith(QStringLiteral("not-my-password"));
    auto *message = find<QLabel>("messageLabel");
    const QString expected = Messages::forError(AuthError::of(AuthError::Kind::WrongCredentials));
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), expected, 10000);
    QCOMPARE(currentPage(), m_window->loginPage());
    QVERIFY(find<QLineEdit>("passwordEdit")->text().isEmpty());
    QTRY_VERIFY(find<QLineEdit>("passwordEdit")->hasFocus());
    QVERIFY(!find<QLineEdit>("phoneEdit")->isReadOnly());
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QStringLiteral("138 0013 8000"));
}

void TestLoginPage::revealTogglesWithMouseAndKeyboardAndNothingIsCopied()
{
    auto *password = find<QLineEdit>("passwordEdit");
    auto *reveal = find<QToolButton>("revealButton");
    typeCredentials(QStringLiteral("secret-pw"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    reveal->setFocus();
    QTest::keyClick(reveal, Qt::Key_Space);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClick(reveal, Qt::Key_Space);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);

    QApplication::clipboard()->setText(QStringLiteral("before"));
    QClipboard *clipboard = QApplication::clipboard();
    if (clipboard->supportsSelection())
        clipboard->setText(QStringLiteral("before"), QClipboard::Selection);
    password->setFocus();
    // Shown, nothing can be selected (a selection would reach the primary selection): not with
    // the keyboard, not by dragging the mouse over it, not by a double click.
    password->selectAll();
    QVERIFY(!password->hasSelectedText());
    QTest::keyClick(password, Qt::Key_Home);
    QTest::keyClick(password, Qt::Key_End, Qt::ShiftModifier);
    QVERIFY(!password->hasSelectedText());
    const QPoint left(4, password->height() / 2);
    const QPoint right(password->width() - 4, password->height() / 2);
    QTest::mousePress(password, Qt::LeftButton, {}, left);
    QMouseEvent drag(QEvent::MouseMove, right, password->mapToGlobal(right), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(password, &drag);
    QTest::mouseRelease(password, Qt::LeftButton, {}, right);
    QVERIFY(!password->hasSelectedText());
    QTest::mouseDClick(password, Qt::LeftButton, {}, left);
    QVERIFY(!password->hasSelectedText());
    if (clipboard->supportsSelection())
        QCOMPARE(clipboard->text(QClipboard::Selection), QStringLiteral("before"));
    // As dots it can be selected (to type over it), and nothing reaches the selection either.
    reveal->click();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->selectAll();
    QVERIFY(password->hasSelectedText());
    // Selected as dots, then shown: the selection does not come along.
    reveal->click();
    QVERIFY(!password->hasSelectedText());
    password->selectAll();
    QTest::keySequence(password, QKeySequence::Copy);
    QTest::keySequence(password, QKeySequence::Cut);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
    QCOMPARE(password->text(), QStringLiteral("secret-pw"));
    QCOMPARE(password->contextMenuPolicy(), Qt::NoContextMenu);
}

void TestLoginPage::warnsAboutCapsLockFromWhatIsTyped()
{
    auto *password = find<QLineEdit>("passwordEdit");
    auto *warning = find<QLabel>("capsLockLabel");
    password->setFocus();
    QTest::keyClick(password, Qt::Key_1);
    QVERIFY(!warning->isVisible()); // a digit says nothing about Caps Lock
    QTest::keyClick(password, 'A'); // upper case without Shift
    QVERIFY(warning->isVisible());
    QTest::keyClick(password, 'a', Qt::ShiftModifier); // Caps Lock and Shift
    QVERIFY(warning->isVisible());
    QTest::keyClick(password, 'b');
    QVERIFY(!warning->isVisible());
    QTest::keyClick(password, 'B', Qt::ShiftModifier);
    QVERIFY(!warning->isVisible());
}

void TestLoginPage::cancelReallyAbortsTheRequest()
{
    startASignInThatIsNeverAnswered();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(find<QPushButton>("cancelButton"), Qt::LeftButton);
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(find<QLabel>("messageLabel")->text(),
             Messages::forError(AuthError::of(Net::Failure::Cancelled)));
    QVERIFY(!find<QLineEdit>("phoneEdit")->isReadOnly());
    QVERIFY(!find<QPushButton>("cancelButton")->isVisible());
    QVERIFY(find<QPushButton>("signInButton")->isEnabled());
}

void TestLoginPage::aSecondEnterSendsNoSecondRequest()
{
    FakeHttpServer::Response slow = FakeHttpServer::json(200, TokenBody);
    slow.trickleIntervalMs = 5;
    m_fake->respondWith(slow);
    makeWindow(m_fake->url());
    typeCredentials(QStringLiteral("pw"));
    auto *password = find<QLineEdit>("passwordEdit");
    QTest::keyClick(password, Qt::Key_Return);
    QTest::keyClick(password, Qt::Key_Return);
    QTest::mouseDClick(find<QPushButton>("signInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QCOMPARE(m_fake->requests().size(), 1);
}

void TestLoginPage::throttlingCountsDownAndKeepsTheButtonDisabled()
{
    FakeHttpServer::Response throttled =
        FakeHttpServer::json(429, R"({"message":"Too Many Attempts."})");
    throttled.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3")));
    m_fake->respondWith(throttled);
    makeWindow(m_fake->url());
    signInWith(QStringLiteral("pw"));
    auto *message = find<QLabel>("messageLabel");
    auto *button = find<QPushButton>("signInButton");
    QTRY_COMPARE(message->text(), Messages::retryCountdown(seconds(3)));
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), Messages::retryButton(seconds(3))); // on the button too
    // and what a screen reader says for the button
    QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name),
             Messages::retryButton(seconds(3)));
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), Messages::retryCountdown(seconds(2)), 2000);
    QVERIFY(!button->isEnabled());
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QCOMPARE(m_fake->requests().size(), 1); // Enter does nothing while counting down
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), Messages::canRetryNow(), 4000);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("&Sign in"));
}

void TestLoginPage::aLockedKeepSignedInCannotBeChanged()
{
    m_adjustConfig = [](AppConfig &config) {
        config.keepSignedIn = false;
        config.lockedKeys = {QStringLiteral("keep_signed_in")};
    };
    makeWindow(m_demo.url());
    auto *keep = find<QCheckBox>("keepSignedInCheck");
    QVERIFY(!keep->isChecked());
    QVERIFY(!keep->isEnabled());
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QVERIFY(find<QLabel>("notKeptLabel")->isVisible());
    QVERIFY(!m_store->stored());
    QVERIFY(!QSettings().contains(QStringLiteral("preferences/keep_signed_in")));
}

void TestLoginPage::onASharedComputerTheNextPersonFindsNoTrace()
{
    // A shared computer: an administrator locked keep_signed_in off.
    m_adjustConfig = [](AppConfig &config) {
        config.keepSignedIn = false;
        config.lockedKeys = {QStringLiteral("keep_signed_in")};
    };
    m_fake->respondWith(FakeHttpServer::json(503, R"({"message":"down for maintenance"})"));
    makeWindow(m_fake->url());
    auto *password = find<QLineEdit>("passwordEdit");
    QVERIFY(!find<QCheckBox>("rememberCheck")->isVisibleTo(m_window.get()));

    // Whatever went wrong, the password does not stay in the field.
    signInWith(QStringLiteral("secret-pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedOut);
    QVERIFY(!find<QLabel>("messageLabel")->text().isEmpty());
    QCOMPARE(password->text(), QString());

    // Typed and left: gone after a while (the while made short here).
    auto *lifetime = m_window->findChild<QTimer *>(QStringLiteral("passwordLifetimeTimer"));
    QVERIFY(lifetime);
    QCOMPARE(lifetime->intervalAsDuration(), LoginPage::SharedPasswordLifetime);
    lifetime->setInterval(milliseconds(50));
    QTest::keyClicks(password, QStringLiteral("typed-and-left"));
    QTRY_COMPARE(password->text(), QString());
    lifetime->setInterval(LoginPage::SharedPasswordLifetime);

    // Typed, then the window minimised or hidden: gone at once.
    QTest::keyClicks(password, QStringLiteral("typed-then-hidden"));
    m_window->showMinimized();
    QCOMPARE(password->text(), QString());
    m_window->showNormal();
    QTest::keyClicks(password, QStringLiteral("typed-then-hidden"));
    m_window->hide();
    QCOMPARE(password->text(), QString());
    m_window->show();

    // After a session, the number is not filled in again for the next person, nor remembered.
    makeWindow(m_demo.url());
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    m_app->auth.signOut();
    QCOMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QString());
    QCOMPARE(Preferences::phone(), QString());
}

void TestLoginPage::labelsAreBuddiesAndTheTabOrderFollowsThePage()
{
    QCOMPARE(find<QLabel>("phoneLabel")->buddy(), find<QLineEdit>("phoneEdit"));
    QCOMPARE(find<QLabel>("passwordLabel")->buddy(), find<QLineEdit>("passwordEdit"));
    auto *phone = find<QLineEdit>("phoneEdit");
    QTest::keyClicks(phone, QStringLiteral("13800138000"));
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), QStringLiteral("x"));
    const QList<QWidget *> expected {phone,
                                     find<QLineEdit>("passwordEdit"),
                                     find<QToolButton>("revealButton"),
                                     find<QCheckBox>("rememberCheck"),
                                     find<QCheckBox>("keepSignedInCheck"),
                                     find<QPushButton>("signInButton")};
    phone->setFocus();
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expected.at(i));
    }
    // Alt+P jumps to the phone field through its label's mnemonic.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), phone);
}

void TestLoginPage::errorsShowInTheMessageAreaWithAnIcon()
{
    auto *frame = find<QWidget>("messageFrame");
    QVERIFY(!frame->isVisible()); // nothing to say yet
    signInWith(QStringLiteral("wrong"));
    QTRY_VERIFY(frame->isVisible());
    QTRY_COMPARE(find<QLabel>("messageLabel")->text(),
                 Messages::forError(AuthError::of(AuthError::Kind::WrongCredentials)));
    auto *icon = find<QLabel>("messageIcon");
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(icon->accessibleName(), QStringLiteral("Error"));
    // Between the form and the Sign in button: where the person looks before pressing again.
    QVERIFY(frame->geometry().bottom() < find<QWidget>("signInButton")->geometry().top());
    QVERIFY(frame->geometry().top() > find<QWidget>("keepSignedInCheck")->geometry().bottom());
}

void TestLoginPage::theCompanysPagesOpenInTheBrowserInThePersonsLanguage()
{
    // The seed's deployment sets none: the page shows no link and no agreement.
    for (const char *name : {"forgotPasswordLink", "signUpLink", "legalLinks"})
        QVERIFY(!find<QLabel>(name)->isVisible());
    QVERIFY(!find<QCheckBox>("consentCheck")->isVisible());

    m_adjustConfig = setCompanysPages;
    makeWindow(m_demo.url());
    Browser browser;
    followLink(find<QLabel>("forgotPasswordLink"));
    followLink(find<QLabel>("signUpLink"));
    followLink(find<QLabel>("legalLinks"));
    QCOMPARE(browser.opened,
             QList<QUrl>({QUrl(QStringLiteral("https://id.example.com/en/reset")),
                          QUrl(QStringLiteral("https://id.example.com/join?lang=en")),
                          QUrl(QStringLiteral("https://example.com/en/terms"))}));
    QCOMPARE(find<QLabel>("forgotPasswordLink")->accessibleName(),
             QStringLiteral("Forgot password?"));
    // "Forgot password?" right under the password field, where people look for it.
    auto *forgot = find<QLabel>("forgotPasswordLink");
    auto *passwordField = find<QLineEdit>("passwordEdit");
    QVERIFY(forgot->mapTo(m_window.get(), QPoint(0, 0)).y()
            > passwordField->mapTo(m_window.get(), QPoint(0, passwordField->height())).y());
    QVERIFY(forgot->mapTo(m_window.get(), QPoint(0, 0)).y()
            < find<QWidget>("keepSignedInCheck")->mapTo(m_window.get(), QPoint(0, 0)).y());

    // In Traditional Chinese the same links lead to the pages in that language.
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("zh_TW"), false);
    const auto backToEnglish =
        qScopeGuard([&languages] { languages.setLanguage(QStringLiteral("en"), false); });
    QTRY_VERIFY(find<QLabel>("forgotPasswordLink")->text().contains(QLatin1String("zh-TW")));
    browser.opened.clear();
    followLink(find<QLabel>("forgotPasswordLink"));
    followLink(find<QLabel>("legalLinks"));
    QCOMPARE(browser.opened,
             QList<QUrl>({QUrl(QStringLiteral("https://id.example.com/zh-TW/reset")),
                          QUrl(QStringLiteral("https://example.com/zh-TW/terms"))}));
    QCOMPARE(m_window->windowTitle(), Messages::productName());
}

void TestLoginPage::messagesNameWhomToContactAndLinkTheCompanysPages()
{
    m_adjustConfig = setCompanysPages;
    makeWindow(m_demo.url());
    Browser browser;
    // A wrong password: the message offers the company's page for a forgotten one.
    signInWith(QStringLiteral("not-my-password"));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->auth.state(), State::SignedOut, 10000);
    followLink(find<QLabel>("messageLink"));
    QCOMPARE(browser.opened,
             QList<QUrl>({QUrl(QStringLiteral("https://id.example.com/en/reset"))}));

    // Something only the company can put right: its own contact, and its help pages.
    m_fake->respondWith(FakeHttpServer::json(
        401, R"({"error":"invalid_client","message":"Client authentication failed"})"));
    makeWindow(m_fake->url());
    signInWith(QStringLiteral("secret-pw"));
    QTRY_COMPARE(m_app->auth.state(), State::SignedOut);
    const QString message = find<QLabel>("messageLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("Please contact IT service desk, ext. 1234.")),
             qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("provider")));
    browser.opened.clear();
    followLink(find<QLabel>("messageLink"));
    QCOMPARE(browser.opened, QList<QUrl>({QUrl(QStringLiteral("https://help.example.com/"))}));
}

void TestLoginPage::signingInWithoutTheAgreementSaysSoBesideTheBox()
{
    m_adjustConfig = [](AppConfig &config) {
        setCompanysPages(config);
        config.consentRequired = true;
    };
    makeWindow(m_demo.url());
    auto *box = find<QCheckBox>("consentCheck");
    auto *hint = find<QLabel>("consentHintLabel");
    QVERIFY(box->isVisible());
    QVERIFY(!box->isChecked());
    QVERIFY(!hint->isVisible());
    QCOMPARE(
        box->accessibleName(),
        QStringLiteral("I have read and agree to the Terms of Service and the Privacy Policy"));
    QSignalSpy requests(m_window->loginPage(), &LoginPage::signInRequested);

    // The button stays enabled; pressing it sends nothing and says why, beside the box.
    typeCredentials(QString::fromLatin1(DemoServer::Password));
    QVERIFY(find<QPushButton>("signInButton")->isEnabled());
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), Messages::consentMissing());
    QVERIFY(box->hasFocus());
    QCOMPARE(requests.count(), 0);
    QCOMPARE(m_app->auth.state(), State::SignedOut);

    // The sentence's titles link to the documents (reached with Tab); clicking its words checks
    // the box.
    auto *sentence = find<QLabel>("consentLabel");
    QVERIFY(sentence->text().contains(
        QLatin1String("<a href=\"https://example.com/en/terms\">Terms of Service</a>")));
    QVERIFY(sentence->text().contains(
        QLatin1String("<a href=\"https://example.com/en/privacy\">Privacy Policy</a>")));
    sentence->setFocus(Qt::TabFocusReason);
    QTest::keyClick(sentence, Qt::Key_Tab);
    QCOMPARE(sentence->selectedText(), QStringLiteral("Terms of Service"));
    QTest::mouseClick(sentence, Qt::LeftButton, {},
                      QPoint(2, sentence->fontMetrics().height() / 2) /* its first word */);
    QVERIFY(box->isChecked());
    QVERIFY(!hint->isVisible());
    QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
    QCOMPARE(requests.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
}

void TestLoginPage::theAgreementIsRememberedForItsVersionExceptOnASharedComputer()
{
    QString version = QStringLiteral("2026-01");
    bool shared = false;
    m_adjustConfig = [&](AppConfig &config) {
        setCompanysPages(config);
        config.consentRequired = true;
        config.consentVersion = version;
        if (shared) {
            config.keepSignedIn = false;
            config.lockedKeys = {QStringLiteral("keep_signed_in")};
        }
    };
    makeWindow(m_demo.url());
    find<QCheckBox>("consentCheck")->setChecked(true);
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    m_app->auth.signOut();
    QTRY_COMPARE(currentPage(), m_window->loginPage());

    // Agreed once, not asked again for the same version, at the next start either.
    makeWindow(m_demo.url());
    QVERIFY(!find<QCheckBox>("consentCheck")->isVisible());
    QCOMPARE(Preferences::consentVersion(), version);

    // New terms: asked again.
    version = QStringLiteral("2026-12");
    makeWindow(m_demo.url());
    QVERIFY(find<QCheckBox>("consentCheck")->isVisible());
    QVERIFY(!find<QCheckBox>("consentCheck")->isChecked());

    // On a shared computer each person agrees for themselves, and nothing is kept.
    shared = true;
    makeWindow(m_demo.url());
    auto *box = find<QCheckBox>("consentCheck");
    box->setChecked(true);
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QCOMPARE(Preferences::consentVersion(), QStringLiteral("2026-01"));
    m_app->auth.signOut();
    QTRY_COMPARE(currentPage(), m_window->loginPage());
    QVERIFY(box->isVisible());
    QVERIFY(!box->isChecked());
}

void TestLoginPage::theCompanysColourFillsTheButtonWithLegibleText()
{
    // WCAG's figures: white on black 21:1, on #777 about 4.5:1.
    QCOMPARE(qRound(Accent::contrast(Qt::white, Qt::black)), 21);
    QVERIFY(qAbs(Accent::contrast(Qt::white, QColor(0x77, 0x77, 0x77)) - 4.48) < 0.01);
    // A dark blue keeps white text; on a bright yellow white would not read, black does.
    QCOMPARE(Accent::textOn(QColor(0x0A, 0x66, 0xC2), Qt::white), QColor(Qt::white));
    QCOMPARE(Accent::textOn(QColor(0xFF, 0xD4, 0x00), Qt::white), QColor(Qt::black));

    m_adjustConfig = [](AppConfig &config) { config.accentColor = QStringLiteral("#FFD400"); };
    makeWindow(m_demo.url());
    typeCredentials(QStringLiteral("secret-pw")); // enabled: drawn in the accent
    auto *button = find<QPushButton>("signInButton");
    QCOMPARE(button->palette().color(QPalette::HighlightedText), QColor(Qt::black));
    const QImage drawn = button->grab().toImage();
    QCOMPARE(drawn.pixelColor(drawn.width() / 8, drawn.height() / 2), QColor(0xFF, 0xD4, 0x00));
    // The avatar on the session page is the same colour.
    find<QLineEdit>("passwordEdit")->clear();
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    const QImage avatar = find<QLabel>("avatarLabel")->pixmap().toImage();
    QCOMPARE(avatar.pixelColor(avatar.width() / 2, avatar.height() / 8), QColor(0xFF, 0xD4, 0x00));
}

DESKLOGIN_TEST_MAIN(TestLoginPage)
#include "tst_loginpage.moc"
