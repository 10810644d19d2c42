#include "LoginPage.h"

#include "Messages.h"
#include "PhoneField.h"
#include "ThemedIcon.h"
#include "ui_LoginPage.h"

#include <QAccessible>
#include <QKeyEvent>

#include <algorithm>

LoginPage::LoginPage(const QString &phoneRegion, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LoginPage>())
{
    m_ui->setupUi(this);
    m_ui->phoneEdit->setRegion(phoneRegion);
    m_ui->cancelButton->hide();
    m_ui->progressBar->hide();
    m_ui->phoneHintLabel->hide();
    m_ui->capsLockLabel->hide();
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_ui->titleLabel->setFont(title);
    updateRevealIcon();
    updateRevealText();
    m_ui->passwordEdit->installEventFilter(this);
    m_countdown.setInterval(std::chrono::seconds(1));
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_retryAt.hasExpired()) {
            m_countdown.stop();
            setMessage([] { return Messages::canRetryNow(); });
            updateButtons();
            return;
        }
        renderMessage();
    });

    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_ui->phoneEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginPage::cancelRequested);
    connect(m_ui->networkButton, &QPushButton::clicked, this, &LoginPage::networkSettingsRequested);
    m_ui->networkButton->hide(); // until there are network settings to show
    connect(m_ui->phoneEdit, &PhoneField::numberChanged, this, &LoginPage::updateButtons);
    connect(m_ui->phoneEdit, &PhoneField::edited, this, [this] { updatePhoneHint(true); });
    connect(m_ui->phoneEdit, &QLineEdit::editingFinished, this, [this] { updatePhoneHint(false); });
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &LoginPage::updateButtons);
    connect(m_ui->revealButton, &QToolButton::toggled, this, [this](bool reveal) {
        m_ui->passwordEdit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        updateRevealIcon();
        updateRevealText();
    });
    updateButtons();
}

LoginPage::~LoginPage() = default;

void LoginPage::submit()
{
    // A second Enter or a double click while a request is under way sends nothing more.
    if (!m_ui->signInButton->isEnabled()) {
        updatePhoneHint(false);
        return;
    }
    emit signInRequested(m_ui->phoneEdit->text(), m_ui->passwordEdit->text());
}

void LoginPage::updatePhoneHint(bool whileTyping)
{
    if (!PhoneField::canCheck())
        return; // nothing checked yet; the field says when it can (numberChanged)
    const QString text = m_ui->phoneEdit->text();
    const PhoneNumber &number = m_ui->phoneEdit->number();
    // While typing, only what cannot get better by typing on is pointed out.
    // (A lone digit is "not a number" to libphonenumber too; only letters make that hopeless.)
    const bool hasLetter =
        std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
    const bool hopeless = number.problem() == PhoneNumber::Problem::TooLong
        || number.problem() == PhoneNumber::Problem::OtherRegion
        || (number.problem() == PhoneNumber::Problem::NotANumber && hasLetter);
    const bool show = !text.trimmed().isEmpty() && !number.isValid()
        && (!whileTyping || hopeless || m_ui->phoneHintLabel->isVisible());
    m_ui->phoneHintLabel->setText(show ? Messages::forPhoneProblem(number.problem()) : QString());
    m_ui->phoneHintLabel->setVisible(show);
}

void LoginPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->phoneEdit->setReadOnly(busy);
    m_ui->passwordEdit->setReadOnly(busy);
    m_ui->revealButton->setEnabled(!busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->progressBar->setVisible(busy);
    if (busy)
        setMessage([] { return Messages::signingIn(); });
    else if (m_ui->cancelButton->hasFocus())
        m_ui->passwordEdit->setFocus();
    updateButtons();
}

