#include "MainWindow.h"

#include "ApiClient.h"
#include "LanguageManager.h"
#include "LoginPage.h"
#include "MenuButton.h"
#include "Messages.h"
#include "NetworkSettingsDialog.h"
#include "PhoneNumber.h"
#include "Profile.h"
#include "SessionPage.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QWidget *centered(QWidget *page)
{
    auto *holder = new QWidget;
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(page, 1);
    layout->addStretch();
    return holder;
}

const QString GeometryKey = QStringLiteral("window/geometry");
const QString PhoneKey = QStringLiteral("signin/phone");
const QString RegionKey = QStringLiteral("signin/region");
// Read back by main() as a layer of the configuration (AppConfigLoader::applyPreference).
const QString KeepSignedInKey = QStringLiteral("preferences/keep_signed_in");
} // namespace

MainWindow::MainWindow(AuthManager *auth, ApiClient *api, const Clock *clock,
                       LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent),
      m_auth(auth),
      m_api(api),
      m_languages(languages),
      m_pages(new QStackedWidget(this)),
      m_loginPage(new LoginPage(auth->config().acceptedRegions(), m_pages)),
      m_sessionPage(new SessionPage(auth->config().acceptedRegions(), clock, m_pages)),
      m_restoringPage(new QLabel(m_pages))
{
    m_pages->setObjectName(QStringLiteral("pages"));
    m_restoringPage->setObjectName(QStringLiteral("restoringLabel"));
    m_restoringPage->setAlignment(Qt::AlignCenter);
    // One column at the width a sign-in form reads best: the pages stay centred when the
    // window is wide.
    for (QWidget *page :
         {static_cast<QWidget *>(m_loginPage), static_cast<QWidget *>(m_sessionPage)})
        page->setMaximumWidth(420);
    m_pages->addWidget(centered(m_loginPage));
    m_pages->addWidget(centered(m_sessionPage));
    m_pages->addWidget(m_restoringPage);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_pages, 1);
    createMenus();
    column->addWidget(createFooter());
    setCentralWidget(central);
    setMinimumWidth(340);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        auto *menu = new QMenu(this);
        menu->addAction(m_showAction);
        menu->addSeparator();
        menu->addAction(m_quitAction);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](auto reason) {
            if (reason == QSystemTrayIcon::Trigger)
                activate();
        });
        m_tray->show();
    }
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(400, std::max(600, sizeHint().height()));
    m_loginPage->setRegion(startingRegion(settings.value(RegionKey).toString()));
    const QString rememberedPhone = settings.value(PhoneKey).toString();
    m_loginPage->setRememberPhone(!rememberedPhone.isEmpty());
    if (!rememberedPhone.isEmpty())
        fillInPhone(rememberedPhone);

    const bool keepLocked = m_auth->config().isLocked("keep_signed_in");
    m_loginPage->setKeepSignedIn(m_auth->keepSignedIn(), keepLocked);
    connect(m_loginPage, &LoginPage::signInRequested, this,
            [this, keepLocked](const QString &phone, const QString &password) {
                const bool keep =
                    keepLocked ? m_auth->keepSignedIn() : m_loginPage->keepsSignedIn();
                if (!keepLocked && keep != m_auth->keepSignedIn())
                    QSettings().setValue(KeepSignedInKey, keep); // the person's choice stays
                m_auth->setKeepSignedIn(keep);
                m_auth->signIn(phone, password, m_loginPage->region());
            });
    connect(m_loginPage, &LoginPage::cancelRequested, m_auth, &AuthManager::cancel);
    connect(m_sessionPage, &SessionPage::signOutRequested, m_auth, &AuthManager::signOut);

    connect(m_auth, &AuthManager::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_auth, &AuthManager::signInFailed, this, &MainWindow::onSignInFailed);
    connect(m_auth, &AuthManager::sessionEnded, this, &MainWindow::onSessionEnded);
    connect(m_auth, &AuthManager::notice, this, &MainWindow::onNotice);
    connect(m_auth, &AuthManager::expiryWarning, this, &MainWindow::onExpiryWarning);
    onStateChanged(m_auth->state());
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::applicationIcon()
{
    return applicationIcon(applicationIconImages());
}

