#include "TestMain.h"
#include "phone/PhoneNumber.h"

#include <QTest>
#include <QThread>

#include <memory>

Q_DECLARE_METATYPE(PhoneNumber::Problem)

class TestPhoneNumber : public QObject {
    Q_OBJECT
private slots:
    void loadsTheModuleOnAWorkerThreadWhenAsked(); // first: nothing may have loaded it before
    void acceptsWhatPeopleTypeOrPaste_data();
    void acceptsWhatPeopleTypeOrPaste();
    void rejectsWhatCannotBeAMobileNumber_data();
    void rejectsWhatCannotBeAMobileNumber();
    void rendersTheUsernameInTheConfiguredFormat();
    void masksTheMiddleDigits();
    void knowsSupportedRegions();
    void formatsAsTyped_data();
    void formatsAsTyped();
    void acceptsNumbersOfEveryAcceptedRegion_data();
    void acceptsNumbersOfEveryAcceptedRegion();
    void splitsTheCountryCodeOffAPastedNumber_data();
    void splitsTheCountryCodeOffAPastedNumber();
    void namesRegionsInTheUisLanguage();
};

void TestPhoneNumber::loadsTheModuleOnAWorkerThreadWhenAsked()
{
    QVERIFY(!PhoneNumber::isReady());
    // What the first window and the settings ask comes from the build-time table: no module.
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("CN")), 86);
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("hk")), 852);
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("MO")), 853);
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("TW")), 886);
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("US")), 1);
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("ZZ")), 0);
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("CHN")), 0);
    QVERIFY(PhoneNumber::isSupportedRegion(QStringLiteral("TW")));
    QVERIFY(!PhoneNumber::isReady());
    QObject context;
    int calls = 0;
    Qt::HANDLE thread = nullptr;
    PhoneNumber::whenReady(&context, [&] {
        ++calls;
        thread = QThread::currentThreadId();
    });
    auto gone = std::make_unique<QObject>();
    bool goneCalled = false;
    PhoneNumber::whenReady(gone.get(), [&] { goneCalled = true; });
    gone.reset();
    QCOMPARE(calls, 0); // not on the spot: the module loads elsewhere
    QTRY_COMPARE(calls, 1);
    QCOMPARE(thread, QThread::currentThreadId()); // but the answer comes back here
    QVERIFY(!goneCalled);
    QVERIFY(PhoneNumber::isReady());
    PhoneNumber::whenReady(&context, [&] { ++calls; });
    QCOMPARE(calls, 2); // loaded: at once
    QVERIFY(PhoneNumber::parse(QStringLiteral("13800138000"), QStringLiteral("CN")).isValid());
}

void TestPhoneNumber::acceptsWhatPeopleTypeOrPaste_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("national");

    const QString cn = QStringLiteral("CN");
    const QString digits = QStringLiteral("13800138000");
    QTest::newRow("plain digits") << QStringLiteral("13800138000") << cn << digits;
    QTest::newRow("spaces") << QStringLiteral(" 138 0013 8000 ") << cn << digits;
    QTest::newRow("dashes") << QStringLiteral("138-0013-8000") << cn << digits;
    QTest::newRow("brackets") << QStringLiteral("(138) 0013 8000") << cn << digits;
    QTest::newRow("+86") << QStringLiteral("+86 138 0013 8000") << cn << digits;
    QTest::newRow("0086") << QStringLiteral("0086 13800138000") << cn << digits;
    QTest::newRow("full-width digits")
        << QStringLiteral("\uFF11\uFF13\uFF18\uFF10\uFF10\uFF11\uFF13\uFF18\uFF10\uFF10\uFF10")
        << cn << digits;
    QTest::newRow("full-width plus and dashes")
        << QStringLiteral("\uFF0B86 138\uFF0D0013\uFF0D8000") << cn << digits;
    QTest::newRow("Arabic-Indic digits")
        << QString::fromUtf8("\u0661\u0663\u0668\u0660\u0660\u0661\u0663\u0668\u0660\u0660\u0660")
        << cn << digits;
    QTest::newRow("another operator")
        << QStringLiteral("199 1234 5678") << cn << QStringLiteral("19912345678");
    QTest::newRow("region is case-insensitive")
        << QStringLiteral("13800138000") << QStringLiteral("cn") << digits;
    QTest::newRow("Taiwan mobile")
        << QStringLiteral("0912 345 678") << QStringLiteral("TW") << QStringLiteral("912345678");
    QTest::newRow("Hong Kong mobile")
        << QStringLiteral("5123 4567") << QStringLiteral("HK") << QStringLiteral("51234567");
}

