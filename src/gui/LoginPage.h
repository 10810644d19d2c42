#pragma once

#include "ThemedIcon.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class LoginPage;
}

// Where a person types a phone number and password. It checks what it can before anything is
// sent, and shows what MainWindow tells it; it never talks to AuthManager itself.
class LoginPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)
public:
    // A message is kept as the function that writes it, so that it can be written again in
    // another language, or again each second for a countdown.
    using Message = std::function<QString()>;

    // `regions`: those whose numbers are accepted; with more than one, a selector beside the
    // phone field chooses among them, else the one region's calling code stands there.
    explicit LoginPage(const QStringList &regions, QWidget *parent = nullptr);
    ~LoginPage() override;

    // The region of the number being typed (one of the accepted).
    void setRegion(const QString &region);
    QString region() const;

    void setBusy(bool busy);
    void setMessage(Message message, ThemedIcon::Tone tone = ThemedIcon::Tone::Error);
    void clearMessage();
    QString messageText() const;
    // Keeps the sign-in button disabled and counts down, in the message area and on the button.
    void startRetryCountdown(std::chrono::seconds wait);
    bool isCountingDown() const { return m_countdown.isActive(); }

    void setPhone(const QString &phone);
    QString phone() const;
    void setRememberPhone(bool remember);
    bool remembersPhone() const;
    // "Keep me signed in"; a locked choice is shown but cannot be changed.
    void setKeepSignedIn(bool keep, bool locked);
    bool keepsSignedIn() const;
    void clearPassword();
    // A computer several people use (AppConfig::isSharedComputer()): the number is not offered
    // to be remembered, and a password left typed but not sent is cleared after a while. Once,
    // before the page is shown.
    void setSharedComputer(bool shared);
    // How long a typed password is kept without a change on a shared computer.
    static constexpr std::chrono::minutes SharedPasswordLifetime {2};
    void focusPassword();
    void focusFirstEmptyField();

signals:
    void signInRequested(const QString &phone, const QString &password);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void updateButtons();
    void updatePhoneHint(bool whileTyping);
    void renderMessage();
    void renderBrand();
    void describeKeepSignedIn();
    void renderBrandIcon();
    std::chrono::seconds secondsUntilRetry() const;
    void updateCallingCode();
    void sizeFields();

    std::unique_ptr<Ui::LoginPage> m_ui;
    Message m_message;
    bool m_busy = false;
    bool m_submitWhenCheckable = false; // Enter came before the number could be checked
    QTimer m_countdown;
    QDeadlineTimer m_retryAt;
    QTimer *m_passwordLifetime = nullptr; // on a shared computer only
};
