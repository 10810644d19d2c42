#include "Awaited.h"
#include "DemoServer.h"
#include "TestMain.h"
#include "config/Setting.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>
#ifdef Q_OS_MACOS
#include <util.h>
#else
#include <pty.h>
#endif

// The app's command line, run as a person would run it; no display is needed for any of this.
class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void printsItsVersion();
    void printsHelp();
    void badCommandLinesExitWithStatus2_data();
    void badCommandLinesExitWithStatus2();
    void checksASignInWithoutAWindow();
    void readsATypedPasswordWithoutShowingIt();
    void neverLoadsALibraryItsEnvironmentNames();
    void printsTheDiagnosticReportWithoutASecret();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    // Runs the app in English with empty settings, unless `environment` says otherwise. An
    // app that does not exit fails the test function (and its exit code reads as -1).
    static Run run(const QStringList &arguments, const QByteArray &input = QByteArray(),
                   const QList<QPair<QString, QString>> &environment = {});
    static QProcessEnvironment environmentFor(const QTemporaryDir &home,
                                              const QList<QPair<QString, QString>> &environment);
    // The demo server's address and client, as options.
    static QStringList serverOptions(const DemoServer &server);
};

QProcessEnvironment
TestCommandLine::environmentFor(const QTemporaryDir &home,
                                const QList<QPair<QString, QString>> &environment)
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.remove(QStringLiteral("DISPLAY"));
    variables.remove(QStringLiteral("WAYLAND_DISPLAY"));
    variables.remove(QStringLiteral("QT_QPA_PLATFORM"));
    variables.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    variables.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    variables.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const auto &[name, value] : environment)
        variables.insert(name, value);
    return variables;
}

