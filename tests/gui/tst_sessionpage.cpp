#include "LoginPage.h"
#include "Messages.h"
#include "SessionPage.h"
#include "TestMain.h"
#include "ThemedIcon.h"
#include "WindowTest.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QProgressBar>
#include <QSettings>
#include <QTest>

using State = AuthManager::State;
using namespace std::chrono;

namespace {
const QByteArray TokenBody =
    R"({"token_type":"Bearer","expires_in":432000,"access_token":"gui-test-token"})";
}

// The session page (SessionPage) in the window: the person, the time left and when it is written
// again, the profile, and the notices that keep the person informed.
class TestSessionPage : public WindowTest {
    Q_OBJECT
private slots:
    void theSessionPageLeadsWithThePerson();
    void timeLeftWakesExactlyWhenItsWordsChange();
    void showsTheProfileName();
    void aRestoreDrawsThePageBeforeAskingForTheProfile();
    void aNetworkFailureKeepsThePersonSignedIn_data();
    void aNetworkFailureKeepsThePersonSignedIn();
    void warnsBeforeExpiryInABanner();
    void withoutKeepSignedInTheSessionStaysInMemoryAndThePageSaysSo();
};

void TestSessionPage::theSessionPageLeadsWithThePerson()
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

void TestSessionPage::timeLeftWakesExactlyWhenItsWordsChange()
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

void TestSessionPage::showsTheProfileName()
{
    makeWindow(m_demo.url(), QStringLiteral("/api/user"));
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QVERIFY(find<QLabel>("profileValue")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("profileValue")->text(), QStringLiteral("Li Wei"),
                              10000);
}

void TestSessionPage::aRestoreDrawsThePageBeforeAskingForTheProfile()
{
    makeWindow(m_demo.url(), QStringLiteral("/api/user"));
    signInWith(QString::fromLatin1(DemoServer::Password));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->stored().has_value(), 10000);

    // Started again as main() starts: the window shown, the stored session restored, then the
    // event loop. (Not on the screen, so that the test decides when the first frame is drawn.)
    const auto startAgain = [this] {
        buildWindow(m_demo.url(), QStringLiteral("/api/user"));
        m_window->setAttribute(Qt::WA_DontShowOnScreen);
        m_window->show();
        m_app->auth.restore();
        QTRY_COMPARE(m_app->auth.state(), State::SignedIn);
        QCOMPARE(currentPage(), m_window->sessionPage());
    };
    startAgain();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_network->requestCount(), 0); // waiting for the first frame
    QCOMPARE(find<QLabel>("profileValue")->text(), QStringLiteral("Loading…"));
    QPixmap frame(m_window->size());
    m_window->render(&frame); // the first frame
    // The request follows in a call queued by that paint: delivered here, it has been sent.
    QCoreApplication::sendPostedEvents(m_window.get(), QEvent::MetaCall);
    QCOMPARE(m_network->requestCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("profileValue")->text(), QStringLiteral("Li Wei"),
                              10000);

    // A window that is never drawn asks all the same, a moment later.
    startAgain();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_network->requestCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("profileValue")->text(), QStringLiteral("Li Wei"),
                              10000);
    QCOMPARE(m_network->requestCount(), 1);
}

void TestSessionPage::aNetworkFailureKeepsThePersonSignedIn_data()
{
    QTest::addColumn<int>("status"); // 0: the connection breaks without an answer
    QTest::addColumn<QString>("says");
    QTest::newRow("connection lost") << 0 << QStringLiteral("cannot be reached");
    QTest::newRow("503") << 503 << QStringLiteral("has a problem");
    QTest::newRow("502 from a proxy") << 502 << QStringLiteral("has a problem");
}

void TestSessionPage::aNetworkFailureKeepsThePersonSignedIn()
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

void TestSessionPage::warnsBeforeExpiryInABanner()
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

void TestSessionPage::withoutKeepSignedInTheSessionStaysInMemoryAndThePageSaysSo()
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

DESKLOGIN_TEST_MAIN(TestSessionPage)
#include "tst_sessionpage.moc"
