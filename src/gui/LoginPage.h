#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LoginPage;
}

// Where a person types a phone number and password. It only shows and asks; MainWindow tells
// it what AuthManager reports.
class LoginPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)
public:
    explicit LoginPage(QWidget *parent = nullptr);
    ~LoginPage() override;

    void setBusy(bool busy);
    void setMessage(const QString &text);
    void setPhone(const QString &phone);
    void clearPassword();
    void focusPassword();

signals:
    void signInRequested(const QString &phone, const QString &password);
    void cancelRequested();

private:
    void submit();
    void updateButtons();

    std::unique_ptr<Ui::LoginPage> m_ui;
    bool m_busy = false;
};
