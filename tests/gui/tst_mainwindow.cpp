#include "AppIcon.h"
#include "DemoServer.h"
#include "DiagnosticReport.h"
#include "FakeHttpServer.h"
#include "LanguageManager.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "MemorySessionStore.h"
#include "Messages.h"
#include "NetworkSettingsDialog.h"
#include "PhoneField.h"
#include "RegionSelector.h"
#include "SessionPage.h"
#include "TestClock.h"
#include "ThemedIcon.h"
#include "api/ApiClient.h"
#include "auth/AuthManager.h"
#include "auth/TokenClient.h"
#include "graph/AppGraph.h"
#include "net/NetworkSettings.h"
#include "phone/PhoneNumber.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <functional>

using State = AuthManager::State;
using namespace std::chrono;

namespace {
const QByteArray TokenBody =
    R"({"token_type":"Bearer","expires_in":432000,"access_token":"gui-test-token"})";
}

// The window driven as a person drives it: find widgets by name, type, paste, press keys,
// click, and look at what is shown. Sign-in goes to the demo server where a real answer is
// wanted, to a fake server where the test needs silence, throttling or a 401.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typesPhoneAndPasswordPressesEnterAndSeesTheSession();
    void formatsThePhoneNumberAsItIsTyped();
    void acceptsAPastedNumber();
    void backspaceOverASpaceRemovesADigit();
    void theClearButtonShowsWithTextAndEmptiesTheField();
    void explainsAnInvalidNumberWhenTheFieldIsLeftNotWhileTyping();
    void aWrongPasswordIsSaidAndTheFieldClearedAndFocused();
    void revealTogglesWithMouseAndKeyboardAndNothingIsCopied();
    void warnsAboutCapsLockFromWhatIsTyped();
    void cancelReallyAbortsTheRequest();
    void aSecondEnterSendsNoSecondRequest();
    void throttlingCountsDownAndKeepsTheButtonDisabled();
    void showsTheProfileName();
    void aRefusedTokenEndsTheSessionAsExpiryDoes();
    void aNetworkFailureKeepsThePersonSignedIn_data();
    void aNetworkFailureKeepsThePersonSignedIn();
    void warnsBeforeExpiryInABanner();
    void signOutReturnsToTheSignInPage();
    void expiryReturnsToTheSignInPageWithThePhoneFilledIn();
    void remembersThePhoneNumberOnlyWhenAsked();
    void withoutKeepSignedInTheSessionStaysInMemoryAndThePageSaysSo();
    void aLockedKeepSignedInCannotBeChanged();
    void networkSettingsApplyAtOnceAndAreRemembered();
    void aLockedProxyIsShownNotChanged();
    void theDiagnosticReportIsCopiedInTheUisLanguage();
    void theWholeFlowWorksFromTheKeyboardAlone();
    void everyFocusableControlHasAnAccessibleName();
    void labelsAreBuddiesAndTheTabOrderFollowsThePage();
    void oneRegionShowsItsCallingCodeAndNoSelector();
    void theRegionSelectorSearchesByNameAndCode_data();
    void theRegionSelectorSearchesByNameAndCode();
    void pickingARegionFromTheKeyboardFormatsForIt();
    void aPastedNumberWithItsCodeSwitchesTheRegion_data();
    void aPastedNumberWithItsCodeSwitchesTheRegion();
    void aTaiwanNumberSignsInInE164AndTheRegionIsRemembered();
    void aNumberOfARegionNotAcceptedNamesTheAcceptedOnes();
    void theSessionPageLeadsWithThePerson();
    void timeLeftWakesExactlyWhenItsWordsChange();
    void messageColoursKeepTheirContrastInEveryPalette_data();
    void messageColoursKeepTheirContrastInEveryPalette();
    void errorsShowInTheMessageAreaWithAnIcon();

private:
    // A window for a deployment that accepts the mainland, Hong Kong, Macau and Taiwan.
    void makeFourRegionWindow();
    RegionSelector *openRegionPopup();
    QStringList shownRegions();
    void makeWindow(const QUrl &server, const QString &profileEndpoint = QString());
    template<typename T> T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QWidget *currentPage() const;
    void typeCredentials(const QString &password);
    void signInWith(const QString &password);
    // A window against a server that takes the request and never answers, the request sent.
    void startASignInThatIsNeverAnswered();

    DemoServer m_demo;
    std::unique_ptr<FakeHttpServer> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<MemorySessionStore> m_store;
    std::unique_ptr<AppGraph> m_app;
    std::unique_ptr<MainWindow> m_window;
    std::function<void(AppConfig &)> m_adjustConfig; // for the next makeWindow()
};

