// Assembles DeskLogin: reads the configuration, builds the objects, shows the window.
#include "ApiClient.h"
#include "AppConfig.h"
#include "AuthManager.h"
#include "BuildConfig.h"
#include "Clock.h"
#include "DiagnosticReport.h"
#include "KeychainSessionStore.h"
#include "LanguageManager.h"
#include "LogFile.h"
#include "MainWindow.h"
#include "Messages.h"
#include "NetworkSettings.h"
#include "PhoneNumber.h"
#include "SecretBackend.h"
#include "Setting.h"
#include "SingleInstance.h"
#include "ThreadedSecretBackend.h"
#include "ThreadedSessionStore.h"
#include "TokenClient.h"
#include "Transport.h"
#ifdef DESKLOGIN_BENCH_PROBE
#include "BenchProbe.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <future>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "desklogin.app", QtWarningMsg)

namespace {

constexpr int ExitBadCommandLine = 2;
constexpr std::chrono::seconds KeychainGracePeriod {5};

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
        parser.addOptions({config, checkSignIn, diagnostics});
    }
};

void printProblems(const QList<ConfigProblem> &problems)
{
    for (const auto &problem : problems)
        std::fprintf(stderr, "%s\n", qPrintable(toString(problem)));
}

// --check-sign-in: one real sign-in from the command line, reported in the words the window
// uses (in the system's language) and then as `kind=… http_status=…` for scripts. Exit status
// 0 when a token came back, 1 when the server refused, 2 for a bad phone number.
int checkSignIn(int argc, char *argv[], const AppConfig &config, const QString &phone)
{
    QCoreApplication app(argc, argv);
    LanguageManager languages;
    languages.setLanguage(languages.initialLanguage(), false);
    const auto report = [](const QString &words, const char *kind, int httpStatus) {
        std::printf("%s\nkind=%s http_status=%d\n", qPrintable(words), kind, httpStatus);
    };
    const PhoneNumber number =
        PhoneNumber::parse(phone, config.phoneRegion, config.acceptedRegions());
    if (!number.isValid()) {
        report(QStringLiteral("not signed in: ")
                   + Messages::forPhoneProblem(number.problem(), config.acceptedRegions()),
               toString(AuthError::Kind::InvalidPhoneNumber), 0);
        return ExitBadCommandLine;
    }
    QTextStream input(stdin);
    const QString password = input.readLine();
    QNetworkAccessManager network;
    Transport transport(&network);
    transport.setPolicy(config.transportPolicy());
    // The proxy the window would use, with its password from the keychain if it names a user.
    const auto secrets = createSystemSecretBackend(QString::fromUtf8(BuildConfig::AppId));
    NetworkSettings networkSettings(&transport, secrets.get(), config);
    TokenClient client(&transport);
    int status = 1;
    QObject::connect(&client, &TokenClient::finished, &app,
                     [&](const TokenResponse::Result &result) {
                         if (const auto *token = std::get_if<Token>(&result)) {
                             std::printf("signed in: a %s token valid for %lld s\n",
                                         qPrintable(token->tokenType),
                                         static_cast<long long>(token->lifetime.count()));
                             status = 0;
                         } else {
                             const auto &error = std::get<AuthError>(result);
                             report(QStringLiteral("not signed in: ") + Messages::forError(error),
                                    toString(error.kind), error.httpStatus);
                         }
                         QCoreApplication::exit(status);
                     });
    QObject::connect(&networkSettings, &NetworkSettings::ready, &app, [&] {
        client.requestToken({config.tokenUrl(), config.clientId, config.clientSecret, config.scope,
                             number.username(config.usernameFormat), password});
    });
    networkSettings.start();
    app.exec();
    return status;
}

QString logFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/logs");
}

