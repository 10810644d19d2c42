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
    QSystemTrayIcon *trayIcon() const; // null where the desktop has no tray
    // Offers the network settings ("Network…" at the window's foot); none until this is called.
    void setNetworkSettings(NetworkSettings *settings);
    // Offers Copy / Save Diagnostic Report in the Help menu (auth is filled in here).
    void setDiagnostics(const DiagnosticFacts &facts);
    QString diagnosticReport() const;

public slots:
    // Brings the window to the front (a second launch of the app asks for this).
    void activate();
    void showAbout();
    void showHelp();
    void showNetworkSettings();
    void copyDiagnosticReport();
    void saveDiagnosticReport();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString startingRegion(const QString &remembered) const;
    void retranslate();
    void onStateChanged(AuthManager::State state);
    void onSignInFailed(const AuthError &error);
    void onSessionEnded(AuthManager::EndReason reason);
    void onNotice(AuthManager::Notice notice);
    void onExpiryWarning(std::chrono::seconds remaining);
    void onProfileFailed(const ApiResult &result);
    void rememberPhone();
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
};
