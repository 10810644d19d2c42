#include "Awaited.h"
#include "TestMain.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The exit code of a test program (support/TestMain.h), which CTest reads: a failure is always a
// failure, a skip is a skip only when nothing failed; and QTest's arguments work as before.
class TestTestMain : public QObject {
    Q_OBJECT
private slots:
    void exitsWithWhatHappened_data();
    void exitsWithWhatHappened();
    void writesTheLogAskedFor();
};

void TestTestMain::exitsWithWhatHappened_data()
{
    QTest::addColumn<QString>("probe");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const int skipped = TestMain::SkippedExitCode;
    const QString pass = QStringLiteral("pass"), skip = QStringLiteral("skip"),
                  fail = QStringLiteral("fail"), both = QStringLiteral("fail-and-skip");
    QTest::newRow("all passed") << pass << QStringList() << 0;
    QTest::newRow("one skipped") << skip << QStringList() << skipped;
    QTest::newRow("one failed") << fail << QStringList() << 1;
    QTest::newRow("one failed beside one skipped") << both << QStringList() << 1;
    QTest::newRow("the skipped one by name")
        << skip << QStringList {QStringLiteral("skipsWhenAsked")} << skipped;
    QTest::newRow("another by name") << both << QStringList {QStringLiteral("passes")} << 0;
    QTest::newRow("failed, with a log file as on Windows")
        << both << QStringList {QStringLiteral("-o"), QStringLiteral("probe.txt,txt")} << 1;
    QTest::newRow("skipped, in XML") << skip << QStringList {QStringLiteral("-xml")} << skipped;
}

void TestTestMain::exitsWithWhatHappened()
{
    QFETCH(QString, probe);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QProcess program;
    program.setWorkingDirectory(dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESKLOGIN_PROBE"), probe);
    program.setProcessEnvironment(environment);
    const Awaited exited(&program, &QProcess::finished, [](int code, QProcess::ExitStatus status) {
        return status == QProcess::NormalExit ? code : -1;
    });
    program.start(QStringLiteral(DESKLOGIN_TESTMAIN_PROBE), arguments);
    AWAIT(exited);
    QCOMPARE(*exited, exitCode);
}

void TestTestMain::writesTheLogAskedFor()
{
    QTemporaryDir dir;
    QProcess program;
    program.setWorkingDirectory(dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESKLOGIN_PROBE"), QStringLiteral("skip"));
    program.setProcessEnvironment(environment);
    const Awaited exited(&program, &QProcess::finished,
                         [](int code, QProcess::ExitStatus) { return code; });
    // An old-style log file with a format option, and QTest's output on stdout otherwise.
    program.start(QStringLiteral(DESKLOGIN_TESTMAIN_PROBE),
                  {QStringLiteral("-o"), QStringLiteral("probe.xml"), QStringLiteral("-xml")});
    AWAIT(exited);
    QCOMPARE(*exited, TestMain::SkippedExitCode);
    QFile log(dir.filePath(QStringLiteral("probe.xml")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray xml = log.readAll();
    QVERIFY2(xml.contains("<TestCase name=\"Probe\">") && xml.contains("type=\"skip\""),
             xml.constData());
    QCOMPARE(program.readAllStandardOutput(), QByteArray());
}

DESKLOGIN_TEST_GUILESS_MAIN(TestTestMain)
#include "tst_testmain.moc"