QStringList TestCommandLine::serverOptions(const DemoServer &server)
{
    return {QStringLiteral("--server"),        server.url().toString(),
            QStringLiteral("--client-id"),     QString::fromLatin1(DemoServer::ClientId),
            QStringLiteral("--client-secret"), QString::fromLatin1(DemoServer::ClientSecret)};
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, const QByteArray &input,
                                          const QList<QPair<QString, QString>> &environment)
{
    QProcess process;
    QTemporaryDir home;
    process.setProcessEnvironment(environmentFor(home, environment));
    const Awaited exited(&process, &QProcess::finished, [](int code, QProcess::ExitStatus status) {
        return status == QProcess::NormalExit ? code : -1;
    });
    process.start(QStringLiteral(DESKLOGIN_APP_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!exited.wait(std::chrono::seconds(20))) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, {}};
    }
    return {*exited, QString::fromUtf8(process.readAllStandardOutput()),
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
    const QStringList base = serverOptions(server);
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
    // The window's words, then the kind and status for scripts.
    QCOMPARE(r.out.split(QLatin1Char('\n')),
             QStringList({QStringLiteral("not signed in: The phone number or password is wrong. "
                                         "Check them and try again."),
                          QStringLiteral("kind=WrongCredentials http_status=401"), QString()}));

    r = run(base + QStringList {QStringLiteral("--check-sign-in"), QStringLiteral("12345")}, "x\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.startsWith(QStringLiteral("not signed in: This is not a valid mobile number."))
                 && r.out.contains(QStringLiteral("kind=InvalidPhoneNumber http_status=0")),
             qPrintable(r.out));

    // In the person's language, as the window would say it.
    r = run(base + QStringList {QStringLiteral("--check-sign-in"), QStringLiteral("13800138000")},
            "wrong\n",
            {{QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")},
             {QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("not signed in: 手机号或密码错误")),
             qPrintable(r.out));

    // Plain http to another host is refused before anything is sent, and said so.
    r = run(QStringList {QStringLiteral("--server"), QStringLiteral("http://login.example"),
                         QStringLiteral("--check-sign-in"), QStringLiteral("13800138000")},
            "x\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("does not use https"))
                 && r.out.contains(QStringLiteral("kind=InsecureUrl http_status=0")),
             qPrintable(r.out));
}

void TestCommandLine::readsATypedPasswordWithoutShowingIt()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // The app's standard input is a terminal (a pseudo-terminal whose other end this test
    // holds: what the person types goes in there, and what the terminal shows comes out).
    int terminal = -1;
    int appSide = -1;
    QVERIFY(::openpty(&terminal, &appSide, nullptr, nullptr, nullptr) == 0);
    const auto closeTerminal = qScopeGuard([&] {
        ::close(terminal);
        if (appSide >= 0)
            ::close(appSide);
    });
    QProcess process;
    QTemporaryDir home;
    process.setProcessEnvironment(environmentFor(home, {}));
    process.setChildProcessModifier([appSide] { ::dup2(appSide, STDIN_FILENO); });
    QString err;
    connect(&process, &QProcess::readyReadStandardError, this,
            [&] { err += QString::fromUtf8(process.readAllStandardError()); });
    const Awaited exited(&process, &QProcess::finished, [](int code, QProcess::ExitStatus status) {
        return status == QProcess::NormalExit ? code : -1;
    });
    process.start(
        QStringLiteral(DESKLOGIN_APP_BINARY),
        serverOptions(server)
            + QStringList {QStringLiteral("--check-sign-in"), QStringLiteral("13800138000")});
    const auto killApp = qScopeGuard([&] {
        process.kill();
        process.waitForFinished();
    });
    ::close(appSide);
    appSide = -1;

    // The person types once asked, as a person does.
    QTRY_VERIFY_WITH_TIMEOUT(err.contains(QStringLiteral("Password: ")), 20000);
    const QByteArray typed = QByteArray(DemoServer::Password) + '\n';
    QCOMPARE(::write(terminal, typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
    AWAIT(exited);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(*exited == 0, qPrintable(QStringLiteral("exit %1: %2%3").arg(*exited).arg(out, err)));
    QVERIFY2(out.startsWith(QStringLiteral("signed in: ")), qPrintable(err));

    // What the terminal showed the person: the line end, not the password.
    QVERIFY(::fcntl(terminal, F_SETFL, O_NONBLOCK) == 0);
    QByteArray shown;
    char buffer[256];
    for (ssize_t n; (n = ::read(terminal, buffer, sizeof buffer)) > 0;)
        shown.append(buffer, n);
    QVERIFY2(!shown.contains(DemoServer::Password), shown.constData());
    QVERIFY2(shown.contains('\n'), shown.constData());
}

void TestCommandLine::neverLoadsALibraryItsEnvironmentNames()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    const QString mark = dir.filePath(QStringLiteral("loaded"));
    // The variable the tests use for the phone number module, pointed at a library that leaves
    // a mark when it is loaded: the app reads the number with its own module, beside it.
    const Run r = run(
        serverOptions(server)
            + QStringList {QStringLiteral("--check-sign-in"), QStringLiteral("138 0013 8000")},
        QByteArray(DemoServer::Password) + '\n',
        {{QStringLiteral("DESKLOGIN_PHONENUMBER_MODULE"), QStringLiteral(DESKLOGIN_PLANTED_MODULE)},
         {QStringLiteral("DESKLOGIN_PLANTED_MARK"), mark}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(!QFile::exists(mark));
}

void TestCommandLine::printsTheDiagnosticReportWithoutASecret()
{
    const Run r =
        run({QStringLiteral("--diagnostics"), QStringLiteral("--proxy"),
             QStringLiteral("socks5://bob@proxy.example.com:1080")},
            {}, {{QStringLiteral("DESKLOGIN_CLIENT_SECRET"), QStringLiteral("s3cr3t-x")}});
    QCOMPARE(r.exitCode, 0);
    for (const QString &expected : {QStringLiteral(" diagnostic report\n"),
                                    QStringLiteral("\nVersion: "), QStringLiteral("\nKeychain: "),
                                    QStringLiteral("\nProxy: socks5://bob@proxy.example.com:1080"),
                                    QStringLiteral("\n  client_secret = (set)\n"),
                                    QStringLiteral("\n  keep_signed_in = true\n"),
                                    QStringLiteral("\nLast lines of the log:\n")})
        QVERIFY2(r.out.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + r.out));
    QVERIFY(!r.out.contains(QStringLiteral("s3cr3t-x")));
    QVERIFY(r.err.isEmpty());
}

DESKLOGIN_TEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
