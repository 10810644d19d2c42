#include "LoginPage.h"

#include "LinkLabel.h"
#include "MessageBanner.h"
#include "Messages.h"
#include "PasswordField.h"
#include "PhoneField.h"
#include "RegionSelector.h"
#include "ThemedIcon.h"
#include "config/AppConfig.h"
#include "ui_LoginPage.h"

#include <QMouseEvent>
#include <QRegularExpression>

#include <algorithm>

LoginPage::LoginPage(const QStringList &regions, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LoginPage>())
{
    m_ui->setupUi(this);
    m_ui->phoneEdit->setRegion(regions.value(0, QLatin1String(PhoneNumber::DefaultRegion)));
    m_ui->phoneEdit->setAcceptedRegions(regions);
    m_ui->regionButton->setRegions(regions);
    m_ui->regionButton->setVisible(regions.size() > 1);
    m_ui->callingCodeLabel->setVisible(regions.size() <= 1);
    m_ui->cancelButton->hide();
    m_ui->progressBar->hide();
    m_ui->phoneHintLabel->hide();
    m_ui->capsLockLabel->hide();
    m_ui->consentCheck->hide();
    m_ui->consentLabel->hide();
    m_ui->consentHintLabel->hide();
    QFont product = m_ui->productLabel->font();
    product.setPointSizeF(product.pointSizeF() * 1.6);
    product.setBold(true);
    m_ui->productLabel->setFont(product);
    sizeFields();
    describeKeepSignedIn();
    renderBrand();
    updateCallingCode();
    m_ui->passwordEdit->setRevealButton(m_ui->revealButton);
    connect(m_ui->passwordEdit, &PasswordField::capsLockChanged, m_ui->capsLockLabel,
            &QWidget::setVisible);
    m_countdown.setInterval(std::chrono::seconds(1));
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_retryAt.hasExpired()) {
            m_countdown.stop();
            setMessage([] { return Messages::canRetryNow(); }, ThemedIcon::Tone::Info);
            updateButtons();
            return;
        }
        renderMessage();
        updateButtons();
    });

    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_ui->phoneEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginPage::cancelRequested);
    connect(m_ui->phoneEdit, &PhoneField::numberChanged, this, &LoginPage::updateButtons);
    connect(m_ui->phoneEdit, &PhoneField::edited, this, [this] { updatePhoneHint(true); });
    connect(m_ui->phoneEdit, &QLineEdit::editingFinished, this, [this] { updatePhoneHint(false); });
    connect(m_ui->phoneEdit, &PhoneField::regionChanged, m_ui->regionButton,
            &RegionSelector::setRegion);
    if (regions.size() > 1) // the region's name, once the module has come with the first digit
        connect(m_ui->phoneEdit, &PhoneField::numberChanged, m_ui->regionButton,
                &RegionSelector::refresh);
    connect(m_ui->regionButton, &RegionSelector::regionPicked, this, [this](const QString &region) {
        m_ui->phoneEdit->setRegion(region);
        updatePhoneHint(false);
        m_ui->phoneEdit->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &LoginPage::updateButtons);
    // The agreement's sentence checks its box when clicked anywhere but on a link, as a check
    // box's own text would.
    connect(m_ui->consentLabel, &QLabel::linkHovered, this,
            [this](const QString &link) { m_hoveredConsentLink = link; });
    m_ui->consentLabel->installEventFilter(this);
    connect(m_ui->consentCheck, &QCheckBox::toggled, m_ui->consentHintLabel, [this](bool agreed) {
        if (agreed)
            m_ui->consentHintLabel->hide();
    });
    updateButtons();
}

LoginPage::~LoginPage() = default;

void LoginPage::describeKeepSignedIn()
{
    m_ui->keepSignedInCheck->setToolTip(
        tr("Keep the session in %1 until it ends. Turn this off on a shared computer.")
            .arg(Messages::keychainName()));
}