void TestMainWindow::initTestCase()
{
    // Loaded up front, so that typing is formatted at once (the app loads it on a worker thread
    // at the first keystroke; tst_phonenumber and the benchmarks cover that).
    QVERIFY(PhoneNumber::load());
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DeskLoginTests"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY2(m_demo.start({QStringLiteral("--max-attempts"), QStringLiteral("100")}),
             qPrintable(m_demo.errorString()));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_fake = std::make_unique<FakeHttpServer>();
    QVERIFY(m_fake->listen());
    makeWindow(m_demo.url());
}

void TestMainWindow::makeWindow(const QUrl &server, const QString &profileEndpoint)
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
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<TestClock>(QDateTime::currentDateTimeUtc());
    if (!m_store)
        m_store = std::make_unique<MemorySessionStore>();
    m_app = std::make_unique<AppGraph>(config, m_store.get(), m_clock.get(), m_network.get());
    m_window = std::make_unique<MainWindow>(&m_app->auth, &m_app->api, m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_app->auth.restore();
    QTRY_VERIFY(m_app->auth.state() != State::Restoring);
}

void TestMainWindow::makeFourRegionWindow()
{
    m_adjustConfig = [](AppConfig &config) {
        config.phoneRegions = {QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO"),
                               QStringLiteral("TW")};
        config.usernameFormat = PhoneNumber::UsernameFormat::E164;
    };
    makeWindow(m_demo.url());
}

RegionSelector *TestMainWindow::openRegionPopup()
{
    auto *selector = find<RegionSelector>("regionButton");
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down, Qt::AltModifier);
    auto *popup = selector->popupMenu();
    if (!QTest::qWaitForWindowExposed(popup))
        return nullptr;
    return selector;
}

QStringList TestMainWindow::shownRegions()
{
    QStringList shown;
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("regionList"));
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden())
            shown.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return shown;
}

void TestMainWindow::oneRegionShowsItsCallingCodeAndNoSelector()
{
    QVERIFY(!find<QWidget>("regionButton")->isVisible());
    // The brand's icon, drawn when the page first shows (with the app's icon, as main() sets it).
    QVERIFY(find<QLabel>("brandIcon")->pixmap().isNull()
            && !find<QLabel>("brandIcon")->isVisible());
    QApplication::setWindowIcon(AppIcon::icon());
    makeWindow(m_demo.url());
    QApplication::setWindowIcon(QIcon());
    QCOMPARE(find<QLabel>("brandIcon")->pixmap().deviceIndependentSize().toSize(), QSize(64, 64));
    QTRY_COMPARE(find<QLabel>("callingCodeLabel")->text(), QStringLiteral("+86"));
    QVERIFY(find<QLabel>("callingCodeLabel")->isVisible());
}

void TestMainWindow::theRegionSelectorSearchesByNameAndCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    const QStringList all {QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO"),
                           QStringLiteral("TW")};
    QTest::newRow("nothing typed") << QStringLiteral("en") << QString() << all;
    QTest::newRow("English name") << QStringLiteral("en") << QStringLiteral("hong")
                                  << QStringList {QStringLiteral("HK")};
    QTest::newRow("calling code") << QStringLiteral("en") << QStringLiteral("886")
                                  << QStringList {QStringLiteral("TW")};
    QTest::newRow("calling code with plus")
        << QStringLiteral("en") << QStringLiteral("+85")
        << QStringList {QStringLiteral("HK"), QStringLiteral("MO")};
    QTest::newRow("region code") << QStringLiteral("en") << QStringLiteral("mo")
                                 << QStringList {QStringLiteral("MO")};
    QTest::newRow("Simplified Chinese name")
        << QStringLiteral("zh_CN") << QStringLiteral("澳门") << QStringList {QStringLiteral("MO")};
    QTest::newRow("Traditional Chinese name")
        << QStringLiteral("zh_TW") << QStringLiteral("臺灣") << QStringList();
    QTest::newRow("Traditional Chinese name as CLDR writes it")
        << QStringLiteral("zh_TW") << QStringLiteral("台灣") << QStringList {QStringLiteral("TW")};
    QTest::newRow("English name in a Chinese UI")
        << QStringLiteral("zh_TW") << QStringLiteral("macao") << QStringList {QStringLiteral("MO")};
    QTest::newRow("no such region")
        << QStringLiteral("en") << QStringLiteral("japan") << QStringList();
}