void TestPhoneNumber::acceptsWhatPeopleTypeOrPaste()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, national);
    const PhoneNumber number = PhoneNumber::parse(input, region);
    QVERIFY2(number.isValid(), qPrintable(QString::number(int(number.problem()))));
    QCOMPARE(number.nationalDigits(), national);
}

void TestPhoneNumber::rejectsWhatCannotBeAMobileNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PhoneNumber::Problem>("problem");

    QTest::newRow("empty") << QString() << PhoneNumber::Problem::Empty;
    QTest::newRow("blank") << QStringLiteral("   ") << PhoneNumber::Problem::Empty;
    QTest::newRow("letters") << QStringLiteral("hello") << PhoneNumber::Problem::NotANumber;
    QTest::newRow("too short") << QStringLiteral("1") << PhoneNumber::Problem::NotANumber;
    QTest::newRow("one digit short")
        << QStringLiteral("1380013800") << PhoneNumber::Problem::NotMobile;
    QTest::newRow("too long") << QStringLiteral("138001380001234567890")
                              << PhoneNumber::Problem::TooLong;
    QTest::newRow("absurdly long input")
        << QString(500, QLatin1Char('1')) << PhoneNumber::Problem::TooLong;
    QTest::newRow("Beijing landline")
        << QStringLiteral("010 6552 9988") << PhoneNumber::Problem::NotMobile;
    QTest::newRow("US number") << QStringLiteral("+1 650 253 0000")
                               << PhoneNumber::Problem::OtherRegion;
}

void TestPhoneNumber::rejectsWhatCannotBeAMobileNumber()
{
    QFETCH(QString, input);
    QFETCH(PhoneNumber::Problem, problem);
    const PhoneNumber number = PhoneNumber::parse(input, QStringLiteral("CN"));
    QVERIFY(!number.isValid());
    QCOMPARE(int(number.problem()), int(problem));
}

void TestPhoneNumber::rendersTheUsernameInTheConfiguredFormat()
{
    const PhoneNumber number =
        PhoneNumber::parse(QStringLiteral("138 0013 8000"), QStringLiteral("CN"));
    QCOMPARE(number.username(PhoneNumber::UsernameFormat::NationalDigits),
             QStringLiteral("13800138000"));
    QCOMPARE(number.username(PhoneNumber::UsernameFormat::E164), QStringLiteral("+8613800138000"));
    QCOMPARE(number.formatted(), QStringLiteral("138 0013 8000"));
    // After +886 a Taiwan number drops its trunk 0, as libphonenumber writes it internationally.
    const PhoneNumber taiwan =
        PhoneNumber::parse(QStringLiteral("0912345678"), QStringLiteral("TW"));
    QCOMPARE(taiwan.formatted(), QStringLiteral("912 345 678"));
    QCOMPARE(taiwan.username(PhoneNumber::UsernameFormat::NationalDigits),
             QStringLiteral("912345678"));
}

void TestPhoneNumber::masksTheMiddleDigits()
{
    QCOMPARE(PhoneNumber::parse(QStringLiteral("13800138000"), QStringLiteral("CN")).masked(),
             QStringLiteral("138 **** 8000"));
    QCOMPARE(PhoneNumber::parse(QStringLiteral("0912345678"), QStringLiteral("TW")).masked(),
             QStringLiteral("91 *** 5678"));
}

