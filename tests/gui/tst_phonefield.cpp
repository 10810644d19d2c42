#include "LoginPage.h"
#include "Messages.h"
#include "PhoneField.h"
#include "RegionSelector.h"
#include "SessionPage.h"
#include "TestMain.h"
#include "WindowTest.h"
#include "phone/PhoneNumber.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

// The phone number field (PhoneField) in the window: formatting as the number is typed or pasted,
// the clear button, and the hint for a number that is not one.
class TestPhoneField : public WindowTest {
    Q_OBJECT
private slots:
    void formatsThePhoneNumberAsItIsTyped();
    void acceptsAPastedNumber();
    void backspaceOverASpaceRemovesADigit();
    void theClearButtonShowsWithTextAndEmptiesTheField();
    void explainsAnInvalidNumberWhenTheFieldIsLeftNotWhileTyping();
    void aPastedNumberWithItsCodeSwitchesTheRegion_data();
    void aPastedNumberWithItsCodeSwitchesTheRegion();
    void aNumberOfARegionNotAcceptedNamesTheAcceptedOnes();
};

void TestPhoneField::formatsThePhoneNumberAsItIsTyped()
{
    auto *phone = find<QLineEdit>("phoneEdit");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("1380013"));
    QCOMPARE(phone->text(), QStringLiteral("138 0013"));
    QTest::keyClicks(phone, QStringLiteral("8000"));
    QCOMPARE(phone->text(), QStringLiteral("138 0013 8000"));
    QCOMPARE(phone->cursorPosition(), int(phone->text().size()));
}

void TestPhoneField::acceptsAPastedNumber()
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

void TestPhoneField::backspaceOverASpaceRemovesADigit()
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

void TestPhoneField::theClearButtonShowsWithTextAndEmptiesTheField()
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

void TestPhoneField::explainsAnInvalidNumberWhenTheFieldIsLeftNotWhileTyping()
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

void TestPhoneField::aPastedNumberWithItsCodeSwitchesTheRegion_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("field");
    QTest::newRow("+852") << QStringLiteral("+852 9123 4567") << QStringLiteral("HK")
                          << QStringLiteral("9123 4567");
    QTest::newRow("00886") << QStringLiteral("00886 912-345-678") << QStringLiteral("TW")
                           << QStringLiteral("912 345 678");
    QTest::newRow("+853 full-width") << QStringLiteral("＋８５３ ６６１２ ３４５６")
                                     << QStringLiteral("MO") << QStringLiteral("6612 3456");
    QTest::newRow("+86 back to the mainland")
        << QStringLiteral("+86 138 0013 8000") << QStringLiteral("CN")
        << QStringLiteral("138 0013 8000");
    QTest::newRow("+81 is not accepted: left as typed")
        << QStringLiteral("+81 90 1234 5678") << QStringLiteral("TW") << QString();
}

void TestPhoneField::aPastedNumberWithItsCodeSwitchesTheRegion()
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

void TestPhoneField::aNumberOfARegionNotAcceptedNamesTheAcceptedOnes()
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

DESKLOGIN_TEST_MAIN(TestPhoneField)
#include "tst_phonefield.moc"