void TestMainWindow::theRegionSelectorSearchesByNameAndCode()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    LanguageManager languages;
    languages.setLanguage(language, false);
    makeFourRegionWindow();
    QVERIFY(openRegionPopup());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("regionSearch"));
    QTRY_VERIFY(search->hasFocus());
    const bool ascii =
        std::all_of(typed.begin(), typed.end(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(search, typed);
    else
        search->insert(typed); // as an input method commits Chinese text
    QCOMPARE(shownRegions(), shown);
    // The list names each region in the UI's language, with its calling code.
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("regionList"));
    const QString hongKong = list->item(1)->text();
    QVERIFY2(hongKong.contains(QStringLiteral("+852"))
                 && hongKong.contains(Messages::regionName(QStringLiteral("HK"))),
             qPrintable(hongKong));
    languages.setLanguage(QStringLiteral("en"), false);
}

void TestMainWindow::pickingARegionFromTheKeyboardFormatsForIt()
{
    makeFourRegionWindow();
    auto *selector = find<RegionSelector>("regionButton");
    auto *phone = find<PhoneField>("phoneEdit");
    QVERIFY(openRegionPopup());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("regionSearch"));
    QTest::keyClicks(search, QStringLiteral("852"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!selector->popupMenu()->isVisible());
    QCOMPARE(selector->region(), QStringLiteral("HK"));
    QCOMPARE(selector->text(), QStringLiteral("+852"));
    QTRY_VERIFY(phone->hasFocus()); // back to the number
    QTest::keyClicks(phone, QStringLiteral("91234567"));
    QCOMPARE(phone->text(), QStringLiteral("9123 4567")); // as Hong Kong groups its numbers
    QVERIFY(phone->number().isValid());
    QCOMPARE(phone->number().e164(), QStringLiteral("+85291234567"));

    // Arrow keys from the search field walk the list; Enter picks.
    QVERIFY(openRegionPopup());
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("regionList"));
    QVERIFY(list->hasFocus());
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("MO"));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(selector->region(), QStringLiteral("MO"));
    QCOMPARE(phone->region(), QStringLiteral("MO"));
    // Escape closes the list and changes nothing.
    QVERIFY(openRegionPopup());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(!selector->popupMenu()->isVisible());
    QCOMPARE(selector->region(), QStringLiteral("MO"));
}

void TestMainWindow::aPastedNumberWithItsCodeSwitchesTheRegion_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("field");
    QTest::newRow("+852") << QStringLiteral("+852 9123 4567") << QStringLiteral("HK")
                          << QStringLiteral("9123 4567");
    QTest::newRow("00886") << QStringLiteral("00886 912-345-678") << QStringLiteral("TW")
                           << QStringLiteral("0912 345 678");
    QTest::newRow("+853 full-width") << QStringLiteral("＋８５３ ６６１２ ３４５６")
                                     << QStringLiteral("MO") << QStringLiteral("6612 3456");
    QTest::newRow("+86 back to the mainland")
        << QStringLiteral("+86 138 0013 8000") << QStringLiteral("CN")
        << QStringLiteral("138 0013 8000");
    QTest::newRow("+81 is not accepted: left as typed")
        << QStringLiteral("+81 90 1234 5678") << QStringLiteral("TW") << QString();
}

void TestMainWindow::aPastedNumberWithItsCodeSwitchesTheRegion()
{
    QFETCH(QString, pasted);
    QFETCH(QString, region);
    QFETCH(QString, field);
    makeFourRegionWindow();
    m_window->loginPage()->setRegion(QStringLiteral("TW"));
    auto *phone = find<PhoneField>("phoneEdit");
    phone->setFocus();
    QGuiApplication::clipboard()->setText(pasted);
    QTest::keySequence(phone, QKeySequence::Paste);
    QCOMPARE(find<RegionSelector>("regionButton")->region(), region);
    QCOMPARE(phone->region(), region);
    if (!field.isEmpty()) {
        QCOMPARE(phone->text(), field);
        QVERIFY(phone->number().isValid());
        QVERIFY(find<QPushButton>("signInButton")->isEnabled() == false); // no password yet
    } else {
        QVERIFY(!phone->number().isValid());
        QCOMPARE(int(phone->number().problem()), int(PhoneNumber::Problem::OtherRegion));
    }
}