void TestPhoneNumber::knowsSupportedRegions()
{
    QVERIFY(PhoneNumber::isSupportedRegion(QStringLiteral("CN")));
    QVERIFY(PhoneNumber::isSupportedRegion(QStringLiteral("tw")));
    QVERIFY(!PhoneNumber::isSupportedRegion(QStringLiteral("XX")));
    QVERIFY(!PhoneNumber::isSupportedRegion(QStringLiteral("CHN")));
    QVERIFY(!PhoneNumber::isSupportedRegion(QString()));
}

void TestPhoneNumber::formatsAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("shown");
    const QString cn = QStringLiteral("CN");
    QTest::newRow("empty") << QString() << cn << QString();
    QTest::newRow("three digits") << QStringLiteral("138") << cn << QStringLiteral("138");
    QTest::newRow("four digits") << QStringLiteral("1380") << cn << QStringLiteral("138 0");
    QTest::newRow("whole number") << QStringLiteral("13800138000") << cn
                                  << QStringLiteral("138 0013 8000");
    QTest::newRow("regrouped") << QStringLiteral("13-800-138-000") << cn
                               << QStringLiteral("138 0013 8000");
    QTest::newRow("international")
        << QStringLiteral("+8613800138000") << cn << QStringLiteral("+86 138 0013 8000");
    QTest::newRow("full-width") << QStringLiteral("\uFF11\uFF13\uFF18\uFF10") << cn
                                << QStringLiteral("138 0");
    QTest::newRow("letters left alone") << QStringLiteral("abc12") << cn << QStringLiteral("abc12");
    // Found by fuzz_phonenumber: libphonenumber aborted the process on these.
    QTest::newRow("Arabic-Indic digits after +86")
        << QString::fromUtf8("+86 1\u06f5\u06f5\u06f5") << cn << QStringLiteral("+86 155 5");
    QTest::newRow("fuzzer crash input") << QString::fromUtf8("+86 1\xdb\xb5\x01\x01=0\xdb\xb5\x01"
                                                             "5005033333330")
                                        << cn << QStringLiteral("+8615055005033333330");
    QTest::newRow("Taiwan") << QStringLiteral("0912345678") << QStringLiteral("TW")
                            << QStringLiteral("0912 345 678");
}

void TestPhoneNumber::formatsAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, region);
    QFETCH(QString, shown);
    QCOMPARE(PhoneNumber::formatAsTyped(typed, region), shown);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestPhoneNumber)
void TestPhoneNumber::acceptsNumbersOfEveryAcceptedRegion_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("region"); // empty: refused as OtherRegion
    QTest::addColumn<QString>("e164");
    const QStringList four {QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO"),
                            QStringLiteral("TW")};
    QTest::newRow("Taiwan, national, TW chosen")
        << QStringLiteral("0912 345 678") << QStringLiteral("TW") << QStringLiteral("TW")
        << QStringLiteral("+886912345678");
    QTest::newRow("Taiwan, E.164, CN chosen")
        << QStringLiteral("+886 912 345 678") << QStringLiteral("CN") << QStringLiteral("TW")
        << QStringLiteral("+886912345678");
    QTest::newRow("Hong Kong") << QStringLiteral("9123 4567") << QStringLiteral("HK")
                               << QStringLiteral("HK") << QStringLiteral("+85291234567");
    QTest::newRow("Macau") << QStringLiteral("6612 3456") << QStringLiteral("MO")
                           << QStringLiteral("MO") << QStringLiteral("+85366123456");
    QTest::newRow("mainland") << QStringLiteral("138 0013 8000") << QStringLiteral("CN")
                              << QStringLiteral("CN") << QStringLiteral("+8613800138000");
    QTest::newRow("Japan is not accepted")
        << QStringLiteral("+81 90 1234 5678") << QStringLiteral("TW") << QString() << QString();
    QTest::newRow("a number too short of a region not accepted is still OtherRegion")
        << QStringLiteral("+81 90") << QStringLiteral("TW") << QString() << QString();
}

