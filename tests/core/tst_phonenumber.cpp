#include "PhoneNumber.h"

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
};

void TestPhoneNumber::loadsTheModuleOnAWorkerThreadWhenAsked()
{
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

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
