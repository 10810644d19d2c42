#pragma once

#include "AuthManager.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class LoginPage;
class SessionPage;

// The one window: the sign-in page, the session page, and a short "restoring" page between them,
// switched by AuthManager's state alone.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(AuthManager *auth, QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginPage *loginPage() const { return m_loginPage; }
    SessionPage *sessionPage() const { return m_sessionPage; }

private:
    void onStateChanged(AuthManager::State state);
    void onSignInFailed(const AuthError &error);
    void onSessionEnded(AuthManager::EndReason reason);
    void onNotice(AuthManager::Notice notice);
    QString displayPhone(const QString &e164) const;

    AuthManager *m_auth;
    QStackedWidget *m_pages;
    LoginPage *m_loginPage;
    SessionPage *m_sessionPage;
    QLabel *m_restoringPage;
};