QList<QImage> MainWindow::applicationIconImages()
{
    // Read as PNG with detection off: otherwise Qt loads every image plug-in to ask whether it
    // knows the file (QIcon::addFile() and QPixmap::load() both do). X11 wants every size as
    // soon as the window shows, so nothing is gained by reading them later; 256 px is left out
    // (it took as long to decode as all the others, and desktops take large icons from the
    // installed icon theme).
    QList<QImage> images;
    for (const int size : {DESKLOGIN_WINDOW_ICON_SIZES}) {
        QImageReader reader(QStringLiteral(":/desklogin/app-icon/%1.png").arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        images.append(reader.read());
    }
    return images;
}

QIcon MainWindow::applicationIcon(const QList<QImage> &images)
{
    QIcon icon;
    for (const QImage &image : images)
        icon.addPixmap(QPixmap::fromImage(image));
    return icon;
}

void MainWindow::createMenus()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [this] {
        close();
        QApplication::closeAllWindows();
    });
    m_helpAction = new QAction(this);
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_showAction = new QAction(this);
    connect(m_showAction, &QAction::triggered, this, &MainWindow::activate);
    m_networkAction = new QAction(this);
    m_networkAction->setMenuRole(QAction::PreferencesRole);
    m_networkAction->setVisible(false);
    connect(m_networkAction, &QAction::triggered, this, &MainWindow::showNetworkSettings);
    // Their shortcuts work without a menu bar.
    addActions({m_quitAction, m_helpAction});

    if (m_languages) {
        // Each language is named in itself, so that anyone can find their own.
        m_languageMenu = new QMenu(this);
        m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
        m_languageActions = new QActionGroup(this);
        for (const QString &language : LanguageManager::available()) {
            QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
            action->setCheckable(true);
            action->setData(language);
            action->setChecked(language == m_languages->language());
            m_languageActions->addAction(action);
        }
        connect(m_languageActions, &QActionGroup::triggered, this,
                [this](QAction *action) { m_languages->setLanguage(action->data().toString()); });
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &now) {
            for (QAction *action : m_languageActions->actions())
                action->setChecked(action->data().toString() == now);
        });
    }
    // Help, the diagnostic report, About and Quit behind one button.
    m_helpMenu = new QMenu(this);
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_helpAction);
    m_helpMenu->addSeparator();
    m_copyReportAction = m_helpMenu->addAction(QString(), this, &MainWindow::copyDiagnosticReport);
    m_saveReportAction = m_helpMenu->addAction(QString(), this, &MainWindow::saveDiagnosticReport);
    m_copyReportAction->setVisible(false);
    m_saveReportAction->setVisible(false);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_quitAction);
#ifdef Q_OS_MACOS
    // macOS keeps its menu bar at the top of the screen, where people look for these.
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_networkAction);
    if (m_languageMenu)
        menuBar()->addMenu(m_languageMenu);
    menuBar()->addMenu(m_helpMenu);
#endif
}

QWidget *MainWindow::createFooter()
{
    // The secondary actions, small, at the window's foot: language, network, help.
    auto *footer = new QWidget(this);
    footer->setObjectName(QStringLiteral("footer"));
    auto *row = new QHBoxLayout(footer);
    row->setContentsMargins(6, 2, 6, 6);
    if (m_languageMenu) {
        m_languageButton = new MenuButton(footer);
        m_languageButton->setObjectName(QStringLiteral("languageButton"));
        m_languageButton->setAutoRaise(true);
        m_languageButton->setPopupMenu(m_languageMenu);
        row->addWidget(m_languageButton);
    }
    m_networkButton = new QToolButton(footer);
    m_networkButton->setObjectName(QStringLiteral("networkButton"));
    m_networkButton->setAutoRaise(true);
    m_networkButton->setFocusPolicy(Qt::StrongFocus);
    m_networkButton->setVisible(false); // until there are network settings to show
    connect(m_networkButton, &QToolButton::clicked, this, &MainWindow::showNetworkSettings);
    row->addWidget(m_networkButton);
    row->addStretch();
    m_helpButton = new MenuButton(footer);
    m_helpButton->setObjectName(QStringLiteral("helpButton"));
    m_helpButton->setAutoRaise(true);
    m_helpButton->setPopupMenu(m_helpMenu);
    row->addWidget(m_helpButton);
    return footer;
}

QString MainWindow::startingRegion(const QString &remembered) const
{
    // The person's last choice; else the deployment's region if it named one; else this
    // computer's region; else the deployment's default, or the first it accepts.
    const AppConfig &config = m_auth->config();
    const QStringList accepted = config.acceptedRegions();
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    for (const QString &candidate :
         {remembered, config.phoneRegionSet ? config.phoneRegion : QString(), system,
          config.phoneRegion}) {
        if (!candidate.isEmpty() && accepted.contains(candidate))
            return candidate;
    }
    return accepted.constFirst();
}

