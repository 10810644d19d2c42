#include "SessionPage.h"
#include "TestClock.h"
#include "TestMain.h"
#include "phone/PhoneNumber.h"
#include "session/Session.h"

#include <QLabel>
#include <QTest>

// The session page of a restored session: the phone number module is not loaded yet when the
// page is filled, so the number is read on a worker thread and shown when it is there. A program
// of its own, because the module, once loaded, stays loaded for the rest of the process.
class TestRestoredNumber : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheNumberOfTheLastSessionWhenTheModuleArrives();
    void showsTheNumberAtOnceOnceTheModuleIsLoaded();
};

namespace {

Session sessionOf(const QString &phone, const TestClock &clock)
{
    Session session;
    session.phone = phone;
    session.accessToken = "t";
    session.tokenType = QStringLiteral("Bearer");
    session.receivedAt = clock.now();
    session.expiresAt = clock.now().addSecs(3600);
    return session;
}

QString textOf(const SessionPage &page, const char *name)
{
    const auto *label = page.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
}

} // namespace

void TestRestoredNumber::initTestCase()
{
    QVERIFY2(!PhoneNumber::isReady(), "the first test needs the module not loaded yet");
}

void TestRestoredNumber::showsTheNumberOfTheLastSessionWhenTheModuleArrives()
{
    TestClock clock;
    SessionPage page({QStringLiteral("CN")}, &clock);
    // Two sessions before the module is there: each asks the module's worker for its number.
    // Only the page's own session may show.
    page.setSession(sessionOf(QStringLiteral("+8613800138000"), clock));
    QCOMPARE(textOf(page, "phoneValue"), QString()); // not the GUI thread's work
    page.setSession(sessionOf(QStringLiteral("+8613900139000"), clock));
    QCOMPARE(textOf(page, "phoneValue"), QString());
    QTRY_COMPARE(textOf(page, "phoneValue"), QStringLiteral("139 **** 9000"));
    QCOMPARE(textOf(page, "personLabel"), QStringLiteral("139 **** 9000"));
    // The worker answers in order, so the first session's answer was delivered before this one
    // and left the page alone; nothing else is on its way.
    QVERIFY(PhoneNumber::isReady());
    QCoreApplication::sendPostedEvents();
    QCOMPARE(textOf(page, "phoneValue"), QStringLiteral("139 **** 9000"));
}

void TestRestoredNumber::showsTheNumberAtOnceOnceTheModuleIsLoaded()
{
    QVERIFY(PhoneNumber::isReady()); // loaded by the test before
    TestClock clock;
    SessionPage page({QStringLiteral("CN")}, &clock);
    page.setSession(sessionOf(QStringLiteral("+8613800138000"), clock));
    QCOMPARE(textOf(page, "phoneValue"), QStringLiteral("138 **** 8000"));
    QCOMPARE(textOf(page, "personLabel"), QStringLiteral("138 **** 8000"));
}

DESKLOGIN_TEST_MAIN(TestRestoredNumber)
#include "tst_restorednumber.moc"