void TestPhoneNumber::acceptsNumbersOfEveryAcceptedRegion()
{
    QFETCH(QString, input);
    QFETCH(QString, chosen);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const QStringList four {QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO"),
                            QStringLiteral("TW")};
    const PhoneNumber number = PhoneNumber::parse(input, chosen, four);
    if (region.isEmpty()) {
        QCOMPARE(int(number.problem()), int(PhoneNumber::Problem::OtherRegion));
        return;
    }
    QVERIFY2(number.isValid(), qPrintable(input));
    QCOMPARE(number.region(), region);
    QCOMPARE(number.e164(), e164);
    // With the chosen region alone accepted, a number of another is refused.
    if (region != chosen)
        QCOMPARE(int(PhoneNumber::parse(input, chosen).problem()),
                 int(PhoneNumber::Problem::OtherRegion));
}

void TestPhoneNumber::splitsTheCountryCodeOffAPastedNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("accepted");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("region"); // empty: no split
    QTest::addColumn<QString>("rest");
    const QStringList four {QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO"),
                            QStringLiteral("TW")};
    QTest::newRow("+852") << QStringLiteral("+852 9123 4567") << four << QStringLiteral("CN")
                          << QStringLiteral("HK") << QStringLiteral("9123 4567");
    QTest::newRow("00886") << QStringLiteral("00886912345678") << four << QStringLiteral("CN")
                           << QStringLiteral("TW") << QStringLiteral("912345678");
    QTest::newRow("code alone") << QStringLiteral("+853") << four << QStringLiteral("CN")
                                << QStringLiteral("MO") << QString();
    QTest::newRow("not yet a code")
        << QStringLiteral("+85") << four << QStringLiteral("CN") << QString() << QString();
    QTest::newRow("no plus") << QStringLiteral("852 9123 4567") << four << QStringLiteral("CN")
                             << QString() << QString();
    QTest::newRow("not accepted") << QStringLiteral("+81 90 1234 5678") << four
                                  << QStringLiteral("CN") << QString() << QString();
    QTest::newRow("shared +1: the number's own region")
        << QStringLiteral("+1 416 555 0123")
        << QStringList {QStringLiteral("US"), QStringLiteral("CA")} << QStringLiteral("US")
        << QStringLiteral("CA") << QStringLiteral("416 555 0123");
    QTest::newRow("shared +1, a part: the current region")
        << QStringLiteral("+1 4") << QStringList {QStringLiteral("US"), QStringLiteral("CA")}
        << QStringLiteral("CA") << QStringLiteral("CA") << QStringLiteral("4");
    QTest::newRow("letters") << QStringLiteral("+abc") << four << QStringLiteral("CN") << QString()
                             << QString();
}

void TestPhoneNumber::splitsTheCountryCodeOffAPastedNumber()
{
    QFETCH(QString, input);
    QFETCH(QStringList, accepted);
    QFETCH(QString, current);
    QFETCH(QString, region);
    QFETCH(QString, rest);
    const auto split = PhoneNumber::splitCountryCode(input, accepted, current);
    QCOMPARE(split.has_value(), !region.isEmpty());
    if (split) {
        QCOMPARE(split->region, region);
        QCOMPARE(split->rest, rest);
    }
}

void TestPhoneNumber::namesRegionsInTheUisLanguage()
{
    QCOMPARE(PhoneNumber::regionName(QStringLiteral("TW"), QStringLiteral("en")),
             QStringLiteral("Taiwan"));
    QCOMPARE(PhoneNumber::regionName(QStringLiteral("MO"), QStringLiteral("zh-CN")),
             QStringLiteral("中国澳门特别行政区"));
    QCOMPARE(PhoneNumber::regionName(QStringLiteral("HK"), QStringLiteral("zh-TW")),
             QStringLiteral("中國香港特別行政區"));
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("TW")), 886);
    QCOMPARE(PhoneNumber::countryCode(QStringLiteral("XX")), 0);
}

#include "tst_phonenumber.moc"