void LoginPage::setSharedComputer(bool shared)
{
    m_ui->rememberCheck->setVisible(!shared);
    if (!shared)
        return;
    m_ui->rememberCheck->setChecked(false);
    m_ui->passwordEdit->setLifetime(SharedPasswordLifetime);
}

void LoginPage::setCompanyLinks(const AppConfig &config)
{
    m_forgotPasswordUrl = config.forgotPasswordUrl;
    m_signUpUrl = config.signUpUrl;
    m_privacyUrl = config.privacyUrl;
    m_termsUrl = config.termsUrl;
    m_supportUrl = config.supportUrl;
    renderLinks();
}

void LoginPage::setConsentRequired(bool required, bool agreed)
{
    m_consentAsked = required && !agreed;
    m_ui->consentCheck->setVisible(m_consentAsked);
    m_ui->consentLabel->setVisible(m_consentAsked);
    m_ui->consentCheck->setChecked(false);
    m_ui->consentHintLabel->hide();
    renderLinks();
}

bool LoginPage::consentGiven() const
{
    return m_consentAsked && m_ui->consentCheck->isChecked();
}

QUrl LoginPage::link(const QString &pattern) const
{
    return AppConfig::link(pattern, Messages::linkLanguage());
}

void LoginPage::renderLinks()
{
    m_ui->forgotPasswordLink->setLink(Messages::forgotPassword(), link(m_forgotPasswordUrl));
    m_ui->signUpLink->setLink(Messages::createAccount(), link(m_signUpUrl));
    m_ui->legalLinks->setLinks({{Messages::termsTitle(), link(m_termsUrl)},
                                {Messages::privacyTitle(), link(m_privacyUrl)}});
    if (!m_consentAsked)
        return; // no rich text laid out for a sentence nobody sees
    const QString agreement = Messages::consent(link(m_termsUrl), link(m_privacyUrl));
    m_ui->consentLabel->setText(agreement);
    // The box is announced with the sentence; the links in it are reached after it.
    m_ui->consentCheck->setAccessibleName(
        QString(agreement).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    m_ui->consentHintLabel->setText(Messages::consentMissing());
}

void LoginPage::submit()
{
    // Enter pressed before the phone number can be checked (the module loads with the first
    // digit, on a worker thread) is not lost: it is pressed again then.
    if (!PhoneField::canCheck()) {
        if (!m_submitWhenCheckable) {
            m_submitWhenCheckable = true;
            PhoneNumber::whenReady(this, [this] {
                m_submitWhenCheckable = false;
                updateButtons();
                submit();
            });
        }
        return;
    }
    // A second Enter or a double click while a request is under way sends nothing more.
    if (!m_ui->signInButton->isEnabled()) {
        updatePhoneHint(false);
        return;
    }
    // Nothing is sent before the person has agreed, where that is asked: the page says so
    // beside the box rather than greying out the button without a reason.
    if (m_consentAsked && !m_ui->consentCheck->isChecked()) {
        m_ui->consentHintLabel->show();
        MessageBanner::announce(m_ui->consentHintLabel);
        m_ui->consentCheck->setFocus(Qt::OtherFocusReason);
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
    m_ui->phoneHintLabel->setText(
        show ? Messages::forPhoneProblem(number.problem(), m_ui->phoneEdit->acceptedRegions())
             : QString());
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
        setMessage([] { return Messages::signingIn(); }, ThemedIcon::Tone::Info);
    else if (m_ui->cancelButton->hasFocus())
        m_ui->passwordEdit->setFocus();
    updateButtons();
}

void LoginPage::setMessage(Message message, ThemedIcon::Tone tone, MessageLink link)
{
    m_message = std::move(message);
    m_messageLink = link;
    m_ui->messageFrame->setMessage(m_message ? m_message() : QString(), tone);
    renderMessageLink();
}

void LoginPage::clearMessage()
{
    m_countdown.stop();
    setMessage({});
    updateButtons();
}

QString LoginPage::messageText() const
{
    return m_ui->messageFrame->text();
}

void LoginPage::renderMessage()
{
    m_ui->messageFrame->rewrite(m_message ? m_message() : QString());
    renderMessageLink();
}

void LoginPage::renderMessageLink()
{
    switch (m_messageLink) {
    case MessageLink::None:
        m_ui->messageFrame->setLink({}, {});
        break;
    case MessageLink::ForgotPassword:
        m_ui->messageFrame->setLink(Messages::forgotPassword(), link(m_forgotPasswordUrl));
        break;
    case MessageLink::Help:
        m_ui->messageFrame->setLink(Messages::getHelp(), link(m_supportUrl));
        break;
    }
}

void LoginPage::renderBrand()
{
    m_ui->productLabel->setText(Messages::productName());
    m_ui->titleLabel->setText(Messages::subtitle());
    m_ui->brandIcon->setAccessibleName(Messages::productName());
}

void LoginPage::renderBrandIcon()
{
    // The branded icon at a generous size, from the window icon's sizes (64 and 128 px), drawn
    // once the window's icon and pixel ratio are known: when the page is first shown.
    const int side = 64;
    const QIcon icon = windowIcon();
    m_ui->brandIcon->setVisible(!icon.isNull());
    if (!icon.isNull())
        m_ui->brandIcon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatioF()));
}

