#include "MainWindow.h"

#include "AboutBox.h"
#include "Accent.h"
#include "AppMenus.h"
#include "Footer.h"
#include "LoginPage.h"
#include "Messages.h"
#include "NetworkSettingsDialog.h"
#include "RenewDialog.h"
#include "SessionPage.h"
#include "TrayIcon.h"
#include "api/ProfileRequest.h"
#include "config/Preferences.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

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

} // namespace

MainWindow::MainWindow(AuthManager *auth, ApiClient *api, const Clock *clock,
                       LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent),
      m_auth(auth),
      m_pages(new QStackedWidget(this)),
      m_loginPage(new LoginPage(auth->config().acceptedRegions(), m_pages)),
      m_sessionPage(new SessionPage(auth->config().acceptedRegions(), clock, m_pages)),
      m_restoringPage(new QLabel(m_pages)),
      m_profile(new ProfileRequest(auth, api, this))
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
    m_menus = new AppMenus(languages, this);
    connect(m_menus->quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_menus->renewAction, &QAction::triggered, this, &MainWindow::showRenewDialog);
    connect(m_menus->signOutAction, &QAction::triggered, m_auth, &AuthManager::signOut);
    connect(m_menus->startAtLoginAction, &QAction::toggled, this, &MainWindow::startAtLoginChosen);
    connect(m_menus->helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_menus->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_menus->showAction, &QAction::triggered, this, &MainWindow::activate);
    connect(m_menus->networkAction, &QAction::triggered, this, &MainWindow::showNetworkSettings);
    connect(m_menus->copyReportAction, &QAction::triggered, this,
            &MainWindow::copyDiagnosticReport);
    connect(m_menus->saveReportAction, &QAction::triggered, this,
            &MainWindow::saveDiagnosticReport);
#ifdef Q_OS_MACOS
    // macOS keeps its menu bar at the top of the screen, where people look for these.
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_menus->networkAction);
    if (m_menus->languageMenu())
        menuBar()->addMenu(m_menus->languageMenu());
    menuBar()->addMenu(m_menus->helpMenu());
