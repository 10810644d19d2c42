#include "LoginPage.h"

#include "Messages.h"
#include "PhoneNumber.h"
#include "ThemedIcon.h"
#include "ui_LoginPage.h"

#include <QAccessible>
#include <QAction>

#include <QKeyEvent>
#include <algorithm>

namespace {

int significantCount(const QString &text, int end)
{
    int count = 0;
    for (int i = 0; i < end && i < text.size(); ++i)
        count += text.at(i).isDigit() || text.at(i) == QLatin1Char('+');
    return count;
}

int positionAfterSignificant(const QString &text, int count)
{
    if (count == 0)
        return 0;
    for (int i = 0; i < text.size(); ++i) {
        if ((text.at(i).isDigit() || text.at(i) == QLatin1Char('+')) && --count == 0)
            return i + 1;
    }
    return int(text.size());
}

} // namespace

LoginPage::LoginPage(const QString &phoneRegion, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LoginPage>()), m_region(phoneRegion)
{
    m_ui->setupUi(this);
    m_ui->cancelButton->hide();
    m_ui->progressBar->hide();
    m_ui->phoneHintLabel->hide();
    m_ui->capsLockLabel->hide();
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_ui->titleLabel->setFont(title);
    updateRevealIcon();
    updateRevealText();
    // A clear button of our own: QLineEdit's asks the style for a theme icon, and that lookup
    // (index.theme files, image plug-ins) was the largest cost on the way to the first window.
    m_clearPhone = m_ui->phoneEdit->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_clearPhone->setVisible(false); // its icon is drawn when it first shows
    connect(m_clearPhone, &QAction::triggered, this, [this] {
        m_ui->phoneEdit->clear();
        onPhoneEdited(QString());
    });

    m_ui->passwordEdit->installEventFilter(this);
    m_ui->phoneEdit->installEventFilter(this);
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
    connect(m_ui->phoneEdit, &QLineEdit::textEdited, this, &LoginPage::onPhoneEdited);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &LoginPage::updateButtons);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &LoginPage::updateClearButton);
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

void LoginPage::onPhoneEdited(const QString &text)
{
    // The first digit loads the phone number module on a worker thread; the text is formatted
    // and checked once it is there (some 10 ms later), with whatever has been typed by then.
    if (!PhoneNumber::isReady()) {
        PhoneNumber::whenReady(this, [this] {
            onPhoneEdited(m_ui->phoneEdit->text());
            updateButtons();
        });
        return;
    }
    QLineEdit *edit = m_ui->phoneEdit;
    const int significant = significantCount(text, edit->cursorPosition());
    const QString formatted = PhoneNumber::formatAsTyped(text, m_region);
    if (formatted != text) {
        edit->setText(formatted);
        edit->setCursorPosition(positionAfterSignificant(formatted, significant));
    }
    updatePhoneHint(true);
}

void LoginPage::updatePhoneHint(bool whileTyping)
{
    if (!PhoneNumber::isReady())
        return; // nothing checked yet; onPhoneEdited() comes back when it can
    const QString text = m_ui->phoneEdit->text();
    const PhoneNumber &number = phoneNumber();
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
    updateClearButton();
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
    if (!PhoneNumber::isReady()) {
        m_ui->phoneEdit->setText(phone); // as given until it can be formatted
        PhoneNumber::whenReady(this, [this] { updateButtons(); });
        return;
    }
    m_ui->phoneEdit->setText(PhoneNumber::formatAsTyped(phone, m_region));
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

const PhoneNumber &LoginPage::phoneNumber() const
{
    // Until the module is there, nothing has been checked: not valid, and no hint either.
    static const PhoneNumber unchecked;
    if (!PhoneNumber::isReady() && !m_ui->phoneEdit->text().isEmpty())
        return unchecked;
    // Parsed once per text: the button state and the hint both ask on every keystroke.
    const QString text = m_ui->phoneEdit->text();
    if (!m_parsedPhone || m_parsedPhoneText != text) {
        m_parsedPhone = PhoneNumber::parse(text, m_region);
        m_parsedPhoneText = text;
    }
    return *m_parsedPhone;
}

void LoginPage::updateButtons()
{
    const bool canSend = phoneNumber().isValid() && !m_ui->passwordEdit->text().isEmpty();
    m_ui->signInButton->setEnabled(!m_busy && !m_countdown.isActive() && canSend);
}

void LoginPage::setCapsLockWarning(bool on)
{
    m_ui->capsLockLabel->setVisible(on);
}

bool LoginPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->phoneEdit && event->type() == QEvent::KeyPress) {
        // Backspace or Delete next to a space the formatter put in steps over it, so that the
        // key removes a digit instead of a space the formatter would only put back.
        QLineEdit *edit = m_ui->phoneEdit;
        const auto key = static_cast<QKeyEvent *>(event)->key();
        const QString text = edit->text();
        const int at = edit->cursorPosition();
        const auto isSeparator = [&text](int i) {
            return i >= 0 && i < text.size() && !text.at(i).isDigit()
                && text.at(i) != QLatin1Char('+');
        };
        if (!edit->hasSelectedText() && !edit->isReadOnly()) {
            if (key == Qt::Key_Backspace && isSeparator(at - 1))
                edit->setCursorPosition(at - 1);
            else if (key == Qt::Key_Delete && isSeparator(at))
                edit->setCursorPosition(at + 1);
        }
    }
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

void LoginPage::updateClearIcon()
{
    m_clearPhone->setIcon(
        ThemedIcon::make(ThemedIcon::Shape::Clear, palette(), QPalette::PlaceholderText));
}

void LoginPage::updateClearButton()
{
    if (m_clearPhone->icon().isNull() && !m_ui->phoneEdit->text().isEmpty())
        updateClearIcon();
    m_clearPhone->setVisible(!m_ui->phoneEdit->text().isEmpty() && !m_ui->phoneEdit->isReadOnly());
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
        if (!m_clearPhone->icon().isNull())
            updateClearIcon();
    }
    QWidget::changeEvent(event);
}
