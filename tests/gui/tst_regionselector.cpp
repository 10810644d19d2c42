#include "AppIcon.h"
#include "LanguageManager.h"
#include "LoginPage.h"
#include "Messages.h"
#include "PhoneField.h"
#include "RegionSelector.h"
#include "SessionPage.h"
#include "TestMain.h"
#include "WindowTest.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTest>

// The region selector (RegionSelector) in the window: shown only when several regions are
// accepted, searched by name and calling code, and used from the keyboard.
class TestRegionSelector : public WindowTest {
    Q_OBJECT
private slots:
    void oneRegionShowsItsCallingCodeAndNoSelector();
    void theRegionSelectorSearchesByNameAndCode_data();
    void theRegionSelectorSearchesByNameAndCode();
    void theFourRegionsOfChinaAreNamedAsMainlandAppsNameThem_data();
    void theFourRegionsOfChinaAreNamedAsMainlandAppsNameThem();
    void aDeploymentNamesRegionsItsOwnWay();
    void pickingARegionFromTheKeyboardFormatsForIt();
    void aTaiwanNumberSignsInInE164AndTheRegionIsRemembered();
};

void TestRegionSelector::oneRegionShowsItsCallingCodeAndNoSelector()
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

void TestRegionSelector::theRegionSelectorSearchesByNameAndCode_data()
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

void TestRegionSelector::theRegionSelectorSearchesByNameAndCode()
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

void TestRegionSelector::theFourRegionsOfChinaAreNamedAsMainlandAppsNameThem_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList {QStringLiteral("Chinese mainland (+86)"),
                                        QStringLiteral("Hong Kong (China) (+852)"),
                                        QStringLiteral("Macao (China) (+853)"),
                                        QStringLiteral("Taiwan (China) (+886)")};
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList {QStringLiteral("中国大陆（+86）"),
                                           QStringLiteral("中国香港（+852）"),
                                           QStringLiteral("中国澳门（+853）"),
                                           QStringLiteral("中国台湾（+886）")};
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW")
                           << QStringList {QStringLiteral("中國大陸（+86）"),
                                           QStringLiteral("中國香港（+852）"),
                                           QStringLiteral("中國澳門（+853）"),
                                           QStringLiteral("中國台灣（+886）")};
}

void TestRegionSelector::theFourRegionsOfChinaAreNamedAsMainlandAppsNameThem()
{
    QFETCH(QString, language);
    QFETCH(QStringList, items);
    LanguageManager languages;
    languages.setLanguage(language, false);
    makeFourRegionWindow();
    QVERIFY(openRegionPopup());
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("regionList"));
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown.append(list->item(i)->text());
    QCOMPARE(shown, items);
    // The message for a number of another region names them the same way.
    QVERIFY2(Messages::forPhoneProblem(PhoneNumber::Problem::OtherRegion,
                                       {QStringLiteral("CN"), QStringLiteral("TW")})
                 .contains(Messages::regionName(QStringLiteral("TW"))),
             qPrintable(Messages::regionName(QStringLiteral("TW"))));
    languages.setLanguage(QStringLiteral("en"), false);
}

void TestRegionSelector::aDeploymentNamesRegionsItsOwnWay()
{
    // A deployment in Taiwan: its name in Traditional Chinese, and one for every other language.
    m_adjustConfig = [](AppConfig &config) {
        config.phoneRegions = {QStringLiteral("TW"), QStringLiteral("HK")};
        config.usernameFormat = PhoneNumber::UsernameFormat::E164;
        config.regionNames = {{QStringLiteral("TW/zh_TW"), QStringLiteral("臺灣")},
                              {QStringLiteral("TW"), QStringLiteral("Taiwan")}};
    };
    LanguageManager languages;
    for (const auto &[language, taiwan, hongKong] :
         {std::tuple {"zh_TW", "臺灣（+886）", "中國香港（+852）"},
          std::tuple {"zh_CN", "Taiwan（+886）", "中国香港（+852）"},
          std::tuple {"en", "Taiwan (+886)", "Hong Kong (China) (+852)"}}) {
        languages.setLanguage(QString::fromLatin1(language), false);
        makeWindow(m_demo.url());
        QVERIFY(openRegionPopup());
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("regionList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QString::fromUtf8(taiwan));
        QCOMPARE(list->item(1)->text(), QString::fromUtf8(hongKong));
    }
    languages.setLanguage(QStringLiteral("en"), false);
}

void TestRegionSelector::pickingARegionFromTheKeyboardFormatsForIt()
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

void TestRegionSelector::aTaiwanNumberSignsInInE164AndTheRegionIsRemembered()
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
    QTest::keyClick(phone, Qt::Key_Tab);
    // After +886 the trunk 0 goes once the number is whole and the person moves on.
    QCOMPARE(phone->text(), QStringLiteral("912 345 678"));
    QTest::mouseClick(find<QCheckBox>("rememberCheck"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>("passwordEdit"), QString::fromLatin1(DemoServer::Password));
    QTest::keyClick(find<QLineEdit>("passwordEdit"), Qt::Key_Return);
    // The server knows this person only as +886912345678: signing in proves what was sent.
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), m_window->sessionPage(), 10000);
    QCOMPARE(m_app->auth.session()->phone, QString::fromLatin1(DemoServer::TaiwanPhone));
    m_app->auth.signOut();
    QTRY_COMPARE(currentPage(), m_window->loginPage());

    // The next start chooses Taiwan again, with the number as it reads after +886.
    makeWindow(m_demo.url());
    QCOMPARE(find<RegionSelector>("regionButton")->region(), QStringLiteral("TW"));
    QTRY_COMPARE(find<PhoneField>("phoneEdit")->text(), QStringLiteral("912 345 678"));
    QCOMPARE(find<RegionSelector>("regionButton")->text(), QStringLiteral("+886"));
}

DESKLOGIN_TEST_MAIN(TestRegionSelector)
#include "tst_regionselector.moc"