#endif
    m_footer = new Footer(m_menus, languages, this);
    connect(m_footer, &Footer::networkRequested, this, &MainWindow::showNetworkSettings);

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_pages, 1);
    column->addWidget(m_footer);
    setCentralWidget(central);
    setMinimumWidth(340);

    // Made whether or not a tray is there yet: started with the computer, the app may be up before
    // the desktop's panel, and the icon docks when the tray appears.
    m_tray = new TrayIcon(m_menus, this);
    connect(m_tray, &TrayIcon::activated, this, &MainWindow::activate);
    connect(m_tray, &TrayIcon::renewRequested, this, &MainWindow::showRenewDialog);
    m_menus->startAtLoginAction->setVisible(false); // until setStartAtLogin()
    retranslate();

    if (!restoreGeometry(Preferences::windowGeometry()))
        resize(400, std::max(600, sizeHint().height()));
    Messages::setRegionNames(m_auth->config().regionNames);
    m_shared = m_auth->config().isSharedComputer();
    // On a shared computer the last person's region is not chosen for the next one either.
    m_loginPage->setRegion(startingRegion(m_shared ? QString() : Preferences::region()));
    m_loginPage->setSharedComputer(m_shared);
    Messages::setSupportContact(m_auth->config().supportContact);
    m_loginPage->setCompanyLinks(m_auth->config());
    // The company's colour on the Sign in button and the avatar (the session page draws it).
    const QColor accent(m_auth->config().accentColor);
    Accent::apply(m_loginPage->signInButton(), accent);
    Accent::apply(m_sessionPage, accent);
    askForConsent();
    const QString rememberedPhone = m_shared ? QString() : Preferences::phone();
    if (m_shared)
        Preferences::forgetPhone(); // remembered before the computer was shared
    m_loginPage->setRememberPhone(!rememberedPhone.isEmpty());
    if (!rememberedPhone.isEmpty())
        fillInPhone(rememberedPhone);

    const bool keepLocked = m_auth->config().isLocked(SettingId::KeepSignedIn);
    m_loginPage->setKeepSignedIn(m_auth->keepSignedIn(), keepLocked);
    connect(m_loginPage, &LoginPage::signInRequested, this,
            [this, keepLocked](const QString &phone, const QString &password) {
                const bool keep =
                    keepLocked ? m_auth->keepSignedIn() : m_loginPage->keepsSignedIn();
                if (!keepLocked && keep != m_auth->keepSignedIn())
                    Preferences::setChoice(SettingId::KeepSignedIn,
                                           keep ? QStringLiteral("true") : QStringLiteral("false"));
                m_auth->setKeepSignedIn(keep);
                // Agreed before the number is sent; remembered for this version of the terms,
                // except on a shared computer, where each person agrees for themselves.
                if (m_loginPage->consentGiven() && !m_shared)
                    Preferences::setConsentVersion(m_auth->config().consentVersion);
                m_auth->signIn(phone, password, m_loginPage->region());
            });
    connect(m_loginPage, &LoginPage::cancelRequested, m_auth, &AuthManager::cancel);
    connect(m_sessionPage, &SessionPage::signOutRequested, m_auth, &AuthManager::signOut);
    connect(m_sessionPage, &SessionPage::renewRequested, this, &MainWindow::showRenewDialog);
    connect(m_auth, &AuthManager::renewed, this, &MainWindow::onRenewed);

    connect(m_auth, &AuthManager::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_auth, &AuthManager::signInFailed, this, &MainWindow::onSignInFailed);
    connect(m_auth, &AuthManager::sessionEnded, this, &MainWindow::onSessionEnded);
    connect(m_auth, &AuthManager::notice, this, &MainWindow::onNotice);
    connect(m_auth, &AuthManager::expiryWarning, this, &MainWindow::onExpiryWarning);
    connect(m_profile, &ProfileRequest::loaded, this, [this](const QString &name) {
        m_sessionPage->setProfile(SessionPage::ProfileState::Loaded, name);
    });
    connect(m_profile, &ProfileRequest::failed, this, &MainWindow::onProfileFailed);
    onStateChanged(m_auth->state());
}

MainWindow::~MainWindow() = default;

QSystemTrayIcon *MainWindow::trayIcon() const
{
    return m_tray->icon();
}

void MainWindow::setStartAtLogin(bool on, bool offered)
{
    const QSignalBlocker quiet(m_menus->startAtLoginAction);
    m_menus->startAtLoginAction->setChecked(on);
    m_menus->startAtLoginAction->setVisible(offered);
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
    m_menus->retranslate();
    m_footer->retranslate();
    m_tray->setStatus(Messages::trayStatus(m_auth->session()));
}

void MainWindow::updateSessionActions()
{
    const bool signedIn = m_auth->state() == AuthManager::State::SignedIn;
    m_menus->renewAction->setVisible(signedIn);
    m_menus->signOutAction->setVisible(signedIn);
    m_tray->setStatus(Messages::trayStatus(m_auth->session()));
}

void MainWindow::setNetworkSettings(NetworkSettings *settings)
{
    m_networkSettings = settings;
    m_menus->networkAction->setVisible(settings != nullptr);
    m_footer->setNetworkVisible(settings != nullptr);
}

void MainWindow::setDiagnostics(const DiagnosticFacts &facts)
{
    m_diagnostics = facts;
    m_diagnostics->auth = m_auth; // the network settings are read when the report is made
    m_menus->copyReportAction->setVisible(true);
    m_menus->saveReportAction->setVisible(true);
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
    DiagnosticReport::copyToClipboard(diagnosticReport());
    statusBar()->showMessage(tr("The diagnostic report is on the clipboard."), 5000);
}