void MainWindow::retranslate()
{
    setWindowTitle(QApplication::applicationDisplayName());
    m_restoringPage->setText(tr("Restoring your session…"));
    if (m_fileMenu)
        m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    if (m_languageButton) {
        m_languageButton->setText(LanguageManager::nativeName(m_languages->language()));
        m_languageButton->setToolTip(tr("Language"));
        m_languageButton->setAccessibleName(
            tr("Language: %1").arg(LanguageManager::nativeName(m_languages->language())));
    }
    m_networkButton->setText(tr("&Network…"));
    m_networkButton->setToolTip(tr("Proxy settings for this app"));
    m_networkButton->setAccessibleName(tr("Network settings"));
    m_helpButton->setText(tr("&Help"));
    m_helpButton->setAccessibleName(tr("Help and about"));
    m_quitAction->setText(tr("&Quit"));
    m_networkAction->setText(tr("&Network Settings…"));
    m_copyReportAction->setText(tr("&Copy Diagnostic Report"));
    m_saveReportAction->setText(tr("Save &Diagnostic Report…"));
    m_helpAction->setText(tr("%1 &Help").arg(QApplication::applicationDisplayName()));
    m_aboutAction->setText(tr("&About %1").arg(QApplication::applicationDisplayName()));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_showAction->setText(tr("&Show %1").arg(QApplication::applicationDisplayName()));
    if (m_tray)
        m_tray->setToolTip(QApplication::applicationDisplayName());
}

void MainWindow::setNetworkSettings(NetworkSettings *settings)
{
    m_networkSettings = settings;
    m_networkAction->setVisible(settings != nullptr);
    m_networkButton->setVisible(settings != nullptr);
}

void MainWindow::setDiagnostics(const DiagnosticFacts &facts)
{
    m_diagnostics = facts;
    m_diagnostics->auth = m_auth; // the network settings are read when the report is made
    m_copyReportAction->setVisible(true);
    m_saveReportAction->setVisible(true);
}

QString MainWindow::diagnosticReport() const
{
    if (!m_diagnostics)
        return {};
    DiagnosticFacts facts = *m_diagnostics;
    facts.network = m_networkSettings;
    return DiagnosticReport::build(facts);
}

void MainWindow::copyDiagnosticReport()
{
    QGuiApplication::clipboard()->setText(diagnosticReport());
    statusBar()->showMessage(tr("The diagnostic report is on the clipboard."), 5000);
}

void MainWindow::saveDiagnosticReport()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + tr("%1 diagnostic report.txt").arg(QApplication::applicationName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Diagnostic Report"), suggested,
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(diagnosticReport().toUtf8()) < 0 || !file.flush()) {
        QMessageBox::warning(this, tr("Save Diagnostic Report"),
                             tr("The report could not be saved there: %1").arg(file.errorString()));
    }
}