void TestMainWindow::aTaiwanNumberSignsInInE164AndTheRegionIsRemembered()
{
    makeFourRegionWindow();
    m_window->loginPage()->setRegion(QStringLiteral("CN"));
    QVERIFY(openRegionPopup());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("regionSearch"));
    QTest::keyClicks(search, QStringLiteral("taiwan"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *phone = find<PhoneField>("phoneEdit");
    QTRY_VERIFY(phone->hasFocus());
    QTest::keyClicks(phone, QStringLiteral("0912345678")); // as people in Taiwan write it
    QCOMPARE(phone->text(), QStringLiteral("0912 345 678"));
    QTest::mouseClick(find<QCheckBox>("rememberCheck"), Qt::LeftButton);
    QTest::keyClick(phone, Qt::Key_Tab);
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), QString::fromLatin1(DemoServer::Password));
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    // The server knows this person only as +886912345678: signing in proves what was sent.
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QCOMPARE(m_app->auth.session()->phone, QString::fromLatin1(DemoServer::TaiwanPhone));
    m_app->auth.signOut();
    QTRY_COMPARE(currentPage(), m_window->loginPage());

    // The next start chooses Taiwan again, with the number written as Taiwan writes it.
    makeWindow(m_demo.url());
    QCOMPARE(find<RegionSelector>("regionButton")->region(), QStringLiteral("TW"));
    QTRY_COMPARE(find<PhoneField>("phoneEdit")->text(), QStringLiteral("0912 345 678"));
    QCOMPARE(find<RegionSelector>("regionButton")->text(), QStringLiteral("+886"));
}

void TestMainWindow::aNumberOfARegionNotAcceptedNamesTheAcceptedOnes()
{
    makeFourRegionWindow();
    auto *phone = find<PhoneField>("phoneEdit");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("+81 90 1234 5678"));
    QTest::keyClick(phone, Qt::Key_Tab);
    auto *hint = find<QLabel>("phoneHintLabel");
    QVERIFY(hint->isVisible());
    for (const char *region : {"CN", "HK", "MO", "TW"})
        QVERIFY2(hint->text().contains(Messages::regionName(QLatin1String(region))),
                 qPrintable(hint->text()));
    QVERIFY(!find<QPushButton>("signInButton")->isEnabled());
    // Sent anyway (AuthManager checks too): refused before anything reaches the server.
    m_app->auth.signIn(phone->text(), QStringLiteral("x"), QStringLiteral("TW"));
    QTRY_COMPARE(find<QLabel>("messageLabel")->text(),
                 Messages::forError(AuthError::of(AuthError::Kind::InvalidPhoneNumber)));
}

void TestMainWindow::theSessionPageLeadsWithThePerson()
{
    makeWindow(m_demo.url(), QStringLiteral("/api/user"));
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QTRY_COMPARE(find<QLabel>("personLabel")->text(), QStringLiteral("Li Wei"));
    QVERIFY(!find<QLabel>("avatarLabel")->pixmap().isNull());
    QCOMPARE(ThemedIcon::initials(QStringLiteral("Li Wei")), QStringLiteral("LW"));
    QCOMPARE(ThemedIcon::initials(QStringLiteral("欧阳娜娜")), QStringLiteral("娜娜"));
    QCOMPARE(ThemedIcon::initials(QStringLiteral("李伟")), QStringLiteral("李伟"));
    // A fresh one-year session: "365 days" (not 364: the request took a moment), and nothing
    // of it has passed yet.
    QCOMPARE(find<QLabel>("timeLeftValue")->text(),
             Messages::duration(std::chrono::hours(24 * 365)));
    QVERIFY(Messages::duration(std::chrono::hours(24 * 365) - std::chrono::seconds(5))
            == Messages::duration(std::chrono::hours(24 * 365)));
    QCOMPARE(find<QProgressBar>("sessionProgress")->value(), 0);
    // About half-way through (182 days, so that the time left, 183 days less the moment the
    // request took, is not on the edge between two roundings), the bar is about half full.
    m_clock->advance(182LL * 24 * 3600);
    m_app->auth.checkExpiryNow();
    m_window->sessionPage()->setSession(*m_app->auth.session());
    QVERIFY(qAbs(find<QProgressBar>("sessionProgress")->value() - 500) <= 2);
    QCOMPARE(find<QLabel>("timeLeftValue")->text(),
             Messages::duration(std::chrono::hours(24 * 183)));
}