// What the log says first, so that every run's lines start from the facts they depend on.
void logStart(const AppConfig &config, const QStringList &problems, const QString &keychain)
{
    qCInfo(lcApp).noquote() << QCoreApplication::applicationName()
                            << QCoreApplication::applicationVersion() << "starting; Qt"
                            << qVersion() << "on" << QSysInfo::prettyProductName();
    for (const QString &line : Settings::inEffect(config))
        qCInfo(lcApp).noquote() << "setting" << line;
    for (const QString &problem : problems)
        qCWarning(lcApp).noquote() << problem;
    qCInfo(lcApp).noquote() << "keychain:" << keychain;
}

// --diagnostics: the report Help → Copy Diagnostic Report gives, without a window.
int printDiagnostics(int argc, char *argv[], const AppConfig &config, const QStringList &problems)
{
    QCoreApplication app(argc, argv);
    LanguageManager languages;
    languages.setLanguage(languages.initialLanguage(), false);
    QNetworkAccessManager network;
    Transport transport(&network);
    NetworkSettings networkSettings(&transport, nullptr, config);
    DiagnosticFacts facts;
    facts.config = &config;
    facts.configProblems = problems;
    facts.keychain = createSystemSecretBackend(QString::fromUtf8(BuildConfig::AppId))->name();
    facts.logFolder = logFolder();
    facts.network = &networkSettings;
    std::printf("%s", DiagnosticReport::build(facts).toUtf8().constData());
    return 0;
}

#ifdef Q_OS_WIN
// Machine-wide settings on Windows besides the system's config files: string values named like
// the keys of desklogin.conf under HKLM\Software\Policies\<organisation>\<app name>, where the
// MSI writes what an administrator passed to msiexec (SERVER_URL, CLIENT_ID) and where Group
// Policy may add more (`locked` too).
void applyWindowsPolicy(AppConfigLoader &loader)
{
    const QString key = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\%1\\%2")
                            .arg(QString::fromUtf8(BuildConfig::Organization),
                                 QString::fromUtf8(BuildConfig::AppName));
    QSettings policy(key, QSettings::NativeFormat);
    QList<ConfigFile::Entry> entries;
    for (const QString &name : policy.childKeys())
        entries.append({name, policy.value(name).toString(), 0});
    if (!entries.isEmpty())
        loader.applySystemPolicy(key, entries);
}
#endif

