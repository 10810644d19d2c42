// DeskLogin's entry point: reads the command line, asks core for the settings in effect and
// the object graph, and runs the window (or one of the command-line modes).
#include "AppIcon.h"
#include "DiagnosticReport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Messages.h"
#include "config/BuildConfig.h"
#include "config/ConfigLayers.h"
#include "config/Preferences.h"
#include "graph/AppGraph.h"
#include "graph/AppKeychain.h"
#include "session/WhenIdle.h"
#include "support/Clock.h"
#include "support/LogFile.h"
#include "support/Logging.h"
#include "support/LoginStart.h"
#include "support/SingleInstance.h"
#include "support/Terminal.h"
#ifdef DESKLOGIN_BENCH_PROBE
#include "BenchProbe.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSysInfo>
#include <QTimer>

#include <cstdio>
#include <future>

namespace {

constexpr int ExitBadCommandLine = 2;
constexpr std::chrono::seconds KeychainGracePeriod {5};
// How long quitting waits for a token being revoked (its request, or the keychain entry that
// keeps it for the next start) after the session store is done.
constexpr std::chrono::seconds RevocationGracePeriod {3};

struct CommandLine {
    QCommandLineOption config {QStringLiteral("config"),
                               QStringLiteral("Read settings from this file instead of the "
                                              "user's configuration file."),
                               QStringLiteral("file")};
    QCommandLineOption checkSignIn {QStringLiteral("check-sign-in"),
                                    QStringLiteral("Sign in once without a window, with the "
                                                   "password read from standard input, and "
                                                   "report the result; nothing is stored. For "
                                                   "checking a deployment."),
                                    QStringLiteral("phone")};
    QCommandLineOption background {
        QStringLiteral("background"),
        QStringLiteral("Started with the computer (the installers register this): start hidden "
                       "in the tray with a stored session, show the sign-in window without one, "
                       "and do nothing at all when start_at_login is false.")};
    QCommandLineOption diagnostics {
        QStringLiteral("diagnostics"),
        QStringLiteral("Print the diagnostic report (versions, settings "
                       "in effect without secrets, keychain, proxy, "
                       "the last lines of the log) and exit.")};
    // The settings that have an option of their own, with their keys (from the settings table).
    QList<QPair<QCommandLineOption, QString>> settingOptions;
    QCommandLineParser parser;

    CommandLine()
    {
        QString description = QStringLiteral("Sign in with your phone number.\n\nSettings (in "
                                             "desklogin.conf as key = value, or in the "
                                             "environment as DESKLOGIN_<KEY>):");
        for (const Setting &setting : Settings::all()) {
            description += QStringLiteral("\n  %1: %2")
                               .arg(QLatin1String(setting.key), QString::fromUtf8(setting.help))
                               .remove(QLatin1Char('`'));
            if (setting.option)
                settingOptions.append(
                    {QCommandLineOption(QString::fromLatin1(setting.option),
                                        QString::fromUtf8(setting.help).remove(QLatin1Char('`')),
                                        QString::fromLatin1(setting.valueName)),
                     QString::fromLatin1(setting.key)});
        }
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addVersionOption();
        for (const auto &[option, key] : std::as_const(settingOptions))
            parser.addOption(option);
        parser.addOptions({config, checkSignIn, diagnostics, background});
    }