void TestMainWindow::timeLeftWakesExactlyWhenItsWordsChange()
{
    // The session page sleeps durationChangesIn(span) and then writes duration() again: the
    // words must be the same until then and different right after, at every unit and at the
    // edges between units (rounded to the nearest, as people say it).
    using std::chrono::seconds;
    for (const qint64 s : {1LL, 59LL, 119LL, 120LL, 150LL, 7199LL, 7200LL, 9000LL, 172799LL,
                           172800LL, 200000LL, 365LL * 86400 - 5, 365LL * 86400}) {
        const seconds span(s);
        const seconds wait = Messages::durationChangesIn(span);
        QVERIFY2(wait.count() >= 1 && wait <= span, qPrintable(QString::number(s)));
        QCOMPARE(Messages::duration(span - wait + seconds(1)), Messages::duration(span));
        QVERIFY2(Messages::duration(span - wait) != Messages::duration(span),
                 qPrintable(QString::number(s)));
    }
}

void TestMainWindow::messageColoursKeepTheirContrastInEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("highContrast");
    QPalette light;
    light.setColor(QPalette::Window, QColor(239, 239, 239));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Highlight, QColor(48, 140, 198));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Highlight, QColor(26, 235, 255));
    QTest::newRow("light") << light << false;
    QTest::newRow("dark") << dark << false;
    QTest::newRow("high contrast") << contrast << true;
    QTest::newRow("this platform's") << QApplication::palette() << false;
}

void TestMainWindow::messageColoursKeepTheirContrastInEveryPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    const QColor window = palette.color(QPalette::Window);
    for (const auto tone : {ThemedIcon::Tone::Error, ThemedIcon::Tone::Warning}) {
        const QColor color = ThemedIcon::toneColor(palette, tone);
        QVERIFY2(ThemedIcon::contrast(color, window) >= 4.5, qPrintable(color.name()));
        // A high-contrast theme's colours are the only ones used there.
        if (highContrast)
            QCOMPARE(color, palette.color(QPalette::WindowText));
        else
            QVERIFY(color != palette.color(QPalette::WindowText)); // it stands out
    }
    QVERIFY(ThemedIcon::contrast(ThemedIcon::toneColor(palette, ThemedIcon::Tone::Info), window)
            >= 3);
    // Error and warning are told apart other than by colour: by their icons' shapes.
    const QImage error =
        ThemedIcon::make(ThemedIcon::Shape::Error, QColor(Qt::black)).pixmap(16).toImage();
    const QImage warning =
        ThemedIcon::make(ThemedIcon::Shape::Warning, QColor(Qt::black)).pixmap(16).toImage();
    QVERIFY(error != warning);
}

void TestMainWindow::errorsShowInTheMessageAreaWithAnIcon()
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

void TestMainWindow::cleanup()
{
    m_adjustConfig = nullptr;
    m_window.reset();
    m_app.reset();
    m_store.reset();
}

QWidget *TestMainWindow::currentPage() const
{
    QWidget *current =
        m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
    if (current->isAncestorOf(m_window->loginPage()))
        return m_window->loginPage();
    if (current->isAncestorOf(m_window->sessionPage()))
        return m_window->sessionPage();
    return current;
}

void TestMainWindow::typeCredentials(const QString &password)
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

void TestMainWindow::signInWith(const QString &password)
{
    typeCredentials(password);
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
}

void TestMainWindow::startASignInThatIsNeverAnswered()
{
    FakeHttpServer::Response silent;
    silent.neverAnswer = true;
    m_fake->respondWith(silent);
    makeWindow(m_fake->url());
    signInWith(QStringLiteral("pw"));
    QTRY_COMPARE(m_fake->requests().size(), 1);
}

void TestMainWindow::typesPhoneAndPasswordPressesEnterAndSeesTheSession()
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

void TestMainWindow::formatsThePhoneNumberAsItIsTyped()
{
    auto *phone = find<QLineEdit>("phoneEdit");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("1380013"));
    QCOMPARE(phone->text(), QStringLiteral("138 0013"));
    QTest::keyClicks(phone, QStringLiteral("8000"));
    QCOMPARE(phone->text(), QStringLiteral("138 0013 8000"));
    QCOMPARE(phone->cursorPosition(), int(phone->text().size()));
}

void TestMainWindow::acceptsAPastedNumber()
{
    auto *phone = find<QLineEdit>("phoneEdit");
    phone->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("+86 (138) 0013-8000"));
    QTest::keySequence(phone, QKeySequence::Paste);
    QCOMPARE(phone->text(), QStringLiteral("+86 138 0013 8000"));
    QTest::keyClick(phone, Qt::Key_Tab);
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), QString::fromLatin1(DemoServer::Password));
    QVERIFY(find<QPushButton>("signInButton")->isEnabled());
    QVERIFY(!find<QLabel>("phoneHintLabel")->isVisible());
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
}