AppConfig buildTimeDefaults()
{
    AppConfig config;
    config.serverUrl = QUrl(QString::fromUtf8(BuildConfig::ServerUrl));
    config.clientId = QString::fromUtf8(BuildConfig::ClientId);
    config.clientSecret = QString::fromUtf8(BuildConfig::ClientSecret);
    return config;
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

    AppConfigLoader loader(buildTimeDefaults());
    // Later layers win: system files (on Windows then the Policies key), the user's file (or
    // --config), environment, command line.
    QStringList files = QStandardPaths::standardLocations(QStandardPaths::AppConfigLocation);
    const QString userDir = files.isEmpty() ? QString() : files.takeFirst();
    for (auto it = files.crbegin(); it != files.crend(); ++it)
        loader.applyFile(*it + QLatin1Char('/') + AppConfigLoader::fileName(), false,
                         AppConfigLoader::FileLayer::System);
#ifdef Q_OS_WIN
    applyWindowsPolicy(loader);
#endif
    if (cli.parser.isSet(cli.config))
        loader.applyFile(cli.parser.value(cli.config), true);
    else if (!userDir.isEmpty())
        loader.applyFile(userDir + QLatin1Char('/') + AppConfigLoader::fileName());
    // What the person chose in the window (network settings, "Keep me signed in").
    {
        QSettings preferences;
        preferences.beginGroup(QStringLiteral("preferences"));
        for (const char *key : AppConfigLoader::PreferenceKeys) {
            const QString name = QLatin1String(key);
            if (preferences.contains(name))
                loader.applyPreference(name, preferences.value(name).toString());
        }
    }
    loader.applyEnvironment(QProcessEnvironment::systemEnvironment());
    printProblems(loader.problems());
    const qsizetype problemsBefore = loader.problems().size();
    for (const auto &[option, key] : std::as_const(cli.settingOptions)) {
        if (cli.parser.isSet(option))
            loader.apply(QStringLiteral("command line"), key, cli.parser.value(option));
    }
    if (loader.problems().size() > problemsBefore
        || (cli.parser.isSet(cli.config) && !loader.problems().isEmpty())) {
        printProblems(loader.problems().mid(problemsBefore));
        return ExitBadCommandLine;
    }
    loader.finish();
    printProblems(loader.problems().mid(problemsBefore));
    const AppConfig config = loader.config();
    QStringList problems; // as printed above, for the support log and the diagnostic report
    for (const auto &problem : loader.problems())
        problems.append(toString(problem));
    if (cli.parser.isSet(cli.diagnostics))
        return printDiagnostics(argc, argv, config, problems);
    if (cli.parser.isSet(cli.checkSignIn))
        return checkSignIn(argc, argv, config, cli.parser.value(cli.checkSignIn));

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QString::fromUtf8(BuildConfig::AppName));
    QGuiApplication::setDesktopFileName(QString::fromUtf8(BuildConfig::AppId));
    // The window icon's PNGs are decoded on another thread meanwhile. (Not before the
    // application object: image reading asks for the plug-in paths, which would then be fixed
    // without the application's own folder.)
    auto iconImages = std::async(std::launch::async, &MainWindow::applicationIconImages);

    SingleInstance instance(QString::fromUtf8(BuildConfig::AppId));
    if (!instance.claim())
        return 0; // the running copy comes to the front instead

    LanguageManager languages;
    languages.setLanguage(languages.initialLanguage(), false);

    // The app's own lines (and Qt's warnings) go to a bounded log file for support.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("desklogin.*.info=true"));
    LogFile::install(logFolder());

    QNetworkAccessManager network;
    // One transport policy for the sign-in and the API alike (AuthManager sets it from config).
    Transport transport(&network);
    TokenClient client(&transport);
    auto keychain = std::make_unique<KeychainSessionStore>(QString::fromUtf8(BuildConfig::AppId));
    SecretBackend *keychainEntries = keychain->backend();
    logStart(config, problems, keychainEntries->name());
    keychain->setPresenceFile(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                              + QStringLiteral("/session-in-keychain"));
    // The keychain works on a thread of its own: the GUI thread never waits for it, and the
    // restore below runs while the window is being built. (Every use of the keychain in this
    // process goes through this one thread: QtKeychain's job queue belongs to the thread that
    // first uses it.)
    ThreadedSessionStore store(std::move(keychain));
    // The proxy (and its password, kept in the same keychain, read on the same thread).
    ThreadedSecretBackend secrets(keychainEntries, store.threadContext());
    NetworkSettings networkSettings(&transport, &secrets, config);
    networkSettings.start();
    SystemClock clock;
    AuthManager auth(config, &client, &store, &clock);
    ApiClient api(&transport, &auth);
    auth.restore();
    QGuiApplication::setWindowIcon(MainWindow::applicationIcon(iconImages.get()));
    MainWindow window(&auth, &api, &clock, &languages);
    window.setNetworkSettings(&networkSettings);
    {
        DiagnosticFacts facts;
        facts.config = &auth.config();
        facts.configProblems = problems;
        facts.keychain = keychainEntries->name();
        facts.logFolder = logFolder();
        window.setDiagnostics(facts);
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::activate);
    // Back to the app (after a sleep, say): a session that ended meanwhile ends now, not at the
    // next periodic check.
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &auth,
                     [&auth](Qt::ApplicationState state) {
                         if (state == Qt::ApplicationActive)
                             auth.checkExpiryNow();
                     });

    // Closing the window must not cut a keychain write short (the session would be lost), so
    // the app quits once the store is idle, or after a grace period if the keychain hangs.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [&store] {
        if (!store.isBusy())
            return QCoreApplication::quit();
        QObject::connect(&store, &SessionStore::idle, qApp, &QCoreApplication::quit);
        QTimer::singleShot(KeychainGracePeriod, qApp, &QCoreApplication::quit);
    });

    window.show();
#ifdef DESKLOGIN_BENCH_PROBE
    BenchProbe::install(&window, &auth, &store);
#endif
    return app.exec();
}