void LoginPage::updateCallingCode()
{
    // With one region its calling code stands before the field, fixed.
    const int code = PhoneNumber::countryCode(m_ui->phoneEdit->region());
    m_ui->callingCodeLabel->setText(code > 0 ? QLatin1Char('+') + QString::number(code)
                                             : QString());
    m_ui->callingCodeLabel->setAccessibleName(
        tr("Country calling code: %1").arg(m_ui->callingCodeLabel->text()));
}

void LoginPage::sizeFields()
{
    // Fields as tall as the style's push button plus padding: easy to hit, easy to read.
    QPushButton probe;
    const int height = probe.sizeHint().height() + 8;
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->phoneEdit), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->regionButton), static_cast<QWidget *>(m_ui->revealButton)})
        field->setFixedHeight(height);
    m_ui->revealButton->setFixedWidth(height);
}

void LoginPage::setRegion(const QString &region)
{
    if (!m_ui->phoneEdit->acceptedRegions().contains(region))
        return;
    m_ui->phoneEdit->setRegion(region);
    m_ui->regionButton->setRegion(region);
    updateCallingCode();
}

QString LoginPage::region() const
{
    return m_ui->phoneEdit->region();
}

std::chrono::seconds LoginPage::secondsUntilRetry() const
{
    // Rounded up: "1 s" until the moment it has passed, never "0 s" while still waiting.
    return std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::milliseconds(m_retryAt.remainingTime()) + std::chrono::milliseconds(999));
}

void LoginPage::startRetryCountdown(std::chrono::seconds wait)
{
    m_retryAt = QDeadlineTimer(wait);
    setMessage([this] { return Messages::retryCountdown(secondsUntilRetry()); },
               ThemedIcon::Tone::Warning);
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
    m_ui->passwordEdit->conceal();
}

QWidget *LoginPage::signInButton() const
{
    return m_ui->signInButton;
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
    // The wait shows on the button too, where the person is about to click.
    if (m_countdown.isActive() && !m_retryAt.hasExpired()) {
        m_ui->signInButton->setText(Messages::retryButton(secondsUntilRetry()));
    } else {
        m_ui->signInButton->setText(tr("&Sign in"));
    }
}

void LoginPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        describeKeepSignedIn();
        renderBrand();
        renderLinks();
        updateCallingCode();
        renderMessage();
        updateButtons();
        updatePhoneHint(false);
    }
    QWidget::changeEvent(event);
}

bool LoginPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->consentLabel && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton
        && m_hoveredConsentLink.isEmpty())
        m_ui->consentCheck->toggle();
    return QWidget::eventFilter(watched, event);
}

void LoginPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_ui->brandIcon->pixmap().isNull())
        renderBrandIcon();
}
