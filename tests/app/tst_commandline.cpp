#include "DemoServer.h"
#include "Setting.h"

#include <QProcess>
#include <QTest>

// The app's command line, run as a person would run it; no display is needed for any of this.
class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void printsItsVersion();
    void printsHelp();
    void badCommandLinesExitWithStatus2_data();
    void badCommandLinesExitWithStatus2();
    void checksASignInWithoutAWindow();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = QByteArray());
};

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DESKLOGIN_APP_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        qFatal("the app did not exit");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::printsItsVersion()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral(DESKLOGIN_EXPECTED_VERSION_LINE));
}

void TestCommandLine::printsHelp()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option :
         {"--server", "--client-id", "--client-secret", "--config", "--version"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    // Every setting of the table is named, and every option it declares is there.
    for (const Setting &setting : Settings::all()) {
        QVERIFY2(
            r.out.contains(QLatin1String("  ") + QLatin1String(setting.key) + QLatin1Char(':')),
            setting.key);
        if (setting.option)
            QVERIFY2(r.out.contains(QLatin1String("--") + QLatin1String(setting.option)),
                     setting.option);
    }
}

void TestCommandLine::badCommandLinesExitWithStatus2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("stray argument")
        << QStringList {QStringLiteral("stray")} << QStringLiteral("stray");
    QTest::newRow("server not http(s)")
        << QStringList {QStringLiteral("--server"), QStringLiteral("ftp://example.com")}
        << QStringLiteral("command line: invalid value for \"server\"");
    QTest::newRow("empty client id")
        << QStringList {QStringLiteral("--client-id"), QStringLiteral("")}
        << QStringLiteral("client_id");
    QTest::newRow("missing option value")
        << QStringList {QStringLiteral("--server")} << QStringLiteral("server");
    QTest::newRow("config file missing")
        << QStringList {QStringLiteral("--config"), QStringLiteral("/nonexistent/x.conf")}
        << QStringLiteral("/nonexistent/x.conf: cannot be read");
}

void TestCommandLine::badCommandLinesExitWithStatus2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

void TestCommandLine::checksASignInWithoutAWindow()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QStringList base {
        QStringLiteral("--server"),        server.url().toString(),
        QStringLiteral("--client-id"),     QString::fromLatin1(DemoServer::ClientId),
        QStringLiteral("--client-secret"), QString::fromLatin1(DemoServer::ClientSecret)};
    Run r =
        run(base + QStringList {QStringLiteral("--check-sign-in"), QStringLiteral("138 0013 8000")},
            QByteArray(DemoServer::Password) + '\n');
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("signed in: a Bearer token valid for ")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String(DemoServer::Password)));

    r = run(base + QStringList {QStringLiteral("--check-sign-in"), QStringLiteral("13800138000")},
            "wrong\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.trimmed(), QStringLiteral("not signed in: WrongCredentials (HTTP 401)"));

    r = run(base + QStringList {QStringLiteral("--check-sign-in"), QStringLiteral("12345")}, "x\n");
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