void MainWindow::saveDiagnosticReport()
{
    DiagnosticReport::saveAs(this, diagnosticReport());
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
    // On a shared computer a minimised window keeps no password for the next person to find.
    if (event->type() == QEvent::WindowStateChange && isMinimized() && m_shared) {
        m_loginPage->clearPassword();
        if (auto *renew = findChild<RenewDialog *>())
            renew->clearPassword();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    // Hidden (in the tray), the window keeps no password that was typed but not sent.
    if (!event->spontaneous())
        m_loginPage->clearPassword();
    QMainWindow::hideEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Preferences::setWindowGeometry(saveGeometry());
    // A session (or one being restored) is worth reminding of at its end: the app stays.
    const AuthManager::State state = m_auth->state();
    if (!m_quitting
        && (state == AuthManager::State::SignedIn || state == AuthManager::State::Restoring)) {
        event->ignore();
        keepRunningHidden();
        return;
    }
    QMainWindow::closeEvent(event);
    // Closed for good, as a signed-out window is: the app goes with it. Only this window's
    // close counts: on Windows a polite end (WM_CLOSE to each of the program's windows) also
    // closes hidden menus, after which Qt finds no window open and says the last one closed.
    if (event->isAccepted() && !m_quitting)
        emit quitRequested();
}

void MainWindow::startInBackground()
{
    if (m_auth->state() == AuthManager::State::SignedOut) {
        activate();
        return;
    }
    m_waitingHidden = true;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        showMinimized();
}

void MainWindow::keepRunningHidden()
{
    m_waitingHidden = true;
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        showMinimized(); // no tray to come back from: the task bar is where it waits
        return;
    }
    hide();
    if (!Preferences::trayNoticeShown()) {
        m_tray->notify(Messages::stillRunning());
        Preferences::setTrayNoticeShown();
    }
}

void MainWindow::quit()
{
    m_quitting = true;
    QApplication::closeAllWindows();
    close(); // hidden in the tray, it is not among the windows closeAllWindows() closes
    emit quitRequested();
}

