#pragma once

#include <QDialog>

#include <memory>

class AuthManager;
struct AuthError;

namespace Ui {
class RenewDialog;
}

// "Sign in again" while signed in: the phone number is the session's, the person types the
// password, and AuthManager::renew() replaces the session only once the new one is stored. A
// refusal or failure is said here and changes nothing; closing the dialog abandons the request.
// Closes by itself once renewed, or when the session ends meanwhile.
class RenewDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewDialog)

public:
    RenewDialog(AuthManager *auth, const QString &shownPhone, QWidget *parent = nullptr);
    ~RenewDialog() override;

    QString message() const;
    // Back to an empty field in dots (the main window minimised on a shared computer, say).
    void clearPassword();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void setBusy(bool busy);
    void onFailed(const AuthError &error);
    void retranslate();

    std::unique_ptr<Ui::RenewDialog> m_ui;
    AuthManager *m_auth;
    QString m_phone;
    bool m_shared; // AppConfig::isSharedComputer(): no password is left for the next person
};