void TestMainWindow::backspaceOverASpaceRemovesADigit()
{
    auto *phone = find<QLineEdit>("phoneEdit");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("1380"));
    QCOMPARE(phone->text(), QStringLiteral("138 0"));
    QTest::keyClick(phone, Qt::Key_Backspace);
    QCOMPARE(phone->text(), QStringLiteral("138"));
    QTest::keyClick(phone, Qt::Key_Backspace);
    QCOMPARE(phone->text(), QStringLiteral("13"));
}

void TestMainWindow::theClearButtonShowsWithTextAndEmptiesTheField()
{
    auto *phone = find<QLineEdit>("phoneEdit");
    auto *clear = phone->findChild<QToolButton *>();
    QVERIFY(clear);
    QVERIFY(!clear->isVisible());
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("1380013"));
    QTest::keyClick(phone, Qt::Key_Tab);
    QVERIFY(find<QLabel>("phoneHintLabel")->isVisible());
    QVERIFY(clear->isVisible());
    QVERIFY(!clear->icon().isNull());
    // A screen reader names it (it shows only an icon).
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(clear);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Clear phone number"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(phone->text(), QString());
    QVERIFY(!clear->isVisible());
    QVERIFY(!find<QLabel>("phoneHintLabel")->isVisible()); // nothing left to explain

    // Not while a sign-in is under way: the number being sent stays as it is.
    startASignInThatIsNeverAnswered();
    if (QTest::currentTestFailed())
        return;
    clear = find<QLineEdit>("phoneEdit")->findChild<QToolButton *>();
    QVERIFY(!clear->isVisible());
    QTest::mouseClick(find<QPushButton>("cancelButton"), Qt::LeftButton);
    QVERIFY(clear->isVisible());
}

void TestMainWindow::explainsAnInvalidNumberWhenTheFieldIsLeftNotWhileTyping()
{
    auto *phone = find<QLineEdit>("phoneEdit");
    auto *hint = find<QLabel>("phoneHintLabel");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("1380013"));
    QVERIFY(!hint->isVisible()); // still typing: no nagging
    QTest::keyClick(phone, Qt::Key_Tab);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(),
             Messages::forPhoneProblem(PhoneNumber::Problem::NotMobile, {QStringLiteral("CN")}));
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), QStringLiteral("pw"));
    QVERIFY(!find<QPushButton>("signInButton")->isEnabled());
    phone->setFocus();
    phone->end(false);
    QTest::keyClicks(phone, QStringLiteral("8000"));
    QVERIFY(!hint->isVisible()); // fixed: the hint goes at once
    QVERIFY(find<QPushButton>("signInButton")->isEnabled());
}

void TestMainWindow::aWrongPasswordIsSaidAndTheFieldClearedAndFocused()
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

void TestMainWindow::revealTogglesWithMouseAndKeyboardAndNothingIsCopied()
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
    password->setFocus();
    password->selectAll();
    QTest::keySequence(password, QKeySequence::Copy);
    QTest::keySequence(password, QKeySequence::Cut);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
    QCOMPARE(password->text(), QStringLiteral("secret-pw"));
    QCOMPARE(password->contextMenuPolicy(), Qt::NoContextMenu);
}

void TestMainWindow::warnsAboutCapsLockFromWhatIsTyped()
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

void TestMainWindow::cancelReallyAbortsTheRequest()
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

void TestMainWindow::aSecondEnterSendsNoSecondRequest()
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

void TestMainWindow::throttlingCountsDownAndKeepsTheButtonDisabled()
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

void TestMainWindow::showsTheProfileName()
{
    makeWindow(m_demo.url(), QStringLiteral("/api/user"));
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QVERIFY(find<QLabel>("profileValue")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("profileValue")->text(), QStringLiteral("Li Wei"),
                              10000);
}

void TestMainWindow::aNetworkFailureKeepsThePersonSignedIn_data()
{
    QTest::addColumn<int>("status"); // 0: the connection breaks without an answer
    QTest::addColumn<QString>("says");
    QTest::newRow("connection lost") << 0 << QStringLiteral("cannot be reached");
    QTest::newRow("503") << 503 << QStringLiteral("has a problem");
    QTest::newRow("502 from a proxy") << 502 << QStringLiteral("has a problem");
}