void MainWindow::showNetworkSettings()
{
    if (!m_networkSettings)
        return;
    if (auto *open = findChild<NetworkSettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new NetworkSettingsDialog(m_networkSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::activate()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::fillInPhone(const QString &e164)
{
    m_loginPage->setPhone(e164); // the field writes it as the region does, once it can
}

void MainWindow::rememberPhone()
{
    QSettings settings;
    if (m_loginPage->remembersPhone() && m_auth->session()) {
        settings.setValue(PhoneKey, m_auth->session()->phone);
        settings.setValue(RegionKey, m_loginPage->region());
    } else {
        settings.remove(PhoneKey);
        settings.remove(RegionKey);
    }
}

void MainWindow::onStateChanged(AuthManager::State state)
{
    switch (state) {
    case AuthManager::State::Restoring:
        m_pages->setCurrentWidget(m_restoringPage);
        break;
    case AuthManager::State::SignedOut:
    case AuthManager::State::SigningIn:
        m_loginPage->setBusy(state == AuthManager::State::SigningIn);
        if (state == AuthManager::State::SignedOut) {
            if (m_profileReply)
                m_profileReply->abort(); // its answer no longer matters
            m_sessionPage->clearSession();
        }
        if (m_pages->currentWidget() != m_loginPage->parentWidget()) {
            m_pages->setCurrentWidget(m_loginPage->parentWidget());
            m_loginPage->focusFirstEmptyField();
        }
        break;
    case AuthManager::State::SignedIn:
        rememberPhone();
        m_loginPage->clearPassword();
        m_loginPage->clearMessage();
        m_sessionPage->setSession(*m_auth->session());
        m_sessionPage->setSessionKept(m_auth->isSessionKept());
        m_pages->setCurrentWidget(m_sessionPage->parentWidget());
        m_sessionPage->setFocus();
        fetchProfile();
        break;
    }
}

void MainWindow::fetchProfile()
{
    const QUrl url = m_auth->config().profileUrl();
    if (url.isEmpty() || !m_api)
        return;
    if (m_profileReply)
        m_profileReply->abort();
    m_sessionPage->setProfile(SessionPage::ProfileState::Loading);
    m_profileReply = m_api->get(url);
    connect(m_profileReply, &ApiReply::finished, this, [this](ApiReply *reply) {
        const ApiResult &result = reply->result();
        if (result.error == ApiError::Kind::Cancelled
            || result.error == ApiError::Kind::SessionEnded
            || m_auth->state() != AuthManager::State::SignedIn)
            return;
        const auto profile = result.isOk() ? Profile::fromJson(result.body) : std::nullopt;
        if (profile) {
            m_sessionPage->setProfile(SessionPage::ProfileState::Loaded, profile->name);
            return;
        }
        m_sessionPage->setProfile(SessionPage::ProfileState::Failed);
        // Only the server's refusal of the token ends a session (ApiClient); a network that
        // fails on the way is said, and the person stays signed in.
        if (!result.error)
            return;
        const ApiError::Kind kind = *result.error;
        const int status = result.httpStatus;
        if (!Messages::forApiError(kind, status).isEmpty())
            m_sessionPage->setNotice(
                [kind, status] { return Messages::forApiError(kind, status); });
    });
}

void MainWindow::onSignInFailed(const AuthError &error)
{
    if (error.kind == AuthError::Kind::RateLimited) {
        m_loginPage->startRetryCountdown(error.retryAfter);
        return;
    }
    m_loginPage->setMessage([error] { return Messages::forError(error); });
    if (error.kind == AuthError::Kind::WrongCredentials) {
        m_loginPage->clearPassword();
        m_loginPage->focusPassword();
    }
}

void MainWindow::onSessionEnded(AuthManager::EndReason reason)
{
    fillInPhone(m_auth->lastPhone());
    m_loginPage->setMessage([reason] { return Messages::forEnd(reason); },
                            reason == AuthManager::EndReason::SignedOut
                                ? ThemedIcon::Tone::Info
                                : ThemedIcon::Tone::Warning);
    m_loginPage->focusPassword();
    if (reason != AuthManager::EndReason::SignedOut && m_tray && !isActiveWindow())
        m_tray->showMessage(QApplication::applicationDisplayName(), Messages::forEnd(reason));
}

void MainWindow::onNotice(AuthManager::Notice notice)
{
    const auto message = [notice] { return Messages::forNotice(notice); };
    if (m_auth->state() == AuthManager::State::SignedIn)
        m_sessionPage->setNotice(message);
    else
        m_loginPage->setMessage(message, ThemedIcon::Tone::Warning);
}

void MainWindow::onExpiryWarning(std::chrono::seconds remaining)
{
    m_sessionPage->setNotice([remaining] { return Messages::expiryWarning(remaining); });
    if (m_tray)
        m_tray->showMessage(QApplication::applicationDisplayName(),
                            Messages::expiryWarning(remaining), QSystemTrayIcon::Warning);
}

void MainWindow::showAbout()
{
    const QString name = QApplication::applicationDisplayName();
    // Opened, not exec()'d: no nested event loop while the session goes on underneath.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About %1").arg(name));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>%1 %2</h3>")
                     .arg(name.toHtmlEscaped(), QApplication::applicationVersion()));
    box->setInformativeText(
        tr("Sign in with your phone number.") + QStringLiteral("<br><br>")
        + tr("Server: %1").arg(m_auth->config().serverUrl.toDisplayString().toHtmlEscaped())
        + QStringLiteral("<br><br>") + tr("Built with:") + QStringLiteral("<br>")
        + tr("Qt %1, under the GNU LGPL version 3").arg(QString::fromLatin1(qVersion()))
        + QStringLiteral("<br>") + tr("QtKeychain, under the BSD 3-Clause licence")
        + QStringLiteral("<br>") + tr("libphonenumber, under the Apache License 2.0")
        + QStringLiteral("<br>") + tr("ICU, under the Unicode License"));
    box->open();
}

void MainWindow::showHelp()
{
    auto *box = new QMessageBox(QMessageBox::Information,
                                tr("%1 Help").arg(QApplication::applicationDisplayName()),
                                tr("Enter your mobile phone number and your password, then press "
                                   "Enter or click Sign in.\n\n"
                                   "You stay signed in until your session ends, even if you quit "
                                   "the app; the session page shows when that will be. Your "
                                   "password is never stored.\n\n"
                                   "If you forgot your password or your account is locked, "
                                   "contact the provider who gave you this app."),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
