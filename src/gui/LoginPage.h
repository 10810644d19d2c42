#pragma once

#include "ThemedIcon.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

struct AppConfig;

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
    // A link to one of the company's pages that a message may carry (shown when it is set).
    enum class MessageLink { None, ForgotPassword, Help };
    void setMessage(Message message, ThemedIcon::Tone tone = ThemedIcon::Tone::Error,
                    MessageLink link = MessageLink::None);
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
    // The company's pages (AppConfig's *_url: forgotten password, new account, terms, privacy,
    // help) and whether the person must agree to the terms and the privacy policy first. Once,
    // before the page is shown.
    void setCompanyLinks(const AppConfig &config);
    // Asks for the agreement unless `agreed` (given before, for the current version).
    void setConsentRequired(bool required, bool agreed);
    // Whether the agreement was asked for on this page and given.
    bool consentGiven() const;
    QWidget *signInButton() const;
    void focusPassword();
    void focusFirstEmptyField();

signals:
    void signInRequested(const QString &phone, const QString &password);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void updateButtons();
    void updatePhoneHint(bool whileTyping);
    void renderMessage();
    void renderMessageLink();
    void renderBrand();
    void describeKeepSignedIn();
    void renderBrandIcon();
    std::chrono::seconds secondsUntilRetry() const;
    void updateCallingCode();
    void sizeFields();
    void renderLinks();
    QUrl link(const QString &pattern) const;

    std::unique_ptr<Ui::LoginPage> m_ui;
    Message m_message;
    MessageLink m_messageLink = MessageLink::None;
    // AppConfig's address patterns of the company's pages, with {lang} still in them.
    QString m_forgotPasswordUrl, m_signUpUrl, m_privacyUrl, m_termsUrl, m_supportUrl;
    bool m_consentAsked = false;
    QString m_hoveredConsentLink; // the link under the mouse in the agreement's sentence
    bool m_busy = false;
    bool m_submitWhenCheckable = false; // Enter came before the number could be checked
    QTimer m_countdown;
    QDeadlineTimer m_retryAt;
};