void TestMainWindow::aNetworkFailureKeepsThePersonSignedIn()
{
    QFETCH(int, status);
    QFETCH(QString, says);
    m_fake->setHandler([status](const FakeHttpServer::Request &request) {
        if (request.path != "/api/user")
            return FakeHttpServer::json(200, TokenBody);
        FakeHttpServer::Response answer = FakeHttpServer::json(status, "<html>Bad gateway</html>");
        if (status == 0) { // promise a body, send half of it, hang up
            answer = FakeHttpServer::json(200, R"({"id":1,"name":"Li Wei"})");
            answer.closeMidBody = true;
        }
        return answer;
    });
    makeWindow(m_fake->url(), QStringLiteral("/api/user"));
    signInWith(QStringLiteral("pw"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionPage()->noticeText().contains(says), 10000);
    QVERIFY2(m_window->sessionPage()->noticeText().contains(QStringLiteral("still signed in")),
             qPrintable(m_window->sessionPage()->noticeText()));
    QCOMPARE(m_app->auth.state(), State::SignedIn);
    QCOMPARE(currentPage(), m_window->sessionPage());
    QVERIFY(m_store->stored());
    QCOMPARE(find<QLabel>("profileValue")->text(), QStringLiteral("Not available right now"));
}

void TestMainWindow::aRefusedTokenEndsTheSessionAsExpiryDoes()
{
    m_fake->setHandler([](const FakeHttpServer::Request &request) {
        if (request.path == "/api/user") {
            if (request.header("Authorization") != "Bearer gui-test-token")
                qFatal("the token was not sent");
            return FakeHttpServer::json(401, R"({"message":"Unauthenticated."})");
        }
        return FakeHttpServer::json(200, TokenBody);
    });
    makeWindow(m_fake->url(), QStringLiteral("/api/user"));
    QSignalSpy ended(&m_app->auth, &AuthManager::sessionEnded);
    signInWith(QStringLiteral("pw"));
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().first().value<AuthManager::EndReason>(),
             AuthManager::EndReason::Revoked);
    QCOMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(m_app->auth.state(), State::SignedOut);
    QCOMPARE(find<QLabel>("messageLabel")->text(),
             Messages::forEnd(AuthManager::EndReason::Revoked));
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QStringLiteral("138 0013 8000"));
    QTRY_VERIFY(!m_store->stored());
}

