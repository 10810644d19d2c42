#pragma once

#include "AuthManager.h"
#include "DiagnosticReport.h"

#include <QImage>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class ApiClient;
class ApiReply;
class LanguageManager;
class QActionGroup;
class Clock;
class QLabel;
class QToolButton;
class MenuButton;
class QStackedWidget;
class QSystemTrayIcon;
class LoginPage;
class NetworkSettings;
class SessionPage;

// The one window: the sign-in page, the session page, and a short "restoring" page between them,
// switched by AuthManager's state alone. Also the menus, the tray icon and what is remembered in
// the settings (window geometry, the phone number if the person asked for it).
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // The app's icon (the deployer's, when branded) at the sizes window systems ask for.
    static QIcon applicationIcon();
    // The same, in two steps: the images can be read on any thread, even before the
    // application object exists (main() reads them while Qt starts up).
    static QList<QImage> applicationIconImages();
    static QIcon applicationIcon(const QList<QImage> &images);

    // api and languages may be null (no profile, no language button).
    MainWindow(AuthManager *auth, ApiClient *api, const Clock *clock,
               LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginPage *loginPage() const { return m_loginPage; }
    SessionPage *sessionPage() const { return m_sessionPage; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
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
    void createMenus();
    QWidget *createFooter();
    QString startingRegion(const QString &remembered) const;
    void retranslate();
    void onStateChanged(AuthManager::State state);
    void onSignInFailed(const AuthError &error);
    void onSessionEnded(AuthManager::EndReason reason);
    void onNotice(AuthManager::Notice notice);
    void onExpiryWarning(std::chrono::seconds remaining);
    void fetchProfile();
    void rememberPhone();
    void fillInPhone(const QString &e164);

    AuthManager *m_auth;
    ApiClient *m_api;
    LanguageManager *m_languages;
    QStackedWidget *m_pages;
    LoginPage *m_loginPage;
    SessionPage *m_sessionPage;
    QLabel *m_restoringPage;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_fileMenu = nullptr; // macOS only: elsewhere there is no menu bar
    MenuButton *m_languageButton = nullptr;
    QToolButton *m_networkButton = nullptr;
    MenuButton *m_helpButton = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageActions = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_networkAction = nullptr;
    NetworkSettings *m_networkSettings = nullptr;
    QAction *m_copyReportAction = nullptr;
    QAction *m_saveReportAction = nullptr;
    std::optional<DiagnosticFacts> m_diagnostics;
    QPointer<ApiReply> m_profileReply; // the profile request under way, if any
};