    ConfigLayers::Sources sources() const
    {
        ConfigLayers::Sources sources;
        sources.configFile = parser.value(config);
        for (const auto &[option, key] : settingOptions) {
            if (parser.isSet(option))
                sources.commandLine.append({key, parser.value(option)});
        }
        return sources;
    }
};

// --check-sign-in: one real sign-in from the command line through the app's own graph (the
// proxy the window would use, with its password from the keychain), reported in the words the
// window uses (in the system's language) and then as `kind=… http_status=…` for scripts.
// Nothing is stored. Exit status 0 when a token came back, 1 when the server refused, 2 for a
// bad phone number.
int checkSignIn(int argc, char *argv[], const AppConfig &config, const QString &phone)
{
    QCoreApplication app(argc, argv);
    LanguageManager languages;
    languages.setLanguage(languages.initialLanguage(), false);
    const auto report = [](const QString &words, const AuthError &error) {
        std::printf("%s\nkind=%s http_status=%d\n",
                    qPrintable(QStringLiteral("not signed in: ") + words), toString(error),
                    error.httpStatus);
    };
    AppKeychain keychain(QString::fromUtf8(BuildConfig::AppId));
    SystemClock clock;
    AppGraph graph(config, &keychain.store, &clock, nullptr, &keychain.secrets);
    graph.auth.setKeepSignedIn(false); // this run's session only: nothing reaches the keychain
    Messages::setRegionNames(config.regionNames);
    Messages::setSupportContact(config.supportContact);

    const PhoneNumber number = graph.auth.parsePhone(phone);
    if (!number.isValid()) {
        report(Messages::forPhoneProblem(number.problem(), config.acceptedRegions()),
               AuthError::of(AuthError::Kind::InvalidPhoneNumber));
        return ExitBadCommandLine;
    }
    const QString password = Terminal::readSecretLine(Messages::passwordPrompt());
    QObject::connect(&graph.auth, &AuthManager::signInFailed, &app, [&](const AuthError &error) {
        report(Messages::forError(error), error);
        QCoreApplication::exit(1);
    });
    QObject::connect(&graph.auth, &AuthManager::stateChanged, &app, [&](AuthManager::State state) {
        if (state != AuthManager::State::SignedIn)
            return;
        const Session &session = *graph.auth.session();
        std::printf("signed in: a %s token valid for %lld s\n", qPrintable(session.tokenType),
                    static_cast<long long>(session.receivedAt.secsTo(session.expiresAt)));
        std::fflush(stdout);
        // The check's token is of no further use: revoked where the deployment can (not kept
        // for a later try: this run keeps nothing), waiting a few seconds at most.
        graph.revoker.revoke(session, false);
        if (graph.revoker.busy() == 0)
            return QCoreApplication::exit(0);
        QObject::connect(&graph.revoker, &TokenRevoker::idle, &app,
                         [] { QCoreApplication::exit(0); });
        QTimer::singleShot(RevocationGracePeriod, &app, [] { QCoreApplication::exit(0); });
    });
    QObject::connect(&graph.networkSettings, &NetworkSettings::ready, &app,
                     [&] { graph.auth.signIn(phone, password); });
    graph.networkSettings.start();
    return app.exec();
}

DiagnosticFacts diagnosticFacts(const AppConfig &config, const QStringList &problems,
                                const AppKeychain &keychain)
{
    DiagnosticFacts facts;
    facts.config = &config;
    facts.configProblems = problems;
    facts.keychain = keychain.backendName();
    facts.logFolder = LogFile::defaultFolder();
    return facts;
}

// --diagnostics: the report Help → Copy Diagnostic Report gives, without a window.
int printDiagnostics(int argc, char *argv[], const AppConfig &config, const QStringList &problems)
{
    QCoreApplication app(argc, argv);
    LanguageManager languages;
    languages.setLanguage(languages.initialLanguage(), false);
    AppKeychain keychain(QString::fromUtf8(BuildConfig::AppId));
    SystemClock clock;
    AppGraph graph(config, &keychain.store, &clock);
    DiagnosticFacts facts = diagnosticFacts(config, problems, keychain);
    facts.network = &graph.networkSettings;
    std::printf("%s", DiagnosticReport::build(facts).toUtf8().constData());
    return 0;
}

// What the log says first, so that every run's lines start from the facts they depend on.
void logStart(const AppConfig &config, const QStringList &problems, const QString &keychain,
              const QString &language)
{
    qCInfo(lcApp).noquote() << QCoreApplication::applicationName()
                            << QCoreApplication::applicationVersion() << "starting; Qt"
                            << qVersion() << "on" << QSysInfo::prettyProductName();
    qCInfo(lcApp).noquote() << "language:" << language << "(the system's:"
                            << QLocale::system().uiLanguages().join(QLatin1String(", ")) + u')';
    for (const QString &line : Settings::inEffect(config))
        qCInfo(lcApp).noquote() << "setting" << line;
    for (const QString &problem : problems)
        qCWarning(lcApp).noquote() << problem;
    qCInfo(lcApp).noquote() << "keychain:" << keychain;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QString::fromUtf8(BuildConfig::AppName));
    QCoreApplication::setOrganizationName(QString::fromUtf8(BuildConfig::Organization));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(BuildConfig::Version));

    // The command line is read before any window system is touched, so that --help, --version
    // and mistakes work without a display.
    CommandLine cli;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool parsed = cli.parser.parse(arguments);
    if (!parsed || cli.parser.isSet(QStringLiteral("help"))
        || cli.parser.isSet(QStringLiteral("version"))
        || !cli.parser.positionalArguments().isEmpty()) {
        QCoreApplication app(argc, argv);
        if (!parsed || !cli.parser.positionalArguments().isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(parsed ? QStringLiteral("unexpected argument: %1")
                                                 .arg(cli.parser.positionalArguments().first())
                                           : cli.parser.errorText()));
            return ExitBadCommandLine;
        }
        if (cli.parser.isSet(QStringLiteral("version"))) {
            std::printf("%s %s\n", BuildConfig::AppName, BuildConfig::Version);
            return 0;
        }
        cli.parser.showHelp(0);
    }

    const ConfigLayers::Result settings = ConfigLayers::read(cli.sources());
    QStringList problems; // for stderr, the support log and the diagnostic report
    for (const auto &problem : settings.problems) {
        problems.append(toString(problem));
        std::fprintf(stderr, "%s\n", qPrintable(problems.constLast()));
    }
    if (settings.commandLineRejected)
        return ExitBadCommandLine;
    const AppConfig &config = settings.config;
    if (cli.parser.isSet(cli.diagnostics))
        return printDiagnostics(argc, argv, config, problems);
    if (cli.parser.isSet(cli.checkSignIn))
        return checkSignIn(argc, argv, config, cli.parser.value(cli.checkSignIn));
    // The start at login is registered once for everyone (by the installer); whether it does
    // anything is the person's choice or the deployer's, read here before any window exists.
    const bool background = cli.parser.isSet(cli.background);
    if (background && !config.startAtLogin)
        return 0;

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QString::fromUtf8(BuildConfig::AppId));
    // The window icon's PNGs are decoded on another thread meanwhile. (Not before the
    // application object: image reading asks for the plug-in paths, which would then be fixed
    // without the application's own folder.)
    auto iconImages = std::async(std::launch::async, &AppIcon::images);

    SingleInstance instance(QString::fromUtf8(BuildConfig::AppId));
    if (!instance.claim())
        return 0; // the running copy comes to the front instead

    LanguageManager languages;
    languages.setLanguage(languages.initialLanguage(), false);

    // The app's own lines (and Qt's warnings) go to a bounded log file for support.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("desklogin.*.info=true"));
    LogFile::install(LogFile::defaultFolder());

    AppKeychain keychain(QString::fromUtf8(BuildConfig::AppId));
    logStart(config, problems, keychain.backendName(), languages.language());
    SystemClock clock;
    AppGraph graph(config, &keychain.store, &clock, nullptr, &keychain.secrets);
    graph.networkSettings.start(); // the proxy applies before any request
    graph.auth.restore(); // runs on the keychain's thread while the window is built
    // Tokens an earlier run could not revoke, once the window is up.
    QTimer::singleShot(0, &graph.revoker, &TokenRevoker::retryPending);
    QGuiApplication::setWindowIcon(AppIcon::fromImages(iconImages.get()));
    MainWindow window(&graph.auth, &graph.api, &clock, &languages);
    window.setNetworkSettings(&graph.networkSettings);
    window.setDiagnostics(diagnosticFacts(graph.auth.config(), problems, keychain));
    window.setStartAtLogin(
        config.startAtLogin,
        !config.isLocked(SettingId::StartAtLogin)
            && LoginStart::isRegistered(QString::fromUtf8(BuildConfig::AppId),
                                        QString::fromUtf8(BuildConfig::AppName)));
    QObject::connect(&window, &MainWindow::startAtLoginChosen, &window, [](bool on) {
        Preferences::setChoice(SettingId::StartAtLogin,
                               on ? QStringLiteral("true") : QStringLiteral("false"));
    });
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::activate);
    // Back to the app (after a sleep, say): a session that ended meanwhile ends now, not at the
    // next periodic check.
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &graph.auth,
                     [&graph](Qt::ApplicationState state) {
                         if (state == Qt::ApplicationActive)
                             graph.auth.checkExpiryNow();
                     });

    // Quitting must not cut a keychain write short (the session would be lost), so the app quits
    // once the store is idle, or after a grace period if the keychain hangs. The window says when
    // (Quit, or a close with no session to remind of; closing it while signed in only hides it),
    // not the last window closing: a dialog or menu closed while the window waits in the tray is
    // a last window too.
    QApplication::setQuitOnLastWindowClosed(false);
    const auto quitWhenStored = [&keychain, &graph] {
        whenIdle(&keychain.store, KeychainGracePeriod, [&graph] {
            if (graph.revoker.busy() == 0)
                return QCoreApplication::quit();
            QObject::connect(&graph.revoker, &TokenRevoker::idle, qApp, &QCoreApplication::quit);
            QTimer::singleShot(RevocationGracePeriod, qApp, &QCoreApplication::quit);
        });
    };
    QObject::connect(&window, &MainWindow::quitRequested, &app, quitWhenStored);

    if (background) {
        // Shown once the restore has found no session (MainWindow::startInBackground()).
        QObject::connect(
            &graph.auth, &AuthManager::stateChanged, &window,
            [&window](AuthManager::State state) {
                if (state != AuthManager::State::Restoring)
                    window.startInBackground();
            },
            Qt::SingleShotConnection);
    } else {
        window.show();
    }
#ifdef DESKLOGIN_BENCH_PROBE
    BenchProbe::install(&window, &graph.auth, &keychain.store);
#endif
    return app.exec();
}