void TestMainWindow::warnsBeforeExpiryInABanner()
{
    m_fake->respondWith(FakeHttpServer::json(200, TokenBody)); // five days
    makeWindow(m_fake->url());
    signInWith(QStringLiteral("pw"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QCOMPARE(m_window->sessionPage()->noticeText(), QString());
    m_clock->advance(432000 - 3600);
    m_app->auth.checkExpiryNow();
    QCOMPARE(m_window->sessionPage()->noticeText(), Messages::expiryWarning(seconds(3600)));
    QVERIFY(find<QLabel>("noticeLabel")->isVisible());
}

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
    m_clock->advance(31536000);
    m_app->auth.checkExpiryNow();
    QCOMPARE(currentPage(), m_window->loginPage());
    QCOMPARE(find<QLabel>("messageLabel")->text(),
             Messages::forEnd(AuthManager::EndReason::Expired));
    QCOMPARE(find<QLineEdit>("phoneEdit")->text(), QStringLiteral("138 0013 8000"));
    QTRY_VERIFY(find<QLineEdit>("passwordEdit")->hasFocus());
}

void TestMainWindow::withoutKeepSignedInTheSessionStaysInMemoryAndThePageSaysSo()
{
    auto *keep = find<QCheckBox>("keepSignedInCheck");
    QVERIFY(keep->isChecked()); // on by default
    QVERIFY(keep->isEnabled());
    typeCredentials(QString::fromLatin1(DemoServer::Password));
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(!keep->isChecked());
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QVERIFY(find<QLabel>("notKeptLabel")->isVisible());
    QVERIFY(!m_store->stored());
    QVERIFY(m_window->sessionPage()->noticeText().isEmpty()); // no failure to report
    // The choice is remembered for the next start (read back as a preference).
    QCOMPARE(QSettings().value(QStringLiteral("preferences/keep_signed_in")).toString(),
             QStringLiteral("false"));
    m_app->auth.signOut();
    QTRY_COMPARE(currentPage(), m_window->loginPage());

    // Kept again: the page does not say otherwise, and the store has it.
    typeCredentials(QString::fromLatin1(DemoServer::Password));
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(keep->isChecked());
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QVERIFY(!find<QLabel>("notKeptLabel")->isVisible());
    QTRY_VERIFY(m_store->stored());
}

void TestMainWindow::aLockedKeepSignedInCannotBeChanged()
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

void TestMainWindow::networkSettingsApplyAtOnceAndAreRemembered()
{
    auto *button = find<QAbstractButton>("networkButton");
    QVERIFY(!button->isVisible()); // nothing to show without network settings
    NetworkSettings &settings = m_app->networkSettings; // the graph's: it keeps the choice
    m_window->setNetworkSettings(&settings);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    NetworkSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NetworkSettingsDialog *>()) && dialog->isVisible());
    const auto dialogFind = [dialog](const char *name) {
        QWidget *widget = dialog->findChild<QWidget *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    };
    QVERIFY(static_cast<QRadioButton *>(dialogFind("systemProxyRadio"))->isChecked());
    QVERIFY(!dialogFind("proxyHostEdit")->isEnabled());
    QWidget *manual = dialogFind("manualProxyRadio");
    QTest::mouseClick(manual, Qt::LeftButton, {}, QPoint(8, manual->height() / 2)); // on its circle
    QVERIFY(dialogFind("proxyHostEdit")->isEnabled());
    QVERIFY(!dialogFind("proxyPasswordEdit")->isEnabled()); // no user, no password
    // A host that is not one is said, and nothing changes.
    QTest::keyClicks(dialogFind("proxyHostEdit"), QStringLiteral("not a host"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialogFind("proxyProblemLabel")->isVisible());
    QCOMPARE(settings.proxy().mode, ProxySettings::Mode::System);

    static_cast<QLineEdit *>(dialogFind("proxyHostEdit"))->clear();
    QTest::keyClicks(dialogFind("proxyHostEdit"), QStringLiteral("proxy.corp.example"));
    static_cast<QSpinBox *>(dialogFind("proxyPortSpin"))->setValue(8080);
    QTest::keyClicks(dialogFind("proxyUserEdit"), QStringLiteral("alice"));
    QVERIFY(dialogFind("proxyPasswordEdit")->isEnabled());
    QTest::keyClicks(dialogFind("proxyPasswordEdit"), QStringLiteral("pw"));
    QTest::keyClick(dialogFind("proxyPasswordEdit"), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<NetworkSettingsDialog *>());
    // Applied at once, to the network the app's requests use.
    QCOMPARE(m_network->proxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(m_network->proxy().hostName(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(m_network->proxy().port(), quint16(8080));
    QCOMPARE(m_network->proxy().user(), QStringLiteral("alice"));
    QCOMPARE(m_network->proxy().password(), QStringLiteral("pw"));
    // Remembered without the password.
    QCOMPARE(QSettings().value(QStringLiteral("preferences/proxy")).toString(),
             QStringLiteral("http://alice@proxy.corp.example:8080"));
    m_window->setNetworkSettings(nullptr);
}

void TestMainWindow::aLockedProxyIsShownNotChanged()
{
    m_adjustConfig = [](AppConfig &config) {
        config.proxy = *ProxySettings::parse(QStringLiteral("http://proxy.corp.example:3128"));
        config.lockedKeys = {QStringLiteral("proxy")};
    };
    makeWindow(m_demo.url());
    NetworkSettings &settings = m_app->networkSettings;
    settings.start();
    m_window->setNetworkSettings(&settings);
    m_window->showNetworkSettings();
    NetworkSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NetworkSettingsDialog *>()));
    for (const char *name : {"systemProxyRadio", "noProxyRadio", "manualProxyRadio",
                             "proxyHostEdit", "proxyPortSpin", "proxyUserEdit"}) {
        auto *widget = dialog->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget && !widget->isEnabled(), name);
    }
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("proxyLockedLabel"))->isVisible());
    dialog->accept();
    QCOMPARE(m_network->proxy().hostName(), QStringLiteral("proxy.corp.example"));
    QVERIFY(!QSettings().contains(QStringLiteral("preferences/proxy")));
    m_window->setNetworkSettings(nullptr);
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
                 && report.contains(QStringLiteral("kept in the keychain"))
                 && report.contains(QStringLiteral("unknown setting \"x\""))
                 && report.contains(QStringLiteral("  client_secret = (set)")),
             qPrintable(report));
    QVERIFY(!report.contains(QString::fromLatin1(DemoServer::ClientSecret)));
    QVERIFY(!report.contains(QString::fromLatin1(DemoServer::Phone)));
    QVERIFY(!report.contains(QString::fromLatin1(m_app->auth.session()->accessToken.left(20))));
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

void TestMainWindow::labelsAreBuddiesAndTheTabOrderFollowsThePage()
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