void LoginPage::setMessage(Message message)
{
    m_message = std::move(message);
    renderMessage();
    if (!m_ui->messageLabel->text().isEmpty()) {
        // Screen readers announce it as soon as it appears.
        QAccessibleEvent event(m_ui->messageLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void LoginPage::clearMessage()
{
    m_countdown.stop();
    setMessage({});
    updateButtons();
}

QString LoginPage::messageText() const
{
    return m_ui->messageLabel->text();
}

void LoginPage::renderMessage()
{
    m_ui->messageLabel->setText(m_message ? m_message() : QString());
}

void LoginPage::startRetryCountdown(std::chrono::seconds wait)
{
    m_retryAt = QDeadlineTimer(wait);
    setMessage([this] {
        const auto left = std::chrono::duration_cast<std::chrono::seconds>(
            std::chrono::milliseconds(m_retryAt.remainingTime()) + std::chrono::milliseconds(999));
        return Messages::retryCountdown(left);
    });
    m_countdown.start();
    updateButtons();
}

void LoginPage::setPhone(const QString &phone)
{
    m_ui->phoneEdit->setPhone(phone);
    updatePhoneHint(false);
}

QString LoginPage::phone() const
{
    return m_ui->phoneEdit->text();
}

void LoginPage::setRememberPhone(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

void LoginPage::setKeepSignedIn(bool keep, bool locked)
{
    m_ui->keepSignedInCheck->setChecked(keep);
    m_ui->keepSignedInCheck->setEnabled(!locked);
}

void LoginPage::setNetworkSettingsAvailable(bool available)
{
    m_ui->networkButton->setVisible(available);
}

bool LoginPage::keepsSignedIn() const
{
    return m_ui->keepSignedInCheck->isChecked();
}

bool LoginPage::remembersPhone() const
{
    return m_ui->rememberCheck->isChecked();
}

void LoginPage::clearPassword()
{
    m_ui->passwordEdit->clear();
    m_ui->revealButton->setChecked(false);
}

void LoginPage::focusPassword()
{
    m_ui->passwordEdit->setFocus();
}

void LoginPage::focusFirstEmptyField()
{
    if (m_ui->phoneEdit->text().isEmpty())
        m_ui->phoneEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

void LoginPage::updateButtons()
{
    const bool canSend =
        m_ui->phoneEdit->number().isValid() && !m_ui->passwordEdit->text().isEmpty();
    m_ui->signInButton->setEnabled(!m_busy && !m_countdown.isActive() && canSend);
}

void LoginPage::setCapsLockWarning(bool on)
{
    m_ui->capsLockLabel->setVisible(on);
}

bool LoginPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->passwordEdit) {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            // Nothing is copied out of the password field, even while it is shown.
            if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
                event->accept();
                return true;
            }
            // Caps Lock cannot be read portably, but a letter reveals it: upper case without
            // Shift, or lower case with it. Other keys say nothing, so no false warning.
            const QString text = key->text();
            if (event->type() == QEvent::KeyPress && text.size() == 1 && text.at(0).unicode() < 128
                && text.at(0).isLetter()) {
                const bool shift = key->modifiers() & Qt::ShiftModifier;
                setCapsLockWarning(text.at(0).isUpper() != shift);
            }
        } else if (event->type() == QEvent::FocusOut) {
            setCapsLockWarning(false);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LoginPage::updateRevealIcon()
{
    const bool revealed = m_ui->revealButton->isChecked();
    m_ui->revealButton->setIcon(
        ThemedIcon::make(revealed ? ThemedIcon::Shape::EyeCrossed : ThemedIcon::Shape::Eye,
                         palette(), QPalette::ButtonText));
}

void LoginPage::updateRevealText()
{
    const bool revealed = m_ui->revealButton->isChecked();
    const QString tip = revealed ? tr("Hide password") : tr("Show password");
    m_ui->revealButton->setToolTip(tip);
    m_ui->revealButton->setAccessibleName(tip);
}

void LoginPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        renderMessage();
        updatePhoneHint(false);
        updateRevealText(); // the icon stays: only its words change
    } else if (event->type() == QEvent::PaletteChange) {
        updateRevealIcon();
    }
    QWidget::changeEvent(event);
}