void MainWindow::showRenewDialog()
{
    if (m_auth->state() != AuthManager::State::SignedIn)
        return;
    activate();
    if (auto *open = findChild<RenewDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new RenewDialog(m_auth, m_sessionPage->shownPhone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onRenewed()
{
    const Session &session = *m_auth->session();
    m_sessionPage->setSession(session);
    m_sessionPage->setSessionKept(m_auth->isSessionKept());
    startProfile();
    m_sessionPage->setNotice([end = session.expiresAt] { return Messages::renewed(end); });
    updateSessionActions();
}

void MainWindow::activate()
{
    m_waitingHidden = false;
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
    if (m_loginPage->remembersPhone() && m_auth->session() && !m_shared)
        Preferences::setPhone(m_auth->session()->phone, m_loginPage->region());
    else
        Preferences::forgetPhone();
}

void MainWindow::onStateChanged(AuthManager::State state)
{
    updateSessionActions();
    if (state == AuthManager::State::SignedOut && m_waitingHidden && !m_quitting) {
        activate();
        m_broughtBack = true;
    }
    switch (state) {
    case AuthManager::State::Restoring:
        m_pages->setCurrentWidget(m_restoringPage);
        break;
    case AuthManager::State::SignedOut:
    case AuthManager::State::SigningIn:
        m_loginPage->setBusy(state == AuthManager::State::SigningIn);
        if (state == AuthManager::State::SignedOut) {
            m_profileWaiting = false;
            m_profile->abort(); // its answer no longer matters
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
        startProfile();
        break;
    }
}

// Asks for the person's name. A window on the screen that has not drawn its first frame yet (a
// start that restores a session) draws it first: the first request's set-up on this thread (Qt's
// network thread, the system proxy's answer) would hold that frame back. A window that is never
// drawn (never exposed) asks two seconds later all the same.
void MainWindow::startProfile()
{
    if (!m_profile->isConfigured())
        return;
    m_sessionPage->setProfile(SessionPage::ProfileState::Loading);
    m_profileWaiting = true;
    if (isVisible() && !m_firstFramePainted)
        QTimer::singleShot(std::chrono::seconds(2), this, &MainWindow::sendProfileRequest);
    else
        sendProfileRequest();
}

void MainWindow::sendProfileRequest()
{
    if (std::exchange(m_profileWaiting, false) && m_auth->state() == AuthManager::State::SignedIn)
        m_profile->start();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // After this frame is on the screen: a queued call runs once the frame has been flushed.
    if (!std::exchange(m_firstFramePainted, true) && m_profileWaiting)
        QMetaObject::invokeMethod(this, &MainWindow::sendProfileRequest, Qt::QueuedConnection);
}

void MainWindow::onProfileFailed(const ApiResult &result)
{
    m_sessionPage->setProfile(SessionPage::ProfileState::Failed);
    // Only the server's refusal of the token ends a session (ApiClient); a network that fails
    // on the way is said, and the person stays signed in.
    if (Messages::forApiError(result).isEmpty())
        return;
    m_sessionPage->setNotice([result] { return Messages::forApiError(result); });
}

void MainWindow::onSignInFailed(const AuthError &error)
{
    // On a shared computer whatever went wrong: the reveal button would show a password left in
    // the field to the next person.
    if (m_shared)
        m_loginPage->clearPassword();
    if (error.kind == AuthError::Kind::RateLimited) {
        m_loginPage->startRetryCountdown(error.retryAfter);
        return;
    }
    const auto link = error.kind == AuthError::Kind::WrongCredentials
        ? LoginPage::MessageLink::ForgotPassword
        : Messages::advisesContact(error) ? LoginPage::MessageLink::Help
                                          : LoginPage::MessageLink::None;
    m_loginPage->setMessage([error] { return Messages::forError(error); }, ThemedIcon::Tone::Error,
                            link);
    if (error.kind == AuthError::Kind::WrongCredentials) {
        m_loginPage->clearPassword();
        m_loginPage->focusPassword();
    }
}

void MainWindow::askForConsent()
{
    const AppConfig &config = m_auth->config();
    m_loginPage->setConsentRequired(config.consentRequired,
                                    !m_shared
                                        && Preferences::consentVersion() == config.consentVersion);
}

void MainWindow::onSessionEnded(AuthManager::EndReason reason)
{
    // The last person's number is not offered to the next one on a shared computer, nor their
    // agreement taken for the next person's.
    fillInPhone(m_shared ? QString() : m_auth->lastPhone());
    if (m_shared)
        askForConsent();
    const QDateTime end = m_auth->lastSessionEnd();
    const auto message = [reason, end] {
        return reason == AuthManager::EndReason::Expired && end.isValid()
            ? Messages::endedAt(end)
            : Messages::forEnd(reason);
    };
    m_loginPage->setMessage(message,
                            reason == AuthManager::EndReason::SignedOut
                                ? ThemedIcon::Tone::Info
                                : ThemedIcon::Tone::Warning);
    m_loginPage->focusPassword();
    // A window that waited in the tray or the task bar has come back (onStateChanged); a
    // notification tells whoever is elsewhere on the desktop why.
    const bool away = std::exchange(m_broughtBack, false) || !isActiveWindow();
    if (reason != AuthManager::EndReason::SignedOut && away)
        m_tray->notify(message(), QSystemTrayIcon::Warning);
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
    m_tray->notify(Messages::expiryWarningNotification(remaining), QSystemTrayIcon::Warning,
                   TrayIcon::Click::Renew);
}

void MainWindow::showAbout()
{
    AboutBox::showAbout(this, m_auth->config());
}

void MainWindow::showHelp()
{
    AboutBox::showHelp(this, m_auth->config());
}
