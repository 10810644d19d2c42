#pragma once

#include "DiagnosticReport.h"
#include "api/ApiReply.h"
#include "auth/AuthManager.h"

#include <QMainWindow>

#include <optional>

class AppMenus;
class ApiClient;
class Clock;
class Footer;
class LanguageManager;
class LoginPage;
class NetworkSettings;
class ProfileRequest;
class QLabel;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class SessionPage;
class TrayIcon;

// The one window: the sign-in page, the session page, and a short "restoring" page between them,
// switched by AuthManager's state alone, with AuthManager's signals wired to the pages. The
// commands are AppMenus' (shown by the Footer, the tray and on macOS the menu bar); what the
// window remembers between runs (its geometry, the phone number if the person asked for it)
// goes through Preferences.
//
// While there is a session to remind of, closing the window hides it in the tray (minimises it
// where the desktop has no tray) and the app keeps running; when the session ends the window
// comes back by itself. Quit (menu, tray, shortcut), or closing the window when there is no
// session, asks main to quit through quitRequested().
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // api and languages may be null (no profile, no language button).
    MainWindow(AuthManager *auth, ApiClient *api, const Clock *clock,
               LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginPage *loginPage() const { return m_loginPage; }
    SessionPage *sessionPage() const { return m_sessionPage; }
    QSystemTrayIcon *trayIcon() const; // null where there can be no tray
    // Offers the network settings ("Network…" at the window's foot); none until this is called.
    void setNetworkSettings(NetworkSettings *settings);
    // Offers Copy / Save Diagnostic Report in the Help menu (auth is filled in here).
    void setDiagnostics(const DiagnosticFacts &facts);
    QString diagnosticReport() const;

    // "Start with the computer": its state; offered only where an installer registered the start
    // and the setting is not locked.
    void setStartAtLogin(bool on, bool offered);
    // Started with the computer (--background): the window stays hidden in the tray (minimised
    // without one) while there is a session, and shows once there is none.
    void startInBackground();

signals:
    void quitRequested();
    void startAtLoginChosen(bool on);

public slots:
    // Brings the window to the front (a second launch of the app asks for this).
    void activate();
    // Closes the window for good and asks the app to quit (Quit in a menu or the tray).
    void quit();
    // "Sign in again" while signed in; does nothing otherwise.
    void showRenewDialog();
    void showAbout();
    void showHelp();
    void showNetworkSettings();
    void copyDiagnosticReport();
    void saveDiagnosticReport();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString startingRegion(const QString &remembered) const;
    void retranslate();
    void onStateChanged(AuthManager::State state);
    void onSignInFailed(const AuthError &error);
    void onSessionEnded(AuthManager::EndReason reason);
    void onNotice(AuthManager::Notice notice);
    void onExpiryWarning(std::chrono::seconds remaining);
    void onRenewed();
    void keepRunningHidden();
    void updateSessionActions();
    void startProfile();
    void sendProfileRequest();
    void onProfileFailed(const ApiResult &result);
    void rememberPhone();
    void askForConsent();
    void fillInPhone(const QString &e164);

    AuthManager *m_auth;
    QStackedWidget *m_pages;
    LoginPage *m_loginPage;
    SessionPage *m_sessionPage;
    QLabel *m_restoringPage;
    ProfileRequest *m_profile;
    AppMenus *m_menus = nullptr;
    Footer *m_footer = nullptr;
    TrayIcon *m_tray = nullptr;
    QMenu *m_fileMenu = nullptr; // macOS only: elsewhere there is no menu bar
    NetworkSettings *m_networkSettings = nullptr;
    std::optional<DiagnosticFacts> m_diagnostics;
    bool m_quitting = false;
    bool m_shared = false; // AppConfig::isSharedComputer()
    // Hidden in the tray (or minimised) with a session to remind of: the window comes back when
    // there is none, and the sign-in page's message is then also a notification.
    bool m_waitingHidden = false;
    bool m_broughtBack = false;
    // The profile request waits for the window's first frame (startProfile()).
    bool m_firstFramePainted = false;
    bool m_profileWaiting = false;
};
